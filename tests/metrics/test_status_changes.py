"""ticket_transition records each status change with its time (the re-open rate reads them),
in the same transaction as the change and its audit event; a refused transition records none."""

import pytest

from audit.models import Event
from tickets.inbound import InboundMessage
from tickets.models import TicketStatus, TicketStatusChange
from tickets.services import inbound_ingest, ticket_transition
from tickets.states import TransitionNotAllowed

pytestmark = pytest.mark.django_db


def test_resolve_and_customer_reopen_are_recorded(agent):
    first = inbound_ingest(
        inbound=InboundMessage(
            from_address="bo@example.com", subject="Q", body_text="a", message_id="<sc1@x>"
        ),
        channel="email",
    )
    ticket_transition(ticket=first.ticket, to=TicketStatus.RESOLVED, actor=agent)
    inbound_ingest(
        inbound=InboundMessage(
            from_address="bo@example.com", subject="Re: Q", body_text="b", in_reply_to="<sc1@x>"
        ),
        channel="email",
    )
    changes = list(
        TicketStatusChange.objects.filter(ticket=first.ticket)
        .order_by("id")
        .values_list("from_status", "to_status", "actor_id")
    )
    assert changes == [
        (TicketStatus.NEW, TicketStatus.RESOLVED, agent.pk),
        (TicketStatus.RESOLVED, TicketStatus.REOPENED, None),
    ]
    resolved = TicketStatusChange.objects.get(ticket=first.ticket, to_status=TicketStatus.RESOLVED)
    first.ticket.refresh_from_db()
    assert first.ticket.status == TicketStatus.REOPENED
    # The same moment as the ticket's own field and the event of the same transaction.
    events = Event.objects.filter(ticket_id=first.ticket.pk, name="tickets.status_changed")
    assert events.count() == 2
    assert abs((events.first().created_at - resolved.at).total_seconds()) < 1


def test_refused_or_idle_transition_records_nothing():
    result = inbound_ingest(
        inbound=InboundMessage(from_address="e@example.com", subject="x", body_text="y"),
        channel="api",
    )
    ticket_transition(ticket=result.ticket, to=TicketStatus.RESOLVED)
    ticket_transition(ticket=result.ticket, to=TicketStatus.RESOLVED)  # already there
    with pytest.raises(TransitionNotAllowed):
        ticket_transition(ticket=result.ticket, to=TicketStatus.AWAITING_REVIEW)
    assert TicketStatusChange.objects.filter(ticket=result.ticket).count() == 1
