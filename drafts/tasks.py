"""Celery tasks for the pipeline: one per stage, thin wrappers around services.stage_execute.

Retries live here, not in the client: transient provider errors (429, 5xx, timeouts) retry
with exponential backoff and full jitter, honouring Retry-After; permanent errors (400, 401,
403, quota) and invalid output fail the run to a human at once. acks_late with
reject_on_worker_lost (settings) means a killed worker's task is redelivered; stage_execute
makes that redelivery harmless."""

import logging

from celery import shared_task
from celery.signals import worker_init
from django.conf import settings

from supportdesk.regex import regexes_compile

from .dispatch import CHUNK_TASK_NAME, DISPATCH_BATCH, pipeline_dispatch_request_clear
from .models import STAGE_ORDER, Stage
from .retries import BACKOFF_CAP_SECONDS, backoff_seconds  # noqa: F401 (settings cite it)
from .runs import STAGE_TASK_NAMES

# The stage work (drafts.services and what it imports: the encoders, the detectors, the class
# model) is imported inside the tasks, on first use: every Django process imports this module
# (the apps register the tasks), and one that only takes messages in never runs them. A worker
# imports it all before it forks (_worker_warm).

logger = logging.getLogger(__name__)


@worker_init.connect
def _worker_warm(**kwargs) -> None:
    """In a worker's parent, before the pool forks: import the stage work and compile the
    detectors' and risk layer's patterns (they compile on first use, supportdesk/regex.py), so
    no child pays for them on its first ticket."""
    from . import replay, sending, services  # noqa: F401
    from .reviews import evidence  # noqa: F401

    logger.info("compiled %d patterns before forking", regexes_compile())


def _run_stage(task, run_id: int, stage: str) -> str:
    """Run the task's stage, then the run's following stages in this same process while they
    succeed: no broker round trip between stages (each still has its StageRecord, its event and
    its own retries). A later stage that must be retried is handed to its own task, published
    with the backoff; a worker that dies mid-way leaves the run to the sweeper."""
    from .services import run_stage_get

    outcome = _stage_attempt(task, run_id, stage, retries=task.request.retries, publish_next=False)
    while outcome == "done":
        following = run_stage_get(run_id)
        if following is None:
            break
        outcome = _stage_attempt(None, run_id, following, retries=0, publish_next=False)
    return outcome


def _stage_attempt(task, run_id: int, stage: str, *, retries: int, publish_next: bool) -> str:
    """One attempt at one stage. `task` is the stage's own task (None for a chained stage):
    a transient error retries through it, or through a newly published task of that stage."""
    from .services import stage_execute

    try:
        return stage_execute(
            run_id=run_id, stage=stage, attempt=retries + 1, publish_next=publish_next
        )
    except Exception as error:  # noqa: BLE001 (_stage_error sorts them)
        return _stage_error(task, run_id, stage, error, retries=retries)


def _stage_error(task, run_id: int, stage: str, error: Exception, *, retries: int) -> str:
    """What a stage's error means for its run: a transient one is retried with backoff (through
    `task`, the stage's own task, else a newly published one of that stage), anything else
    fails the run to a human."""
    from .providers.base import InvalidOutputError, PermanentProviderError, TransientProviderError
    from .services import run_fail, stage_retry_record

    attempt = retries + 1
    if isinstance(error, TransientProviderError):
        if retries >= settings.SUPPORTDESK_PIPELINE_MAX_RETRIES:
            run_fail(
                run_id=run_id,
                stage=stage,
                attempt=attempt,
                error=f"gave up after {attempt} attempts: {error}",
            )
            return "failed"
        countdown = backoff_seconds(retries, error.retry_after)
        stage_retry_record(
            run_id=run_id, stage=stage, attempt=attempt, error=str(error), countdown=countdown
        )
        if task is not None:
            raise task.retry(countdown=countdown, exc=error) from error
        # A chained stage: its own task takes over, counting this as its first retry.
        STAGE_TASKS[stage].apply_async(args=[run_id], countdown=countdown, retries=1)
        return "retrying"
    if isinstance(error, PermanentProviderError | InvalidOutputError):
        run_fail(
            run_id=run_id, stage=stage, attempt=attempt, error=f"{type(error).__name__}: {error}"
        )
        return "failed"
    # An unexpected bug must still leave the ticket with a human.
    logger.error("pipeline stage %s crashed for run %s", stage, run_id, exc_info=error)
    run_fail(
        run_id=run_id,
        stage=stage,
        attempt=attempt,
        error=f"unexpected {type(error).__name__}: {error}",
    )
    return "failed"


TASK_OPTIONS = {
    "bind": True,
    "acks_late": True,
    "reject_on_worker_lost": True,
    "max_retries": None,
    "ignore_result": True,
}


@shared_task(name="drafts.pipeline_classify", **TASK_OPTIONS)
def pipeline_classify(self, run_id: int) -> str:
    return _run_stage(self, run_id, Stage.CLASSIFY)


@shared_task(name="drafts.pipeline_context", **TASK_OPTIONS)
def pipeline_context(self, run_id: int) -> str:
    return _run_stage(self, run_id, Stage.CONTEXT)


@shared_task(name="drafts.pipeline_draft", **TASK_OPTIONS)
def pipeline_draft(self, run_id: int) -> str:
    return _run_stage(self, run_id, Stage.DRAFT)


@shared_task(name="drafts.pipeline_route", **TASK_OPTIONS)
def pipeline_route(self, run_id: int) -> str:
    return _run_stage(self, run_id, Stage.ROUTE)


STAGE_TASKS = {
    Stage.CLASSIFY: pipeline_classify,
    Stage.CONTEXT: pipeline_context,
    Stage.DRAFT: pipeline_draft,
    Stage.ROUTE: pipeline_route,
}


@shared_task(name=CHUNK_TASK_NAME, **TASK_OPTIONS)
def pipeline_chunk(self, run_ids: list[int]) -> int:
    """A dispatch's chunk of new runs (ids), every stage, in this process: each stage for all
    the chunk's runs at once (services.chunk_stage_execute), sharing one batch scope (the
    configuration read once, the texts embedded in one call). A run whose stage fails is
    failed or retried as a stage task would (_stage_error) and the chunk goes on without it.
    Safe to run twice: each stage skips the runs already past it; a worker that dies mid-way
    leaves its runs to the redelivery or the sweeper. Returns how many runs it finished."""
    from .batching import batch_scope
    from .services import chunk_stage_execute

    finished = 0
    with batch_scope():
        for stage in STAGE_ORDER[:-1]:
            done, errors = chunk_stage_execute(run_ids=run_ids, stage=stage)
            for run_id, error in errors.items():
                _stage_error(None, run_id, stage, error, retries=0)
            if stage == Stage.ROUTE:
                finished = len(done)
    return finished


@shared_task(name="drafts.pipeline_dispatch", ignore_result=True)
def pipeline_dispatch_task() -> int:
    """Turn pending messages into runs and hand them to the stage tasks; a full batch asks for
    another."""
    from .services import pipeline_dispatch

    pipeline_dispatch_request_clear()
    count = pipeline_dispatch()
    if count >= DISPATCH_BATCH:
        pipeline_dispatch_task.delay()
    return count


@shared_task(name="drafts.pipeline_sweep", ignore_result=True)
def pipeline_sweep_task() -> int:
    from .services import pipeline_sweep

    return pipeline_sweep()


@shared_task(name="drafts.text_vectors_prune", ignore_result=True)
def text_vectors_prune_task() -> int:
    from .services import text_vectors_prune_scheduled

    return text_vectors_prune_scheduled()


STAGE_TASKS = {
    Stage.CLASSIFY: pipeline_classify,
    Stage.CONTEXT: pipeline_context,
    Stage.DRAFT: pipeline_draft,
    Stage.ROUTE: pipeline_route,
    Stage.DONE: None,
}
# drafts.runs publishes the stage tasks by name; the names must be these tasks'.
if {stage: task.name if task else None for stage, task in STAGE_TASKS.items()} != (
    STAGE_TASK_NAMES
):
    raise RuntimeError("drafts.runs.STAGE_TASK_NAMES does not name drafts.tasks' stage tasks")


# --- Sending replies (the review queue) --------------------------------------------------------


@shared_task(
    name="drafts.send_reply",
    bind=True,
    acks_late=True,
    reject_on_worker_lost=True,
    max_retries=None,  # the reply's own attempts counter decides when to give up
    ignore_result=True,
)
def send_reply(self, reply_id: int) -> str:
    """Send one OutboundReply (id), exactly once: drafts.sending.reply_send locks the reply
    and does nothing when it is already sent, stopped or given up. Transient mail errors
    retry with backoff; the attempts are counted on the reply."""
    from .sending import reply_send

    outcome = reply_send(reply_id=reply_id)
    if outcome.retry:
        raise self.retry(countdown=backoff_seconds(self.request.retries, None))
    return outcome.result


@shared_task(name="drafts.send_due", ignore_result=True)
def send_due() -> int:
    """Periodic: hand held auto-sends whose window ended, and queued replies whose task may
    have been lost, to send_reply (safe to overlap with their own tasks)."""
    from .sending import replies_due

    due = replies_due()
    for reply_id in due:
        send_reply.delay(reply_id)
    return len(due)


@shared_task(name="drafts.evidence_refresh", ignore_result=True)
def evidence_refresh(request_class_id: int) -> None:
    """Recount a class's auto-send evidence after a review (idempotent: counts from scratch)."""
    from .reviews.evidence import evidence_feed

    evidence_feed(request_class_id=request_class_id)


# A replay runs for seconds to minutes: acknowledged on receipt, so a broker's visibility
# timeout never hands it to a second worker while the first still runs; the conditional claim
# in replay_experiment_execute makes a duplicate delivery do nothing. A replay lost with its
# worker stays "running" and the page says when it stopped moving; the lead runs it again.
@shared_task(name="drafts.replay_experiment", ignore_result=True, acks_late=False)
def replay_experiment_task(experiment_id: int) -> str:
    from .replay import replay_experiment_execute

    experiment = replay_experiment_execute(experiment_id=experiment_id)
    return "done" if experiment is not None else "not queued"
