"""The inbox's bulk resolve, escalate and change class through the test client: each ticket
through the decision an agent takes on one (its Review and events, per ticket), those that
cannot take it skipped with the reason in the message, input that concerns them all refused
(422) with nothing done; back to the same inbox page; roles and CSRF."""

import pytest
from django.test import Client

from audit.models import Event
from drafts import reviews
from drafts.models import OutboundReply, Review, ReviewAction, SendStatus
from tests.drafts.review_support import *  # noqa: F403 (the fixtures)
from tests.tickets.test_inbox import ticket_make
from tickets.models import RequestClass, Team, Ticket, TicketStatus

pytestmark = pytest.mark.django_db

INBOX = "http://testserver/?status=new&q=ticket"


def post(client, name, tickets, **data):
    return client.post(
        f"/queue/bulk/{name}/",
        {"ticket": [t if isinstance(t, int | str) else t.pk for t in tickets], **data},
        HTTP_REFERER=INBOX,
    )


def flash(client) -> str:
    page = client.get("/").content.decode()
    start = page.index('<div class="flash">')
    return page[start : page.index("</div>", start)]


def events(ticket, name):
    return Event.objects.filter(ticket_id=ticket.pk, name=name).count()


def test_bulk_resolve_does_each_ticket_and_says_what_it_skipped(agent_client, agent):
    a, b, done = (ticket_make(n=i) for i in range(3))
    Ticket.objects.filter(pk=done.pk).update(status=TicketStatus.RESOLVED)

    response = post(agent_client, "resolve", [a, b, done])
    assert response.status_code == 302 and response["Location"] == "/?status=new&q=ticket"
    message = flash(agent_client)
    assert (
        f"Resolved 2 of 3 tickets. Skipped 1: SD-{done.pk} (This ticket is already resolved.)"
        in message
    )
    assert "alert--flag" in message  # something was skipped: not shown as plain success
    for ticket in (a, b):
        ticket.refresh_from_db()
        assert ticket.status == TicketStatus.RESOLVED and ticket.resolved_at is not None
        assert events(ticket, "reviews.resolved") == 1
        assert events(ticket, "tickets.status_changed") == 1
        review = Review.objects.get(ticket=ticket)
        assert review.action == ReviewAction.RESOLVE and review.agent == agent
    assert events(done, "reviews.resolved") == 0 and not Review.objects.filter(ticket=done)


def test_a_reply_still_on_its_way_keeps_its_ticket_open(
    undrafted, agent_client, agent, django_capture_on_commit_callbacks
):
    waiting = undrafted()
    # The reply is queued; its send task is not run (the broker has not delivered it yet).
    with django_capture_on_commit_callbacks(execute=False):
        reviews.reply_write(ticket_id=waiting.pk, agent=agent, text="On its way.")
    assert OutboundReply.objects.get(ticket=waiting).status == SendStatus.QUEUED
    other = ticket_make(n=5)

    post(agent_client, "resolve", [waiting, other])
    assert (
        f"Resolved 1 of 2 tickets. Skipped 1: SD-{waiting.pk} (A reply is still on its way"
        in flash(agent_client)
    )
    waiting.refresh_from_db()
    assert waiting.status == TicketStatus.ESCALATED


def test_bulk_escalate_sets_the_team_with_the_reason_per_ticket(agent_client, agent):
    billing = Team.objects.get(slug="billing")
    a, b, closed = (ticket_make(n=i) for i in range(3))
    Ticket.objects.filter(pk=closed.pk).update(status=TicketStatus.RESOLVED)

    post(agent_client, "escalate", [a, b, closed], team=billing.pk, reason="Refund over limit")
    assert (
        f"Escalated 2 of 3 tickets. Skipped 1: SD-{closed.pk} (A resolved ticket cannot be "
        "escalated.)" in flash(agent_client)
    )
    for ticket in (a, b):
        ticket.refresh_from_db()
        assert ticket.status == TicketStatus.ESCALATED and ticket.team == billing
        assert "Refund over limit" in ticket.flag_reason
        assert events(ticket, "reviews.escalated") == 1
        escalated = Event.objects.get(ticket_id=ticket.pk, name="reviews.escalated")
        assert escalated.payload["reason"] == "Refund over limit"
    closed.refresh_from_db()
    assert closed.team_id is None and closed.status == TicketStatus.RESOLVED


def test_bulk_change_class_labels_each_ticket(agent_client):
    pricing = RequestClass.objects.get(slug="pricing")
    a = ticket_make(n=0)
    same = ticket_make(n=1, request_class="pricing")

    post(agent_client, "reclassify", [a, same], request_class=pricing.pk)
    message = flash(agent_client)
    assert f"Changed the class of 1 of 2 tickets. Skipped 1: SD-{same.pk}" in message
    a.refresh_from_db()
    assert a.request_class == pricing and a.class_source == "agent" and a.risk == pricing.risk
    assert events(a, "tickets.class_corrected") == 1 and events(a, "reviews.reclassified") == 1
    assert events(same, "tickets.class_corrected") == 0


@pytest.mark.parametrize(
    "name, data, reason",
    [
        ("escalate", {"reason": "why"}, "Choose a team to escalate to."),
        ("escalate", {"team": "999999", "reason": "why"}, "Choose a team to escalate to."),
        ("escalate", {"team": "BILLING", "reason": ""}, "Say why (escalating needs a reason)."),
        ("reclassify", {}, "Choose one of the request classes."),
        ("reclassify", {"request_class": "abc"}, "Choose one of the request classes."),
    ],
)
def test_input_that_concerns_every_ticket_is_refused_and_nothing_is_done(
    agent_client, name, data, reason
):
    if data.get("team") == "BILLING":
        data["team"] = Team.objects.get(slug="billing").pk
    tickets = [ticket_make(n=i) for i in range(2)]
    response = post(agent_client, name, tickets, **data)
    assert response.status_code == 422
    page = response.content.decode()
    assert "Nothing was changed" in page and reason in page
    assert 'href="/?status=new&amp;q=ticket"' in page  # the way back
    assert not Review.objects.exists()
    assert not Event.objects.filter(name__startswith="reviews.").exists()


def test_selection_limits(agent_client):
    t = ticket_make(n=0)
    assert post(agent_client, "resolve", []).status_code == 422
    assert post(agent_client, "resolve", [t, "SD-1"]).status_code == 422
    too_many = post(agent_client, "resolve", list(range(1, 102)))
    assert too_many.status_code == 422 and "at most 100" in too_many.content.decode()
    assert post(agent_client, "archive", [t]).status_code == 404
    # An unknown ticket is skipped, the others are done.
    post(agent_client, "resolve", [t, 999999])
    assert "Resolved 1 of 2 tickets. Skipped 1: SD-999999 (No such ticket.)" in flash(agent_client)


def test_bulk_actions_need_a_role_and_csrf(client, make_user):
    t = ticket_make(n=0)
    assert post(client, "resolve", [t]).status_code == 302  # to the login page
    client.force_login(make_user("nobody", role=""))
    assert post(client, "resolve", [t]).status_code == 403
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(make_user("kay"))
    assert post(strict, "resolve", [t]).status_code == 403
    t.refresh_from_db()
    assert t.status == TicketStatus.NEW and not Review.objects.exists()


def test_the_inbox_offers_the_bulk_actions(agent_client):
    ticket_make(n=0)
    page = agent_client.get("/").content.decode()
    for button in ("bulk-resolve-button", "bulk-escalate-button", "bulk-class-button"):
        assert f'id="{button}"' in page
    assert 'formaction="/queue/bulk/resolve/"' in page
    assert "Billing" in page and "Pricing" in page  # the team and class choices
