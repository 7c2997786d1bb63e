"""The ticket lifecycle services in tickets.services: one service per change, each with its
event; and the pipeline hook drafts registers with tickets (switched by a setting)."""

import pytest
from django.utils import timezone

from audit.models import Event
from drafts.services import pipeline_dispatch_soon
from tickets.inbound import InboundMessage
from tickets.models import Customer, Team, Ticket, TicketStatus
from tickets.services import (
    inbound_ingest,
    pipeline_hook,
    ticket_escalate,
    ticket_flag,
    ticket_resolve,
)
from tickets.states import TransitionNotAllowed

pytestmark = pytest.mark.django_db


@pytest.fixture
def ticket():
    customer = Customer.objects.create(email="lifecycle@example.com", name="Life Cycle")
    return Ticket.objects.create(
        customer=customer,
        subject="Lifecycle",
        channel="email",
        status=TicketStatus.NEW,
        created_at=timezone.now(),
    )


def test_flag_sets_needs_human_with_the_reason_and_records_it(ticket):
    ticket_flag(ticket=ticket, reason="x" * 600)
    ticket.refresh_from_db()
    assert ticket.needs_human is True and ticket.flag_reason == "x" * 500
    assert ticket.status == TicketStatus.NEW  # flagging alone does not move the status
    event = Event.objects.get(ticket_id=ticket.pk, name="tickets.flagged")
    assert event.payload == {"reason": "x" * 500}


def test_flag_with_escalate_moves_an_open_ticket_to_escalated(ticket):
    ticket_flag(ticket=ticket, reason="Pipeline failed", escalate=True)
    ticket.refresh_from_db()
    assert ticket.status == TicketStatus.ESCALATED
    names = list(Event.objects.filter(ticket_id=ticket.pk).values_list("name", flat=True))
    assert names == ["tickets.flagged", "tickets.status_changed"]


def test_escalate_sets_team_flag_and_status_and_releases_the_claim(ticket, agent):
    team = Team.objects.create(slug="billing-x", name="Billing X")
    Ticket.objects.filter(pk=ticket.pk).update(claimed_by=agent)
    ticket.refresh_from_db()
    ticket_escalate(ticket=ticket, team=team, actor=agent, reason="refund over limit")
    ticket.refresh_from_db()
    assert ticket.team == team and ticket.status == TicketStatus.ESCALATED
    assert ticket.needs_human and ticket.flag_reason.startswith("Escalated to Billing X by")
    assert ticket.claimed_by_id is None


def test_resolve_refuses_a_transition_the_states_do_not_allow(ticket, agent):
    ticket_resolve(ticket=ticket, actor=agent)
    assert Ticket.objects.get(pk=ticket.pk).status == TicketStatus.RESOLVED
    with pytest.raises(TransitionNotAllowed):
        ticket_escalate(
            ticket=ticket, team=Team.objects.create(slug="t", name="T"), actor=agent, reason="late"
        )


def test_pipeline_hook_is_drafts_dispatcher_and_the_setting_switches_it(settings):
    settings.SUPPORTDESK_PIPELINE_ENABLED = True
    assert pipeline_hook() is pipeline_dispatch_soon  # registered by DraftsConfig.ready()
    settings.SUPPORTDESK_PIPELINE_ENABLED = False
    assert pipeline_hook() is None


def test_intake_with_the_pipeline_off_leaves_the_message_pending_without_a_run(
    settings, django_capture_on_commit_callbacks
):
    settings.SUPPORTDESK_PIPELINE_ENABLED = False
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        result = inbound_ingest(
            inbound=InboundMessage(from_address="off@example.com", subject="Hi", body_text="Hi"),
            channel="email",
        )
    assert result.ticket.runs.count() == 0
    assert pipeline_dispatch_soon not in callbacks


def test_intake_with_the_pipeline_on_hands_the_commit_to_drafts_hook(
    settings, django_capture_on_commit_callbacks
):
    settings.SUPPORTDESK_PIPELINE_ENABLED = True
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        inbound_ingest(
            inbound=InboundMessage(from_address="on@example.com", subject="Hi", body_text="Hi"),
            channel="email",
        )
    assert pipeline_dispatch_soon in callbacks
