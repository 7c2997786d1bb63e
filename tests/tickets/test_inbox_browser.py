"""The inbox's htmx behaviour in a real Chromium under the strict CSP: filters and pages swap
the rows in place, the address bar follows, and Back restores the previous list."""

import datetime as dt
import re
from pathlib import Path

import pytest
from django.utils import timezone

from tickets.models import Customer, Ticket, TicketStatus

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_filters_and_pages_swap_rows_in_place(live_server, make_user):
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (never a downloaded one)")
    from playwright.sync_api import sync_playwright

    make_user("browser-agent", "Agent")
    customer = Customer.objects.create(email="c@example.com", name="Casey")
    start = timezone.now() - dt.timedelta(days=2)
    for i in range(30):
        Ticket.objects.create(
            customer=customer,
            subject=f"Question {i}",
            channel="email",
            status=TicketStatus.ESCALATED if i % 10 == 0 else TicketStatus.NEW,
            created_at=start + dt.timedelta(minutes=i),
        )
    # Playwright's sync API runs an event loop in this thread: no ORM calls from here on.
    errors: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page()
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.goto(f"{live_server.url}/login/")
            page.fill("input[name=username]", "browser-agent")
            page.fill("input[name=password]", "pw-for-tests-only")
            page.click("button[type=submit]")
            page.wait_for_url(f"{live_server.url}/")
            rows = page.locator("#ticket-rows tbody tr")
            assert rows.count() == 25
            assert "Question 29" in rows.first.inner_text()

            # Next page through htmx: same document, rows replaced, URL pushed.
            page.evaluate("window.__sameDocument = true")
            page.click("a[rel=next]")
            page.wait_for_url(re.compile(r".*\?after=\d+-\d+$"))
            page.wait_for_load_state("networkidle")
            assert rows.count() == 5
            assert page.evaluate("window.__sameDocument === true")

            # Back: the first page again (htmx keeps no copy of customer data in
            # localStorage, so it reloads it).
            page.go_back()
            page.wait_for_url(f"{live_server.url}/")
            page.wait_for_function(
                "document.querySelectorAll('#ticket-rows tbody tr').length === 25"
            )
            assert "Question 29" in rows.first.inner_text()

            # A filter change swaps the rows and writes a clean URL.
            page.select_option("select[name=status]", "escalated")
            page.wait_for_url(re.compile(r".*/\?status=escalated$"))
            page.wait_for_load_state("networkidle")
            assert rows.count() == 3
            assert page.locator("select[name=status]").input_value() == "escalated"
        finally:
            browser.close()
    assert errors == []
