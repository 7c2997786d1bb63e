"""The ticket page's composer in a real Chromium under the strict CSP: on a ticket with no
draft, i focuses the macro list, Enter inserts the macro filled for the ticket, the agent
writes on, Ctrl+Enter sends; the local SMTP server receives exactly that reply, once."""

import pytest

from drafts.models import Macro, Review, ReviewAction
from tests.drafts import test_queue_browser as qb
from tests.drafts.review_support import *  # noqa: F403 (the fixtures)


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_reply_with_a_macro_on_a_ticket_without_a_draft(live_server, undrafted, smtp, make_user):
    make_user("kay", "Agent", first_name="Kay")
    ticket = undrafted(text="My invoice shows the wrong plan.")
    Macro.objects.create(name="Invoice fixed", text="Hi {customer_first_name}, {ticket_number}:")
    filled = f"Hi Grace, SD-{ticket.pk}:"

    with qb.signed_in(live_server, "kay") as (page, errors):
        page.goto(f"{live_server.url}/tickets/{ticket.pk}/")
        page.wait_for_selector("#reply-form")
        page.keyboard.press("i")
        page.wait_for_selector("#reply-text-macro:focus")
        page.keyboard.press("Enter")
        page.wait_for_selector("#reply-text:focus")
        assert page.input_value("#reply-text") == filled
        assert page.is_hidden("#reply-composer .macro-note")  # everything was filled
        page.keyboard.type(" your invoice now shows the Starter plan.")
        page.keyboard.press("Control+Enter")
        page.wait_for_selector("#reply-notice")
        assert "on its way" in page.inner_text("#reply-notice")
        page.wait_for_selector("#reply-answered")
        assert page.url == f"{live_server.url}/tickets/{ticket.pk}/"  # swapped in place
    assert errors == []
    sent = f"{filled} your invoice now shows the Starter plan."
    review = Review.objects.get(ticket=ticket)
    assert review.action == ReviewAction.WRITE and review.final_text == sent
    assert len(smtp.messages) == 1 and sent in smtp.messages[0].get_content()
