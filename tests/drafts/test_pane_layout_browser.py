"""The review pane at 1280x800: the customer's latest message is on screen above the draft
(it sat below the draft and the actions, off-screen)."""

import pytest

from tests.drafts.review_support import *  # noqa: F403 (the fixtures)
from tests.drafts.test_queue_browser import _browser, _login, _page


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_the_customers_message_is_read_before_the_draft_at_1280x800(
    live_server, drafted, make_user
):
    make_user("kay", "Agent", first_name="Kay")
    ticket, _ = drafted(
        text="Where is my weather station parcel? Order 48213, nothing since Monday."
    )
    from playwright.sync_api import sync_playwright

    errors: list[str] = []
    with sync_playwright() as p:
        browser = _browser(p)
        try:
            page = _page(browser, errors)
            page.set_viewport_size({"width": 1280, "height": 800})
            _login(page, live_server, "kay")
            page.goto(f"{live_server.url}/queue/{ticket.pk}/")
            page.wait_for_selector("#asked")
            asked = page.locator("#asked").bounding_box()
            draft = page.locator("#draft").bounding_box()
            text = page.inner_text("#asked")
        finally:
            browser.close()
    assert "Order 48213, nothing since Monday." in text
    assert asked["y"] < draft["y"]
    assert asked["y"] + 40 < 800  # its first lines are on screen without scrolling
    assert errors == []
