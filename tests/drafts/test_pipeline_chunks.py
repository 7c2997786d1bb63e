"""The live pipeline's chunks (drafts.tasks.pipeline_chunk): the runs a dispatch hands over go
through every stage together, each exactly once, their events written in one insert per stage
and chained in the order they were recorded, with queries per ticket that do not grow with the
chunk."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from audit.chain import chain_verify, events_seal
from audit.models import Event
from drafts.models import Draft, PipelineRun, RunStatus, StageRecord
from drafts.services import pipeline_dispatch
from drafts.tasks import pipeline_chunk
from routing.models import RoutingDecision
from tickets.inbound import InboundMessage
from tickets.models import TicketStatusChange
from tickets.services import inbound_ingest

pytestmark = pytest.mark.django_db

TEXTS = [
    ("Where is my order", "Where is my parcel? Order 48213, tracking shows nothing for days."),
    ("Return", "Can I return my station? It arrived 10 days ago and I do not need it."),
    ("Double charge", "You charged my card twice this month, please explain the second charge."),
    ("Lawyer", "My lawyer will contact you about the data you hold on me."),
]
STAGE_EVENTS = [
    "drafts.run_started",
    "drafts.classified",
    "drafts.context_assembled",
    "drafts.draft_generated",
    "drafts.route_decided",
]


def _dispatched(n: int, capture, tag: str) -> list[int]:
    """n tickets through intake and the dispatch, their chunk tasks not run: the run ids."""
    for i in range(n):
        subject, text = TEXTS[i % len(TEXTS)]
        with capture(execute=False):
            inbound_ingest(
                inbound=InboundMessage(
                    from_address=f"{tag}{i}@example.com", subject=subject, body_text=text
                ),
                channel="email",
            )
    with capture(execute=False):
        assert pipeline_dispatch() == n
    return list(
        PipelineRun.objects.filter(ticket__customer__email__startswith=tag)
        .order_by("pk")
        .values_list("pk", flat=True)
    )


def _written() -> dict[str, int]:
    return {
        "events": Event.objects.count(),
        "stage records": StageRecord.objects.count(),
        "drafts": Draft.objects.count(),
        "decisions": RoutingDecision.objects.count(),
        "status changes": TicketStatusChange.objects.count(),
    }


def test_a_chunk_runs_every_stage_once_and_a_redelivered_chunk_does_nothing(
    pipeline, policies, django_capture_on_commit_callbacks
):
    ids = _dispatched(4, django_capture_on_commit_callbacks, "chunk")
    assert pipeline_chunk.apply(args=[ids]).get() == 4
    for run in PipelineRun.objects.filter(pk__in=ids):
        assert run.status == RunStatus.DONE, run.error
        records = list(run.stages.values_list("stage", "outcome"))
        assert records == [(s, "ok") for s in ("classify", "context", "draft", "route")]
        assert Draft.objects.filter(message_id=run.message_id, is_current=True).count() == 1
        names = list(
            Event.objects.filter(ticket_id=run.ticket_id, name__startswith="drafts.")
            .order_by("id")
            .values_list("name", flat=True)
        )
        assert names == STAGE_EVENTS
    written = _written()

    # The broker hands the same chunk over again (a worker lost after finishing it).
    assert pipeline_chunk.apply(args=[ids]).get() == 0
    assert _written() == written

    # The batched events chain like any other, in the order they were recorded.
    events_seal()
    result = chain_verify()
    assert result.ok, result.failure
    assert result.unsealed == 0
    ordered = list(Event.objects.filter(ticket_id__isnull=False).values_list("id", "seq"))
    assert [seq for _id, seq in sorted(ordered)] == sorted(seq for _id, seq in ordered)


def test_queries_per_chunk_do_not_grow_with_the_chunk(
    pipeline, policies, django_capture_on_commit_callbacks
):
    """A chunk's bookkeeping is written per chunk, not per ticket: the tickets' status
    changes, classifications, flags and drafts, the runs and their stage records, one
    statement each (one per target status for the route's transitions). Chunks of 4 and 16
    tickets with the same mix of texts (so the same outcomes) run the same number of
    queries."""
    warm = _dispatched(4, django_capture_on_commit_callbacks, "warm")
    pipeline_chunk.apply(args=[warm]).get()  # the encoders and the class model load here
    four = _dispatched(4, django_capture_on_commit_callbacks, "four")
    with CaptureQueriesContext(connection) as small:
        assert pipeline_chunk.apply(args=[four]).get() == 4
    sixteen = _dispatched(16, django_capture_on_commit_callbacks, "sixteen")
    with CaptureQueriesContext(connection) as large:
        assert pipeline_chunk.apply(args=[sixteen]).get() == 16
    assert len(large) == len(small), [q["sql"][:120] for q in large.captured_queries]
    # Every ticket still got its trail: per ticket, the same events as one at a time.
    for tag in ("four", "sixteen"):
        ids = PipelineRun.objects.filter(ticket__customer__email__startswith=tag)
        for run in ids:
            assert run.status == RunStatus.DONE, run.error
            names = list(
                Event.objects.filter(ticket_id=run.ticket_id)
                .order_by("id")
                .values_list("name", flat=True)
            )
            assert names.count("tickets.status_changed") == 2, names
            assert names.index("tickets.status_changed") < names.index("drafts.run_started")
            assert names[-2:] == ["routing.applied", "drafts.route_decided"], names
