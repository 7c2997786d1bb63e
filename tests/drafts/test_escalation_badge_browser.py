"""A new escalation seen as a team member sees it, in a real Chromium under the strict CSP: the
badge in the navigation counts it, following the badge lists it (escalated, the member's team,
nobody owns it), taking it from the ticket page clears the badge. An agent who strays onto a
lead page or a missing one lands in the console's layout with a way back."""

import pytest

from tests.drafts import test_queue_browser as qb
from tests.drafts.review_support import *  # noqa: F403 (the fixtures)
from tickets.models import Team, TicketStatus

STOLEN = "My card was stolen on the train this morning, please block it."


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_a_team_member_sees_the_badge_follows_it_and_takes_the_ticket(
    live_server, drafted, make_user
):
    member = make_user("tess", "Agent", first_name="Tess")
    Team.objects.get(slug="trust-safety").members.add(member)
    ticket, _ = drafted(text=STOLEN, subject="Stolen card")
    ticket.refresh_from_db()
    assert ticket.status == TicketStatus.ESCALATED

    with qb.signed_in(live_server, "tess") as (page, errors):
        badge = page.locator("#escalations-badge")
        assert badge.inner_text().strip() == "1 escalated for your team"
        badge.click()
        page.wait_for_load_state()
        rows = page.locator("#ticket-rows tbody tr")
        assert rows.count() == 1 and ticket.reference in rows.first.inner_text()
        page.click(f"#ticket-rows a[href='/tickets/{ticket.pk}/']")
        page.wait_for_selector("#assign-me")
        page.click("#assign-me")
        page.locator("#assignee-fact", has_text="Tess").wait_for()
        page.goto(f"{live_server.url}/")
        assert page.locator("#escalations-badge").count() == 0

        # A lead page and a missing page: the console's layout, its navigation, a way back.
        for path, status, words in (("/metrics/", 403, "team lead"), ("/tickets/999999/", 404, "")):
            response = page.goto(f"{live_server.url}{path}")
            assert response.status == status
            assert page.locator("header a[href='/']").count() >= 1, path
            assert page.locator("main a[href='/']").count() >= 1, path
            assert words.casefold() in page.locator("main").inner_text().casefold()
    assert [e for e in errors if "403" not in e and "404" not in e] == []
