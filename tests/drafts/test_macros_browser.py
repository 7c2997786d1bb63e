"""Macros in a real Chromium under the strict CSP: in the review pane, i opens the edit with the
macro list focused, the arrows choose, Enter puts the macro (filled for the ticket on the server)
at the end of the draft and points out a placeholder left as written; Ctrl+Enter sends the
edit, and the customer's mail carries the filled text."""

import pytest

from drafts.models import Macro, Review, ReviewAction
from tests.drafts import test_queue_browser as qb
from tests.drafts.review_support import *  # noqa: F403 (the fixtures)


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_insert_a_macro_with_the_keyboard_in_the_review_pane(live_server, drafted, smtp, make_user):
    make_user("kay", "Agent", first_name="Kay")
    ticket, draft = drafted()
    Macro.objects.create(name="A greeting", text="Hello {customer_first_name}!")
    Macro.objects.create(
        name="B tracking", text="{customer_name}, about {ticket_number} on {plan}: {order_id}."
    )
    filled = f"Ada Lovelace, about SD-{ticket.pk} on Business: {{order_id}}."

    with qb.signed_in(live_server, "kay") as (page, errors):
        page.goto(f"{live_server.url}/queue/{ticket.pk}/")
        page.wait_for_selector("#review-pane")
        page.keyboard.press("i")
        page.wait_for_selector("#edit-text-macro:focus")
        page.keyboard.press("ArrowDown")
        assert page.eval_on_selector("#edit-text-macro", "s => s.selectedOptions[0].text") == (
            "B tracking · shared"
        )
        page.keyboard.press("Enter")
        page.wait_for_selector("#edit-text:focus")
        value = page.input_value("#edit-text")
        assert value.startswith(draft.text.strip()[:40]) and value.endswith(filled)
        note = page.inner_text("#edit-action .macro-note")
        assert "{order_id} is not a placeholder" in note
        page.keyboard.press("Control+Enter")
        page.wait_for_selector("#review-notice")
    assert errors == []
    review = Review.objects.get(ticket=ticket, action=ReviewAction.EDIT_SEND)
    assert review.final_text.endswith(filled) and review.edit_distance > 0
    assert len(smtp.messages) == 1 and filled in smtp.messages[0].get_content()
