"""The ticket services for many tickets at once (a pipeline chunk's bookkeeping), on the real
database: tickets_transition and tickets_flag leave each ticket, its status-change row, its SLA
clocks and its events as ticket_transition and ticket_flag do one at a time, in a constant
number of queries; a move that is not allowed writes nothing; SlaTargets picks the target
sla_target_for picks; rows_update writes each row its own values."""

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from audit.models import Event
from drafts.models import PipelineRun, StageRecord
from supportdesk.rows import rows_insert, rows_update
from tickets.models import Customer, RequestClass, SlaTarget, Ticket, TicketStatus
from tickets.models import TicketStatusChange as Change
from tickets.services import ticket_flag, ticket_transition, tickets_flag, tickets_transition
from tickets.sla import SlaTargets, sla_target_for
from tickets.states import TransitionNotAllowed

pytestmark = pytest.mark.django_db

CLOCK = ("sla_resolution_started_at", "sla_resolution_due_at", "sla_resolution_stopped_at")


def _tickets(n: int, status: str = TicketStatus.NEW, tag: str = "t") -> list[Ticket]:
    now = timezone.now()
    made = []
    for i in range(n):
        customer = Customer.objects.create(email=f"{tag}{i}@example.com")
        made.append(
            Ticket.objects.create(
                customer=customer,
                subject=f"{tag} {i}",
                channel="email",
                status=status,
                created_at=now,
                sla_resolution_started_at=now - dt.timedelta(hours=1),
                sla_resolution_due_at=now + dt.timedelta(hours=5),
                sla_resolution_stopped_at=(
                    now - dt.timedelta(minutes=30)
                    if status == TicketStatus.WAITING_ON_CUSTOMER
                    else None
                ),
            )
        )
    return made


def _trail(ticket: Ticket) -> list[tuple]:
    return [(e.name, e.payload) for e in Event.objects.filter(ticket_id=ticket.pk).order_by("id")]


@pytest.mark.parametrize("start", [TicketStatus.NEW, TicketStatus.WAITING_ON_CUSTOMER])
def test_bulk_transition_writes_what_one_at_a_time_writes(start):
    one = _tickets(2, start, "one")
    many = _tickets(2, start, "many")
    for ticket in one:
        ticket_transition(ticket=ticket, to=TicketStatus.IN_PIPELINE, reason="pipeline started")
    moved = tickets_transition(
        tickets=many, to=TicketStatus.IN_PIPELINE, reasons={t.pk: "pipeline started" for t in many}
    )
    assert moved == many
    for a, b in zip(one, many, strict=True):
        a.refresh_from_db()
        b.refresh_from_db()
        assert a.status == b.status == TicketStatus.IN_PIPELINE
        # The clocks moved the same way (a paused resolution clock resumed), to the second.
        for field in CLOCK:
            x, y = getattr(a, field), getattr(b, field)
            assert (x is None) == (y is None), field
            if x is not None:
                assert abs((x - y).total_seconds()) < 5, field
        assert _trail(a) == _trail(b)
        assert list(Change.objects.filter(ticket=b).values_list("from_status", "to_status")) == [
            (start, TicketStatus.IN_PIPELINE)
        ]


def test_bulk_transition_runs_the_same_queries_for_2_or_12_tickets():
    counts = []
    for n, tag in ((2, "a"), (12, "b")):
        tickets = _tickets(n, tag=tag)
        with CaptureQueriesContext(connection) as queries:
            tickets_transition(tickets=tickets, to=TicketStatus.ESCALATED)
        counts.append(len(queries))
    assert counts[0] == counts[1], counts
    assert Change.objects.filter(to_status=TicketStatus.ESCALATED).count() == 14


def test_a_move_not_allowed_writes_nothing():
    tickets = _tickets(2, tag="ok") + _tickets(1, TicketStatus.RESOLVED, tag="done")
    with pytest.raises(TransitionNotAllowed):
        tickets_transition(tickets=tickets, to=TicketStatus.IN_PIPELINE)
    assert set(Ticket.objects.values_list("status", flat=True)) == {
        TicketStatus.NEW,
        TicketStatus.RESOLVED,
    }
    assert not Change.objects.exists()
    assert not Event.objects.filter(name="tickets.status_changed").exists()


def test_bulk_flag_writes_what_one_at_a_time_writes():
    one, many = _tickets(2, tag="f1"), _tickets(2, tag="f2")
    reasons = ["Legal request: a lawyer is named.", "x" * 600]
    for ticket, reason in zip(one, reasons, strict=True):
        ticket_flag(ticket=ticket, reason=reason)
    tickets_flag(flags=list(zip(many, reasons, strict=True)))
    for a, b in zip(one, many, strict=True):
        a.refresh_from_db()
        b.refresh_from_db()
        assert (a.needs_human, a.flag_reason) == (b.needs_human, b.flag_reason)
        assert b.needs_human and b.flag_reason
        assert _trail(a) == _trail(b)


def test_sla_targets_pick_what_sla_target_for_picks():
    shipping = RequestClass.objects.get(slug="shipping-status")
    SlaTarget.objects.create(
        request_class=shipping, first_response_minutes=120, resolution_minutes=600
    )
    SlaTarget.objects.create(
        request_class=shipping, tier="enterprise", first_response_minutes=15, resolution_minutes=90
    )
    customers = [
        Customer.objects.create(email=f"{tier or 'none'}@example.com", tier=tier)
        for tier in ("", "free", "starter", "business", "enterprise")
    ]
    ids = [c.pk for c in customers] + [None]
    targets = SlaTargets(customer_ids=ids)
    for class_id in (None, shipping.pk, RequestClass.objects.exclude(pk=shipping.pk).first().pk):
        for customer_id in ids:
            assert targets.target_for(
                request_class_id=class_id, customer_id=customer_id
            ) == sla_target_for(request_class_id=class_id, customer_id=customer_id)


def test_rows_update_writes_each_row_its_own_values():
    tickets = _tickets(3, tag="rows")
    now = timezone.now()
    runs = []
    for i, ticket in enumerate(tickets):
        message = ticket.messages.create(direction="inbound", body_text=f"m{i}", created_at=now)
        runs.append(PipelineRun.objects.create(ticket=ticket, message=message))
    records = [
        StageRecord.objects.create(run=run, stage="classify", started_at=now) for run in runs
    ]
    values = [({"a": [1, "é"]}, 1.5, now), ({}, None, None), ({"n": None}, 0.0, now)]
    for record, (outputs, duration, finished) in zip(records, values, strict=True):
        record.outputs, record.duration_ms, record.finished_at = outputs, duration, finished
        record.outcome, record.error = "ok", f"e{record.pk}"
    assert rows_update(records, ["outcome", "finished_at", "duration_ms", "error", "outputs"]) == 3
    for record, (outputs, duration, finished) in zip(records, values, strict=True):
        stored = StageRecord.objects.get(pk=record.pk)
        assert (stored.outputs, stored.duration_ms, stored.finished_at) == (
            outputs,
            duration,
            finished,
        )
        assert (stored.outcome, stored.error, stored.inputs) == ("ok", f"e{record.pk}", {})


def test_rows_insert_stores_what_bulk_create_stores_with_ids_in_order():
    ticket = _tickets(1, tag="ins")[0]
    now = timezone.now()
    message = ticket.messages.create(direction="inbound", body_text="m", created_at=now)
    run = PipelineRun.objects.create(ticket=ticket, message=message)
    outputs = [{"q": 'say "hi" \\ {x}', "n": [1, None, 2.5]}, {}, {"é": "\u2028"}]
    records = rows_insert(
        [StageRecord(run=run, stage="route", started_at=now, outputs=o) for o in outputs]
    )
    assert [r.pk for r in records] == sorted(r.pk for r in records)
    stored = list(StageRecord.objects.filter(run=run).order_by("pk"))
    assert [r.pk for r in stored] == [r.pk for r in records]
    assert [r.outputs for r in stored] == outputs
    assert all(r.inputs == {} and r.outcome == "started" and r.attempt == 1 for r in stored)
