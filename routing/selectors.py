"""Reads for routing: the live rules as a snapshot, the current version, decisions, and the
dry run (which only ever reads, inside a read-only transaction where the database allows)."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.db import connection, transaction
from django.db.models import Max, QuerySet
from django.db.models.expressions import Combinable

from tickets.models import Priority, RequestClass, Team

from .diff import ruleset_diff
from .evaluation import SNAPSHOT_FORMAT, evaluate, ruleset_compile
from .facts import condition_parse
from .models import AutoSendPolicy, RoutingDecision, Rule, RuleSetVersion

DRY_RUN_DEFAULT_LIMIT = 1000


def ruleset_snapshot_live() -> dict:
    """The rules as they are now in the table, in the snapshot format evaluation reads."""
    rules = (
        Rule.objects.select_related("team", "assignee")
        .prefetch_related("conditions")
        .order_by("order", "id")
    )
    return {"format": SNAPSHOT_FORMAT, "rules": [rule_snapshot(rule=r) for r in rules]}


def rule_snapshot(*, rule: Rule, conditions=None) -> dict:
    """One rule in snapshot form. `conditions` (fact, operator, value-text triples) replaces the
    stored rows, for a dry run of an unsaved form."""
    if conditions is None:
        conditions = [(c.fact, c.operator, c.value) for c in rule.conditions.all()]
    return {
        "id": rule.pk,
        "name": rule.name,
        "enabled": rule.enabled,
        "order": rule.order,
        "match": rule.match,
        "conditions": [
            # Database-held choices are checked by the form; here the text is only typed.
            {
                "fact": fact,
                "operator": op,
                "value": condition_parse(fact=fact, operator=op, value=value),
            }
            for fact, op, value in conditions
        ],
        "action": {
            "team": rule.team.slug if rule.team_id else None,
            "team_name": rule.team.name if rule.team_id else None,
            "assignee_id": rule.assignee_id,
            "assignee": rule.assignee.get_username() if rule.assignee_id else None,
            "priority": rule.priority,
            "needs_human": rule.needs_human,
            "block_auto_send": rule.block_auto_send,
            "reason": rule.reason,
            "stop": rule.stop,
        },
    }


def ruleset_version_current() -> RuleSetVersion | None:
    return RuleSetVersion.objects.order_by("-number").first()


def request_class_choices() -> dict[str, tuple[str, ...]]:
    return {"request_class": tuple(RequestClass.objects.values_list("slug", flat=True))}


def routing_decision_latest(*, ticket_id: int) -> RoutingDecision | None:
    """The decision the ticket page shows (reasons for the agent)."""
    return (
        RoutingDecision.objects.filter(ticket_id=ticket_id)
        .select_related("ruleset_version", "team", "assignee")
        .order_by("-id")
        .first()
    )


def autosend_policy_snapshot(*, request_class_slug: str | None) -> dict | None:
    if not request_class_slug:
        return None
    policy = (
        AutoSendPolicy.objects.select_related("request_class")
        .filter(request_class__slug=request_class_slug)
        .first()
    )
    return autosend_policy_as_dict(policy=policy) if policy else None


def autosend_policy_as_dict(*, policy: AutoSendPolicy) -> dict:
    return {
        "request_class": policy.request_class.slug,
        "class_risk": policy.request_class.risk,
        "enabled": policy.enabled,
        "min_confidence": policy.min_confidence,
        "evidence_window": policy.evidence_window,
        "min_acceptance": policy.min_acceptance,
        "max_correction_rate": policy.max_correction_rate,
        "hold_minutes": policy.hold_minutes,
        "reviewed": policy.reviewed,
        "accepted": policy.accepted,
        "corrections": policy.corrections,
        "suspended": policy.suspended,
        "suspended_reason": policy.suspended_reason,
    }


@contextlib.contextmanager
def _read_only():
    """A transaction that cannot write. On PostgreSQL outside an outer transaction the database
    enforces it (SET TRANSACTION READ ONLY); inside one (tests, ATOMIC_REQUESTS) the mode can no
    longer be set, and the dry run relies on only reading."""
    outer = connection.in_atomic_block
    with transaction.atomic():
        if not outer and connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION READ ONLY")
        yield


@dataclass
class DryRunRow:
    decision_id: int
    ticket_id: int
    recorded_version: int
    before: dict
    after: dict
    changes: list[str]
    reasons_after: list[str] = field(default_factory=list)


@dataclass
class DryRunResult:
    baseline_version: int | None
    evaluated: int
    changed: int
    recorded_under_older_version: int
    rows: list[DryRunRow]
    fired_before: dict[str, int]
    fired_after: dict[str, int]


OUTCOME_LABELS = {
    "fired": "rules fired",
    "team": "team",
    "assignee_id": "person",
    "priority": "priority",
    "needs_human": "needs a human",
    "block_auto_send": "auto-send blocked",
}


def latest_decisions(*, limit: int = DRY_RUN_DEFAULT_LIMIT):
    """The latest decision of each of the most recently decided tickets (at most `limit`)."""
    latest_ids = RoutingDecision.objects.values("ticket_id").annotate(last=Max("id")).values("last")
    return (
        RoutingDecision.objects.filter(id__in=latest_ids)
        .select_related("ruleset_version")
        .only("id", "ticket_id", "facts", "ruleset_version__number")
        .order_by("-id")[:limit]
    )


def _outcomes_label(outcomes: list[dict]) -> None:
    """Add what a lead reads to each outcome: the team's name, the person's username and the
    priority's label (the outcome itself keeps the codes it is compared by). Two queries."""
    teams = dict(
        Team.objects.filter(slug__in={o["team"] for o in outcomes if o.get("team")}).values_list(
            "slug", "name"
        )
    )
    people = dict(
        get_user_model()
        .objects.filter(pk__in={o["assignee_id"] for o in outcomes if o.get("assignee_id")})
        .values_list("pk", "username")
    )
    labels = dict(Priority.choices)
    for outcome in outcomes:
        outcome["team_label"] = teams.get(outcome.get("team"), outcome.get("team"))
        outcome["assignee_label"] = people.get(outcome.get("assignee_id"), "")
        outcome["priority_label"] = labels.get(outcome.get("priority"), "")


def dry_run(
    *, candidate: dict, baseline: dict | None = None, limit: int = DRY_RUN_DEFAULT_LIMIT
) -> DryRunResult:
    """Re-evaluate the recorded facts of the latest decision of the last `limit` tickets with
    the current rule set (or `baseline`) and with `candidate`; report what changes. Writes
    nothing."""
    with _read_only():
        version = ruleset_version_current()
        baseline_version = None
        if baseline is None:
            baseline = version.snapshot if version else {"rules": []}
            baseline_version = version.number if version else None
        decisions = list(latest_decisions(limit=limit))
    rows: list[DryRunRow] = []
    fired_before: dict[str, int] = {}
    fired_after: dict[str, int] = {}
    older = 0
    current_number = version.number if version else None
    baseline_rules, candidate_rules = ruleset_compile(baseline), ruleset_compile(candidate)
    for d in decisions:
        if d.ruleset_version.number != current_number:
            older += 1
        before_decision = evaluate(d.facts, baseline_rules, explain=False)
        after_decision = evaluate(d.facts, candidate_rules, explain=False)
        before, after = before_decision.outcome(), after_decision.outcome()
        for name in before["fired"]:
            fired_before[name] = fired_before.get(name, 0) + 1
        for name in after["fired"]:
            fired_after[name] = fired_after.get(name, 0) + 1
        if before != after:
            changes = [label for key, label in OUTCOME_LABELS.items() if before[key] != after[key]]
            rows.append(
                DryRunRow(
                    d.pk,
                    d.ticket_id,
                    d.ruleset_version.number,
                    before,
                    after,
                    changes,
                    list(after_decision.reasons),
                )
            )
    _outcomes_label([side for row in rows for side in (row.before, row.after)])
    return DryRunResult(
        baseline_version=baseline_version,
        evaluated=len(decisions),
        changed=len(rows),
        recorded_under_older_version=older,
        rows=rows,
        fired_before=fired_before,
        fired_after=fired_after,
    )


def ruleset_version_latest_summary() -> dict | None:
    """The newest rule-set version as {"id", "number", "content_hash"}, or None. One query."""
    return RuleSetVersion.objects.order_by("-number").values("id", "number", "content_hash").first()


def ruleset_versions_diff(
    *,
    before_id: int | None,
    after_id: int | None,
    before_snapshot: dict | None = None,
    after_snapshot: dict | None = None,
) -> list:
    """The per-rule changes (routing.diff.RuleChange) from one rule-set version to another;
    a missing id counts as an empty rule set. A side given as a snapshot (an unsaved edit) is
    not read. One query at most."""
    wanted = [
        pk
        for pk, given in ((before_id, before_snapshot), (after_id, after_snapshot))
        if pk is not None and given is None
    ]
    snapshots = (
        dict(RuleSetVersion.objects.filter(pk__in=wanted).values_list("pk", "snapshot"))
        if wanted
        else {}
    )
    before = before_snapshot if before_snapshot is not None else snapshots.get(before_id)
    after = after_snapshot if after_snapshot is not None else snapshots.get(after_id)
    return ruleset_diff(before or {}, after or {})


def routing_decisions_needing_human(*, ticket_id: int | Combinable) -> QuerySet[RoutingDecision]:
    """Decisions that sent a ticket to a human; `ticket_id` may be an OuterRef."""
    return RoutingDecision.objects.filter(ticket_id=ticket_id, needs_human=True)
