"""Draft evaluation: how close the pipeline's drafts come to the replies agents actually sent.

For every remembered sent reply (ReplyMemory: replies agents approved, edited or imported), the
classify, context and draft stages run on the question it answered, exactly as the pipeline runs
them but on an unsaved run (nothing is written), with that ticket's own reply held out of memory.
The draft is compared with the reply sent: the normalized edit distance the dashboard uses
(drafts.reviews.texts.edit_distance), whether it is within WITHIN of it, whether the draft is in
the language of the reply, and where the draft came from (a sent reply to the same question, a
sent reply to a related question, a template with policy passages, or an acknowledgement that
says to the agent no confident answer was found).

Off topic: with a labels file naming the policy passages each sent reply rests on (the demo's
sent_replies.jsonl `policies`, matched by the memory's import key), a draft is off topic when
the passages it rests on (the remembered reply's, or the template draft's best retrieved
passage) are none of the reply sent's; replies that rest on no policy, and drafts that say they cannot
answer, are not judged. For memory
drafts the stricter check of bench/reply_memory.py is kept as well: the remembered reply rests
on exactly the same passages.

Halves: a memory with an even id is in the tuning half (thresholds are chosen there), an odd
one in the held-out half; both are reported. `manage.py evaluate_drafts` prints it per class,
language and source.
"""

from __future__ import annotations

import json
import statistics
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from tickets.models import Message, MessageDirection

from .language import text_language
from .models import PipelineRun, ReplyMemory
from .reviews.texts import edit_distance
from .stages import stage_classify, stage_context, stage_draft

WITHIN = 0.3  # "usable with light edits": the share of drafts this close to what was sent
# The classes whose replies repeat (the goal is measured on them).
REPETITIVE_CLASSES = ("shipping-status", "account-access", "setup-help", "pricing", "refund-policy")


HALVES = ("tuning", "held-out")
SOURCES = ("memory", "related memory", "template", "cannot answer")


def memory_half(memory_id: int) -> str:
    return HALVES[memory_id % 2]


@dataclass
class DraftScore:
    ticket_id: int
    request_class: str
    language: str
    distance: float
    language_match: bool
    source: str  # one of SOURCES
    half: str = HALVES[0]
    on_topic: bool | None = None  # None: not judged (no labels, or the reply rests on no policy)
    same_passages: bool | None = None  # memory drafts only: bench/reply_memory.py's check
    memory_id: int = 0
    # What a "cannot answer" bar reads (the rows `manage.py evaluate_drafts --rows` writes): the
    # likeness of the nearest remembered reply (used or not) and whether it answered the class
    # predicted for this ticket, the best passage's similarity and whether its document serves
    # the predicted class.
    nearest_likeness: float = 0.0
    nearest_same_class: bool = False
    best_passage_similarity: float = 0.0
    chosen_similarity: float = 0.0  # the similarity of the passage ranked first (a draft's)
    passage_serves_class: bool | None = None  # None: the document serves no class
    predicted_class: str = ""
    predicted_risk: str = ""
    answerable: bool = True
    # Whether the best retrieved passage is one the reply sent rests on, for every draft (what
    # a template draft would rest on if the remembered reply were not used); None: not judged.
    passage_on_topic: bool | None = None
    # The class reading (confidence, unfamiliar) and what it did to retrieval: the passage
    # ranked first's fused similarity to the question before BM25 and the hint (`match`), and
    # whether it ranks first only because of the class hint.
    class_confidence: float = 0.0
    unfamiliar: bool = False
    chosen_match: float = 0.0
    first_by_hint: bool = False


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
            "repetitive_by_half": {
                half: summarize([s for s in repetitive if s.half == half]) for half in HALVES
            },
            "by_class": self.group(lambda s: s.request_class),
            "by_language": self.group(lambda s: s.language),
            "by_source": self.group(lambda s: s.source),
            "repetitive_by_source": {
                source: summarize([s for s in repetitive if s.source == source])
                for source in SOURCES
            },
        }


def _share(values: list[bool]) -> float | None:
    return round(sum(values) / len(values), 3) if values else None


def summarize(rows: list[DraftScore]) -> dict:
    if not rows:
        return {"n": 0}
    distances = [r.distance for r in rows]
    judged = [not r.on_topic for r in rows if r.on_topic is not None]
    strict = [not r.same_passages for r in rows if r.same_passages is not None]
    return {
        "n": len(rows),
        "median_distance": round(statistics.median(distances), 3),
        "within": round(sum(d <= WITHIN for d in distances) / len(rows), 3),
        **{
            f"within_{half.replace('-', '_')}": _share(
                [r.distance <= WITHIN for r in rows if r.half == half]
            )
            for half in HALVES
        },
        "language_match": round(sum(r.language_match for r in rows) / len(rows), 3),
        "from_memory": round(
            sum(r.source in ("memory", "related memory") for r in rows) / len(rows), 3
        ),
        "from_related_memory": round(
            sum(r.source == "related memory" for r in rows) / len(rows), 3
        ),
        "cannot_answer": round(sum(r.source == "cannot answer" for r in rows) / len(rows), 3),
        "off_topic": _share(judged),
        "off_topic_judged": len(judged),
        "memory_other_passages": _share(strict),
    }


def passage_labels(path: Path) -> dict[str, set[tuple[str, str]]]:
    """{memory import key: {(document slug, section heading)}} from a sent-replies JSONL file
    whose rows name the policy passages each reply rests on (`policies`)."""
    labels = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            labels[f"sent-replies:{row['id']}"[:120]] = {
                (p["doc"], p["section"]) for p in row.get("policies") or []
            }
    return labels


def _passage_in(passage: tuple[str, str], passages: set[tuple[str, str]]) -> bool:
    """A section split into parts ("Returns (2)") counts as its section."""
    document, heading = passage
    return any(document == d and heading.startswith(section) for d, section in passages)


def _draft_for(memory: ReplyMemory) -> tuple[dict, PipelineRun, dict] | None:
    """The pipeline's draft for the question `memory` answered, its own reply held out (the
    draft stage excludes the ticket's own memories), with the unsaved run and the draft stage's
    outputs. Nothing is saved."""
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
    return result.draft, run, {**result.outputs, **result.inputs}


def _draft_source(outputs: dict) -> tuple[str, int | None]:
    if outputs.get("no_answer"):
        return "cannot answer", None
    offered = outputs.get("memory_offered") or []
    if not any(str(b).startswith("Based on ") for b in outputs.get("basis") or []):
        return "template", None
    used = offered[0]
    return ("related memory" if used.get("related") else "memory"), used["memory_id"]


def drafts_evaluate(
    *,
    limit: int | None = None,
    labels_path: Path | None = None,
    progress: Callable[[str], None] = lambda _m: None,
) -> EvaluationReport:
    """Score every remembered reply's held-out draft. `labels_path`: a sent-replies JSONL file
    naming each reply's policy passages, for the off-topic check (optional)."""
    report = EvaluationReport()
    labels = passage_labels(labels_path) if labels_path else {}
    memories = list(
        ReplyMemory.objects.select_related("ticket__customer", "request_class").order_by("id")
    )[:limit]
    keys = dict(ReplyMemory.objects.values_list("id", "source_key"))
    for index, memory in enumerate(memories, 1):
        produced = _draft_for(memory)
        if produced is None:
            report.skipped.append((memory.pk, "its ticket has no customer message"))
            continue
        draft, run, outputs = produced
        text = draft["text"]
        source, used_id = _draft_source(
            {**outputs, "basis": draft["basis"], "no_answer": draft.get("no_answer")}
        )
        sent_passages = labels.get(memory.source_key or "")
        on_topic = same_passages = passage_on_topic = None
        chosen = (run.retrieval or {}).get("chosen") or []
        if sent_passages:
            best = (chosen[0]["document"] or "", chosen[0]["heading"]) if chosen else None
            passage_on_topic = best is not None and _passage_in(best, sent_passages)
            if used_id is not None:
                used = labels.get(keys.get(used_id) or "")
                if used is not None:
                    on_topic = bool(used & sent_passages)
                    same_passages = used == sent_passages
            elif source == "template":
                on_topic = passage_on_topic
            # A draft that says it cannot answer rests on nothing: not judged (counted apart).
        candidates = outputs.get("memory_candidates") or []
        served = chosen[0].get("request_classes") if chosen else None
        predicted = run.request_class.slug if run.request_class_id else ""
        report.scores.append(
            DraftScore(
                ticket_id=memory.ticket_id,
                request_class=memory.request_class.slug if memory.request_class else "(none)",
                language=memory.language,
                distance=edit_distance(text, memory.reply),
                language_match=text_language(text).code == memory.language,
                source=source,
                half=memory_half(memory.pk),
                on_topic=on_topic,
                same_passages=same_passages,
                memory_id=memory.pk,
                nearest_likeness=candidates[0]["similarity"] if candidates else 0.0,
                nearest_same_class=bool(candidates)
                and candidates[0].get("request_class_id") == run.request_class_id,
                best_passage_similarity=float((run.retrieval or {}).get("best_similarity") or 0),
                chosen_similarity=float(chosen[0].get("similarity") or 0) if chosen else 0.0,
                passage_serves_class=(predicted in served) if served else None,
                predicted_class=predicted,
                predicted_risk=run.risk or "",
                answerable=bool((run.retrieval or {}).get("answerable", True)),
                passage_on_topic=passage_on_topic,
                class_confidence=float(run.confidence or 0.0),
                unfamiliar=bool(run.unfamiliar),
                chosen_match=float(chosen[0].get("match") or 0) if chosen else 0.0,
                first_by_hint=bool(chosen)
                and (run.retrieval or {}).get("unhinted_first")
                not in (None, chosen[0]["fragment_id"]),
            )
        )
        if index % 25 == 0:
            progress(f"{index}/{len(memories)} drafts scored")
    return report
