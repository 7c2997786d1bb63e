"""Configuration snapshots: what was in force, what changed between two, and how the runs under
each one went.

A snapshot's content is the set of versions in force (prompt template versions per kind, reply
template texts, the current version of each active policy document, the current rule-set
version, the active classifier) and the provider settings that shape a reply. Never secrets:
the API key is not read here at all. This is the audit app's reading layer (docs/architecture.md):
it reads the other apps' versioned rows through their public selectors; the trail's write side (audit.services, audit.chain,
audit.models, audit.names) never imports this module. snapshot_current() writes only audit's own
ConfigSnapshot row.
"""

from __future__ import annotations

import difflib
import statistics
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from django.conf import settings
from django.db.models import Count, Q
from django.utils import timezone

from drafts.classifier.selectors import classifier_version_active_summary
from drafts.knowledge.selectors import policy_version_bodies, policy_versions_current
from drafts.selectors import (
    pipeline_run_snapshot_counts,
    prompt_template_heads,
    prompt_template_texts,
    reply_template_contents,
    review_tallies_by_snapshot,
)
from routing.selectors import ruleset_version_latest_summary, ruleset_versions_diff

from . import chain
from .metrics.selectors import metric_units
from .models import ConfigSnapshot

NO_DATA = None  # a metric the data cannot support yet; templates say so instead of a number


def provider_settings(*, name: str = "", model: str = "") -> dict:
    """The provider settings that shape a reply: those in force, or (a replay's candidate)
    another provider or model name at the configured endpoint."""
    provider = name or settings.SUPPORTDESK_MODEL_PROVIDER
    if provider == "offline":
        return {"name": "offline"}
    base = urlsplit(settings.OPENAI_BASE_URL)
    return {
        "name": provider,
        "model": model or settings.OPENAI_MODEL,
        "base_url_host": base.hostname or "",
        "base_url_port": base.port,
        "base_url_path": base.path,
        "timeout_seconds": settings.OPENAI_TIMEOUT_SECONDS,
        "price_input_per_mtok": settings.OPENAI_PRICE_INPUT_PER_MTOK,
        "price_output_per_mtok": settings.OPENAI_PRICE_OUTPUT_PER_MTOK,
        "price_cached_per_mtok": settings.OPENAI_PRICE_CACHED_PER_MTOK,
        "redact_pii": settings.SUPPORTDESK_REDACT_PII,
    }


def snapshot_content() -> dict:
    """The versions in force now. Five queries, whatever the number of versions kept."""
    prompts = prompt_template_heads()
    reply_templates = reply_template_contents()
    policies = policy_versions_current()
    ruleset = ruleset_version_latest_summary()
    classifier = classifier_version_active_summary()
    return {
        "prompts": prompts,
        "reply_templates": reply_templates,
        "policies": policies,
        "ruleset": ruleset,
        "classifier": classifier,
        "provider": provider_settings(),
    }


def snapshot_summary(content: dict) -> dict:
    """The short description the list shows."""
    ruleset = content.get("ruleset") or {}
    classifier = content.get("classifier") or {}
    return {
        "prompts": ", ".join(
            f"{kind} v{p['version']}" for kind, p in sorted(content.get("prompts", {}).items())
        )
        or "none",
        "policies": len(content.get("policies", {})),
        "ruleset": _ruleset_label(ruleset) if ruleset else "none",
        "classifier": f"#{classifier['id']} ({classifier['artifact_sha256'][:10]})"
        if classifier
        else "none",
        "provider": content.get("provider", {}).get("name", ""),
        "model": content.get("provider", {}).get("model", ""),
    }


def _ruleset_label(ruleset: dict) -> str:
    """A rule-set version's number, or an unsaved edit (a replay's candidate) of one."""
    if ruleset.get("number") is None:
        return f"edit of v{ruleset.get('edited_from')} (not saved)"
    return f"v{ruleset['number']}"


def _policy_label(policy: dict) -> str:
    if policy.get("number") is None:
        return f"edit of v{policy.get('edited_from')} (not published)"
    return f"v{policy['number']}"


# -- metrics -----------------------------------------------------------------------------------
@dataclass
class SnapshotMetrics:
    runs: int = 0
    failed_runs: int = 0
    tickets: int = 0
    escalated: int = 0
    resolved: int = 0
    reopened: int = 0
    class_corrected: int = 0
    # From reviews (the review queue's records); None until that data exists.
    reviewed: int | None = NO_DATA
    accepted: int | None = NO_DATA
    edit_distance_median: float | None = NO_DATA
    sent: int | None = NO_DATA
    corrections: int | None = NO_DATA
    review_note: str = "no reviews yet"
    notes: list[str] = field(default_factory=list)

    @staticmethod
    def _rate(part: int | None, whole: int | None) -> float | None:
        if part is None or not whole:
            return None
        return part / whole

    @property
    def escalation_rate(self):
        return self._rate(self.escalated, self.tickets)

    @property
    def reopen_rate(self):
        return self._rate(self.reopened, self.resolved)

    @property
    def class_correction_rate(self):
        return self._rate(self.class_corrected, self.tickets)

    @property
    def acceptance_rate(self):
        return self._rate(self.accepted, self.reviewed)

    @property
    def correction_rate(self):
        return self._rate(self.corrections, self.sent)


def snapshot_metrics(*, snapshot_ids: list[int]) -> dict[int, SnapshotMetrics]:
    """Per snapshot, from the runs that referenced it: tickets handled (distinct tickets with a
    run), escalation (tickets a rule sent to a human / tickets handled), re-open (tickets
    reopened at least once / tickets resolved at least once), class corrections by agents, and
    the review metrics when review data exists. Two grouped queries for any number of
    snapshots, plus the review query when there are reviews."""
    metrics = {pk: SnapshotMetrics() for pk in snapshot_ids}
    if not snapshot_ids:
        return metrics
    rows = pipeline_run_snapshot_counts(snapshot_ids=snapshot_ids)
    for row in rows:
        m = metrics[row["snapshot_id"]]
        m.runs, m.failed_runs, m.tickets = row["runs"], row["failed"], row["tickets"]
        m.escalated, m.resolved, m.reopened = row["escalated"], row["resolved"], row["reopened"]
        m.class_corrected = row["corrected"]
    _dashboard_rates(metrics)
    _review_metrics(metrics)
    return metrics


def _dashboard_rates(metrics: dict[int, SnapshotMetrics]) -> None:
    """Re-open and escalation exactly as /metrics/ counts them (DESIGN.md), so the two pages
    agree: re-open = resolutions followed by a reopening within 7 days / resolutions;
    escalation = tickets sent to a human (a rule or an agent) / tickets handled; a ticket
    counts for the snapshot of its first run. One grouped query per rate."""
    ids = list(metrics)
    for series, units_attr, hits_attr in (
        ("reopen", "resolved", "reopened"),
        ("escalation", "tickets", "escalated"),
    ):
        for m in metrics.values():
            setattr(m, units_attr, 0)
            setattr(m, hits_attr, 0)
        rows = (
            metric_units(series=series, filters=None)
            .filter(snapshot_ref__in=ids)
            .values("snapshot_ref")
            .annotate(units=Count("pk"), hits=Count("pk", filter=Q(value=1)))
            .order_by()
        )
        for row in rows:
            m = metrics[row["snapshot_ref"]]
            setattr(m, units_attr, row["units"])
            setattr(m, hits_attr, row["hits"])


def _review_metrics(metrics: dict[int, SnapshotMetrics]) -> None:
    """DESIGN.md's definitions, over the review queue's records (drafts.Review): acceptance =
    drafts sent unchanged / drafts reviewed; edit distance = median over sent drafts;
    customer-visible corrections = corrections / replies sent. A review counts for the
    snapshot it records, else for its draft's run's."""
    tallies = review_tallies_by_snapshot(snapshot_ids=list(metrics))
    distances: dict[int, list[float]] = {}
    for pk, m in metrics.items():
        tally = tallies[pk]
        m.reviewed, m.accepted = tally.reviewed, tally.accepted
        m.sent, m.corrections = tally.sent, tally.corrections
        distances[pk] = tally.edit_distances
    for pk, m in metrics.items():
        m.edit_distance_median = statistics.median(distances[pk]) if distances[pk] else None
        m.review_note = "" if m.reviewed else "no reviews yet"


# -- comparison --------------------------------------------------------------------------------
@dataclass
class TextDiff:
    label: str
    before: str  # "v3", "absent"
    after: str
    lines: list[tuple[str, str]]  # (kind: add/del/ctx/hunk, text), escaped by the template
    note: str = ""


@dataclass
class SettingChange:
    name: str
    before: str
    after: str


@dataclass
class Comparison:
    prompts: list[TextDiff]
    policies: list[TextDiff]
    reply_templates: list[TextDiff]
    rules: list  # routing.diff.RuleChange
    rules_before: str
    rules_after: str
    settings: list[SettingChange]

    @property
    def unchanged(self) -> bool:
        return not (
            self.prompts
            or self.policies
            or self.reply_templates
            or self.rules
            or self.settings
            or self.rules_before != self.rules_after
        )


def text_diff_lines(before: str, after: str, *, context: int = 3) -> list[tuple[str, str]]:
    lines = []
    for line in difflib.unified_diff(
        before.splitlines(), after.splitlines(), lineterm="", n=context
    ):
        if line.startswith(("---", "+++")):
            continue
        if line.startswith("@@"):
            lines.append(("hunk", line))
        elif line.startswith("+"):
            lines.append(("add", line[1:]))
        elif line.startswith("-"):
            lines.append(("del", line[1:]))
        else:
            lines.append(("ctx", line[1:]))
    return lines


def _prompt_diffs(a: dict, b: dict) -> list[TextDiff]:
    texts = prompt_template_texts(template_ids={p["id"] for p in (*a.values(), *b.values())})
    diffs = []
    for kind in sorted(set(a) | set(b)):
        old, new = a.get(kind), b.get(kind)
        if old == new:
            continue
        diffs.append(
            TextDiff(
                label=f"{kind} prompt",
                before=f"v{old['version']}" if old else "absent",
                after=f"v{new['version']}" if new else "absent",
                lines=text_diff_lines(
                    texts.get(old["id"], "") if old else "", texts.get(new["id"], "") if new else ""
                ),
            )
        )
    return diffs


def _policy_diffs(a: dict, b: dict) -> list[TextDiff]:
    bodies = policy_version_bodies(
        version_ids={p["version_id"] for p in (*a.values(), *b.values()) if p["version_id"]}
    )
    diffs = []
    for slug in sorted(set(a) | set(b)):
        old, new = a.get(slug), b.get(slug)
        if old == new:
            continue
        diffs.append(
            TextDiff(
                label=slug,
                before=_policy_label(old) if old else "absent",
                after=_policy_label(new) if new else "absent",
                # An unpublished edit (a replay's candidate) holds its text in the snapshot.
                lines=text_diff_lines(
                    (old.get("body") or bodies.get(old["version_id"], "")) if old else "",
                    (new.get("body") or bodies.get(new["version_id"], "")) if new else "",
                ),
            )
        )
    return diffs


def _reply_template_diffs(a: dict, b: dict) -> list[TextDiff]:
    diffs = []
    for slug in sorted(set(a) | set(b)):
        old, new = a.get(slug), b.get(slug)
        if (old or {}).get("hash") == (new or {}).get("hash"):
            continue
        diffs.append(
            TextDiff(
                label=f"reply template: {slug}",
                before=old["hash"][:10] if old else "absent",
                after=new["hash"][:10] if new else "absent",
                lines=text_diff_lines((old or {}).get("text", ""), (new or {}).get("text", "")),
            )
        )
    return diffs


def _flat_settings(content: dict) -> dict[str, str]:
    flat = {f"provider.{k}": str(v) for k, v in (content.get("provider") or {}).items()}
    classifier = content.get("classifier")
    # A replay's candidate thresholds (the live ones ship in the risk artefact).
    thresholds = content.get("risk_thresholds") or {}
    if "threshold" in thresholds:
        flat["risk.threshold"] = str(thresholds["threshold"])
    for slug, value in (thresholds.get("kinds") or {}).items():
        flat[f"risk.threshold.{slug}"] = str(value)
    flat["classifier"] = (
        f"#{classifier['id']} {classifier['algorithm']} ({classifier['artifact_sha256'][:10]}, "
        f"threshold {classifier['threshold']})"
        if classifier
        else "none"
    )
    return flat


def snapshots_compare(*, a: dict, b: dict) -> Comparison:
    """The differences from snapshot content `a` to `b`: text diffs of each changed prompt,
    policy and reply template, the per-rule diff, and changed settings. Three queries."""
    rules_a, rules_b = a.get("ruleset"), b.get("ruleset")
    rule_changes = []
    if (rules_a or {}).get("id") != (rules_b or {}).get("id") or (rules_a or {}).get(
        "content_hash"
    ) != (rules_b or {}).get("content_hash"):
        # An unsaved edit (a replay's candidate) holds its rules in the snapshot.
        rule_changes = ruleset_versions_diff(
            before_id=(rules_a or {}).get("id"),
            after_id=(rules_b or {}).get("id"),
            before_snapshot=(rules_a or {}).get("snapshot"),
            after_snapshot=(rules_b or {}).get("snapshot"),
        )
    flat_a, flat_b = _flat_settings(a), _flat_settings(b)

    def unset(name: str) -> str:
        return "as shipped" if name.startswith("risk.") else "—"

    setting_changes = [
        SettingChange(name, flat_a.get(name, unset(name)), flat_b.get(name, unset(name)))
        for name in sorted(set(flat_a) | set(flat_b))
        if flat_a.get(name) != flat_b.get(name)
    ]
    return Comparison(
        prompts=_prompt_diffs(a.get("prompts", {}), b.get("prompts", {})),
        policies=_policy_diffs(a.get("policies", {}), b.get("policies", {})),
        reply_templates=_reply_template_diffs(
            a.get("reply_templates", {}), b.get("reply_templates", {})
        ),
        rules=rule_changes,
        rules_before=_ruleset_label(rules_a) if rules_a else "none",
        rules_after=_ruleset_label(rules_b) if rules_b else "none",
        settings=setting_changes,
    )


def snapshot_current() -> ConfigSnapshot:
    """The configuration in force now, as a snapshot row; identical configurations share one.

    Runs a fixed number of queries (one per kind of version, plus the get-or-create)."""
    content = snapshot_content()
    digest = chain.json_digest(content)
    snapshot = ConfigSnapshot.objects.filter(content_hash=digest).first()
    if snapshot is not None:
        return snapshot
    snapshot, _ = ConfigSnapshot.objects.get_or_create(
        content_hash=digest, defaults={"content": content, "created_at": timezone.now()}
    )
    return snapshot
