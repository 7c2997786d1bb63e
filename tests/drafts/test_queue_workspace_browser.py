"""Issue 19's workspace items in a real Chromium under the strict CSP: browsing the queue with
j/k claims nothing while starting an edit does; the tab counts follow each action; an internal
note left in the review pane lands on the thread, marked, and is never mailed."""

import pytest

from audit.models import Event
from drafts.models import Review, ReviewAction
from tests.drafts.review_support import *  # noqa: F403 (the fixtures)
from tests.drafts.test_queue_browser import TEXTS, _browser, _login, _page
from tickets.models import Ticket, TicketStatus


def _awaiting(drafted, n):
    tickets = [drafted(text=t, sender=f"c{i}@example.com")[0] for i, t in enumerate(TEXTS[:n])]
    assert all(t.status == TicketStatus.AWAITING_REVIEW for t in tickets)
    return [t.pk for t in tickets]


def _queue_order(page) -> list[int]:
    """The tickets in the order the queue lists them (priority and risk come from the
    pipeline's reading, so not necessarily the order they were made in)."""
    found = page.eval_on_selector_all(
        "#queue-list .qrow", "rows => rows.map(r => r.dataset.ticket)"
    )
    return [int(pk) for pk in found]


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_browsing_with_j_k_claims_nothing_and_editing_claims(live_server, drafted, smtp, make_user):
    make_user("kay", "Agent", first_name="Kay")
    made = _awaiting(drafted, 3)

    from playwright.sync_api import sync_playwright

    errors: list[str] = []
    with sync_playwright() as p:
        browser = _browser(p)
        try:
            page = _page(browser, errors)
            _login(page, live_server, "kay")
            page.goto(f"{live_server.url}/queue/")
            ids = _queue_order(page)
            for i in range(3):  # j through every ticket, then back with k
                page.keyboard.press("j")
                page.wait_for_selector(f"#review-pane[data-ticket='{ids[i]}'] #take-button")
            page.keyboard.press("k")
            page.wait_for_selector(f"#review-pane[data-ticket='{ids[1]}'] #take-button")
            page.wait_for_load_state("networkidle")
            page.reload()  # the rows show no claim either (the pane of the second ticket)
            page.wait_for_selector(f"#review-pane[data-ticket='{ids[1]}'] #take-button")
            browsed = page.locator("#queue-list .qrow-claim").count()

            # e on the second ticket: focusing the edit box takes it (the claim line changes,
            # the text being typed stays); Ctrl+Enter sends and the claim is released.
            page.keyboard.press("e")
            page.wait_for_selector("#edit-text:focus")
            page.wait_for_selector("#claim-mine")
            page.keyboard.type("\nKind regards, Kay")
            claimed_while_editing = page.locator("#take-button").count() == 0
            page.keyboard.press("Control+Enter")
            page.wait_for_selector(f".qrow[data-ticket='{ids[1]}']", state="detached")
        finally:
            browser.close()
    assert errors == [] and browsed == 0 and claimed_while_editing and sorted(ids) == made
    claimed = list(Event.objects.filter(name="reviews.claimed").values_list("ticket_id", flat=True))
    assert claimed == [ids[1]]
    assert Ticket.objects.filter(claimed_by__isnull=False).count() == 0  # released by the send
    review = Review.objects.get(ticket_id=ids[1])
    assert review.action == ReviewAction.EDIT_SEND and review.review_seconds is not None
    assert "Kind regards, Kay" in smtp.messages[0].get_content()


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_tab_counts_follow_each_action(live_server, drafted, smtp, make_user):
    make_user("kay", "Agent", first_name="Kay")
    made = _awaiting(drafted, 3)

    from playwright.sync_api import sync_playwright

    def tabs(page) -> tuple[str, str]:
        return (
            page.inner_text("#queue-count-awaiting"),
            page.inner_text("#queue-count-escalated"),
        )

    errors: list[str] = []
    seen = []
    with sync_playwright() as p:
        browser = _browser(p)
        try:
            page = _page(browser, errors)
            _login(page, live_server, "kay")
            page.goto(f"{live_server.url}/queue/")
            ids = _queue_order(page)
            seen.append(tabs(page))
            # Approve the first: "Awaiting" drops with the row.
            page.keyboard.press("j")
            page.wait_for_selector(f"#review-pane[data-ticket='{ids[0]}'] #approve-button")
            page.keyboard.press("a")
            page.keyboard.press("a")
            page.wait_for_selector(f"#review-pane[data-ticket='{ids[1]}']")
            page.wait_for_function(
                "document.getElementById('queue-count-awaiting').textContent === '2'"
            )
            seen.append(tabs(page))
            # Escalate the second: one fewer awaiting, one more escalated.
            page.keyboard.press("x")
            page.wait_for_selector("#escalate-team:focus")
            page.keyboard.press("ArrowDown")
            page.keyboard.press("Tab")
            page.keyboard.type("Customer asks for a site visit")
            page.keyboard.press("Enter")
            page.wait_for_selector(f".qrow[data-ticket='{ids[1]}']", state="detached")
            page.wait_for_function(
                "document.getElementById('queue-count-escalated').textContent === '1'"
            )
            seen.append(tabs(page))
            # The tabs still work as links after the swap (the Escalated view lists it).
            page.click("a[href='/queue/?view=escalated']")
            page.wait_for_selector(f"#queue-list .qrow[data-ticket='{ids[1]}']")
            seen.append(tabs(page))
        finally:
            browser.close()
    assert errors == [] and sorted(ids) == made
    assert seen == [("3", "0"), ("2", "0"), ("1", "1"), ("1", "1")]
    assert Ticket.objects.get(pk=ids[1]).status == TicketStatus.ESCALATED


NOTE = 'Carrier trace reopened <img src=x onerror="window.__xss=1"> <script>window.__xss=1</script>'


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_an_internal_note_from_the_review_pane(live_server, drafted, smtp, make_user):
    make_user("kay", "Agent", first_name="Kay")
    ids = _awaiting(drafted, 1)

    from playwright.sync_api import sync_playwright

    errors: list[str] = []
    with sync_playwright() as p:
        browser = _browser(p)
        try:
            page = _page(browser, errors)
            _login(page, live_server, "kay")
            page.goto(f"{live_server.url}/queue/")
            page.keyboard.press("j")
            page.wait_for_selector(f"#review-pane[data-ticket='{ids[0]}'] #note-form")
            # n focuses the note box; letters typed there fire no shortcut; Ctrl+Enter adds it.
            page.keyboard.press("n")
            page.wait_for_selector("#note-text:focus")
            page.keyboard.type(NOTE + " a j x")
            page.keyboard.press("Control+Enter")
            page.wait_for_selector("#note-added")
            note = page.locator("#ticket-thread .msg--note").last
            marked = note.locator(".msg-kind").inner_text()
            shown = note.locator(".msg-body").inner_text()
            emptied = page.input_value("#note-text")
            still_here = page.locator(f"#review-pane[data-ticket='{ids[0]}']").count()
            # An empty note is refused in place (422 swapped in), with the reason.
            page.click("#note-form button[type=submit]", modifiers=[])
            blocked_by_browser = page.locator("#note-error").count() == 0  # required attribute
            # On the ticket page too, and on its timeline.
            page.goto(f"{live_server.url}/tickets/{ids[0]}/")
            page.fill("#note-text", "Second note, from the ticket page")
            page.keyboard.press("Control+Enter")
            page.wait_for_selector("#note-added")
            on_page = page.locator("#ticket-thread .msg--note").count()
            page.goto(f"{live_server.url}/tickets/{ids[0]}/timeline/")
            timeline = page.inner_text("#timeline-events")
            xss = page.evaluate("() => window.__xss === 1")
        finally:
            browser.close()
    assert errors == [] and not xss
    assert marked.upper().startswith("INTERNAL NOTE") and "not sent" in marked.lower()
    assert NOTE + " a j x" in shown and emptied == "" and still_here == 1
    assert blocked_by_browser and on_page == 2
    assert timeline.count("tickets.note_added") == 2 and "Carrier trace reopened" in timeline
    assert Ticket.objects.get(pk=ids[0]).status == TicketStatus.AWAITING_REVIEW
    assert smtp.messages == []
