"""The configuration trail page: events that belong to no ticket, for leads, newest first, a
page at a time, escaped, with a constant number of queries."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from audit.selectors import TRAIL_PAGE
from audit.services import event_record
from tickets.models import Ticket

pytestmark = pytest.mark.django_db


def _replay_promoted(lead, experiment_id: int, reason: str = ""):
    return event_record(
        name="drafts.replay_promoted",
        actor=lead,
        actor_label=lead.username,
        payload={"experiment_id": experiment_id, "override_reason": reason},
    )


def test_lead_finds_a_promoted_replay_on_the_trail_and_not_ticket_events(lead_client, lead):
    ticket = Ticket.objects.create(subject="Parcel", created_at=timezone.now())
    event_record(name="tickets.note_added", ticket_id=ticket.pk, payload={"note": "ticket-only"})
    _replay_promoted(lead, 7, reason="<script>alert(1)</script> approved by Ana")

    response = lead_client.get(reverse("audit:trail"))
    body = response.content.decode()
    assert response.status_code == 200
    assert "drafts.replay_promoted" in body
    assert "A replayed candidate was published" in body
    assert reverse("replay:detail", args=[7]) in body
    assert lead.username in body
    assert "ticket-only" not in body
    assert "<script>alert(1)</script>" not in body
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body
    # The navigation links it for leads.
    assert 'href="/audit/trail/"' in lead_client.get(reverse("audit:snapshots")).content.decode()


def test_agents_get_the_console_403(agent_client):
    response = agent_client.get(reverse("audit:trail"))
    assert response.status_code == 403
    assert "Inbox" in response.content.decode()  # the console's layout, with a way back


def test_pages_by_id_with_constant_queries_and_an_area_filter(lead_client, lead):
    for number in range(TRAIL_PAGE + 5):
        _replay_promoted(lead, number + 1)
    event_record(name="tickets.api_token_created", actor_label="system", payload={"name": "ci"})

    url = reverse("audit:trail")
    lead_client.get(url)  # session, user and the like cached where they are
    with CaptureQueriesContext(connection) as first:
        page = lead_client.get(url)
    body = page.content.decode()
    assert body.count('<tr id="e') == TRAIL_PAGE
    assert "tickets.api_token_created" in body  # newest first
    assert "Older" in body
    older = body.split("before=")[1].split('"')[0]
    with CaptureQueriesContext(connection) as second:
        rest = lead_client.get(url, {"before": older})
    assert rest.content.decode().count('<tr id="e') == 6
    assert "Older</a>" not in rest.content.decode()
    assert len(first.captured_queries) == len(second.captured_queries)

    tokens = lead_client.get(url, {"area": "tickets"}).content.decode()
    assert tokens.count('<tr id="e') == 1 and "tickets.api_token_created" in tokens
    # An unknown area shows everything rather than nothing; a bad page id is a 404.
    assert lead_client.get(url, {"area": "nope"}).status_code == 200
    assert lead_client.get(url, {"before": "abc"}).status_code == 404
