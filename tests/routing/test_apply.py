"""ticket_route_apply sets team, person, priority and needs-human from a decision and moves the
ticket to Escalated or Awaiting review, once."""

import pytest

from audit.models import Event
from routing.models import Rule
from routing.services import route_decide, ruleset_version_create, ticket_route_apply
from tickets.models import Priority, TicketStatus

pytestmark = pytest.mark.django_db


def test_escalation_applied_once(benign, ticket):
    decision = route_decide(ticket_id=ticket.pk, facts={**benign, "security_issue": True})
    assert ticket.status == TicketStatus.NEW  # route_decide leaves the ticket alone
    ticket = ticket_route_apply(ticket=ticket, decision=decision)
    ticket.refresh_from_db()
    assert ticket.status == TicketStatus.ESCALATED
    assert ticket.team.slug == "trust-safety" and ticket.priority == Priority.URGENT
    assert ticket.needs_human and "security issue" in ticket.flag_reason.lower()
    ticket_route_apply(ticket=ticket, decision=decision)
    assert Event.objects.filter(name="routing.applied", ticket_id=ticket.pk).count() == 1
    assert Event.objects.filter(name="tickets.status_changed", ticket_id=ticket.pk).count() == 1


def test_no_rule_goes_to_review(benign, ticket):
    decision = route_decide(ticket_id=ticket.pk, facts=benign)
    ticket_route_apply(ticket=ticket, decision=decision)
    ticket.refresh_from_db()
    assert ticket.status == TicketStatus.AWAITING_REVIEW and not ticket.needs_human


def test_route_to_a_person(benign, ticket, lead):
    Rule.objects.filter(name="Refund exception").update(assignee=lead)
    ruleset_version_create(actor=lead, summary="refunds to lead1")
    decision = route_decide(ticket_id=ticket.pk, facts={**benign, "refund_exception": True})
    assert decision.assignee == lead
    ticket_route_apply(ticket=ticket, decision=decision, actor=None)
    ticket.refresh_from_db()
    assert ticket.assignee == lead and ticket.team.slug == "billing"
    assert Event.objects.filter(name="tickets.assigned", ticket_id=ticket.pk).exists()
