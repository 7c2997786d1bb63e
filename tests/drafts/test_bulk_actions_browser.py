"""Bulk actions in a real Chromium under the strict CSP: in the inbox the agent ticks two rows
and resolves them, then escalates one of them and a third (the resolved one is skipped, the
message says why), then changes the class of the third; every message on the same inbox page."""

import pytest

from tests.drafts import test_queue_browser as qb
from tests.tickets.test_inbox import ticket_make
from tickets.models import Team, Ticket, TicketStatus


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_bulk_resolve_escalate_and_change_class_in_the_inbox(live_server, make_user):
    make_user("kay", "Agent", first_name="Kay")
    first, second, third = (ticket_make(n=i, subject=f"Bulk {i}") for i in range(3))

    with qb.signed_in(live_server, "kay") as (page, errors):
        page.goto(f"{live_server.url}/?q=Bulk")
        page.wait_for_selector("#bulk-resolve-button")
        page.check(f"input[name=ticket][value='{first.pk}']")
        page.check(f"input[name=ticket][value='{second.pk}']")
        page.click("#bulk-resolve-button")
        page.wait_for_selector(".flash:has-text('Resolved 2 of 2 tickets.')")
        assert page.url == f"{live_server.url}/?q=Bulk"  # back to the same inbox page

        page.check(f"input[name=ticket][value='{second.pk}']")
        page.check(f"input[name=ticket][value='{third.pk}']")
        page.select_option("#bulk-team", label="Billing")
        page.fill("#bulk-reason", "Invoice dispute")
        page.click("#bulk-escalate-button")
        page.wait_for_selector(".flash:has-text('Escalated 1 of 2 tickets.')")
        assert f"SD-{second.pk} (A resolved ticket cannot be escalated.)" in page.inner_text(
            ".flash"
        )

        page.check(f"input[name=ticket][value='{third.pk}']")
        page.select_option("#bulk-class", label="Pricing")
        page.click("#bulk-class-button")
        page.wait_for_selector(".flash:has-text('Changed the class of 1 of 1 ticket.')")
    assert errors == []
    statuses = dict(Ticket.objects.values_list("pk", "status"))
    assert statuses[first.pk] == statuses[second.pk] == TicketStatus.RESOLVED
    third.refresh_from_db()
    assert third.status == TicketStatus.ESCALATED
    assert third.team == Team.objects.get(slug="billing")
    assert third.request_class.slug == "pricing"
