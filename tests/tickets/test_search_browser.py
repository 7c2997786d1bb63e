"""Searching the inbox as an agent does, in a real Chromium under the strict CSP: "/" focuses the
search box, typing swaps the rows in place (htmx), a word from a reply's body and a ticket
number find their tickets, and text full of query syntax shows an empty list, not an error."""

import datetime as dt
import re
from pathlib import Path

import pytest
from django.utils import timezone

from tickets.inbound import InboundMessage
from tickets.models import Message, MessageDirection
from tickets.services import inbound_ingest

from .test_inbox_browser import CHROMIUM, CHROMIUM_ARGS


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_agent_finds_a_ticket_by_a_body_word_and_by_its_number(live_server, make_user):
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (never a downloaded one)")
    from playwright.sync_api import sync_playwright

    make_user("browser-agent", "Agent")
    tickets = []
    for i in range(30):
        inbound = InboundMessage(
            from_address=f"c{i}@example.com",
            subject=f"Question {i}",
            body_text=f"Routine message number {i}.",
            sent_at=timezone.now() - dt.timedelta(hours=30 - i),
        )
        tickets.append(inbound_ingest(inbound=inbound, channel="api", pipeline=False).ticket)
    target = tickets[7]
    Message.objects.create(
        ticket=target,
        direction=MessageDirection.OUTBOUND,
        body_text="The replacement anemometer left our warehouse this morning.",
        created_at=timezone.now(),
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
            page.evaluate("window.__sameDocument = true")

            page.keyboard.press("/")
            page.keyboard.type("warehouse")
            page.wait_for_url(re.compile(r".*/\?q=warehouse$"))
            page.wait_for_function(
                "document.querySelectorAll('#ticket-rows tbody tr').length === 1"
            )
            assert f"SD-{target.pk}" in rows.first.inner_text()

            search = page.locator("input[name=q]")
            search.fill(f"SD-{target.pk}")
            page.wait_for_url(re.compile(rf".*/\?q=SD-{target.pk}$"))
            page.wait_for_load_state("networkidle")
            assert f"SD-{target.pk}" in rows.first.inner_text()

            search.fill("\"'(& | !:* <-> NEAR")
            page.wait_for_url(re.compile(r".*/\?q=.*NEAR$"))
            page.wait_for_load_state("networkidle")
            assert "Question" not in page.locator("#ticket-rows").inner_text()
            assert page.evaluate("window.__sameDocument === true")  # swapped, never reloaded
        finally:
            browser.close()
    assert errors == []
