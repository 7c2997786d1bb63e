"""From intake's outbox to the workers: pipeline_dispatch turns every message intake marked
pipeline_pending into its run and hands that run to the workers, once; intake's hook
(pipeline_dispatch_soon) asks for a dispatch after each commit."""

import time

import pytest

from drafts.models import PipelineRun, RunStatus
from drafts.services import (
    DISPATCH_REQUEST_KEY,
    DISPATCH_REQUEST_SECONDS,
    dispatch_chunks,
    pipeline_dispatch,
    pipeline_dispatch_soon,
)
from drafts.tasks import pipeline_dispatch_task
from tickets.inbound import InboundMessage
from tickets.models import Message
from tickets.services import inbound_ingest

pytestmark = pytest.mark.django_db


def _intake(n: int, django_capture_on_commit_callbacks) -> list[int]:
    """n tickets through intake, committing without running what intake asked for afterwards
    (as if the dispatch message had not arrived yet)."""
    ids = []
    for i in range(n):
        with django_capture_on_commit_callbacks(execute=False):
            result = inbound_ingest(
                inbound=InboundMessage(
                    from_address=f"d{i}@example.com", subject="Parcel", body_text=f"order {i}"
                ),
                channel="email",
            )
        ids.append(result.message.pk)
    return ids


def test_a_dispatch_hands_each_requested_message_to_the_workers_once(
    pipeline, django_capture_on_commit_callbacks
):
    messages = _intake(3, django_capture_on_commit_callbacks)
    # Intake's request is the message row itself: no run yet, nothing written besides.
    assert Message.objects.filter(pk__in=messages, pipeline_pending=True).count() == 3
    runs = PipelineRun.objects.filter(message_id__in=messages)
    assert not runs.exists()

    with django_capture_on_commit_callbacks(execute=False) as published:
        assert pipeline_dispatch() == 3
    # The three runs go to the workers after commit in two chunk tasks (dispatch_chunks: two
    # at least, so both worker processes take part).
    assert len(published) == 2
    assert runs.count() == 3 and not runs.filter(dispatched_at__isnull=True).exists()
    assert not Message.objects.filter(pk__in=messages, pipeline_pending=True).exists()

    with django_capture_on_commit_callbacks(execute=False) as published:
        assert pipeline_dispatch() == 0
    assert published == []


def test_a_message_that_already_has_its_run_keeps_that_one(
    pipeline, django_capture_on_commit_callbacks
):
    (message_id,) = _intake(1, django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=False):
        assert pipeline_dispatch() == 1
    first = PipelineRun.objects.get(message_id=message_id)
    # Asked for again (a second demo load marking it, say): the dispatch keeps the first run.
    Message.objects.filter(pk=message_id).update(pipeline_pending=True)
    with django_capture_on_commit_callbacks(execute=False):
        assert pipeline_dispatch() == 0
    assert list(PipelineRun.objects.filter(message_id=message_id)) == [first]
    assert not Message.objects.filter(pk=message_id, pipeline_pending=True).exists()


def test_the_dispatched_runs_are_drafted(pipeline, django_capture_on_commit_callbacks):
    messages = _intake(2, django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True):
        assert pipeline_dispatch_task.delay().get() == 2  # eager: runs the stages right here
    statuses = set(
        PipelineRun.objects.filter(message_id__in=messages).values_list("status", flat=True)
    )
    assert statuses == {RunStatus.DONE}


def test_each_commit_asks_for_a_dispatch_that_picks_up_every_pending_message(
    pipeline, django_capture_on_commit_callbacks
):
    # Two messages committed while no dispatch ran (their requests lost, say): the next
    # commit's request hands over all three, and each gets exactly one run.
    earlier = _intake(2, django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        result = inbound_ingest(
            inbound=InboundMessage(
                from_address="late@example.com", subject="Parcel", body_text="order 9"
            ),
            channel="email",
        )
    assert pipeline_dispatch_soon in callbacks  # intake's hook, after the commit
    messages = [*earlier, result.message.pk]
    assert not Message.objects.filter(pk__in=messages, pipeline_pending=True).exists()
    runs = PipelineRun.objects.filter(message_id__in=messages)
    assert sorted(runs.values_list("message_id", flat=True)) == sorted(messages)
    assert set(runs.values_list("status", flat=True)) == {RunStatus.DONE}


def _pending(message_id: int) -> bool:
    return Message.objects.filter(pk=message_id, pipeline_pending=True).exists()


def test_with_a_shared_cache_a_commit_asks_only_when_no_dispatch_is_outstanding(
    pipeline, redis_cache, django_capture_on_commit_callbacks
):
    # A dispatch is already queued (an earlier commit asked; no worker has taken it yet).
    assert redis_cache.add(DISPATCH_REQUEST_KEY, 1, DISPATCH_REQUEST_SECONDS)
    with django_capture_on_commit_callbacks(execute=True):
        waiting = inbound_ingest(
            inbound=InboundMessage(from_address="w@example.com", subject="Hi", body_text="one"),
            channel="email",
        ).message
    # The hook ran and published nothing (eager mode would have run a dispatch right here):
    # the queued dispatch will see this message.
    assert _pending(waiting.pk)
    assert not PipelineRun.objects.filter(message=waiting).exists()

    # That dispatch arrives: it clears the request before reading the outbox, takes the message.
    assert pipeline_dispatch_task.delay().get() == 1
    assert not _pending(waiting.pk)
    assert redis_cache.get(DISPATCH_REQUEST_KEY) is None

    # With nothing outstanding the next commit asks again (and eager mode runs it at once).
    with django_capture_on_commit_callbacks(execute=True):
        result = inbound_ingest(
            inbound=InboundMessage(from_address="n@example.com", subject="Hi", body_text="two"),
            channel="email",
        )
    assert PipelineRun.objects.get(message=result.message).status == RunStatus.DONE
    assert redis_cache.get(DISPATCH_REQUEST_KEY) is None  # cleared by the dispatch it ran


def test_an_outstanding_request_lapses_so_a_lost_one_holds_nothing_back(
    pipeline, redis_cache, settings, django_capture_on_commit_callbacks
):
    # The request was published but lost with the broker: the flag expires on its own.
    assert redis_cache.add(DISPATCH_REQUEST_KEY, 1, 1)
    time.sleep(1.1)
    with django_capture_on_commit_callbacks(execute=True):
        result = inbound_ingest(
            inbound=InboundMessage(from_address="l@example.com", subject="Hi", body_text="three"),
            channel="email",
        )
    assert PipelineRun.objects.get(message=result.message).status == RunStatus.DONE


@pytest.mark.parametrize(
    ("count", "sizes"),
    [
        (0, []),
        (1, [1]),
        (3, [2, 1]),
        (4, [2, 2]),
        (50, [25, 25]),
        (51, [17, 17, 17]),
        (60, [20] * 3),
    ],
)
def test_a_dispatch_splits_its_runs_into_even_chunks_of_at_most_25(count, sizes):
    ids = list(range(100, 100 + count))
    chunks = dispatch_chunks(ids)
    assert [len(chunk) for chunk in chunks] == sizes
    assert [i for chunk in chunks for i in chunk] == ids  # each run once, in order
