"""Claims only on an explicit action (issue 19): opening a ticket, or moving through the queue
with j/k, used to claim it for 30 minutes, so browsing marked every ticket as taken for the
other agents. Now only Take, or starting to edit the draft, claims; review time still runs
from when the agent started looking (their pane's signed render time, or their claim)."""

import datetime as dt
import re

import pytest
from django.test import Client
from django.utils import timezone

from audit.models import Event
from drafts import reviews
from drafts.models import Review, ReviewAction
from tests.drafts.review_support import *  # noqa: F403 (the fixtures)
from tickets.models import Ticket, TicketStatus

pytestmark = pytest.mark.django_db
HX = {"HTTP_HX_REQUEST": "true"}


def claims(ticket):
    return Event.objects.filter(ticket_id=ticket.pk, name="reviews.claimed").count()


@pytest.fixture
def dana(make_user):
    client = Client()
    client.force_login(make_user("dana", "Agent", first_name="Dana"))
    return client


def test_opening_and_browsing_the_queue_claims_nothing(agent_client, drafted, dana):
    tickets = [drafted(sender=f"c{i}@example.com")[0] for i in range(3)]
    Ticket.objects.filter(pk__in=[t.pk for t in tickets]).update(
        status=TicketStatus.AWAITING_REVIEW
    )
    # What j/k does (the pane by htmx), a full-page open, and a reload: nothing is taken.
    for ticket in tickets:
        assert agent_client.get(f"/queue/{ticket.pk}/", **HX).status_code == 200
        agent_client.get(f"/queue/{ticket.pk}/")
    assert Ticket.objects.filter(claimed_by__isnull=False).count() == 0
    assert Event.objects.filter(name="reviews.claimed").count() == 0
    queue = dana.get("/queue/").text
    assert "is reviewing this" not in queue and "You took this" not in queue
    pane = dana.get(f"/queue/{tickets[0].pk}/", **HX).text
    assert "is reviewing this" not in pane and 'id="take-button"' in pane


def test_take_claims_and_other_agents_see_it(agent_client, agent, drafted, dana):
    ticket, _ = drafted()
    Ticket.objects.filter(pk=ticket.pk).update(status=TicketStatus.AWAITING_REVIEW)

    response = agent_client.post(f"/queue/{ticket.pk}/take/", **HX)
    assert response.status_code == 200
    # Only the claim line comes back (an edit in progress stays put), with no Take button left.
    assert response.text.lstrip().startswith('<div id="claim-status"')
    assert 'id="review-pane"' not in response.text and "You took this" in response.text
    assert 'id="take-button"' not in response.text
    ticket.refresh_from_db()
    assert ticket.claimed_by == agent and claims(ticket) == 1

    # Taking again changes nothing; another agent's take does not steal a fresh claim.
    agent_client.post(f"/queue/{ticket.pk}/take/", **HX)
    assert dana.post(f"/queue/{ticket.pk}/take/", **HX).status_code == 200
    ticket.refresh_from_db()
    assert ticket.claimed_by == agent and claims(ticket) == 1
    assert "agent1 is reviewing this" in dana.get(f"/queue/{ticket.pk}/", **HX).text
    assert "agent1 is reviewing this" in dana.get("/queue/").text
    mine = agent_client.get(f"/queue/{ticket.pk}/", **HX).text
    assert "You took this" in mine and 'id="take-button"' not in mine
    # The edit box claims on focus only while nobody holds the ticket.
    assert "focus once" not in mine

    # A lapsed claim is nobody's: Dana can take it.
    Ticket.objects.filter(pk=ticket.pk).update(
        claimed_at=timezone.now() - reviews.CLAIM_TTL - dt.timedelta(minutes=1)
    )
    assert 'id="take-button"' in dana.get(f"/queue/{ticket.pk}/", **HX).text
    dana.post(f"/queue/{ticket.pk}/take/", **HX)
    assert Ticket.objects.get(pk=ticket.pk).claimed_by.username == "dana"


def test_starting_an_edit_is_what_claims_from_the_pane(agent_client, drafted):
    ticket, _ = drafted()
    Ticket.objects.filter(pk=ticket.pk).update(status=TicketStatus.AWAITING_REVIEW)
    pane = agent_client.get(f"/queue/{ticket.pk}/", **HX).text
    edit_box = re.search(r"<textarea id=\"edit-text\"[^>]*>", pane).group(0)
    # The first focus in the edit box posts to take, answered into the claim line only; the
    # send waits for it (or it is dropped when the form is already sending).
    assert f'hx-post="/queue/{ticket.pk}/take/"' in edit_box
    assert 'hx-trigger="focus once"' in edit_box and 'hx-target="#claim-status"' in edit_box
    assert 'hx-params="none"' in edit_box and 'hx-sync="closest form:drop"' in edit_box


def test_a_resolved_ticket_offers_nothing_to_take(agent_client, drafted):
    ticket, _ = drafted()
    Ticket.objects.filter(pk=ticket.pk).update(status=TicketStatus.RESOLVED)
    pane = agent_client.get(f"/queue/{ticket.pk}/", **HX).text
    assert 'id="claim-status"' in pane and 'id="take-button"' not in pane
    assert "focus once" not in pane
    answer = agent_client.post(f"/queue/{ticket.pk}/take/", **HX)
    assert answer.status_code == 200 and 'id="take-button"' not in answer.text
    assert Ticket.objects.get(pk=ticket.pk).claimed_by is None


def test_take_without_javascript_csrf_and_roles(drafted, agent, make_user):
    ticket, _ = drafted()
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(agent)
    assert strict.post(f"/queue/{ticket.pk}/take/").status_code == 403  # no CSRF token
    token = re.search(r'"X-CSRFToken": "([^"]+)"', strict.get("/queue/").text).group(1)
    response = strict.post(f"/queue/{ticket.pk}/take/", {"csrfmiddlewaretoken": token})
    assert response.status_code == 302 and response["Location"] == f"/queue/{ticket.pk}/"
    assert Ticket.objects.get(pk=ticket.pk).claimed_by == agent
    assert strict.get(f"/queue/{ticket.pk}/take/").status_code == 405
    nobody = Client()
    nobody.force_login(make_user("norole", role=""))
    assert nobody.post(f"/queue/{ticket.pk}/take/").status_code == 403
    assert strict.post("/queue/999999/take/", {"csrfmiddlewaretoken": token}).status_code == 404


def test_review_time_runs_from_the_pane_without_a_claim(
    agent_client, agent, drafted, django_capture_on_commit_callbacks
):
    ticket, draft = drafted()
    Ticket.objects.filter(pk=ticket.pk).update(status=TicketStatus.AWAITING_REVIEW)
    pane = agent_client.get(f"/queue/{ticket.pk}/", **HX).text
    opened = re.search(r'name="opened" value="([^"]+)"', pane).group(1)
    with django_capture_on_commit_callbacks(execute=True):
        response = agent_client.post(
            f"/queue/{ticket.pk}/approve/", {"draft": draft.pk, "opened": opened}, **HX
        )
    assert response.status_code == 200, response.text
    review = Review.objects.get(ticket=ticket, action=ReviewAction.APPROVE)
    assert review.opened_at is not None and 0 <= review.review_seconds < 60


def test_review_time_refuses_a_forged_or_borrowed_opened_field(drafted, agent, make_user):
    ticket, _ = drafted()
    other, _ = drafted(sender="b@example.com")
    token = reviews.pane_opened_token(ticket_id=ticket.pk, agent=agent)
    assert reviews.pane_opened_at(token=token, ticket_id=ticket.pk, agent=agent) is not None
    assert reviews.pane_opened_at(token=token, ticket_id=other.pk, agent=agent) is None
    dana = make_user("dana")
    assert reviews.pane_opened_at(token=token, ticket_id=ticket.pk, agent=dana) is None
    assert reviews.pane_opened_at(token=token + "x", ticket_id=ticket.pk, agent=agent) is None
    assert reviews.pane_opened_at(token="", ticket_id=ticket.pk, agent=agent) is None
    stale = reviews.pane_opened_token(
        ticket_id=ticket.pk, agent=agent, at=timezone.now() - dt.timedelta(days=2)
    )
    # A pane left open overnight gives no review time.
    assert reviews.pane_opened_at(token=stale, ticket_id=ticket.pk, agent=agent) is None


def test_review_time_takes_the_earlier_of_claim_and_pane(drafted, agent):
    ticket, draft = drafted()
    Ticket.objects.filter(pk=ticket.pk).update(status=TicketStatus.AWAITING_REVIEW)
    assert reviews.ticket_claim(ticket=Ticket.objects.get(pk=ticket.pk), agent=agent)
    earlier = timezone.now() - dt.timedelta(minutes=5)
    review = reviews.draft_reject(
        ticket_id=ticket.pk, draft_id=draft.pk, agent=agent, reason="Wrong", pane_opened_at=earlier
    )
    assert review.opened_at == earlier and review.review_seconds >= 300
