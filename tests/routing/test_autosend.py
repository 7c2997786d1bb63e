"""Auto-send: off by default, only for low-risk classes, only when no rule fired, above the
confidence threshold and while the review evidence holds; it suspends itself when the evidence
slips, says so on the trail and in the admin, and a lead lifts the suspension."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from audit.models import Event
from routing.models import AutoSendPolicy
from routing.services import autosend_evidence_update, autosend_policy_resume, route_decide
from tickets.models import RequestClass

pytestmark = pytest.mark.django_db


@pytest.fixture
def policy():
    policy = AutoSendPolicy.objects.get(request_class__slug="shipping-status")
    policy.enabled = True
    policy.save()
    autosend_evidence_update(
        request_class_slug="shipping-status", reviewed=50, accepted=47, corrections=1
    )
    policy.refresh_from_db()
    return policy


def test_off_by_default(benign, ticket):
    assert not AutoSendPolicy.objects.filter(enabled=True).exists()
    assert not RequestClass.objects.filter(risk="high", autosend_policy__isnull=False).exists()
    decision = route_decide(ticket_id=ticket.pk, facts=benign)
    assert decision.auto_send_allowed is False
    assert decision.auto_send_reason == "Auto-send is off for 'shipping-status'."


def test_allowed_when_everything_holds(policy, benign, ticket):
    decision = route_decide(ticket_id=ticket.pk, facts=benign)
    assert decision.auto_send_allowed is True
    assert decision.auto_send_reason.startswith("Allowed: low-risk class 'shipping-status'")
    assert "acceptance 94% (47/50)" in decision.auto_send_reason
    assert decision.auto_send_hold_minutes == 10
    event = Event.objects.get(name="routing.decided", ticket_id=ticket.pk)
    assert event.payload["auto_send_allowed"] is True


@pytest.mark.parametrize(
    ("facts", "reason"),
    [
        ({"legal_request": True}, "Rule(s) fired: 'Legal request'."),
        ({"classifier_confidence": 0.85}, "Confidence 0.85 below 0.90."),
        ({"classifier_confidence": None}, "Classifier confidence missing."),
        ({"risk": "high"}, "'shipping-status' is not a low-risk class."),
        ({"request_class": "pricing"}, "Auto-send is off for 'pricing'."),
        (
            {"risk_watch": ["refund_exception"]},
            "Risk layer: refund_exception scored over the auto-send bar (under its escalation "
            "bar).",
        ),
        (
            {"delivery_change_request": True},
            "The message asks to send an order to another address: an agent confirms it.",
        ),
    ],
)
def test_refused_with_the_reason(policy, benign, ticket, facts, reason):
    decision = route_decide(ticket_id=ticket.pk, facts={**benign, **facts})
    assert decision.auto_send_allowed is False
    assert decision.auto_send_reason == reason


def test_not_enough_evidence(policy, benign, ticket):
    autosend_evidence_update(
        request_class_slug="shipping-status", reviewed=30, accepted=30, corrections=0
    )
    decision = route_decide(ticket_id=ticket.pk, facts=benign)
    assert decision.auto_send_reason == "Not enough evidence: 30 of 50 reviewed drafts."
    assert not AutoSendPolicy.objects.get(pk=policy.pk).suspended


def test_slipping_evidence_suspends_and_shows_in_admin(policy, benign, ticket, lead_client, lead):
    autosend_evidence_update(
        request_class_slug="shipping-status", reviewed=50, accepted=43, corrections=1
    )
    policy.refresh_from_db()
    assert policy.suspended is True
    assert policy.suspended_reason == "Draft acceptance 86% (43/50) below 90%."
    event = Event.objects.get(name="routing.autosend_suspended")
    assert event.payload["request_class"] == "shipping-status"
    assert event.payload["reason"] == policy.suspended_reason

    decision = route_decide(ticket_id=ticket.pk, facts=benign)
    assert decision.auto_send_allowed is False
    assert decision.auto_send_reason.startswith("Auto-send for 'shipping-status' is suspended")

    page = lead_client.get(reverse("admin:routing_autosendpolicy_changelist")).content.decode()
    assert "Suspended" in page and "Draft acceptance 86% (43/50) below 90%." in page
    change = lead_client.get(reverse("admin:routing_autosendpolicy_change", args=[policy.pk]))
    assert "is suspended" in change.content.decode()

    # Resuming is refused while the evidence fails, and a second slip records nothing new.
    with pytest.raises(ValidationError, match="Still suspended"):
        autosend_policy_resume(policy=policy, actor=lead)
    autosend_evidence_update(
        request_class_slug="shipping-status", reviewed=50, accepted=40, corrections=1
    )
    assert Event.objects.filter(name="routing.autosend_suspended").count() == 1

    autosend_evidence_update(
        request_class_slug="shipping-status", reviewed=50, accepted=48, corrections=0
    )
    response = lead_client.post(
        reverse("admin:routing_autosendpolicy_changelist"),
        {"action": "resume_selected", "_selected_action": [policy.pk]},
    )
    assert response.status_code == 302
    policy.refresh_from_db()
    assert not policy.suspended
    assert Event.objects.filter(name="routing.autosend_resumed", actor=lead).exists()
    assert route_decide(ticket_id=ticket.pk, facts=benign).auto_send_allowed is True


def test_corrections_above_the_threshold_suspend(policy):
    autosend_evidence_update(
        request_class_slug="shipping-status", reviewed=50, accepted=49, corrections=3
    )
    policy.refresh_from_db()
    assert policy.suspended
    assert policy.suspended_reason == "Customer-visible corrections 6% (3/50) above 2%."


def test_high_risk_class_cannot_be_enabled_in_the_admin(lead_client):
    high = RequestClass.objects.get(slug="billing-dispute")
    data = {
        "request_class": high.pk,
        "enabled": "on",
        "min_confidence": "0.9",
        "evidence_window": "50",
        "min_acceptance": "0.9",
        "max_correction_rate": "0.02",
        "hold_minutes": "10",
    }
    response = lead_client.post(reverse("admin:routing_autosendpolicy_add"), data)
    assert response.status_code == 200
    assert "is a high-risk class" in response.content.decode()
    assert not AutoSendPolicy.objects.filter(request_class=high).exists()


def test_lead_turns_auto_send_on_and_it_is_on_the_trail(lead_client, lead):
    policy = AutoSendPolicy.objects.get(request_class__slug="setup-help")
    data = {
        "request_class": policy.request_class_id,
        "enabled": "on",
        "min_confidence": "0.92",
        "evidence_window": "50",
        "min_acceptance": "0.9",
        "max_correction_rate": "0.02",
        "hold_minutes": "15",
    }
    response = lead_client.post(
        reverse("admin:routing_autosendpolicy_change", args=[policy.pk]), data
    )
    assert response.status_code == 302
    policy.refresh_from_db()
    assert policy.enabled and policy.hold_minutes == 15
    event = Event.objects.get(name="routing.autosend_policy_changed")
    assert event.actor == lead and "enabled" in event.payload["changed"]


def test_bad_evidence_counts_are_refused():
    with pytest.raises(ValueError):
        autosend_evidence_update(
            request_class_slug="shipping-status", reviewed=5, accepted=6, corrections=0
        )
