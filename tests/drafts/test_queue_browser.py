"""The review queue in a real Chromium under the strict CSP: an agent works four tickets with
the keyboard only (approve, edit and send, reject, escalate) while a local SMTP server receives
exactly one mail per sent reply; and an XSS corpus in subjects, bodies, HTML mail and model
output (draft text, basis, citation headings) executes nothing."""

import contextlib
from pathlib import Path

import pytest

from drafts.models import Draft, Review, ReviewAction
from tests.drafts.review_support import *  # noqa: F403 (the fixtures)
from tickets.models import Ticket, TicketStatus

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
TEXTS = [
    "Where is my weather station parcel? Order 48213, tracking shows nothing.",
    "Where is my weather station parcel? Order 48214, the tracking has not moved.",
    "Where is my weather station parcel? Order 48215, no tracking update for days.",
    "Where is my weather station parcel? Order 48216, tracking shows nothing at all.",
]


def _browser(p):
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (never a downloaded one)")
    return p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)


def _page(browser, errors: list[str]):
    """A new page whose console errors and uncaught exceptions land in `errors`."""
    page = browser.new_page()
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    return page


@contextlib.contextmanager
def signed_in(live_server, username: str):
    """Debian's Chromium with one page signed in as `username`: yields (page, errors), the
    console errors and uncaught exceptions collected; the browser is closed afterwards."""
    from playwright.sync_api import sync_playwright

    errors: list[str] = []
    with sync_playwright() as p:
        browser = _browser(p)
        try:
            page = _page(browser, errors)
            _login(page, live_server, username)
            yield page, errors
        finally:
            browser.close()


def _login(page, live_server, username):
    page.goto(f"{live_server.url}/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", "pw-for-tests-only")
    page.click("button[type=submit]")
    page.wait_for_url(f"{live_server.url}/")


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_agent_works_the_queue_with_the_keyboard(live_server, drafted, smtp, make_user):
    make_user("kay", "Agent", first_name="Kay")
    tickets = [drafted(text=t, sender=f"c{i}@example.com")[0] for i, t in enumerate(TEXTS)]
    assert all(t.status == TicketStatus.AWAITING_REVIEW for t in tickets), [
        t.status for t in tickets
    ]
    ids = [t.pk for t in tickets]  # oldest first: the queue's order at equal priority and risk

    from playwright.sync_api import sync_playwright

    errors: list[str] = []
    dialogs: list[str] = []
    with sync_playwright() as p:
        browser = _browser(p)
        try:
            page = _page(browser, errors)
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            _login(page, live_server, "kay")
            page.goto(f"{live_server.url}/queue/")
            assert page.locator("#queue-list .qrow").count() == 4

            # Help overlay.
            page.keyboard.press("?")
            page.wait_for_selector("#keys-help:not([hidden])")
            assert "Next / previous ticket" in page.inner_text("#keys-help")
            page.keyboard.press("Escape")
            page.wait_for_selector("#keys-help", state="hidden")

            # j opens the first ticket; a arms, a again approves and sends.
            page.keyboard.press("j")
            page.wait_for_selector(f"#review-pane[data-ticket='{ids[0]}'] #approve-button")
            page.keyboard.press("a")
            page.wait_for_selector("#approve-button.is-armed")
            page.keyboard.press("a")
            # The row leaves the list and the next ticket opens by itself.
            page.wait_for_selector(f"#review-pane[data-ticket='{ids[1]}']")
            page.wait_for_selector(f".qrow[data-ticket='{ids[0]}']", state="detached")
            assert "approved" in page.inner_text("#queue-toast").lower()

            # e edits; typing letters in the textarea fires no shortcut; Ctrl+Enter sends.
            page.keyboard.press("e")
            page.wait_for_selector("#edit-text:focus")
            page.keyboard.type("\nKind regards, Kay (a j k r x g)")
            page.keyboard.press("Control+Enter")
            page.wait_for_selector(f"#review-pane[data-ticket='{ids[2]}']")

            # r rejects with a reason (Enter submits the form); the ticket stays in the queue.
            page.keyboard.press("r")
            page.wait_for_selector("#reject-reason:focus")
            page.keyboard.type("Quotes the wrong delivery time")
            page.keyboard.press("Enter")
            page.wait_for_selector("#draft-decision")
            assert "Rejected by" in page.inner_text("#draft-decision")

            # j to the last ticket, x escalates: team chosen with the keyboard, then the reason.
            page.keyboard.press("j")
            page.wait_for_selector(f"#review-pane[data-ticket='{ids[3]}']")
            page.keyboard.press("x")
            page.wait_for_selector("#escalate-team:focus")
            page.keyboard.press("ArrowDown")
            page.keyboard.press("Tab")
            page.keyboard.type("Customer asks for a site visit")
            page.keyboard.press("Enter")
            page.wait_for_selector(f".qrow[data-ticket='{ids[3]}']", state="detached")
        finally:
            browser.close()
    assert errors == [] and dialogs == []
    assert len(smtp.messages) == 2
    assert "Kind regards, Kay (a j k r x g)" in smtp.messages[1].get_content()
    actions = dict(Review.objects.filter(ticket_id__in=ids).values_list("ticket_id", "action"))
    assert actions == {
        ids[0]: ReviewAction.APPROVE,
        ids[1]: ReviewAction.EDIT_SEND,
        ids[2]: ReviewAction.REJECT,
        ids[3]: ReviewAction.ESCALATE,
    }
    statuses = dict(Ticket.objects.filter(pk__in=ids).values_list("pk", "status"))
    assert statuses[ids[0]] == statuses[ids[1]] == TicketStatus.WAITING_ON_CUSTOMER
    assert statuses[ids[2]] == TicketStatus.AWAITING_REVIEW
    assert statuses[ids[3]] == TicketStatus.ESCALATED


PAYLOADS = [
    "<script>window.__xss=1;alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    '"><svg onload=alert(1)>',
    '<a href="javascript:alert(1)">click</a>',
    "<iframe src=javascript:alert(1)>",
    '<div hx-get="/logout/" hx-trigger="load">htmx</div>',
    "{{7*7}} {% now 'Y' %}",
]
ALL = " ".join(PAYLOADS)


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_xss_corpus_in_tickets_and_model_output_executes_nothing(
    live_server, pipeline, policies, trained, make_user
):
    from tests.tickets.test_xss import hostile_ticket
    from tickets.inbound import InboundMessage
    from tickets.services import inbound_ingest

    make_user("kay", "Agent")
    hostile = hostile_ticket()
    # A hostile ticket through intake with the pipeline, then the model output made hostile.
    result = inbound_ingest(
        inbound=InboundMessage(
            from_address="eve@evil.example",
            subject=f"Where is my parcel {ALL}",
            body_text=f"Where is my weather station parcel? Order 48213 {ALL}",
            body_html=f"<p>Order 48213</p>{ALL}",
        ),
        channel="email",
    )
    ticket = Ticket.objects.get(pk=result.ticket.pk)
    draft = Draft.objects.get(ticket=ticket, is_current=True)
    # A citation of a real passage (the pipeline's draft may only acknowledge the message, with
    # none), its labels made hostile as a model's output could be.
    from drafts.knowledge.models import PolicyFragment

    fragment = PolicyFragment.objects.order_by("pk").first()
    citation = {
        "key": "P1",
        "fragment_id": fragment.pk,
        "version_id": fragment.version_id,
        "heading": PAYLOADS[1],
        "document": PAYLOADS[2],
    }
    Draft.objects.filter(pk=draft.pk).update(
        text=f"Hi {ALL} [P1]", basis=[f"Fact {p}" for p in PAYLOADS], citations=[citation]
    )
    Ticket.objects.filter(pk__in=[ticket.pk, hostile.pk]).update(
        status=TicketStatus.AWAITING_REVIEW
    )

    from playwright.sync_api import sync_playwright

    dialogs: list[str] = []
    errors: list[str] = []
    with sync_playwright() as p:
        browser = _browser(p)
        try:
            page = browser.new_page()
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            page.on("pageerror", lambda e: errors.append(str(e)))
            _login(page, live_server, "kay")
            for url in (f"/queue/{ticket.pk}/", f"/queue/{hostile.pk}/", "/queue/"):
                page.goto(f"{live_server.url}{url}")
                page.wait_for_load_state("networkidle")
            # Through htmx too: open each row's pane and every citation popover.
            for row in page.locator("#queue-list .qrow").all():
                row.locator("a").click()
                page.wait_for_load_state("networkidle")
                for summary in page.locator("#review-pane .citation summary").all():
                    summary.click()
                page.wait_for_load_state("networkidle")
                page.keyboard.press("e")  # the edit textarea holds the hostile draft text
            injected = page.evaluate(
                """() => ({
                    xss: window.__xss === 1,
                    scripts: [...document.scripts].filter(s => !s.src.includes('/static/')).length,
                    elements: document.querySelectorAll(
                        '#review-pane svg, #review-pane iframe, #review-pane img[src="x"], '
                        + '#queue-list svg, #queue-list img, a[href^="javascript"]').length,
                })"""
            )
            still_in = page.goto(f"{live_server.url}/queue/").url.endswith("/queue/")
        finally:
            browser.close()
    assert dialogs == [], dialogs
    assert injected == {"xss": False, "scripts": 0, "elements": 0}, injected
    assert still_in  # the hx-get="/logout/" payload did not fire
    assert not [e for e in errors if "Content Security Policy" not in e], errors
