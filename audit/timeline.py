"""How a ticket's events read on its timeline: which stage each belongs to (for the filter), which
template fragment shows it, and the data that fragment needs (diffs computed here). Pure: the
selector hands in the rows it fetched, so the page's query count never depends on the number of
events."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

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

    @property
    def payload(self) -> dict:
        return self.event.payload or {}


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


def entries_build(*, events, drafts: dict[int, str]) -> list[Entry]:
    """`drafts`: {draft id: text} for every draft an event refers to."""
    entries = []
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
            data["candidates"] = [
                {**c, "chosen": c.get("fragment_id") in chosen}
                for c in retrieval.get("candidates", [])
            ]
        entries.append(
            Entry(
                event=event,
                stage=stage,
                kind=kind,
                description=EVENT_NAMES.get(event.name, ""),
                data=data,
            )
        )
    return entries


def draft_ids_referenced(events) -> set[int]:
    ids = set()
    for event in events:
        payload = event.payload if isinstance(event.payload, dict) else {}
        value = payload.get("draft_id")
        if isinstance(value, int):
            ids.add(value)
    return ids
