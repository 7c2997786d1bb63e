"""A new agent follows one ticket from the raw email to the sent reply in a real Chromium: the
email comes in through intake, the pipeline runs (offline provider, trained classifier), the
agent approves the draft in the review pane, the reply is sent (Django's locmem mail backend,
the real send task), and the timeline shows the raw source, the normalized attributes, the
retrieval, the draft, the rules, the approval and the sent reply, filters by stage without a
reload, and runs no inline script (strict CSP)."""

from pathlib import Path

import pytest
from django.core import mail

from drafts.models import PipelineRun
from tickets.email.services import email_receive

from .conftest import CHROMIUM, CHROMIUM_ARGS

MAIL = b"""From: Ada Lovelace <ada@example.com>
To: support@fernhill.example
Subject: Where is my station? <script>alert(1)</script>
Message-ID: <browser-1@example.com>
Content-Type: text/plain; charset=utf-8

Where is my weather station parcel? Order 48213, tracking shows nothing.
<img src=x onerror="document.title='pwned'">
"""


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_agent_follows_a_ticket_from_raw_email_to_its_timeline(
    live_server, make_user, pipeline, policies, trained, django_capture_on_commit_callbacks
):
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (never a downloaded one)")
    from playwright.sync_api import expect, sync_playwright

    make_user("new-agent", "Agent")
    with django_capture_on_commit_callbacks(execute=True):
        result = email_receive(content=MAIL, source="browser-test")
    ticket_id = result.ticket_id
    run = PipelineRun.objects.get(ticket_id=ticket_id)
    assert run.status == "done", run.error
    raw_id = result.raw_id

    errors: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page()
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.on(
                "console",
                lambda m: errors.append(m.text) if m.type == "error" else None,
            )
            page.goto(f"{live_server.url}/tickets/{ticket_id}/")
            page.fill("input[name=username]", "new-agent")
            page.fill("input[name=password]", "pw-for-tests-only")
            page.click("button[type=submit]")
            page.wait_for_url(f"{live_server.url}/tickets/{ticket_id}/")

            # Review and approve the draft; the send task runs once the approval commits.
            page.goto(f"{live_server.url}/queue/{ticket_id}/")
            page.locator("#approve-button").click()
            page.wait_for_function(
                "() => !document.querySelector('#review-pane #approve-button')"
                " || document.querySelector('#review-pane').innerText.includes('pproved')"
            )
            assert len(mail.outbox) == 1
            assert mail.outbox[0].to == ["ada@example.com"]
            assert f"[SD-{ticket_id}]" in mail.outbox[0].subject

            page.goto(f"{live_server.url}/tickets/{ticket_id}/")
            page.get_by_role("link", name="Timeline", exact=True).click()
            page.wait_for_url(f"{live_server.url}/tickets/{ticket_id}/timeline/")
            timeline = page.locator("#timeline-events")
            total = timeline.locator(".tl-event").count()
            assert total > 5
            assert timeline.get_by_text("tickets.message_received").count() == 1
            assert timeline.get_by_text("Normalized attributes").count() == 1
            assert timeline.get_by_text("Retrieval", exact=True).count() == 1
            assert timeline.get_by_text("Draft", exact=True).count() >= 1
            assert timeline.get_by_text("routing.decided").count() == 1
            assert timeline.get_by_text("reviews.approved").count() == 1
            assert timeline.get_by_text("reviews.reply_sent").count() == 1
            assert page.title() != "pwned"
            # The customer's markup is shown as text, never run.
            assert page.get_by_text("<script>alert(1)</script>").count() >= 1

            # Filter to one stage: htmx swaps the list, the address bar follows.
            page.locator(".tl-filter").get_by_role("link", name="Context").click()
            page.wait_for_url("**/timeline/?stage=context")
            expect(page.locator("#timeline-events .tl-event")).to_have_count(1)
            assert page.locator("#timeline-events tr.is-chosen").count() >= 1
            page.locator(".tl-filter").get_by_role("link", name="All").click()
            expect(page.locator("#timeline-events .tl-event")).to_have_count(total)

            # From the message event to the raw source as received.
            page.locator("#timeline-events").get_by_role(
                "link", name=f"raw input #{raw_id}"
            ).first.click()
            page.wait_for_url(f"**/tickets/{ticket_id}/raw/{raw_id}/")
            assert page.get_by_text("Message-ID: <browser-1@example.com>").count() >= 1
        finally:
            browser.close()
    assert not [e for e in errors if "Content Security Policy" in e or "Refused" in e], errors
    assert not errors, errors
