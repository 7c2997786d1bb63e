"""SLA in a real Chromium under the strict CSP (issue 19): an agent sees a breached ticket
highlighted in the inbox and in the review queue, switches the queue to "Time left" (the list
swapped by htmx, the URL kept) and finds it ordered breached first, then the nearest deadline;
no console error."""

import pytest

from tests.drafts import test_queue_browser as qb
from tests.drafts.test_queue_sla import sla_ticket


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_agent_sees_a_breach_highlighted_and_orders_the_queue_by_time_left(live_server, make_user):
    make_user("kay", "Agent", first_name="Kay")
    oldest = sla_ticket(1, minutes_ago=2 * 60)  # 2 h left (business: 4 h)
    breached = sla_ticket(2, minutes_ago=6 * 60)  # 2 h overdue, but not the oldest
    Ticket = type(breached)
    Ticket.objects.filter(pk=oldest.pk).update(created_at=breached.created_at.replace(year=2000))
    soon = sla_ticket(3, minutes_ago=4 * 60 - 15)  # 15 min left
    later = sla_ticket(4, minutes_ago=30)

    with qb.signed_in(live_server, "kay") as (page, errors):
        page.set_viewport_size({"width": 1280, "height": 800})
        page.goto(f"{live_server.url}/")  # the inbox, at 1280x800

        # The inbox: the breached row is highlighted, its SLA cell says how late.
        row = page.locator("tr.row--breached")
        assert row.count() == 1
        assert row.locator("input[name=ticket]").get_attribute("value") == str(breached.pk)
        cell = row.locator("[data-sla=breached]")
        assert "Overdue 2 h" in cell.inner_text()
        colour = cell.evaluate("e => getComputedStyle(e).color")
        assert colour == "rgb(180, 35, 24)", colour  # --danger
        assert page.locator("[data-sla=soon]").count() == 1

        # The queue, in its default order (priority, risk, then the oldest first).
        page.goto(f"{live_server.url}/queue/")
        ids = page.eval_on_selector_all(
            "#queue-list .qrow", "rows => rows.map(r => Number(r.dataset.ticket))"
        )
        assert ids[0] == oldest.pk
        assert page.locator(f".qrow--breached[data-ticket='{breached.pk}']").count() == 1

        # Order by time left: htmx swaps the list; breached first, then the nearest.
        page.select_option("#queue-order", "sla")
        page.wait_for_url("**order=sla**")
        page.wait_for_function(
            "id => Number(document.querySelector('#queue-list .qrow').dataset.ticket) === id",
            arg=breached.pk,
        )
        ids = page.eval_on_selector_all(
            "#queue-list .qrow", "rows => rows.map(r => Number(r.dataset.ticket))"
        )
        assert ids == [breached.pk, soon.pk, oldest.pk, later.pk]
        first = page.locator("#queue-list .qrow").first
        assert "qrow--breached" in first.get_attribute("class")
        assert "Overdue 2 h" in first.locator("[data-sla=breached]").inner_text()
        # Reloaded, the page keeps the order (a real URL, works without JavaScript).
        page.reload()
        assert page.locator("#queue-order").input_value() == "sla"
        assert errors == [], errors
