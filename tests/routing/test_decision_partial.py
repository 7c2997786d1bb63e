"""What agents see: the reasons of the latest decision, escaped (rule names and reasons are
lead-written, facts come from customer text)."""

import pytest
from django.template.loader import render_to_string

from routing.models import Rule
from routing.selectors import routing_decision_latest
from routing.services import route_decide, ruleset_version_create

pytestmark = pytest.mark.django_db


def test_latest_decision_partial_shows_reasons_escaped(benign, ticket, lead):
    Rule.objects.filter(name="Legal request").update(reason="Legal <script>alert(1)</script>")
    ruleset_version_create(actor=lead, summary="hostile reason")
    route_decide(ticket_id=ticket.pk, facts=benign)
    route_decide(
        ticket_id=ticket.pk,
        facts={**benign, "legal_request": True, "message_text": "<img src=x onerror=alert(2)>"},
    )
    decision = routing_decision_latest(ticket_id=ticket.pk)
    assert decision.fired_rules == ["Legal request"]
    html = render_to_string("routing/_decision.html", {"decision": decision})
    assert "Legal &lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script>" not in html and "<img" not in html
    assert "Routing (rules v2)" in html and "Auto-send: not allowed" in html
