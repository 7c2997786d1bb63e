"""The ticket page's reply composer through the real stack: a ticket with no draft (the
pipeline failed it to a human) is answered from the ticket page, through
drafts.reviews.reply_write, the review records, the event trail and the real send task to a
local SMTP server: one mail, however many times it is sent; a ticket with a draft is answered
as an edit of it (the edit distance counts); a draft that arrives meanwhile, a resolved ticket,
empty text are refused with the reason and the text kept."""

import pytest

from audit.models import Event
from drafts.models import Macro, OutboundReply, Review, ReviewAction, SendStatus
from tests.drafts.review_support import *  # noqa: F403 (the fixtures)
from tickets.models import Ticket, TicketStatus

pytestmark = pytest.mark.django_db

HTMX = {"HTTP_HX_REQUEST": "true"}


def _opened(page: str) -> str:
    marker = 'name="opened" value="'
    start = page.index(marker, page.index('id="reply-form"')) + len(marker)
    return page[start : page.index('"', start)]


def test_reply_to_a_ticket_without_a_draft_from_the_ticket_page(
    undrafted, smtp, agent_client, agent, django_capture_on_commit_callbacks
):
    ticket = undrafted()
    Macro.objects.create(name="Invoice", text="Hi {customer_first_name}, about {ticket_number}:")
    page = agent_client.get(f"/tickets/{ticket.pk}/").content.decode()
    assert 'id="reply-form"' in page and 'name="draft"' not in page
    assert 'id="reply-text-macro"' in page  # the macro picker
    assert f"Hi Grace, about SD-{ticket.pk}:" in page

    text = f"Hi Grace, about SD-{ticket.pk}: the corrected invoice is attached to your account."
    with django_capture_on_commit_callbacks(execute=True):
        response = agent_client.post(
            f"/queue/{ticket.pk}/reply/", {"text": text, "opened": _opened(page)}, **HTMX
        )
    assert response.status_code == 200
    assert "Your reply is on its way" in response.content.decode()

    review = Review.objects.get(ticket=ticket)
    assert review.action == ReviewAction.WRITE and review.draft is None
    assert review.agent == agent and review.final_text == text
    assert review.edit_distance is None and review.review_seconds is not None
    reply = review.outbound
    assert reply.status == SendStatus.SENT and reply.draft is None and not reply.is_correction
    assert len(smtp.messages) == 1 and text in smtp.messages[0].get_content()
    assert smtp.messages[0]["To"] == "grace@example.com"
    assert f"[SD-{ticket.pk}]" in smtp.messages[0]["Subject"]
    ticket.refresh_from_db()
    assert ticket.status == TicketStatus.WAITING_ON_CUSTOMER
    assert ticket.first_response_at is not None
    event = Event.objects.get(ticket_id=ticket.pk, name="reviews.written_sent")
    assert event.payload["final_text"] == text and event.payload["reply_id"] == reply.pk
    assert Event.objects.filter(ticket_id=ticket.pk, name="reviews.reply_sent").count() == 1

    # Sent twice (a double click, a second tab): refused, one mail.
    with django_capture_on_commit_callbacks(execute=True):
        again = agent_client.post(f"/queue/{ticket.pk}/reply/", {"text": text}, **HTMX)
    assert again.status_code == 409
    assert "Already answered" in again.content.decode()
    assert text in again.content.decode()  # the text is kept in the box
    assert OutboundReply.objects.filter(ticket=ticket).count() == 1
    assert len(smtp.messages) == 1
    # The page now says the message has its reply.
    assert 'id="reply-answered"' in agent_client.get(f"/tickets/{ticket.pk}/").content.decode()


def test_without_javascript_the_composer_posts_and_redirects(
    undrafted, smtp, agent_client, django_capture_on_commit_callbacks
):
    ticket = undrafted()
    with django_capture_on_commit_callbacks(execute=True):
        response = agent_client.post(f"/queue/{ticket.pk}/reply/", {"text": "Fixed, sorry."})
    assert response.status_code == 302 and response["Location"] == f"/tickets/{ticket.pk}/"
    assert "Your reply is on its way" in agent_client.get(response["Location"]).content.decode()
    assert len(smtp.messages) == 1


def test_a_macro_chosen_without_javascript_opens_in_the_composer_filled_and_escaped(
    undrafted, agent_client
):
    ticket = undrafted(name="<img src=x onerror=alert(1)> Eve")
    macro = Macro.objects.create(name="Hello", text="Hello {customer_name} on {plan}: {order}")
    page = agent_client.get(f"/tickets/{ticket.pk}/?macro={macro.pk}").content.decode()
    box = page[
        page.index('id="reply-text"') : page.index("</textarea>", page.index('id="reply-text"'))
    ]
    assert "Hello &lt;img src=x onerror=alert(1)&gt; Eve on Starter: {order}" in box
    assert "<img src=x" not in page
    assert "{order} is not a placeholder" in page


def test_a_ticket_with_a_draft_is_answered_as_an_edit_of_it(
    drafted, smtp, agent_client, django_capture_on_commit_callbacks
):
    ticket, draft = drafted()
    page = agent_client.get(f"/tickets/{ticket.pk}/").content.decode()
    assert f'name="draft" value="{draft.pk}"' in page and 'id="reply-draft-note"' in page
    with django_capture_on_commit_callbacks(execute=True):
        response = agent_client.post(
            f"/queue/{ticket.pk}/reply/",
            {"text": "Your parcel left the depot today.", "draft": draft.pk},
            **HTMX,
        )
    assert response.status_code == 200
    review = Review.objects.get(ticket=ticket, action=ReviewAction.EDIT_SEND)
    assert review.draft == draft and review.edit_distance > 0.5
    assert review.accepted_unchanged is False
    assert len(smtp.messages) == 1


def test_a_draft_that_arrived_after_the_page_loaded_is_not_sent_over(drafted, agent_client):
    ticket, draft = drafted()
    response = agent_client.post(f"/queue/{ticket.pk}/reply/", {"text": "My own words."}, **HTMX)
    assert response.status_code == 409
    assert "A draft for the customer&#x27;s latest message arrived" in response.content.decode()
    assert "My own words." in response.content.decode()
    assert not OutboundReply.objects.filter(ticket=ticket).exists()


def test_refusals_keep_the_text_and_say_why(undrafted, agent_client, agent):
    ticket = undrafted()
    empty = agent_client.post(f"/queue/{ticket.pk}/reply/", {"text": "  "}, **HTMX)
    assert empty.status_code == 422 and "The reply is empty." in empty.content.decode()

    Ticket.objects.filter(pk=ticket.pk).update(status=TicketStatus.RESOLVED)
    page = agent_client.get(f"/tickets/{ticket.pk}/").content.decode()
    assert 'id="reply-closed"' in page and 'id="reply-form"' not in page
    resolved = agent_client.post(f"/queue/{ticket.pk}/reply/", {"text": "Late words"}, **HTMX)
    assert resolved.status_code == 409 and "Reopen it to reply" in resolved.content.decode()
    assert not OutboundReply.objects.filter(ticket=ticket).exists()

    assert agent_client.post("/queue/999999/reply/", {"text": "x"}).status_code == 404


def test_the_composer_needs_a_role_and_csrf(undrafted, client, make_user):
    ticket = undrafted()
    assert client.post(f"/queue/{ticket.pk}/reply/", {"text": "x"}).status_code == 302  # login
    nobody = make_user("nobody", role="")
    client.force_login(nobody)
    assert client.post(f"/queue/{ticket.pk}/reply/", {"text": "x"}).status_code == 403
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    strict.force_login(make_user("kay"))
    assert strict.post(f"/queue/{ticket.pk}/reply/", {"text": "x"}).status_code == 403
    assert not OutboundReply.objects.filter(ticket=ticket).exists()
