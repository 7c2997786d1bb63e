"""From intake's outbox to the workers: pipeline_dispatch turns every message intake marked
pipeline_pending into its run and hands that run to the workers, once; pipeline_dispatch_soon
asks for a dispatch at once after a quiet spell and at most once per window under load
(Celery's publishing is recorded, not performed, in the last test)."""

import pytest

from drafts import services
from drafts.models import PipelineRun, RunStatus
from drafts.services import pipeline_dispatch
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
    assert len(published) == 3  # one first-stage task per run, after commit
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


def test_dispatch_is_asked_at_once_when_quiet_and_once_per_window_under_load(settings, monkeypatch):
    settings.SUPPORTDESK_PIPELINE_DISPATCH_SECONDS = 0.25
    clock = [100.0]
    asked: list[float] = []  # countdown of each dispatch this process asked Celery to publish
    monkeypatch.setattr(services.time, "monotonic", lambda: clock[0])
    monkeypatch.setattr(services, "_dispatch_due", 0.0)
    monkeypatch.setattr(pipeline_dispatch_task, "delay", lambda: asked.append(0.0))
    monkeypatch.setattr(
        pipeline_dispatch_task, "apply_async", lambda countdown: asked.append(round(countdown, 3))
    )

    def commit_at(moment: float) -> None:
        clock[0] = moment
        services.pipeline_dispatch_soon()

    commit_at(100.0)  # a lone ticket: dispatched now
    assert asked == [0.0]
    commit_at(100.01)  # the next one in the window: one dispatch at the end of it
    assert asked == [0.0, 0.24]
    commit_at(100.1)  # due after this commit already: nothing more to ask
    commit_at(100.19)
    assert asked == [0.0, 0.24]
    commit_at(100.22)  # too close to the due one (it may be running): the next window
    assert asked == [0.0, 0.24, 0.28]
    commit_at(102.0)  # quiet again: at once
    assert asked == [0.0, 0.24, 0.28, 0.0]
