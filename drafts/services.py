"""Writes for the drafting pipeline: start runs, execute stages with their bookkeeping,
supersede drafts, fail runs to a human, and sweep stuck runs.

Stage protocol (stage_execute): lock the run and check it is still at this stage (a
redelivered task for a finished stage does nothing), record the attempt, release the lock,
do the stage's work (the model call happens outside any transaction), then lock again,
re-check, and apply the result, advance, and enqueue the next stage on commit."""

import logging
import time
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from audit.redaction import REDACTED, needles_regex, related_rows_redact, rows_redact
from audit.services import event_record, events_batched
from audit.snapshots import snapshot_current
from routing.services import RouteReads, ticket_route, tickets_route
from supportdesk.rows import rows_update
from tickets.models import Message, Risk, Ticket, TicketStatus
from tickets.services import ticket_flag, tickets_transition
from tickets.sla import SlaTargets, ticket_sla_target_apply

from . import stages
from .dispatch import (  # noqa: F401 - the request side of the dispatch, re-exported
    CHUNK_TASK_NAME,
    DISPATCH_BATCH,
    DISPATCH_REQUEST_KEY,
    DISPATCH_REQUEST_SECONDS,
    pipeline_dispatch_request_clear,
    pipeline_dispatch_soon,
)
from .memory import memory_erase
from .models import (
    STAGE_ORDER,
    Draft,
    OutboundReply,
    PipelineRun,
    PromptTemplate,
    RunStatus,
    Stage,
    StageRecord,
    TextVector,
    content_hash,
)
from .publish import task_publish_on_commit
from .reviews.autosend import autosend_schedule
from .runs import stage_publish

logger = logging.getLogger(__name__)

STAGE_FUNCTIONS = {
    Stage.CLASSIFY: stages.stage_classify,
    Stage.CONTEXT: stages.stage_context,
    Stage.DRAFT: stages.stage_draft,
    Stage.ROUTE: None,  # route applies its decision inside the final transaction
}
STAGE_EVENTS = {
    Stage.CLASSIFY: "drafts.classified",
    Stage.CONTEXT: "drafts.context_assembled",
    Stage.DRAFT: "drafts.draft_generated",
    Stage.ROUTE: "drafts.route_decided",
}
PIPELINE_STATUSES = {
    TicketStatus.NEW,
    TicketStatus.REOPENED,
    TicketStatus.WAITING_ON_CUSTOMER,
    TicketStatus.AWAITING_REVIEW,
}


# --- Dispatch: from intake's outbox to the workers (the request side is drafts/dispatch.py) ---


def pipeline_dispatch(*, limit: int = DISPATCH_BATCH) -> int:
    """Turn up to `limit` of intake's pending messages into their runs and publish each new
    run's first stage (after commit). Concurrent dispatchers skip each other's messages; a
    message marked again after it got its run keeps that run. Returns how many runs it
    handed over."""
    with transaction.atomic():
        pending = list(
            Message.objects.select_for_update(skip_locked=True)
            .filter(pipeline_pending=True)
            .order_by("id")
            .values_list("pk", "ticket_id")[:limit]
        )
        if not pending:
            return 0
        message_ids = [pk for pk, _ in pending]
        have = set(
            PipelineRun.objects.filter(message_id__in=message_ids, trigger="inbound").values_list(
                "message_id", flat=True
            )
        )
        now = timezone.now()
        runs = PipelineRun.objects.bulk_create(
            [
                PipelineRun(message_id=pk, ticket_id=ticket_id, dispatched_at=now)
                for pk, ticket_id in pending
                if pk not in have
            ]
        )
        Message.objects.filter(pk__in=message_ids).update(pipeline_pending=False)
        # With a model endpoint the calls take the time: a chunk of one run keeps each ticket's
        # wait to its own calls and lets the worker's processes call in parallel.
        size = DISPATCH_CHUNK if settings.SUPPORTDESK_MODEL_PROVIDER == "offline" else 1
        for chunk in dispatch_chunks([run.pk for run in runs], size=size):
            task_publish_on_commit(CHUNK_TASK_NAME, chunk)
    return len(runs)


# The runs a dispatch hands over go to the workers in chunks (drafts.tasks.pipeline_chunk):
# each chunk's stages run together (drafts.batching: configuration read once, texts embedded
# in one encoder call, threads read in two queries, each stage's bookkeeping in one
# transaction with its events written in one insert). At least two chunks when there are two
# runs or more, so both processes of the default worker (-c 2) take part in a small dispatch.
# With the OpenAI-compatible provider a chunk is one run (see pipeline_dispatch).
DISPATCH_CHUNK = 25


def dispatch_chunks(run_ids: list[int], *, size: int = DISPATCH_CHUNK) -> list[list[int]]:
    """The run ids split into about equal chunks of at most `size` (two at least for two or
    more runs)."""
    if not run_ids:
        return []
    count = max(-(-len(run_ids) // size), min(len(run_ids), 2))
    per = -(-len(run_ids) // count)
    return [run_ids[i : i + per] for i in range(0, len(run_ids), per)]


def _runs_begin(runs: list[PipelineRun], now) -> None:
    """First time runs are picked up (the caller holds their row locks): fix the configuration
    they run under (one snapshot), move their tickets into the pipeline (locked in one query, in
    id order, so two chunks never wait on each other crosswise), and say so on the trail."""
    snapshot = snapshot_current()
    PipelineRun.objects.filter(pk__in=[run.pk for run in runs]).update(
        snapshot=snapshot, updated_at=now
    )
    tickets = {
        ticket.pk: ticket
        for ticket in Ticket.objects.select_for_update()
        .filter(pk__in={run.ticket_id for run in runs})
        .order_by("pk")
    }
    # One status change per ticket (a ticket with two new runs in the chunk moves once), all
    # in one UPDATE and one insert; each ticket's tickets.status_changed precedes its run's
    # drafts.run_started on the trail, as when each run began alone.
    starting = [ticket for ticket in tickets.values() if ticket.status in PIPELINE_STATUSES]
    reasons = {ticket.pk: "pipeline started" for ticket in starting}
    tickets_transition(tickets=starting, to=TicketStatus.IN_PIPELINE, reasons=reasons)
    for run in runs:
        run.snapshot = snapshot
        ticket = tickets[run.ticket_id]
        event_record(
            name="drafts.run_started",
            ticket_id=ticket.pk,
            actor_label="worker",
            payload={"run_id": run.pk, "message_id": run.message_id, "trigger": run.trigger},
        )


def _next_stage(stage: str) -> str:
    return STAGE_ORDER[STAGE_ORDER.index(stage) + 1]


def stage_execute(*, run_id: int, stage: str, attempt: int = 1, publish_next: bool = True) -> str:
    """Run one stage for one run. Returns "skipped" when the run is no longer at this stage,
    else "done". Provider errors propagate to the task, which retries or fails the run.
    publish_next=False: the caller runs the next stage itself (drafts.tasks chains the stages
    in one worker process; the sweeper re-publishes a run left mid-way by a dead worker)."""
    with transaction.atomic():
        run = PipelineRun.objects.select_for_update().filter(pk=run_id).first()
        if run is None or run.stage != stage or run.status in (RunStatus.DONE, RunStatus.FAILED):
            return "skipped"
        if run.snapshot_id is None:
            _runs_begin([run], timezone.now())
        run.status = RunStatus.RUNNING
        run.save(update_fields=["status", "updated_at"])
        record = StageRecord.objects.create(
            run=run, stage=stage, attempt=attempt, started_at=timezone.now()
        )
    started = time.perf_counter()
    if stage == Stage.ROUTE:
        return _route_apply(run_id=run_id, record=record, started=started)
    run = PipelineRun.objects.select_related("ticket__customer", "message", "request_class").get(
        pk=run_id
    )
    if stage == Stage.DRAFT and Draft.objects.filter(run_id=run_id).exists():
        result = None  # finished before a crash; the draft stands, do not call the model again
    else:
        result = STAGE_FUNCTIONS[stage](run)

    with transaction.atomic():
        run = PipelineRun.objects.select_for_update().get(pk=run_id)
        duration = (time.perf_counter() - started) * 1000
        if run.stage != stage:
            _record_finish(
                record, StageRecord.Outcome.SKIPPED, duration, error="another worker finished it"
            )
            return "skipped"
        _stage_results_apply([(run, record, result)], stage)
        run.save()
        _record_finish(record, StageRecord.Outcome.OK, duration)
        event_record(
            name=STAGE_EVENTS[stage],
            ticket_id=run.ticket_id,
            actor_label="worker",
            payload={
                "run_id": run.pk,
                "stage": stage,
                "attempt": attempt,
                "duration_ms": round(duration, 2),
                "inputs": record.inputs,
                "outputs": record.outputs,
            },
            versions=run.versions,
        )
        if publish_next:
            stage_publish(run.pk, run.stage)
    return "done"


# What a chunk's locking reads of its runs need (the stage, what begin and apply write from):
# not the runs' JSON (context, retrieval, facts, ...), which the chunk's load reads once.
CHUNK_LOCK_FIELDS = (
    "id",
    "ticket_id",
    "message_id",
    "trigger",
    "status",
    "stage",
    "snapshot_id",
    "versions",
)


def chunk_stage_execute(*, run_ids: list[int], stage: str) -> tuple[list[int], dict]:
    """Run one stage for those of the runs (a dispatch chunk) that are at it: stage_execute's
    protocol for many runs at once. One transaction locks them, checks each is still at this
    stage (a redelivered chunk skips what is done), begins the new ones and records their
    attempts; the stage work runs outside any transaction; one transaction locks them again,
    re-checks and applies each result, advances it, and writes the stage's events in one
    insert. Run inside drafts.batching.batch_scope() so the chunk's reads and embeddings are
    shared. Returns (ids of the runs advanced, {run id: exception its stage work raised}); the
    caller fails or retries those as stage tasks do. Nothing is published: the caller runs the
    next stage."""
    now = timezone.now()
    timer = _ChunkTimer(stage)
    with transaction.atomic(), events_batched():
        runs = [
            run
            for run in PipelineRun.objects.select_for_update()
            .only(*CHUNK_LOCK_FIELDS)
            .filter(pk__in=run_ids)
            .order_by("pk")
            if run.stage == stage and run.status not in (RunStatus.DONE, RunStatus.FAILED)
        ]
        if not runs:
            return [], {}
        ids = [run.pk for run in runs]
        fresh = [run for run in runs if run.snapshot_id is None]
        if fresh:
            _runs_begin(fresh, now)
        PipelineRun.objects.filter(pk__in=ids).update(status=RunStatus.RUNNING, updated_at=now)
        records = {
            record.run_id: record
            for record in StageRecord.objects.bulk_create(
                [StageRecord(run_id=pk, stage=stage, attempt=1, started_at=now) for pk in ids]
            )
        }
    timer.lap("begin")
    if stage == Stage.ROUTE:
        routed = _routes_apply(ids, records)
        timer.lap("apply")
        timer.log(len(ids))
        return routed, {}

    loaded = list(
        PipelineRun.objects.select_related("ticket__customer", "message", "request_class")
        .filter(pk__in=ids)
        .order_by("pk")
    )
    timer.lap("load")
    stages.chunk_prepare(stage, loaded)
    timer.lap("prepare")
    drafted = (
        set(Draft.objects.filter(run_id__in=ids).values_list("run_id", flat=True))
        if stage == Stage.DRAFT
        else set()
    )
    results: dict[int, stages.StageResult | None] = {}
    durations: dict[int, float] = {}
    errors: dict[int, Exception] = {}
    for run in loaded:
        started = time.perf_counter()
        if run.pk in drafted:
            results[run.pk] = None  # finished before a crash: the draft stands
        else:
            try:
                results[run.pk] = STAGE_FUNCTIONS[stage](run)
            except Exception as error:  # noqa: BLE001 (the caller fails or retries the run)
                errors[run.pk] = error
                continue
        durations[run.pk] = (time.perf_counter() - started) * 1000
    timer.lap("work")

    done: list[int] = []
    with transaction.atomic(), events_batched():
        locked = {
            run.pk: run
            for run in PipelineRun.objects.select_for_update()
            .only(*CHUNK_LOCK_FIELDS)
            .filter(pk__in=list(results))
            .order_by("pk")
        }
        finished = timezone.now()
        applied: list[tuple[PipelineRun, StageRecord, stages.StageResult | None]] = []
        for run_id, result in results.items():
            run, record = locked[run_id], records[run_id]
            record.finished_at, record.duration_ms = finished, round(durations[run_id], 2)
            if run.stage != stage:
                record.outcome, record.error = (
                    StageRecord.Outcome.SKIPPED,
                    "another worker finished it",
                )
                continue
            applied.append((run, record, result))
        fields = _stage_results_apply(applied, stage)
        for run, _record, _result in applied:
            run.updated_at = finished
        rows_update([run for run, _, _ in applied], [*fields, "updated_at"])
        for run, record, _result in applied:
            run_id, duration = run.pk, durations[run.pk]
            record.outcome = StageRecord.Outcome.OK
            event_record(
                name=STAGE_EVENTS[stage],
                ticket_id=run.ticket_id,
                actor_label="worker",
                payload={
                    "run_id": run.pk,
                    "stage": stage,
                    "attempt": record.attempt,
                    "duration_ms": round(duration, 2),
                    "inputs": record.inputs,
                    "outputs": record.outputs,
                },
                versions=run.versions,
            )
            done.append(run_id)
        rows_update([records[run_id] for run_id in results], RECORD_FIELDS)
        if stage == Stage.DRAFT:
            # The last stage that embeds: keep the chunk's vectors for replays to read.
            stages.chunk_vectors_keep(loaded)
    timer.lap("apply")
    timer.log(len(ids))
    return done, errors


class _ChunkTimer:
    """Where a chunk's stage spends its time, as one log line per chunk and stage (the stage
    records time each run's own work only): begin (lock, begin the new runs, create the
    records), load (the runs and their tickets), prepare (stages.chunk_prepare: the encoder
    calls, vectorised scoring, prefetches), work (the stage functions, summed), apply (the
    transaction that applies the results; for route, the whole route stage). bench/pipeline.py
    adds them up."""

    def __init__(self, stage: str):
        self.stage = stage
        self.mark = time.perf_counter()
        self.laps: dict[str, float] = {}

    def lap(self, name: str) -> None:
        now = time.perf_counter()
        self.laps[name] = self.laps.get(name, 0.0) + (now - self.mark) * 1000
        self.mark = now

    def log(self, runs: int) -> None:
        chunk_logger.info(
            "pipeline chunk stage=%s runs=%d %s",
            self.stage,
            runs,
            " ".join(f"{name}_ms={ms:.1f}" for name, ms in self.laps.items()),
        )


chunk_logger = logging.getLogger("drafts.chunks")


def _routes_apply(run_ids: list[int], records: dict[int, StageRecord]) -> list[int]:
    """The route stage for a chunk's runs in one transaction (the caller holds no lock): the
    runs locked in one query, their drafts read in one, the decisions made and applied by
    routing.services.tickets_route (the rule set, auto-send policies and teams read once for
    the chunk, the tickets locked in one query, each ticket's changes and events through the
    ticket services), the runs and their stage records updated in one statement each, the
    events written in one insert. A run no longer at the route stage is skipped, as a
    redelivered chunk's are. Each run's stage record gets an equal share of the chunk's
    route time."""
    started = time.perf_counter()
    with transaction.atomic(), events_batched():
        runs = list(
            PipelineRun.objects.select_for_update(of=("self",))
            .select_related("ticket__customer", "message", "request_class")
            .filter(pk__in=run_ids)
            .order_by("pk")
        )
        current = [run for run in runs if run.stage == Stage.ROUTE]
        drafts: dict[int, Draft] = {}
        for draft in Draft.objects.filter(run_id__in=[run.pk for run in current]).order_by("pk"):
            drafts.setdefault(draft.run_id, draft)
        facts = {run.pk: stages.routing_facts(run, drafts.get(run.pk)) for run in current}
        decisions = tickets_route(
            routes=[(run.ticket_id, facts[run.pk], f"run:{run.pk}") for run in current],
            reads=RouteReads(),
        )
        finished = timezone.now()
        duration = round((time.perf_counter() - started) * 1000 / max(len(runs), 1), 2)
        for run in runs:
            record = records[run.pk]
            record.finished_at, record.duration_ms = finished, duration
            if run.stage != Stage.ROUTE:
                record.outcome, record.error = (
                    StageRecord.Outcome.SKIPPED,
                    "another worker finished it",
                )
        for run, decision in zip(current, decisions, strict=True):
            draft = drafts.get(run.pk)
            run.facts, run.decision = facts[run.pk], decision
            if (
                decision.get("auto_send_allowed")
                and draft is not None
                and "not_applied" not in decision
            ):
                autosend_schedule(
                    ticket_id=run.ticket_id, draft=draft, decision_id=decision["decision_id"]
                )
            run.versions = {
                **run.versions,
                **(
                    {"ruleset": decision["ruleset_version"]}
                    if decision.get("ruleset_version")
                    else {}
                ),
            }
            run.stage, run.status, run.finished_at = Stage.DONE, RunStatus.DONE, finished
            run.updated_at = finished
            record = records[run.pk]
            record.inputs, record.outputs = {"facts": run.facts}, {"decision": decision}
            record.outcome = StageRecord.Outcome.OK
            event_record(
                name=STAGE_EVENTS[Stage.ROUTE],
                ticket_id=run.ticket_id,
                actor_label="worker",
                payload={
                    "run_id": run.pk,
                    "facts": run.facts,
                    "decision": decision,
                    "duration_ms": duration,
                },
                versions=run.versions,
            )
        if current:
            rows_update(
                current,
                ["facts", "decision", "versions", "stage", "status", "finished_at", "updated_at"],
            )
        rows_update([records[run.pk] for run in runs], RECORD_FIELDS)
    return [run.pk for run in current]


def run_stage_get(run_id: int) -> str | None:
    """The stage an unfinished run is at, or None when it is done, failed or gone."""
    return (
        PipelineRun.objects.filter(pk=run_id)
        .exclude(status__in=[RunStatus.DONE, RunStatus.FAILED])
        .values_list("stage", flat=True)
        .first()
    )


# What a chunk's stage records write back (rows_update: one statement on PostgreSQL).
RECORD_FIELDS = ["outcome", "finished_at", "duration_ms", "error", "inputs", "outputs"]


def _stage_results_apply(applied: list[tuple], stage: str) -> list[str]:
    """What stage results change, for one run or a chunk's ((run, record, result) each): the
    runs' fields and versions, the tickets' classes (classify: one lock query and one write for
    the chunk), the drafts (draft: one supersede and one insert), the records' inputs and
    outputs; each run moves on to the next stage. Returns the run fields that changed; the
    caller writes the runs and finishes the records."""
    concrete = {field.name for field in PipelineRun._meta.concrete_fields}
    fields = {"versions", "stage"}
    classified: list[PipelineRun] = []
    drafted: list[tuple[PipelineRun, dict]] = []
    for run, record, result in applied:
        if result is not None:
            for field, value in result.run_updates.items():
                setattr(run, field, value)
            fields.update(field for field in result.run_updates if field in concrete)
            run.versions = {**run.versions, **result.versions}
            if stage == Stage.CLASSIFY:
                classified.append(run)
            if result.draft is not None:
                drafted.append((run, result.draft))
            record.inputs, record.outputs = result.inputs, result.outputs
        run.stage = _next_stage(stage)
    if classified:
        _tickets_apply_classification(classified)
    if drafted:
        _drafts_store(drafted)
    return sorted(fields)


def _record_finish(record: StageRecord, outcome: str, duration: float, error: str = "") -> None:
    record.outcome = outcome
    record.finished_at = timezone.now()
    record.duration_ms = round(duration, 2)
    record.error = error
    record.save()


def _tickets_apply_classification(runs: list[PipelineRun]) -> None:
    """The runs' classifications onto their tickets: locked in one query (id order), written
    in one statement; an SLA target is looked up (SlaTargets, read once) where the class
    changes. Runs of one ticket apply in order, as one after the other would."""
    tickets = {
        ticket.pk: ticket
        for ticket in Ticket.objects.select_for_update()
        .filter(pk__in={run.ticket_id for run in runs})
        .order_by("pk")
    }
    targets: SlaTargets | None = None
    fields = {"request_class", "risk", "class_source", "updated_at"}
    changed: dict[int, Ticket] = {}
    now = timezone.now()
    for run in runs:
        ticket = tickets[run.ticket_id]
        if ticket.class_source == "agent":
            continue  # an agent's correction outranks the classifier
        previous_class_id = ticket.request_class_id
        ticket.request_class = run.request_class
        # The ticket's risk is the class's, or high where the risk layer read a high-risk kind
        # (an account-access question that reads as a takeover is shown and ordered as high
        # risk). The run keeps the class's own risk: the rules' "risk" fact is the class's.
        ticket.risk = Risk.HIGH if run.risk_kinds else run.risk
        ticket.class_source = "model" if run.request_class_id else ""
        ticket.updated_at = now
        if ticket.request_class_id != previous_class_id:
            if targets is None:
                targets = SlaTargets(customer_ids=[t.customer_id for t in tickets.values()])
            target = targets.target_for(
                request_class_id=ticket.request_class_id, customer_id=ticket.customer_id
            )
            fields.update(ticket_sla_target_apply(ticket=ticket, target=target))
        changed[ticket.pk] = ticket
    rows_update(list(changed.values()), sorted(fields))


def _drafts_store(drafted: list[tuple[PipelineRun, dict]]) -> None:
    """Exactly one current draft per message: the new ones supersede the previous (one
    update), and are inserted together. Two runs of one message in a chunk store one after
    the other, as they would alone."""
    messages = [run.message_id for run, _ in drafted]
    if len(set(messages)) != len(messages):
        for run, draft in drafted:
            _draft_store(run, draft)
        return
    Draft.objects.filter(message_id__in=messages, is_current=True).update(is_current=False)
    Draft.objects.bulk_create(
        [
            Draft(ticket_id=run.ticket_id, message_id=run.message_id, run=run, **draft)
            for run, draft in drafted
        ]
    )


def _draft_store(run: PipelineRun, draft: dict) -> Draft:
    """Exactly one current draft per message: the new one supersedes the previous."""
    Draft.objects.filter(message_id=run.message_id, is_current=True).update(is_current=False)
    return Draft.objects.create(
        ticket_id=run.ticket_id, message_id=run.message_id, run=run, **draft
    )


def _route_apply(*, run_id: int, record: StageRecord, started: float) -> str:
    with transaction.atomic():
        run = (
            PipelineRun.objects.select_for_update(of=("self",))
            .select_related("ticket__customer", "message", "request_class")
            .get(pk=run_id)
        )
        return _route_decide_apply(run, record, started)


def _route_decide_apply(run: PipelineRun, record: StageRecord, started: float) -> str:
    """The route stage's work and bookkeeping for one run. The caller holds the run's row lock
    inside its transaction."""
    if run.stage != Stage.ROUTE:
        _record_finish(record, StageRecord.Outcome.SKIPPED, 0, error="another worker finished it")
        return "skipped"
    draft = Draft.objects.filter(run=run).first()
    facts = stages.routing_facts(run, draft)
    decision = ticket_route(ticket=run.ticket, facts=facts, run_ref=f"run:{run.pk}")
    run.facts, run.decision = facts, decision
    if decision.get("auto_send_allowed") and draft is not None and "not_applied" not in decision:
        autosend_schedule(ticket_id=run.ticket_id, draft=draft, decision_id=decision["decision_id"])
    run.versions = {
        **run.versions,
        **({"ruleset": decision["ruleset_version"]} if decision.get("ruleset_version") else {}),
    }
    run.stage, run.status, run.finished_at = Stage.DONE, RunStatus.DONE, timezone.now()
    run.save()
    duration = (time.perf_counter() - started) * 1000
    record.inputs, record.outputs = {"facts": facts}, {"decision": decision}
    _record_finish(record, StageRecord.Outcome.OK, duration)
    event_record(
        name=STAGE_EVENTS[Stage.ROUTE],
        ticket_id=run.ticket_id,
        actor_label="worker",
        payload={
            "run_id": run.pk,
            "facts": facts,
            "decision": decision,
            "duration_ms": round(duration, 2),
        },
        versions=run.versions,
    )
    return "done"


def run_fail(*, run_id: int, stage: str, error: str, attempt: int = 1) -> None:
    """Final failure: the run stops, the ticket goes to the human queue with the error on its
    trail. Idempotent."""
    with transaction.atomic():
        run = PipelineRun.objects.select_for_update().filter(pk=run_id).first()
        if run is None or run.status in (RunStatus.DONE, RunStatus.FAILED):
            return
        run.status, run.error, run.finished_at = RunStatus.FAILED, error[:4000], timezone.now()
        run.save(update_fields=["status", "error", "finished_at", "updated_at"])
        StageRecord.objects.filter(
            run=run, stage=stage, outcome=StageRecord.Outcome.STARTED
        ).update(outcome=StageRecord.Outcome.FAILED, error=error[:4000], finished_at=timezone.now())
        ticket = Ticket.objects.select_for_update().get(pk=run.ticket_id)
        ticket_flag(
            ticket=ticket,
            reason=f"Pipeline failed at {stage}: {error}",
            escalate=True,
            transition_reason="pipeline failed",
        )
        event_record(
            name="drafts.stage_failed",
            ticket_id=ticket.pk,
            actor_label="worker",
            payload={
                "run_id": run.pk,
                "stage": stage,
                "attempt": attempt,
                "error": error,
                "final": True,
            },
            versions=run.versions,
        )


def stage_retry_record(
    *, run_id: int, stage: str, attempt: int, error: str, countdown: float
) -> None:
    with transaction.atomic():
        StageRecord.objects.filter(
            run_id=run_id, stage=stage, attempt=attempt, outcome=StageRecord.Outcome.STARTED
        ).update(
            outcome=StageRecord.Outcome.RETRY,
            error=f"{error} (retry in {countdown:.1f}s)"[:4000],
            finished_at=timezone.now(),
        )
        # The run waits for its retry, not for a dead worker: the sweeper (which re-publishes
        # runs untouched for SUPPORTDESK_PIPELINE_STUCK_SECONDS) counts from the retry's time.
        PipelineRun.objects.filter(pk=run_id).update(
            updated_at=timezone.now() + timedelta(seconds=countdown)
        )
        event_record(
            name="drafts.stage_failed",
            ticket_id=PipelineRun.objects.get(pk=run_id).ticket_id,
            actor_label="worker",
            payload={
                "run_id": run_id,
                "stage": stage,
                "attempt": attempt,
                "error": error,
                "final": False,
                "retry_in_seconds": round(countdown, 2),
            },
        )


def prompt_template_version_create(*, kind: str, text: str, author=None) -> PromptTemplate:
    """A new version of a prompt; earlier versions stay as they were (runs cite them)."""
    with transaction.atomic():
        latest = (
            PromptTemplate.objects.select_for_update()
            .filter(kind=kind)
            .order_by("-version")
            .first()
        )
        if latest is not None and latest.text == text:
            return latest
        prompt = PromptTemplate.objects.create(
            kind=kind,
            version=(latest.version + 1) if latest else 1,
            text=text,
            content_hash=content_hash(text),
            author=author,
        )
        event_record(
            name="drafts.prompt_changed",
            actor=author,
            payload={"kind": kind, "version": prompt.version, "content_hash": prompt.content_hash},
        )
    return prompt


def pipeline_sweep(*, older_than: timedelta | None = None) -> int:
    """Re-enqueue runs stuck in a stage (a worker died, a message was lost). Safe to run
    often: re-enqueued stages that already finished do nothing."""
    older_than = older_than or timedelta(seconds=settings.SUPPORTDESK_PIPELINE_STUCK_SECONDS)
    cutoff = timezone.now() - older_than
    count = 0
    stuck = PipelineRun.objects.filter(
        status__in=[RunStatus.PENDING, RunStatus.RUNNING], updated_at__lt=cutoff
    ).values_list("pk", "stage")[:500]
    for run_id, stage in stuck:
        with transaction.atomic():
            PipelineRun.objects.filter(pk=run_id).update(updated_at=timezone.now())
            stage_publish(run_id, stage)
        count += 1
    if count:
        logger.warning("pipeline sweep re-enqueued %d stuck runs", count)
    return count


# -- kept text vectors: backfill and retention --------------------------------------------------
#
# The live chunks keep the embeddings of each message's texts (TextVector) so that a replay reads
# them instead of embedding again (docs/pipeline.md, "Kept vectors and chunks over two
# processes"): about 10 KB a message on PostgreSQL. Runs that finished before vectors were kept
# (or whose vectors were pruned) replay correctly without them, embedding as before, only
# slower; text_vectors_backfill keeps theirs, text_vectors_prune bounds what is kept.

VECTOR_BACKFILL_CHUNK = 200


def text_vectors_backfill(*, last: int | None = None, progress=None) -> dict[str, int]:
    """Keep the vectors of the finished runs whose message has none, as the live chunks would
    (stages.vectors_backfill), VECTOR_BACKFILL_CHUNK runs at a time, newest first; `last`: only
    the newest `last` finished runs are looked at (what a replay of the last N selects).
    `progress(done, total)` after each chunk. Returns {"runs": ..., "rows": ...}."""
    from django.db.models import Exists, OuterRef

    finished = PipelineRun.objects.filter(status=RunStatus.DONE, trigger="inbound").order_by("-pk")
    if last is not None:
        finished = finished.filter(pk__in=list(finished.values_list("pk", flat=True)[:last]))
    missing = list(
        finished.exclude(
            Exists(TextVector.objects.filter(message_id=OuterRef("message_id")))
        ).values_list("pk", flat=True)
    )
    rows = 0
    for start in range(0, len(missing), VECTOR_BACKFILL_CHUNK):
        runs = list(
            PipelineRun.objects.select_related("ticket", "message")
            .filter(pk__in=missing[start : start + VECTOR_BACKFILL_CHUNK])
            .order_by("pk")
        )
        rows += stages.vectors_backfill(runs)
        if progress is not None:
            progress(min(start + VECTOR_BACKFILL_CHUNK, len(missing)), len(missing))
    return {"runs": len(missing), "rows": rows}


def text_vectors_prune(*, older_than_days: int) -> int:
    """Delete the kept vectors of messages received more than `older_than_days` days ago (a
    replay of those tickets embeds their texts again, deciding the same). Returns how many
    rows were deleted."""
    if older_than_days <= 0:
        raise ValueError("older_than_days must be positive (0 keeps every vector)")
    cutoff = timezone.now() - timedelta(days=older_than_days)
    return TextVector.objects.filter(message__created_at__lt=cutoff).delete()[0]


def text_vectors_prune_scheduled() -> int:
    """The beat's daily pruning: SUPPORTDESK_TEXT_VECTOR_DAYS (0, the default, keeps every
    vector). Returns how many rows were deleted."""
    days = settings.SUPPORTDESK_TEXT_VECTOR_DAYS
    return text_vectors_prune(older_than_days=days) if days > 0 else 0


# -- erasure: drafts' part (orchestrated by audit.erasure.customer_erase) ------------------------


def customer_data_erase(*, ticket_ids: list[int], needles: list[str]) -> dict[str, int]:
    """Erase what drafts holds of one customer's tickets: the replies sent to them (address,
    subject, text; errors naming them), drafts, the pipeline's copies (run context, retrieval,
    facts, signal evidence, stage inputs and outputs), run and stage errors naming them
    anywhere, and (the safety net) text of any other model pointing at their drafts or runs.
    Returns {what: rows}. Call inside the erasure's transaction; idempotent."""
    counts: dict[str, int] = {}
    replies = OutboundReply.objects.filter(ticket_id__in=ticket_ids)
    counts["outbound replies"] = replies.update(
        to_address=REDACTED, subject=REDACTED, text=REDACTED
    )
    counts["outbound reply errors"] = rows_redact(
        replies.exclude(last_error=""), needles, text=("last_error",)
    )
    counts["reply memories"] = memory_erase(ticket_ids=ticket_ids)
    # Embeddings of their messages' texts as they were (a replay embeds what is left anew).
    counts["text vectors"] = TextVector.objects.filter(message__ticket_id__in=ticket_ids).delete()[
        0
    ]
    drafts = Draft.objects.filter(ticket_id__in=ticket_ids)
    counts["drafts"] = rows_redact(drafts, needles, text=("text",), json=("basis",))
    runs = PipelineRun.objects.filter(ticket_id__in=ticket_ids)
    counts["pipeline runs"] = rows_redact(
        runs,
        needles,
        text=("instruction",),
        json=("context", "retrieval", "facts", "decision", "signal_evidence"),
    )
    counts["stage records"] = rows_redact(
        StageRecord.objects.filter(run__ticket_id__in=ticket_ids),
        needles,
        json=("inputs", "outputs"),
    )
    pattern = needles_regex(needles)
    for model, column in ((PipelineRun, "error"), (StageRecord, "error")):
        hits = model.objects.filter(**{f"{column}__iregex": pattern})
        counts[f"{str(model._meta.verbose_name)} errors"] = hits.update(**{column: REDACTED})
    related = (
        (Draft, list(drafts.values_list("pk", flat=True))),
        (PipelineRun, list(runs.values_list("pk", flat=True))),
    )
    for target, ids in related:
        for label, count in related_rows_redact(
            target=target, target_ids=ids, needles=needles
        ).items():
            counts[label] = counts.get(label, 0) + count
    return counts
