"""Reply memory in a real Chromium: an agent edits a draft and sends it from the review queue;
the next customer who asks the same thing gets that reply as the draft, made theirs, and the
review pane says which ticket's reply it is based on."""

import pytest

from drafts.models import ReplyMemory
from tests.drafts.review_support import *  # noqa: F403 (the fixtures)
from tests.drafts.test_queue_browser import _browser, _login, _page
from tickets.models import Customer

SENT = (
    "Hi Ada,\n\nYour parcel for order 48213 left our warehouse yesterday with DHL; the tracking "
    "page updates within 24 hours of dispatch. If it still shows nothing tomorrow, reply here "
    "and we will open a trace with the carrier.\n\nBest regards,\nKay"
)


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_an_edited_and_sent_reply_shapes_the_next_similar_tickets_draft(
    live_server, drafted, smtp, make_user
):
    make_user("kay", "Agent", first_name="Kay")
    first, _ = drafted()
    from playwright.sync_api import sync_playwright

    errors: list[str] = []

    def session(work) -> None:
        # The ORM stays outside: Playwright's sync API runs an event loop in this thread.
        with sync_playwright() as p:
            browser = _browser(p)
            try:
                page = _page(browser, errors)
                _login(page, live_server, "kay")
                page.goto(f"{live_server.url}/queue/")
                page.keyboard.press("j")
                work(page)
            finally:
                browser.close()

    def edit_and_send(page) -> None:
        page.wait_for_selector(f"#review-pane[data-ticket='{first.pk}'] #approve-button")
        page.keyboard.press("e")
        page.wait_for_selector("#edit-text:focus")
        page.fill("#edit-text", SENT)
        page.focus("#edit-text")
        page.keyboard.press("Control+Enter")
        page.wait_for_selector(f".qrow[data-ticket='{first.pk}']", state="detached")

    session(edit_and_send)
    assert len(smtp.messages) == 1
    assert ReplyMemory.objects.filter(ticket=first).count() == 1

    # Another customer asks the same about another order.
    Customer.objects.create(email="bo@example.com", name="Bo Lindqvist", external_id="ACC-bo")
    second, _ = drafted(
        text="Where is my weather station parcel? Order 77120, tracking shows nothing.",
        sender="bo@example.com",
    )
    seen = {}

    def read_the_next_draft(page) -> None:
        page.wait_for_selector(f"#review-pane[data-ticket='{second.pk}'] #approve-button")
        seen["pane"] = page.inner_text("#review-pane")
        seen["draft"] = page.inner_text("#draft")

    session(read_the_next_draft)
    assert f"Based on {first.reference}'s reply" in seen["pane"]
    assert "Hi Bo," in seen["draft"] and "order 77120" in seen["draft"]
    assert "48213" not in seen["draft"] and "Ada" not in seen["draft"]
    assert errors == []
