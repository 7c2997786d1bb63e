"""How a ticket's events read on its timeline: which stage each belongs to (for the filter), which
template fragment shows it, and the data that fragment needs (diffs computed here). Pure: the
selector hands in the rows it fetched, so the page's query count never depends on the number of
events."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from django.utils import timezone

from .names import EVENT_NAMES
from .snapshots import text_diff_lines

STAGES = (
    ("intake", "Intake"),
    ("classify", "Classify"),
    ("context", "Context"),
    ("draft", "Draft"),
    ("route", "Route"),
    ("agent", "Agent actions"),
    ("other", "Other"),
)
STAGE_KEYS = {key for key, _ in STAGES}

_BY_NAME = {
    "tickets.raw_received": ("intake", "message"),
    "tickets.created": ("intake", "message"),
    "tickets.message_received": ("intake", "message"),
    "tickets.parse_failed": ("intake", "failure"),
    "tickets.ignored": ("intake", "generic"),
    "tickets.reopened": ("intake", "generic"),
    "drafts.run_started": ("classify", "run"),
    "drafts.classified": ("classify", "classified"),
    "drafts.context_assembled": ("context", "context"),
    "drafts.draft_generated": ("draft", "draft"),
    "drafts.route_decided": ("route", "route"),
    "routing.decided": ("route", "rules"),
    "routing.applied": ("route", "applied"),
    "tickets.status_changed": ("other", "status"),
    "tickets.assigned": ("agent", "generic"),
    "tickets.unassigned": ("agent", "generic"),
    "tickets.note_added": ("agent", "note"),
    "tickets.class_corrected": ("agent", "status"),
}
# Keys under which an agent action carries the text that went out.
SENT_TEXT_KEYS = ("sent_text", "final_text", "text")


@dataclass
class Entry:
    event: Any
    stage: str
    kind: str
    description: str
    data: dict = field(default_factory=dict)
    # When, in the current time zone, as the page prints it: formatted once here, because the
    # template's date filter cost more per event than the rest of the event's header.
    time_iso: str = ""
    time_text: str = ""
    # The chain facts of the folded "Versions and chain" block, shortened here for the same
    # reason (a third of the render went into that block's filters).
    digest_short: str = ""
    hash_short: str = ""
    prev_short: str = ""
    versions_json: str = ""

    @property
    def payload(self) -> dict:
        return self.event.payload or {}

    def __getitem__(self, name: str):
        # Django's template lookup tries `entry[name]` before `entry.name`; answering it here
        # spares an exception per lookup (some twenty per event on the timeline).
        try:
            return getattr(self, name)
        except AttributeError:
            raise KeyError(name) from None


def json_pretty(value) -> str:
    """JSON as the audit pages show it: indented, keys sorted, non-ASCII kept."""
    return json.dumps(value, indent=2, ensure_ascii=False, sort_keys=True, default=str)


def entry_stage(name: str, payload: dict, has_actor: bool) -> tuple[str, str]:
    if name == "drafts.stage_failed":
        stage = payload.get("stage")
        return (stage if stage in STAGE_KEYS else "other"), "failure"
    if name in _BY_NAME:
        stage, kind = _BY_NAME[name]
        if name == "tickets.status_changed" and has_actor:
            stage = "agent"
        return stage, kind
    if has_actor or name.startswith(("reviews.", "review.")):
        return "agent", "action"
    return "other", "generic"


# The retrieval table shows the chosen fragments and this many of the best others; the rest fold.
CANDIDATES_SHOWN = 8


def policy_version_ids_referenced(events) -> set[int]:
    """The policy version ids the context stage's retrieval records name."""
    ids: set[int] = set()
    for event in events:
        payload = event.payload if isinstance(event.payload, dict) else {}
        retrieval = (payload.get("outputs") or {}).get("retrieval") or {}
        if isinstance(retrieval, dict):
            for c in retrieval.get("candidates", []) or []:
                if isinstance(c, dict) and isinstance(c.get("version_id"), int):
                    ids.add(c["version_id"])
    return ids


def entries_build(
    *, events, drafts: dict[int, str], version_numbers: dict[int, int] | None = None
) -> list[Entry]:
    """`drafts`: {draft id: text} for every draft an event refers to; `version_numbers`:
    {policy version id: its number} for the retrieval tables."""
    version_numbers = version_numbers or {}
    entries = []
    # Most events of a ticket carry the same versions: each distinct one is indented once (an
    # indented dump runs json's pure-Python encoder; the compact key uses the C one).
    versions_pretty: dict[str, str] = {}
    for event in events:
        payload = event.payload if isinstance(event.payload, dict) else {}
        stage, kind = entry_stage(event.name, payload, bool(event.actor_id))
        if event.erased_at is not None:
            kind = "erased"
        data: dict = {}
        if kind == "action":
            draft_text = drafts.get(payload.get("draft_id")) if payload.get("draft_id") else None
            sent = next(
                (payload[k] for k in SENT_TEXT_KEYS if isinstance(payload.get(k), str)), None
            )
            if draft_text is not None and sent is not None:
                data["diff"] = text_diff_lines(draft_text, sent, context=2)
                data["unchanged"] = " ".join(draft_text.split()) == " ".join(sent.split())
        if kind == "context":
            retrieval = (payload.get("outputs") or {}).get("retrieval") or {}
            chosen = {c.get("fragment_id") for c in retrieval.get("chosen", [])}
            rows = [
                {
                    **c,
                    "chosen": c.get("fragment_id") in chosen,
                    "version_number": version_numbers.get(c.get("version_id")),
                }
                for c in retrieval.get("candidates", [])
                if isinstance(c, dict)
            ]
            # Chosen first, then the best of the others; the rest folded away.
            rows.sort(key=lambda c: (not c["chosen"], -(c.get("score") or 0)))
            shown = sum(c["chosen"] for c in rows) + CANDIDATES_SHOWN
            data["candidates"], data["candidates_more"] = rows[:shown], rows[shown:]
        local = timezone.localtime(event.created_at)
        entries.append(
            Entry(
                event=event,
                stage=stage,
                kind=kind,
                description=EVENT_NAMES.get(event.name, ""),
                data=data,
                time_iso=local.isoformat(),
                time_text=local.strftime("%Y-%m-%d %H:%M:%S.%f"),
                digest_short=(event.payload_digest or "")[:12],
                hash_short=(event.hash or "")[:12],
                prev_short=(event.prev_hash or "")[:12],
                versions_json=_versions_pretty(event.versions, versions_pretty),
            )
        )
    return entries


def _versions_pretty(versions, seen: dict[str, str]) -> str:
    if not versions:
        return ""
    key = json.dumps(versions, sort_keys=True, default=str)
    if key not in seen:
        seen[key] = json_pretty(versions)
    return seen[key]


def draft_ids_referenced(events) -> set[int]:
    ids = set()
    for event in events:
        payload = event.payload if isinstance(event.payload, dict) else {}
        value = payload.get("draft_id")
        if isinstance(value, int):
            ids.add(value)
    return ids
