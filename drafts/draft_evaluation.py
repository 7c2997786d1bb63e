"""Draft evaluation: how close the pipeline's drafts come to the replies agents actually sent.

For every remembered sent reply (ReplyMemory: replies agents approved, edited or imported), the
classify, context and draft stages run on the question it answered, exactly as the pipeline runs
them but on an unsaved run (nothing is written), with that ticket's own reply held out of memory.
The draft is compared with the reply sent: the normalized edit distance the dashboard uses
(drafts.reviews.texts.edit_distance), whether it is within WITHIN of it, whether the draft is in
the language of the reply, and where the draft came from (another sent reply, or a template
with policy passages). `manage.py evaluate_drafts` prints it per class and language.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable
from dataclasses import dataclass, field

from tickets.models import Message, MessageDirection

from .language import text_language
from .models import PipelineRun, ReplyMemory
from .reviews.texts import edit_distance
from .stages import stage_classify, stage_context, stage_draft

WITHIN = 0.3  # "usable with light edits": the share of drafts this close to what was sent
# The classes whose replies repeat (the goal is measured on them).
REPETITIVE_CLASSES = ("shipping-status", "account-access", "setup-help", "pricing", "refund-policy")


@dataclass
class DraftScore:
    ticket_id: int
    request_class: str
    language: str
    distance: float
    language_match: bool
    source: str  # "memory" or "template"


@dataclass
class EvaluationReport:
    scores: list[DraftScore] = field(default_factory=list)
    skipped: list[tuple[int, str]] = field(default_factory=list)  # (memory id, why)

    def group(self, key: Callable[[DraftScore], str]) -> dict[str, dict]:
        groups: dict[str, list[DraftScore]] = {}
        for score in self.scores:
            groups.setdefault(key(score), []).append(score)
        return {name: summarize(rows) for name, rows in sorted(groups.items())}

    def as_dict(self) -> dict:
        repetitive = [s for s in self.scores if s.request_class in REPETITIVE_CLASSES]
        return {
            "drafts": len(self.scores),
            "skipped": [{"memory_id": m, "why": why} for m, why in self.skipped],
            "overall": summarize(self.scores),
            "repetitive_classes": summarize(repetitive),
            "by_class": self.group(lambda s: s.request_class),
            "by_language": self.group(lambda s: s.language),
            "by_source": self.group(lambda s: s.source),
        }


def summarize(rows: list[DraftScore]) -> dict:
    if not rows:
        return {"n": 0}
    distances = [r.distance for r in rows]
    return {
        "n": len(rows),
        "median_distance": round(statistics.median(distances), 3),
        "within": round(sum(d <= WITHIN for d in distances) / len(rows), 3),
        "language_match": round(sum(r.language_match for r in rows) / len(rows), 3),
        "from_memory": round(sum(r.source == "memory" for r in rows) / len(rows), 3),
    }


def _draft_for(memory: ReplyMemory) -> dict | None:
    """The pipeline's draft for the question `memory` answered, its own reply held out (the
    draft stage excludes the ticket's own memories). Nothing is saved."""
    message = (
        Message.objects.filter(ticket_id=memory.ticket_id, direction=MessageDirection.INBOUND)
        .order_by("created_at", "id")
        .first()
    )
    if message is None:
        return None
    run = PipelineRun(ticket=memory.ticket, message=message)
    for stage in (stage_classify, stage_context, stage_draft):
        result = stage(run)
        for name, value in result.run_updates.items():
            setattr(run, name, value)
    return result.draft


def drafts_evaluate(
    *, limit: int | None = None, progress: Callable[[str], None] = lambda _m: None
) -> EvaluationReport:
    report = EvaluationReport()
    memories = list(
        ReplyMemory.objects.select_related("ticket__customer", "request_class").order_by("id")
    )[:limit]
    for index, memory in enumerate(memories, 1):
        draft = _draft_for(memory)
        if draft is None:
            report.skipped.append((memory.pk, "its ticket has no customer message"))
            continue
        text = draft["text"]
        report.scores.append(
            DraftScore(
                ticket_id=memory.ticket_id,
                request_class=memory.request_class.slug if memory.request_class else "(none)",
                language=memory.language,
                distance=edit_distance(text, memory.reply),
                language_match=text_language(text).code == memory.language,
                source="memory"
                if any(str(b).startswith("Based on ") for b in draft["basis"])
                else "template",
            )
        )
        if index % 25 == 0:
            progress(f"{index}/{len(memories)} drafts scored")
    return report
