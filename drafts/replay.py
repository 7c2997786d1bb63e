"""Replay: past tickets through the pipeline as it is configured now, or with a candidate (a
challenger classifier, an earlier rule-set version or unsaved rule edits, unpublished policy
edits, other risk thresholds, earlier prompt versions: candidate_validate), beside what was
decided at the time (issue 18: the engine, `manage.py replay`, the /replay/ pages, the
background task, promote).

For each of the last N finished pipeline runs, the classify, context and draft stages run again
on an unsaved run (the active classifier, the risk layer, the policies, templates and reply
memory as they are now; the ticket's own later replies are not in memory for it), and the live
rule set and auto-send check decide the route from the same facts the route stage would gather
(the hours the ticket had been open are the recorded ones, so a time rule does not drift). The
outcome is set beside the recorded one: class, risk kinds, needs a human, team, priority,
auto-send verdict, draft text, and the distance of each draft to the reply a person sent.
Tickets replay in chunks (REPLAY_CHUNK; drafts/batching.py: the chunk's configuration read
once, its threads and customers' tickets read in bulk, its texts embedded in one encoder call),
each chunk inside a transaction that is rolled back (short: the embedded SQLite database is not
held for the whole replay, and progress is written between chunks). An
experiment is created queued (`replay_experiment_create`), run by `replay_experiment_execute`
(the Celery task `drafts.replay_experiment` for the page, in process for the command), which
keeps the result on the ReplayExperiment and records one `drafts.replay_ran` event naming who ran
it. A lead publishes the candidate from the result (`replay_candidate_promote`); a result whose
high-risk alarm is on needs an override naming the reason.
Team leads run and read replays at /replay/ (drafts/replay_views.py).
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
import threading
import time
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from multiprocessing import Pipe
from multiprocessing.connection import Connection
from types import SimpleNamespace

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import connections, transaction
from django.utils import timezone

from audit import chain
from audit.models import ConfigSnapshot
from audit.services import event_record
from audit.snapshots import provider_settings, snapshot_current
from routing.evaluation import autosend_decide, evaluate, ruleset_compile
from routing.models import RuleSetVersion
from routing.selectors import autosend_policy_snapshot, ruleset_snapshot_live
from routing.services import ruleset_snapshot_publish, ruleset_version_restore, snapshot_hash
from tickets.models import ticket_reference

from .batching import batch_scope, read_once
from .classifier.models import ClassifierVersion
from .classifier.services import classifier_candidate_use, classifier_version_activate
from .knowledge.edits import PolicyEditInvalid, policy_edit_check, policy_edits_use
from .knowledge.models import PolicyDocument, PolicyVersion
from .knowledge.services import PolicyInvalid, PolicyUnchanged, policy_version_create
from .models import (
    Draft,
    OutboundReply,
    PipelineRun,
    PromptTemplate,
    ReplayExperiment,
    RunStatus,
    SendStatus,
    Stage,
    StageRecord,
)
from .providers import PROVIDER_NAMES, provider_get, provider_live, provider_use
from .providers.base import TransientProviderError
from .retries import backoff_seconds
from .reviews.texts import edit_distance
from .risk.kinds import KIND_SLUGS
from .risk.scoring import heads_get, heads_thresholds_use
from .services import prompt_template_version_create
from .stages import (
    chunk_prepare,
    chunk_vectors_load,
    prompt_versions_use,
    routing_facts,
    stage_classify,
    stage_context,
    stage_draft,
)

REPLAY_EVENT = "drafts.replay_ran"
PROMOTE_EVENT = "drafts.replay_promoted"
# Tickets one replay from the page may cover (it runs in the worker; its rows are kept on the
# experiment and shown on one page).
REPLAY_MAX = 2000
PROGRESS_EVERY = 10  # tickets between two progress writes


class ReplayError(ValueError):
    """A replay that cannot be run or promoted as asked; the message says why."""


COMPARED = ("request_class", "risk_kinds", "needs_human", "team", "priority", "auto_send")
CHANGE_LABELS = {
    "request_class": "class",
    "risk_kinds": "risk reading",
    "needs_human": "needs a human",
    "team": "team",
    "priority": "priority",
    "auto_send": "auto-send",
}


@dataclass
class ReplayRow:
    ticket_id: int
    run_id: int
    before: dict
    after: dict
    changes: list[str]
    sent_distance_before: float | None = None
    sent_distance_after: float | None = None

    @property
    def reference(self) -> str:
        return ticket_reference(self.ticket_id)

    @property
    def high_risk(self) -> bool:
        return bool(self.before["high_risk"] or self.after["high_risk"])

    @property
    def loses_human(self) -> bool:
        """A ticket read as high risk (then or now) that a human saw then and would not now."""
        return self.high_risk and self.before["needs_human"] and not self.after["needs_human"]

    @property
    def becomes_auto_sendable(self) -> bool:
        return self.high_risk and self.after["auto_send"] and not self.before["auto_send"]

    def as_dict(self) -> dict:
        return {
            "ticket": self.reference,
            "ticket_id": self.ticket_id,
            "run_id": self.run_id,
            "changes": self.changes,
            "before": {k: v for k, v in self.before.items() if k != "draft"},
            "after": {k: v for k, v in self.after.items() if k != "draft"},
            "draft_changed": self.before["draft"] != self.after["draft"],
            "sent_distance_before": self.sent_distance_before,
            "sent_distance_after": self.sent_distance_after,
            "high_risk_loses_human": self.loses_human,
            "high_risk_becomes_auto_sendable": self.becomes_auto_sendable,
        }


@dataclass
class ReplayReport:
    rows: list[ReplayRow] = field(default_factory=list)
    # What the model calls cost (the OpenAI-compatible provider; 0 offline), and whether the
    # replay stopped at its spend cap before the last ticket.
    cost: float = 0.0
    tokens: int = 0
    selected: int = 0
    stopped_at_cap: bool = False

    def as_dict(self) -> dict:
        rows = self.rows
        n = len(rows) or 1
        sent = [r for r in rows if r.sent_distance_before is not None]
        changed = {name: sum(name in r.changes for r in rows) for name in COMPARED}
        return {
            "replayed": len(rows),
            "selected": self.selected or len(rows),
            "cost": round(self.cost, 6),
            "tokens": self.tokens,
            "stopped_at_cap": self.stopped_at_cap,
            "changed": sum(bool(r.changes) for r in rows),
            "changed_by_field": changed,
            "draft_changed": sum(r.before["draft"] != r.after["draft"] for r in rows),
            "escalation_rate_before": round(sum(r.before["needs_human"] for r in rows) / n, 3),
            "escalation_rate_after": round(sum(r.after["needs_human"] for r in rows) / n, 3),
            "high_risk_losing_human": [r.reference for r in rows if r.loses_human],
            "high_risk_becoming_auto_sendable": [
                r.reference for r in rows if r.becomes_auto_sendable
            ],
            "models_before": _models(r.before for r in rows),
            "models_after": _models(r.after for r in rows),
            "sent_replies": len(sent),
            "sent_distance_before": _mean([r.sent_distance_before for r in sent]),
            "sent_distance_after": _mean([r.sent_distance_after for r in sent]),
            "rows": [r.as_dict() for r in rows],
        }


def _models(sides) -> dict[str, int]:
    """How many tickets each provider/model decided ("openai/gpt-4o-mini": 12)."""
    counts: dict[str, int] = {}
    for side in sides:
        provider, model = side.get("provider") or "", side.get("model") or ""
        label = f"{provider}/{model}" if model and model != provider else provider or "unknown"
        counts[label] = counts.get(label, 0) + 1
    return dict(sorted(counts.items()))


def _mean(values: list[float]) -> float | None:
    return round(sum(values) / len(values), 3) if values else None


def _citation_labels(citations: list[dict]) -> list[str]:
    """A draft's citations as a lead reads them: "document: heading", "(edited)" when the
    passage is from a policy edit being replayed (no version holds it)."""
    return [
        f"{c.get('document')}: {c.get('heading')}" + ("" if c.get("version_id") else " (edited)")
        for c in citations
    ]


def _recorded(run: PipelineRun, draft: tuple[str, list]) -> dict:
    draft_text, citations = draft
    decision = run.decision or {}
    return {
        "request_class": run.request_class.slug if run.request_class_id else None,
        "risk_kinds": sorted(run.risk_kinds or []),
        "high_risk": run.risk == "high" or bool(run.risk_kinds),
        "needs_human": bool(decision.get("needs_human")),
        "team": decision.get("team"),
        "priority": decision.get("priority"),
        "auto_send": bool(decision.get("auto_send_allowed")),
        "reasons": list(decision.get("reasons", [])),
        "draft": draft_text,
        "citations": _citation_labels(citations),
        "provider": run.provider,
        "model": run.model_name,
    }


def _replayed(run: PipelineRun, ruleset, spent: dict | None = None) -> dict:
    again = PipelineRun(ticket=run.ticket, message=run.message)
    draft: dict | None = None
    for stage in (stage_classify, stage_context, stage_draft):
        result = stage(again)
        for name, value in result.run_updates.items():
            setattr(again, name, value)
        draft = result.draft or draft
        usage = result.outputs.get("usage") or {}
        if spent is not None and usage:
            spent["cost"] += float(usage.get("cost") or 0)
            spent["tokens"] += int(usage.get("prompt_tokens") or 0) + int(
                usage.get("completion_tokens") or 0
            )
    shaped = SimpleNamespace(
        removed_citations=(draft or {}).get("removed_citations", []),
        citations=(draft or {}).get("citations", []),
    )
    facts = routing_facts(again, shaped if draft else None)
    if "hours_open" in (run.facts or {}):
        facts["hours_open"] = run.facts["hours_open"]
    decision = evaluate(facts, ruleset, explain=False)
    verdict = autosend_decide(
        decision=decision,
        facts=facts,
        policy=read_once(
            ("autosend_policy", facts.get("request_class")),
            lambda: autosend_policy_snapshot(request_class_slug=facts.get("request_class")),
        ),
    )
    outcome = decision.outcome()
    return {
        "request_class": again.request_class.slug if again.request_class else None,
        "risk_kinds": sorted(again.risk_kinds or []),
        "high_risk": again.risk == "high" or bool(again.risk_kinds),
        "needs_human": bool(outcome["needs_human"]),
        "team": outcome["team"],
        "priority": outcome["priority"],
        "auto_send": bool(verdict.allowed),
        "reasons": list(decision.reasons),
        "draft": (draft or {}).get("text", ""),
        "citations": _citation_labels((draft or {}).get("citations", [])),
        # Which provider and model produced this column (the draft's, else the classifier's).
        "provider": (draft or {}).get("provider") or again.provider,
        "model": (draft or {}).get("model_name") or again.model_name,
    }


def _drafts_first(runs: list[PipelineRun]) -> dict[int, tuple[str, list]]:
    """Each run's first draft (text, citations), by run id: one query."""
    drafts: dict[int, tuple[str, list]] = {}
    for run_id, text, citations in (
        Draft.objects.filter(run__in=runs).order_by("id").values_list("run_id", "text", "citations")
    ):
        drafts.setdefault(run_id, (text, citations or []))
    return drafts


def _sent_replies(runs: list[PipelineRun]) -> dict[int, list[tuple]]:
    """The replies people sent on these runs' tickets, (created_at, text) oldest first, by
    ticket id: one query."""
    sent: dict[int, list[tuple]] = {}
    for ticket_id, created_at, text in (
        OutboundReply.objects.filter(
            ticket_id__in={r.ticket_id for r in runs}, status=SendStatus.SENT, auto_sent=False
        )
        .order_by("id")
        .values_list("ticket_id", "created_at", "text")
    ):
        sent.setdefault(ticket_id, []).append((created_at, text))
    return sent


def _sent_after(sent: dict[int, list[tuple]], run: PipelineRun) -> str | None:
    """The first reply a person sent on the run's ticket after the run started."""
    return next((text for at, text in sent.get(run.ticket_id, []) if at >= run.created_at), None)


def _candidate_context(candidate: dict) -> contextlib.ExitStack:
    """The context a candidate replays in (this thread or task only; nothing live changes):
    its classifier version in place of the active one, its policy edits in place of those
    documents' current versions, its risk thresholds, its prompt versions."""
    candidate = candidate or {}
    stack = contextlib.ExitStack()
    if candidate.get("classifier"):
        version = ClassifierVersion.objects.get(pk=candidate["classifier"])
        stack.enter_context(classifier_candidate_use(version=version))
    if candidate.get("policy_edits"):
        stack.enter_context(policy_edits_use(edits=candidate["policy_edits"]))
    if candidate.get("risk_thresholds"):
        thresholds = candidate["risk_thresholds"]
        stack.enter_context(
            heads_thresholds_use(
                threshold=thresholds.get("threshold"), kinds=thresholds.get("kinds") or {}
            )
        )
    if candidate.get("prompts"):
        stack.enter_context(prompt_versions_use(versions=candidate["prompts"]))
    if candidate.get("provider"):
        stack.enter_context(provider_use(**candidate["provider"]))
    return stack


def _candidate_ruleset(candidate: dict) -> dict:
    """The rule-set snapshot a candidate replays with: an earlier version's, an unsaved edit's,
    or the rules in force."""
    if candidate.get("rules"):
        return RuleSetVersion.objects.get(number=candidate["rules"]).snapshot
    if candidate.get("rules_edit"):
        return candidate["rules_edit"]["snapshot"]
    return ruleset_snapshot_live()


SELECTION_ONLY = {
    "": "every ticket",
    "corrected": "tickets whose class an agent corrected",
    "escalated": "tickets that went to a person",
}


def selection_validate(selection: dict) -> dict:
    """The selection as stored: a class slug, a date range (ISO dates, inclusive), and
    "corrected" or "escalated" tickets only. Raises ReplayError."""
    from datetime import date

    from tickets.models import RequestClass

    clean: dict = {}
    slug = (selection.get("class") or "").strip()
    if slug:
        if not RequestClass.objects.filter(slug=slug).exists():
            raise ReplayError(f"No request class {slug!r}.")
        clean["class"] = slug
    for key in ("since", "until"):
        value = (selection.get(key) or "").strip()
        if value:
            try:
                clean[key] = date.fromisoformat(value).isoformat()
            except ValueError as exc:
                raise ReplayError(f"{key}: give a date as YYYY-MM-DD.") from exc
    if clean.get("since") and clean.get("until") and clean["since"] > clean["until"]:
        raise ReplayError("The date range ends before it starts.")
    only = (selection.get("only") or "").strip()
    if only not in SELECTION_ONLY:
        raise ReplayError(f"Unknown selection {only!r}.")
    if only:
        clean["only"] = only
    return clean


def selection_label(selection: dict) -> str:
    parts = [SELECTION_ONLY[selection.get("only", "")]]
    if selection.get("class"):
        parts.append(f"of class {selection['class']}")
    if selection.get("since"):
        parts.append(f"from {selection['since']}")
    if selection.get("until"):
        parts.append(f"to {selection['until']}")
    return " ".join(parts)


def _runs_selected(selection: dict, last: int):
    from datetime import date, datetime, time, timedelta

    runs = PipelineRun.objects.filter(status=RunStatus.DONE, trigger="inbound")
    if selection.get("class"):
        runs = runs.filter(ticket__request_class__slug=selection["class"])
    tz = timezone.get_current_timezone()
    if selection.get("since"):
        start = datetime.combine(date.fromisoformat(selection["since"]), time.min, tz)
        runs = runs.filter(created_at__gte=start)
    if selection.get("until"):
        end = datetime.combine(date.fromisoformat(selection["until"]), time.min, tz)
        runs = runs.filter(created_at__lt=end + timedelta(days=1))
    if selection.get("only") == "corrected":
        runs = runs.filter(ticket__class_source="agent")
    elif selection.get("only") == "escalated":
        runs = runs.filter(decision__needs_human=True)
    return runs.order_by("-id")[:last]


def _runs_loaded(ids: list[int]) -> list[PipelineRun]:
    """These runs (a chunk of the selection, newest first) with what the stages read. What was
    recorded is read from the decision, facts and risk kinds; the stages run on a new unsaved
    run, so the recorded context and retrieval (the largest JSON) stay unread."""
    return list(
        PipelineRun.objects.filter(pk__in=ids)
        .select_related("ticket__customer", "message", "request_class")
        .defer("context", "retrieval", "signal_evidence")
        .order_by("-id")
    )


# A model endpoint's 429/5xx during a replay: wait (Retry-After when it says, else a backoff)
# and try the ticket again, this many times, then fail the replay with the error.
REPLAY_RETRIES = 4


def _replayed_with_retries(run, ruleset, spent, sleep=time.sleep) -> dict:
    """Caller holds the chunk's transaction (rolled back after it)."""
    for attempt in range(REPLAY_RETRIES + 1):
        try:
            return _replayed(run, ruleset, spent)
        except TransientProviderError as error:
            if attempt == REPLAY_RETRIES:
                raise
            sleep(backoff_seconds(attempt, error.retry_after))
    raise AssertionError("unreachable")


# Tickets replayed together (drafts.batching): their configuration read once, their texts
# embedded in one encoder call, one rolled-back transaction around them, progress written
# after each. With a model endpoint a chunk is PROGRESS_EVERY tickets (its calls, not the
# chunk's reads, take the time, and progress should move).
REPLAY_CHUNK = 200


def _chunk_size(batched: bool) -> int:
    if not batched:
        return 1
    return REPLAY_CHUNK if provider_get().name == "offline" else PROGRESS_EVERY


def pipeline_replay(
    *,
    last: int = 200,
    candidate: dict | None = None,
    selection: dict | None = None,
    cost_cap: float | None = None,
    progress: Callable[[int, int], None] = lambda _done, _total: None,
    batched: bool = True,
    kept_vectors: bool = True,
    processes: int | None = None,
) -> ReplayReport:
    """Replay the last `last` finished inbound runs of the selection (selection_validate) under
    the live configuration, or with the candidate's classifier (see the module docstring).
    Writes nothing but what `progress` does between chunks of tickets (REPLAY_CHUNK; every
    PROGRESS_EVERY tickets at most, and at the end). With a cost_cap (the currency of the
    OPENAI_PRICE_* settings), the replay stops before a ticket once the spend reached it: one
    ticket at a time, so at most one ticket's calls run past the cap. batched=False replays
    one ticket at a time with every read its own (what bench/replay.py compares against).
    In chunks, the embeddings the live pipeline kept for the messages' texts are read instead
    of embedding them again (stages.chunk_vectors_load); kept_vectors=False embeds them all
    (bench/replay.py measures both). With the offline provider and no cost cap, the chunks are
    spread over `processes` processes (REPLAY_PROCESSES by default; _chunks_forked), the rows
    kept in the selection's order."""
    report = ReplayReport()
    # The selection's ids only: each chunk reads its own runs, drafts and sent replies (in the
    # process that replays it, so two processes share that work too).
    ids = list(_runs_selected(selection or {}, last).values_list("pk", flat=True))
    report.selected = len(ids)
    spent = {"cost": 0.0, "tokens": 0}
    ruleset = ruleset_compile(_candidate_ruleset(candidate or {}))
    progress(0, len(ids))
    done = reported = 0
    with _candidate_context(candidate or {}):
        size = _chunk_size(batched)
        chunks = [ids[start : start + size] for start in range(0, len(ids), size)]

        def chunk_rows(chunk_ids: list[int]) -> list[ReplayRow]:
            rows = []
            chunk = _runs_loaded(chunk_ids)
            drafts, sent_replies = _drafts_first(chunk), _sent_replies(chunk)
            with batch_scope() if batched else contextlib.nullcontext(), transaction.atomic():
                if batched:
                    if kept_vectors:
                        chunk_vectors_load(chunk)
                    for stage in (Stage.CLASSIFY, Stage.CONTEXT):
                        chunk_prepare(stage, chunk)
                for run in chunk:
                    if cost_cap is not None and spent["cost"] >= cost_cap:
                        report.stopped_at_cap = True
                        break
                    after = _replayed_with_retries(run, ruleset, spent)
                    rows.append(_row(run, drafts, sent_replies, after))
                    report.cost, report.tokens = spent["cost"], spent["tokens"]
                transaction.set_rollback(True)  # whatever a stage might have written goes
            return rows

        workers = _replay_processes(processes, len(chunks), batched, cost_cap)
        chunk_results = (
            _chunks_forked(chunks, workers, chunk_rows)
            if workers > 1
            else (chunk_rows(chunk) for chunk in chunks)
        )
        for rows in chunk_results:
            report.rows += rows
            done += len(rows)
            if done - reported >= PROGRESS_EVERY or done == len(ids):
                progress(done, len(ids))
                reported = done
            if report.stopped_at_cap:
                break
    return report


# Processes a replay's chunks spread over with the offline provider (the machines have two
# cores): the calling process and REPLAY_PROCESSES - 1 forked ones (_chunks_forked).
REPLAY_PROCESSES = 2


def _replay_processes(processes: int | None, chunks: int, batched: bool, cost_cap) -> int:
    """How many processes replay the chunks: one with a model endpoint (one call at a time,
    the spend counted between tickets), with a cost cap, one at a time (batched=False), for a
    single chunk, on SQLite (the demo's file: a forked reader would hold its lock against the
    progress writes), or inside a caller's transaction (a forked process has its own
    connection and would not see what that transaction holds, nor may the connection be
    closed in it)."""
    wanted = REPLAY_PROCESSES if processes is None else processes
    if (
        wanted <= 1
        or chunks < 2
        or not batched
        or cost_cap is not None
        or provider_get().name != "offline"
        or transaction.get_connection().vendor != "postgresql"
        or transaction.get_connection().in_atomic_block
    ):
        return 1
    return min(wanted, chunks, os.cpu_count() or 1)


def _chunks_forked(
    chunks: list[list[int]],
    workers: int,
    chunk_rows: Callable[[list[int]], list[ReplayRow]],
) -> Iterator[list[ReplayRow]]:
    """chunk_rows(chunk) for every chunk, in order, spread over this process and workers - 1
    forked ones (fork: the models, the configuration and the candidate's context as loaded
    here; each child opens its own database connection and rolls back its chunks like this
    process does). Chunk i goes to process i % workers; a child sends each chunk's rows back
    through a pipe as it finishes it, where a thread of this process takes them at once (a
    child never waits for this process to finish a chunk). A child's exception is raised
    here."""
    connections.close_all()  # a child must not share this process's connection
    results: dict[int, list[ReplayRow] | str] = {}
    arrived = threading.Condition()
    children: list[tuple[int, threading.Thread]] = []

    def collect(receive: Connection) -> None:
        try:
            while True:
                kind, index, rows = receive.recv()
                with arrived:
                    results[index] = rows if kind == "rows" else f"a replay process failed:\n{rows}"
                    arrived.notify_all()
        except EOFError:
            pass
        finally:
            receive.close()

    try:
        for worker in range(1, workers):
            receive, send = Pipe(duplex=False)
            pid = os.fork()
            if pid == 0:  # the child: its share of the chunks, then exit without cleanup
                receive.close()
                status = 0
                index = -1
                try:
                    for index in range(worker, len(chunks), workers):
                        send.send(("rows", index, chunk_rows(chunks[index])))
                except BaseException:  # noqa: BLE001 (reported to the parent)
                    send.send(("error", index, traceback.format_exc()))
                    status = 1
                finally:
                    send.close()
                    connections.close_all()
                    os._exit(status)
            send.close()
            thread = threading.Thread(target=collect, args=(receive,), daemon=True)
            thread.start()
            children.append((pid, thread))
        # This process replays its own chunks one after the other without waiting for the
        # children's, and hands over the rows in the selection's order as they are ready.
        following = 0

        def ready(wait: bool) -> Iterator[list[ReplayRow]]:
            nonlocal following
            while following < len(chunks):
                index = following
                if index % workers == 0:
                    if index not in results:
                        return
                    got = results.pop(index)
                else:
                    pid, thread = children[index % workers - 1]
                    with arrived:
                        while wait and index not in results:
                            if not thread.is_alive():
                                raise RuntimeError(
                                    f"a replay process ({pid}) ended without chunk {index}"
                                )
                            arrived.wait(timeout=1)
                        if index not in results:
                            return
                        got = results.pop(index)
                if isinstance(got, str):
                    raise RuntimeError(got)
                following += 1
                yield got

        for index in range(0, len(chunks), workers):
            rows = chunk_rows(chunks[index])
            with arrived:
                results[index] = rows
            yield from ready(wait=False)
        yield from ready(wait=True)
    finally:
        for pid, thread in children:
            if thread.is_alive():  # this process stopped early: the child's rows are unwanted
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGTERM)
            with contextlib.suppress(ChildProcessError):
                os.waitpid(pid, 0)
            thread.join(timeout=5)


def _row(run: PipelineRun, drafts: dict, sent_replies: dict, after: dict) -> ReplayRow:
    before = _recorded(run, drafts.get(run.pk, ("", [])))
    changes = [name for name in COMPARED if before[name] != after[name]]
    row = ReplayRow(run.ticket_id, run.pk, before, after, changes)
    sent = _sent_after(sent_replies, run)
    if sent is not None:
        row.sent_distance_before = round(edit_distance(before["draft"], sent), 3)
        row.sent_distance_after = round(edit_distance(after["draft"], sent), 3)
    return row


# Without recorded usage (runs made offline), a ticket's calls to an OpenAI-compatible model are
# estimated as the message's characters / 4 plus this many prompt tokens per call (system
# prompt, policies, memory examples), two calls (classify, draft), and this many completion
# tokens in all.
ESTIMATE_PROMPT_TOKENS_PER_CALL = 1500
ESTIMATE_COMPLETION_TOKENS = 400


@dataclass
class ReplayEstimate:
    tickets: int
    provider: str
    tokens: int
    cost: float
    basis: str  # how it was estimated, in words
    model: str = ""

    def as_dict(self) -> dict:
        return {
            "tickets": self.tickets,
            "provider": self.provider,
            "model": self.model,
            "tokens": self.tokens,
            "cost": round(self.cost, 4),
            "basis": self.basis,
        }


def replay_estimate(
    *, last: int = 200, selection: dict | None = None, candidate: dict | None = None
) -> ReplayEstimate:
    """What a replay of this selection would cost with the candidate's provider and model
    (candidate_validate; else the configured ones), before it runs: from the usage recorded on
    those tickets' runs when they called a model, else from the messages' length. With a
    candidate model the recorded tokens are priced at the OPENAI_PRICE_* settings (what the
    spend cap counts in). Three queries."""
    from django.db.models import Sum
    from django.db.models.functions import Length

    run_ids = list(_runs_selected(selection or {}, last).values_list("id", flat=True))
    chosen = (candidate or {}).get("provider") or provider_live()
    provider = chosen["name"]
    model = chosen["model"] if provider == "openai" else ""
    if provider != "openai" or not run_ids:
        return ReplayEstimate(
            len(run_ids), provider, 0, 0.0, "the offline provider costs nothing", model
        )
    recorded = Draft.objects.filter(run_id__in=run_ids).aggregate(
        cost=Sum("cost"), prompt=Sum("prompt_tokens"), completion=Sum("completion_tokens")
    )
    classify_usage = [
        outputs.get("usage") or {}
        for outputs in StageRecord.objects.filter(
            run_id__in=run_ids, stage="classify", outcome="ok"
        ).values_list("outputs", flat=True)
    ]
    prompt = int(recorded["prompt"] or 0) + sum(
        int(u.get("prompt_tokens") or 0) for u in classify_usage
    )
    completion = int(recorded["completion"] or 0) + sum(
        int(u.get("completion_tokens") or 0) for u in classify_usage
    )
    if prompt + completion:
        if (candidate or {}).get("provider"):
            cost = _priced(prompt, completion)
            basis = "the tokens recorded when these tickets ran, at the configured prices"
        else:
            cost = float(recorded["cost"] or 0)
            cost += sum(float(u.get("cost") or 0) for u in classify_usage)
            basis = "the usage recorded when these tickets ran"
        return ReplayEstimate(len(run_ids), provider, prompt + completion, cost, basis, model)
    chars = (
        PipelineRun.objects.filter(id__in=run_ids)
        .annotate(n=Length("message__body_text"))
        .aggregate(total=Sum("n"))["total"]
        or 0
    )
    prompt = chars // 4 * 2 + 2 * ESTIMATE_PROMPT_TOKENS_PER_CALL * len(run_ids)
    completion = ESTIMATE_COMPLETION_TOKENS * len(run_ids)
    return ReplayEstimate(
        len(run_ids),
        provider,
        prompt + completion,
        _priced(prompt, completion),
        "the messages' length (no usage recorded on these tickets)",
        model,
    )


def _priced(prompt_tokens: int, completion_tokens: int) -> float:
    return (
        prompt_tokens * settings.OPENAI_PRICE_INPUT_PER_MTOK
        + completion_tokens * settings.OPENAI_PRICE_OUTPUT_PER_MTOK
    ) / 1_000_000


PROMPT_KINDS = tuple(PromptTemplate.Kind.values)


def _rules_edit_validate(held: dict) -> dict:
    """An unsaved rule edit held by the rules editor (routing.views.rules_edit_hold): its
    snapshot must compile; the version it was made on is kept, so publishing can refuse when
    the rules moved on meanwhile."""
    snapshot = held.get("snapshot") if isinstance(held, dict) else None
    if not isinstance(snapshot, dict) or not isinstance(snapshot.get("rules"), list):
        raise ReplayError("The held rule edit is not a rule set.")
    try:
        ruleset_compile(snapshot)
    except (KeyError, TypeError, ValueError) as exc:
        raise ReplayError(f"The held rule edit does not compile: {exc}") from exc
    return {
        "snapshot": snapshot,
        "label": str(held.get("label") or "edited rules (not saved)")[:300],
        "base": held.get("base"),
        "hash": snapshot_hash(snapshot),
    }


def _thresholds_validate(thresholds: dict) -> dict:
    """Risk thresholds as stored: {"threshold": the measured kinds' bar, "kinds": {slug: bar}},
    only those that differ from the shipped ones, each between 0 and 1."""
    shipped = heads_get()
    clean: dict = {}

    def number(name: str, value) -> float | None:
        if value in (None, ""):
            return None
        try:
            value = float(value)
        except (TypeError, ValueError) as exc:
            raise ReplayError(f"Risk threshold {name}: give a number from 0 to 1.") from exc
        if not 0 <= value <= 1:
            raise ReplayError(f"Risk threshold {name}: give a number from 0 to 1.")
        return round(value, 4)

    bar = number("for the measured kinds", thresholds.get("threshold"))
    if bar is not None and bar != round(shipped.threshold, 4):
        clean["threshold"] = bar
    kinds = {}
    for slug, value in (thresholds.get("kinds") or {}).items():
        if slug not in KIND_SLUGS:
            raise ReplayError(f"No risk kind {slug!r}.")
        value = number(slug, value)
        if value is not None and value != round(shipped.threshold_for(slug), 4):
            kinds[slug] = value
    if kinds:
        clean["kinds"] = kinds
    return clean


def candidate_validate(candidate: dict) -> dict:
    """The candidate as stored, from what a lead picked (the page's fields or the command's
    options). Raises ReplayError.

    - "classifier": a classifier version id (not the active one);
    - "rules": an earlier rule-set version number, or "rules_edit": an unsaved edit held by
      the rules editor ({"snapshot", "label", "base"}); not both;
    - "policy_edits": {document slug: edited text} (unpublished; stored with the version it
      edits, knowledge.edits.policy_edit_check), or "policy_versions": {slug: an earlier
      version's number}, stored as an edit back to that version's text ("restores");
    - "risk_thresholds": {"threshold": bar, "kinds": {slug: bar}} (numbers from 0 to 1);
    - "prompts": {kind: version number} (an earlier prompt version; not the newest).
    Values equal to what is in force are dropped: the candidate is what differs."""
    candidate = candidate or {}
    clean: dict = {}
    number = candidate.get("rules")
    if number not in (None, ""):
        try:
            version = RuleSetVersion.objects.only("number").get(number=int(number))
        except (ValueError, TypeError, RuleSetVersion.DoesNotExist) as exc:
            raise ReplayError(f"No rule-set version {number}.") from exc
        latest = RuleSetVersion.objects.order_by("-number").values_list("number", flat=True).first()
        if version.number != latest:
            clean["rules"] = version.number
    if candidate.get("rules_edit"):
        if clean.get("rules"):
            raise ReplayError("Pick an earlier rule-set version or the edited rules, not both.")
        clean["rules_edit"] = _rules_edit_validate(candidate["rules_edit"])
    version_id = candidate.get("classifier")
    if version_id not in (None, ""):
        try:
            version = ClassifierVersion.objects.only("id", "is_active").get(pk=int(version_id))
        except (ValueError, TypeError, ClassifierVersion.DoesNotExist) as exc:
            raise ReplayError(f"No classifier version {version_id}.") from exc
        if not version.is_active:
            clean["classifier"] = version.pk
    edits = {}
    for slug, body in (candidate.get("policy_edits") or {}).items():
        if isinstance(body, dict):  # already stored (a replay of a stored candidate)
            body = body.get("body", "")
        try:
            edits[slug] = policy_edit_check(slug=slug, body=body)
        except PolicyEditInvalid as exc:
            raise ReplayError(str(exc)) from exc
    for slug, number in (candidate.get("policy_versions") or {}).items():
        body = (
            PolicyVersion.objects.filter(document__slug=slug, number=number)
            .values_list("body", flat=True)
            .first()
            if str(number).isdigit()
            else None
        )
        if body is None:
            raise ReplayError(f"No version {number} of policy {slug!r}.")
        if slug in edits:
            raise ReplayError(f"Policy {slug!r}: give an edit or a version, not both.")
        try:
            edits[slug] = policy_edit_check(slug=slug, body=body)
        except PolicyEditInvalid as exc:
            raise ReplayError(str(exc)) from exc
    if edits:
        clean["policy_edits"] = edits
    thresholds = _thresholds_validate(candidate.get("risk_thresholds") or {})
    if thresholds:
        clean["risk_thresholds"] = thresholds
    prompts = {}
    for kind, wanted in (candidate.get("prompts") or {}).items():
        if wanted in (None, ""):
            continue
        if kind not in PROMPT_KINDS:
            raise ReplayError(f"No prompt kind {kind!r}.")
        versions = list(
            PromptTemplate.objects.filter(kind=kind)
            .order_by("-version")
            .values_list("version", flat=True)
        )
        try:
            wanted = int(wanted)
        except (TypeError, ValueError) as exc:
            raise ReplayError(f"No {kind} prompt version {wanted}.") from exc
        if wanted not in versions:
            raise ReplayError(f"No {kind} prompt version {wanted}.")
        if wanted != versions[0]:
            prompts[kind] = wanted
    if prompts:
        clean["prompts"] = prompts
    provider = _provider_validate(candidate.get("provider") or {})
    if provider:
        clean["provider"] = provider
    return clean


MODEL_NAME_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:/@+-]{0,119}")


def _provider_validate(provider: dict | str) -> dict:
    """A provider and model as stored: {"name": "offline"} or {"name": "openai", "model": ...}
    (the model at the configured endpoint, OPENAI_BASE_URL; empty: OPENAI_MODEL). Empty when
    it is the provider and model in force."""
    if isinstance(provider, str):
        provider = {"name": provider}
    name = (provider.get("name") or "").strip()
    model = (provider.get("model") or "").strip()
    if not name:
        if model:
            raise ReplayError("Pick the provider the model is for.")
        return {}
    if name not in PROVIDER_NAMES:
        raise ReplayError(f"No provider {name!r} (offline or openai).")
    if name == "offline":
        model = ""  # the offline provider has one model: the active classifier and templates
    else:
        model = model or settings.OPENAI_MODEL
        if not MODEL_NAME_RE.fullmatch(model):
            raise ReplayError(
                "Model name: letters, digits and . _ : / @ + - only, up to 120 characters."
            )
    live = provider_live()
    if name == live["name"] and model == live["model"]:
        return {}
    return {"name": name, "model": model}


def _provider_label(provider: dict) -> str:
    if provider["name"] == "offline":
        return "the offline provider"
    return f"model {provider['model']} (OpenAI-compatible endpoint)"


def candidate_label(candidate: dict) -> str:
    parts = []
    if candidate.get("classifier"):
        parts.append(f"classifier version {candidate['classifier']} (instead of the active one)")
    if candidate.get("rules"):
        parts.append(f"rule-set v{candidate['rules']} (instead of the rules in force)")
    if candidate.get("rules_edit"):
        parts.append(f"the rules with {candidate['rules_edit']['label']}")
    for slug, edit in sorted((candidate.get("policy_edits") or {}).items()):
        if edit.get("restores"):
            parts.append(f"policy '{slug}' v{edit['restores']} (instead of v{edit['number']})")
        else:
            parts.append(f"policy '{slug}' as edited (not published; edit of v{edit['number']})")
    thresholds = candidate.get("risk_thresholds") or {}
    if thresholds.get("threshold") is not None:
        parts.append(f"risk threshold {thresholds['threshold']} for the measured kinds")
    for slug, value in sorted((thresholds.get("kinds") or {}).items()):
        parts.append(f"risk threshold {value} for {slug}")
    for kind, version in sorted((candidate.get("prompts") or {}).items()):
        parts.append(f"{kind} prompt v{version}")
    if candidate.get("provider"):
        live = provider_live()
        parts.append(
            f"{_provider_label(candidate['provider'])} (instead of {_provider_label(live)})"
        )
    return " and ".join(parts) or "the live configuration"


# Parts of a candidate that have no live setting the console can write (candidate_publishable).
NOT_PUBLISHABLE = ("risk_thresholds", "provider")
PROVIDER_NOT_PUBLISHED = (
    "The provider and model are set in the environment (SUPPORTDESK_MODEL_PROVIDER, "
    "OPENAI_MODEL; the endpoint and its key beside them), read when the web server and the "
    "worker start; the console cannot change them."
)


def provider_environment(provider: dict) -> str:
    """What to set in the environment to put a provider candidate in force."""
    if provider["name"] == "offline":
        return "SUPPORTDESK_MODEL_PROVIDER=offline"
    return f"SUPPORTDESK_MODEL_PROVIDER=openai OPENAI_MODEL={provider['model']}"


def candidate_publishable(candidate: dict) -> bool:
    """Whether publishing has anything to put in force: risk thresholds have no live setting
    (they ship in the risk artefact), and the provider and model are the environment's, so a
    candidate of only those does not."""
    return any(candidate.get(key) for key in candidate if key not in NOT_PUBLISHABLE)


def replay_experiment_create(
    *,
    last: int = 200,
    candidate: dict | None = None,
    selection: dict | None = None,
    cost_cap: float | None = None,
    actor=None,
) -> ReplayExperiment:
    """A queued experiment; replay_experiment_execute runs it. Raises ReplayError."""
    if not 1 <= last <= 1_000_000:
        raise ReplayError("Give a number of tickets from 1 on.")
    if cost_cap is not None and cost_cap < 0:
        raise ReplayError("The spend cap cannot be negative.")
    return ReplayExperiment.objects.create(
        cost_cap=cost_cap,
        created_by=actor,
        last=last,
        candidate=candidate_validate(candidate or {}),
        selection=selection_validate(selection or {}),
        status=ReplayExperiment.Status.QUEUED,
        updated_at=timezone.now(),
    )


def replay_experiment_execute(
    *, experiment_id: int, progress: Callable[[int, int], None] = lambda _d, _t: None
) -> ReplayExperiment | None:
    """Run a queued experiment once: claimed by one conditional update (a redelivered task
    finds it claimed and does nothing), progress written as it goes, the result and the one
    `drafts.replay_ran` event at the end. Returns None when it was not queued."""
    Status = ReplayExperiment.Status
    claimed = ReplayExperiment.objects.filter(pk=experiment_id, status=Status.QUEUED).update(
        status=Status.RUNNING, updated_at=timezone.now()
    )
    if not claimed:
        return None
    experiment = ReplayExperiment.objects.select_related("created_by").get(pk=experiment_id)
    baseline, candidate = _snapshots(experiment.candidate)
    ReplayExperiment.objects.filter(pk=experiment_id).update(
        baseline_snapshot=baseline, candidate_snapshot=candidate
    )

    def step(done: int, total: int) -> None:
        ReplayExperiment.objects.filter(pk=experiment_id).update(
            done=done, total=total, updated_at=timezone.now()
        )
        progress(done, total)

    try:
        summary = pipeline_replay(
            last=experiment.last,
            candidate=experiment.candidate,
            selection=experiment.selection,
            cost_cap=experiment.cost_cap,
            progress=step,
        ).as_dict()
    except Exception as exc:
        ReplayExperiment.objects.filter(pk=experiment_id).update(
            status=Status.FAILED,
            error=f"{type(exc).__name__}: {exc}"[:2000],
            finished_at=timezone.now(),
        )
        raise
    rows = summary.pop("rows")
    actor = experiment.created_by
    with transaction.atomic():
        ReplayExperiment.objects.filter(pk=experiment_id).update(
            status=Status.DONE,
            summary=summary,
            rows=rows,
            finished_at=timezone.now(),
            updated_at=timezone.now(),
        )
        event_record(
            name=REPLAY_EVENT,
            actor=actor,
            actor_label="" if actor else "replay command",
            payload={
                "experiment_id": experiment_id,
                "candidate": candidate_summary(experiment.candidate),
                "selection": experiment.selection,
                **summary,
            },
        )
    experiment.refresh_from_db()
    return experiment


def _snapshots(candidate: dict) -> tuple[ConfigSnapshot, ConfigSnapshot]:
    """The live configuration's snapshot, and the one with the candidate in place. An unsaved
    rule edit and a policy edit have no version: their content is held in the snapshot itself
    (what the snapshot compare diffs)."""
    baseline = snapshot_current()
    if not candidate:
        return baseline, baseline
    content = dict(baseline.content)
    if candidate.get("classifier"):
        content["classifier"] = (
            ClassifierVersion.objects.filter(pk=candidate["classifier"])
            .values("id", "artifact_sha256", "algorithm", "threshold")
            .first()
        )
    if candidate.get("rules"):
        content["ruleset"] = (
            RuleSetVersion.objects.filter(number=candidate["rules"])
            .values("id", "number", "content_hash")
            .first()
        )
    if candidate.get("rules_edit"):
        edit = candidate["rules_edit"]
        content["ruleset"] = {
            "id": None,
            "number": None,
            "content_hash": edit["hash"],
            "edited_from": edit["base"],
            "snapshot": edit["snapshot"],
        }
    if candidate.get("policy_edits"):
        content["policies"] = {
            **content.get("policies", {}),
            **{
                slug: {
                    "version_id": None,
                    "number": None,
                    "hash": edit["hash"],
                    "edited_from": edit["number"],
                    "body": edit["body"],
                }
                for slug, edit in candidate["policy_edits"].items()
            },
        }
    if candidate.get("risk_thresholds"):
        content["risk_thresholds"] = candidate["risk_thresholds"]
    if candidate.get("provider"):
        content["provider"] = provider_settings(**candidate["provider"])
    if candidate.get("prompts"):
        prompts = dict(content.get("prompts", {}))
        for kind, version, pk, digest in PromptTemplate.objects.filter(
            kind__in=list(candidate["prompts"])
        ).values_list("kind", "version", "pk", "content_hash"):
            if candidate["prompts"][kind] == version:
                prompts[kind] = {"version": version, "id": pk, "hash": digest}
        content["prompts"] = prompts
    digest = chain.json_digest(content)
    snapshot, _ = ConfigSnapshot.objects.get_or_create(
        content_hash=digest, defaults={"content": content, "created_at": timezone.now()}
    )
    return baseline, snapshot


def replay_experiment_run(
    *,
    last: int = 200,
    candidate: dict | None = None,
    selection: dict | None = None,
    cost_cap: float | None = None,
    actor=None,
    progress: Callable[[int, int], None] = lambda _d, _t: None,
) -> ReplayExperiment:
    """Create and run an experiment in this process (the command line)."""
    experiment = replay_experiment_create(
        last=last, candidate=candidate, selection=selection, cost_cap=cost_cap, actor=actor
    )
    return replay_experiment_execute(experiment_id=experiment.pk, progress=progress)


def replay_candidate_promote(
    *, experiment: ReplayExperiment, actor, override_reason: str = ""
) -> ReplayExperiment:
    """Publish the experiment's candidate through each part's own service, in one transaction:
    activate its classifier version; make the live rules those of its rule-set version or of
    its unsaved edit (a new rule-set version, as the rules editor makes); a new version of each
    edited policy; a new version of each prompt with the candidate version's text. Risk
    thresholds have no live setting and the provider and model are the environment's: neither
    is published (candidate_publishable; a candidate of only those is refused). Recorded
    on the trail with the experiment (drafts.replay_promoted). Refused when the result's
    high-risk alarm is on, unless an override reason is given (it is recorded with the
    person), and when what the candidate was made on changed since (the rules or a policy
    moved on: replay again). Raises ReplayError."""
    override_reason = override_reason.strip()
    candidate = experiment.candidate
    if experiment.status != ReplayExperiment.Status.DONE:
        raise ReplayError("The replay has not finished.")
    if experiment.promoted_at is not None:
        raise ReplayError("This candidate was already published from this replay.")
    if not candidate_publishable(candidate):
        reasons = []
        if candidate.get("provider"):
            reasons.append(
                f"{PROVIDER_NOT_PUBLISHED} To put this one in force, set "
                f"{provider_environment(candidate['provider'])} and restart them."
            )
        if candidate.get("risk_thresholds"):
            reasons.append(
                "Risk thresholds have no live setting (they ship in the risk layer's artefact, "
                "manage.py build_risk_layer)."
            )
        if reasons:
            raise ReplayError(" ".join(reasons) + " There is nothing to publish from here.")
        raise ReplayError("This replay ran the live configuration: there is nothing to publish.")
    if experiment.alarm and not override_reason:
        raise ReplayError(
            "High-risk tickets would lose their human or become auto-sendable ("
            + ", ".join(experiment.alarm)
            + "): publishing needs an override with your reason."
        )
    version_id = candidate.get("classifier")
    rules = candidate.get("rules")
    published = f"published from replay #{experiment.pk}"
    with transaction.atomic():
        locked = ReplayExperiment.objects.select_for_update().get(pk=experiment.pk)
        if locked.promoted_at is not None:
            raise ReplayError("This candidate was already published from this replay.")
        if version_id:
            version = ClassifierVersion.objects.get(pk=version_id)
            classifier_version_activate(version=version, actor=actor)
        try:
            if rules:
                ruleset_version_restore(
                    version=RuleSetVersion.objects.get(number=rules),
                    actor=actor,
                    summary=f"Rule-set v{rules} {published}",
                )
            if candidate.get("rules_edit"):
                edit = candidate["rules_edit"]
                latest = (
                    RuleSetVersion.objects.select_for_update()
                    .order_by("-number")
                    .values_list("number", flat=True)
                    .first()
                )
                if latest != edit["base"]:
                    raise ReplayError(
                        f"The rules changed since this edit was made on v{edit['base']} (now "
                        f"v{latest}): edit them again and replay."
                    )
                ruleset_snapshot_publish(
                    snapshot=edit["snapshot"],
                    actor=actor,
                    summary=f"{edit['label'].replace(' (not saved)', '')} {published}"[:500],
                )
        except ValidationError as exc:
            raise ReplayError(" ".join(exc.messages)) from exc
        for slug, edit in sorted((candidate.get("policy_edits") or {}).items()):
            document = PolicyDocument.objects.get(slug=slug)
            if document.current_version_id != edit["edited_from"]:
                raise ReplayError(
                    f"Policy '{slug}' has a newer version than the v{edit['number']} this edit "
                    "was made on: edit it again and replay."
                )
            note = f"v{edit['restores']}'s text" if edit.get("restores") else "Edit"
            try:
                policy_version_create(
                    document=document,
                    body=edit["body"],
                    author=actor,
                    change_note=f"{note} {published}",
                )
            except (PolicyInvalid, PolicyUnchanged) as exc:
                raise ReplayError(f"Policy '{slug}': {exc}") from exc
        for kind, number in sorted((candidate.get("prompts") or {}).items()):
            text = PromptTemplate.objects.get(kind=kind, version=number).text
            prompt_template_version_create(kind=kind, text=text, author=actor)
        locked.promoted_at = timezone.now()
        locked.promoted_by = actor
        locked.promote_override = override_reason
        locked.save(update_fields=["promoted_at", "promoted_by", "promote_override"])
        live = snapshot_current()  # the configuration now in force, the candidate in it
        event_record(
            name=PROMOTE_EVENT,
            actor=actor,
            payload={
                "experiment_id": experiment.pk,
                "snapshot_before": experiment.baseline_snapshot_id,
                "snapshot_candidate": experiment.candidate_snapshot_id,
                "snapshot_now": live.pk,
                "candidate": candidate_summary(candidate),
                "not_published": [key for key in NOT_PUBLISHABLE if candidate.get(key)],
                "alarm": experiment.alarm,
                "override_reason": override_reason,
            },
            versions={"classifier": version_id} if version_id else {},
        )
    return locked


def candidate_summary(candidate: dict) -> dict:
    """The candidate for the trail: what it is, without the edited texts and rule sets in full
    (those stay on the experiment and its candidate snapshot)."""
    summary = {k: v for k, v in candidate.items() if k not in ("rules_edit", "policy_edits")}
    if candidate.get("rules_edit"):
        edit = candidate["rules_edit"]
        summary["rules_edit"] = {"label": edit["label"], "base": edit["base"], "hash": edit["hash"]}
    if candidate.get("policy_edits"):
        summary["policy_edits"] = {
            slug: {k: e[k] for k in ("edited_from", "number", "hash", "restores") if k in e}
            for slug, e in candidate["policy_edits"].items()
        }
    return summary
