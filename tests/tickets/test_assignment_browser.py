"""Assignment in a real Chromium under the strict CSP: an agent assigns a ticket to a colleague
from the ticket page (htmx: the owner line and the header follow in place), bulk-assigns two
more from the inbox (a plain form; "select all" ticks and clears the page), and the colleague
finds all three under Mine, then takes the fourth with m in the review pane."""

import pytest

from tests.drafts import test_queue_browser as qb
from tests.tickets.test_inbox import ticket_make
from tickets.models import Ticket


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_assign_from_the_ticket_page_bulk_assign_then_mine(live_server, make_user):
    make_user("kay", "Agent", first_name="Kay")
    dana = make_user("dana", "Agent", first_name="Dana", last_name="Reyes")
    tickets = [ticket_make(n=i, subject=f"Browser assignment {i}") for i in range(4)]
    first, second, third, untouched = (t.pk for t in tickets)

    from playwright.sync_api import sync_playwright

    errors: list[str] = []
    with sync_playwright() as p:
        browser = qb._browser(p)
        try:
            page = qb._page(browser, errors)
            qb._login(page, live_server, "kay")

            # The ticket page: choose Dana, Assign; the owner line and the header follow.
            page.goto(f"{live_server.url}/tickets/{first}/")
            page.select_option("#assign-select", label="Dana Reyes")
            page.click("#assign-button")
            page.wait_for_selector("#assignee-name:has-text('Dana Reyes')")
            page.wait_for_selector("#assignee-fact:has-text('Dana Reyes')")
            assert page.url == f"{live_server.url}/tickets/{first}/"  # swapped in place

            # The inbox: tick two rows, assign them to Dana in one POST.
            page.goto(f"{live_server.url}/")
            # "Select all" (shown by app.js) ticks the page's rows and clears them again.
            page.check("#pick-all")
            assert page.locator("input[name=ticket]:checked").count() == 4
            page.uncheck("#pick-all")
            assert page.locator("input[name=ticket]:checked").count() == 0
            page.check(f"input[name=ticket][value='{second}']")
            page.check(f"input[name=ticket][value='{third}']")
            page.select_option("#bulk-assignee", label="Dana Reyes")
            page.click("#bulk-assign-button")
            page.wait_for_selector(".flash:has-text('Assigned 2 of 2 tickets.')")

            # Dana, in a session of her own, finds the three under Mine.
            colleague = qb._page(browser, errors)
            qb._login(colleague, live_server, "dana")
            colleague.click("#tab-mine")
            colleague.wait_for_selector("#tab-mine[aria-current=page]")
            shown = colleague.eval_on_selector_all(
                "#ticket-rows input[name=ticket]", "boxes => boxes.map(b => Number(b.value))"
            )
            assert sorted(shown) == sorted([first, second, third])
            assert untouched not in shown

            # In the review pane, m assigns the ticket to her (the owner line follows in place).
            colleague.goto(f"{live_server.url}/queue/{untouched}/")
            colleague.wait_for_selector("#assign-me")
            colleague.keyboard.press("m")
            colleague.wait_for_selector("#assignee-name:has-text('Dana Reyes')")
        finally:
            browser.close()
    assert errors == []
    assert [Ticket.objects.get(pk=t.pk).assignee_id for t in tickets] == [dana.pk] * 4
