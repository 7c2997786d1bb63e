"""Dispatch, the request side: what intake calls after a commit (pipeline_dispatch_soon), kept
apart from drafts.services so that a process that only takes messages in (the web server, an
intake command) does not import the pipeline's stages, encoders and detectors to ask for a
dispatch. The dispatch itself (drafts.services.pipeline_dispatch) runs in the worker.
"""

from __future__ import annotations

from celery import current_app

from supportdesk.cache import shared_cache

# From intake's outbox to the workers.
#
# Intake marks each inbound message pipeline_pending in the row it writes anyway and, after
# commit, calls pipeline_dispatch_soon, which asks for one pipeline_dispatch task. That task
# turns every pending message into its run and publishes each run's first stage, so a message
# committed while a dispatch is queued is picked up by that one. Beat runs the same task every
# few seconds (a dispatch message lost with a broker outage), and the sweeper re-publishes
# runs a lost stage message left behind.
#
# A request already queued covers every commit before that dispatch starts, so with a shared
# cache (Redis in production) a commit publishes only when no request is outstanding: one
# cache.add (SET NX) instead of a Celery publish for most creates. bench/api_intake.py with Redis
# as cache and broker (two runs of 5 rounds, medians): server CPU per create 8.0 -> 7.2-7.45 ms,
# 229-231 -> 237-244 tickets/s; a per-commit publish kept intake under its 250/s floor. The
# dispatch clears the flag before it reads the outbox, so a commit either sees the flag gone
# and publishes, or committed before that read. The flag expires on its own (a request lost
# with the broker stops holding others back after DISPATCH_REQUEST_SECONDS; beat covers the
# gap). With a process-local cache (the embedded default) every commit publishes.

DISPATCH_BATCH = 500
DISPATCH_REQUEST_KEY = "drafts.pipeline_dispatch:requested"
DISPATCH_REQUEST_SECONDS = 2


def pipeline_dispatch_soon() -> None:
    """After a commit that left messages pending for the pipeline: ask the workers for a
    dispatch (one Celery message, unless one is already outstanding; eager in tests, where it
    runs right here)."""
    cache = shared_cache()
    if cache is not None and not cache.add(DISPATCH_REQUEST_KEY, 1, DISPATCH_REQUEST_SECONDS):
        return
    current_app.tasks["drafts.pipeline_dispatch"].delay()


def pipeline_dispatch_request_clear() -> None:
    """The dispatch is starting: later commits must ask again (see pipeline_dispatch_soon)."""
    cache = shared_cache()
    if cache is not None:
        cache.delete(DISPATCH_REQUEST_KEY)


# The task a dispatch publishes for each chunk of new runs (drafts.tasks.pipeline_chunk).
CHUNK_TASK_NAME = "drafts.pipeline_chunk"
