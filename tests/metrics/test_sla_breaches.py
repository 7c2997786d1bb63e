"""SLA breaches on the metrics dashboard (issue 19): counted per class from the deadlines stored
on the tickets, the same figures live and from the rollups, the tickets behind the number in
the drill-down, and the live page's query count unchanged by the new metric."""

import datetime as dt
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from audit.metrics.rollups import rollup_refresh
from tickets.models import Customer, RequestClass, Ticket, TicketStatus
from tickets.sla import ticket_sla_retarget

pytestmark = pytest.mark.django_db


def made(n, *, slug, hours_ago, answered_after=None, resolved_after=None):
    """A business-tier ticket (first response 4 h, resolution 24 h by the default targets)."""
    cust, _ = Customer.objects.get_or_create(
        email="sla-m@example.com", defaults={"tier": "business"}
    )
    created = timezone.now() - dt.timedelta(hours=hours_ago)
    ticket = Ticket.objects.create(
        customer=cust,
        subject=f"SLA metric {n}",
        channel="email",
        status=TicketStatus.AWAITING_REVIEW,
        request_class=RequestClass.objects.get(slug=slug),
        created_at=created,
    )
    ticket.save(update_fields=ticket_sla_retarget(ticket=ticket))
    fields = {}
    if answered_after is not None:
        fields["first_response_at"] = created + dt.timedelta(hours=answered_after)
    if resolved_after is not None:
        at = created + dt.timedelta(hours=resolved_after)
        fields.update(status=TicketStatus.RESOLVED, resolved_at=at, sla_resolution_stopped_at=at)
        fields["sla_due_at"] = None
    Ticket.objects.filter(pk=ticket.pk).update(**fields)
    return ticket


def card(body: str) -> str:
    return body.split('id="card-sla"')[1].split("</article>")[0]


def by_class_cell(body: str, class_name: str) -> str:
    table = body.split('id="by-class"')[1].split("</table>")[0]
    heads = re.findall(r"<th>([^<]*)</th>", table.split("</thead>")[0])
    column = heads.index("SLA breached")
    row = re.search(rf'<th scope="row">{class_name}</th>(.*?)</tr>', table, re.S).group(1)
    return re.findall(r"<td>(.*?)</td>", row, re.S)[column]


def test_breaches_are_counted_per_class_live_and_from_rollups_alike(lead_client, settings):
    made(1, slug="shipping-status", hours_ago=30, answered_after=1, resolved_after=3)  # met
    late = made(2, slug="shipping-status", hours_ago=30, answered_after=6, resolved_after=8)
    overdue = made(3, slug="shipping-status", hours_ago=5)  # no reply yet, 1 h past due
    made(4, slug="shipping-status", hours_ago=1)  # still in time
    slow = made(5, slug="billing-dispute", hours_ago=40, answered_after=1, resolved_after=30)
    made(6, slug="billing-dispute", hours_ago=2)

    settings.SUPPORTDESK_METRICS_SOURCE = "live"
    with CaptureQueriesContext(connection) as queries:
        live = lead_client.get("/metrics/").text
    assert 'data-source="live"' in live
    assert "SLA breach rate" in card(live) and "50.0%" in card(live)  # 3 of 6
    first, resolution = re.findall(r"<dd><a [^>]*>(\d+)</a></dd>", card(live))[-2:]
    assert (first, resolution) == ("2", "1")  # late and overdue; slow
    assert "50.0%" in by_class_cell(live, "Shipping status")  # 2 of 4
    assert "50.0%" in by_class_cell(live, "Billing dispute")  # 1 of 2
    assert 'title="2 of 4 (first response 2, resolution 0)"' in by_class_cell(
        live, "Shipping status"
    )
    # The SLA units travel in the first-response query: nine unit queries as before the metric.
    units = [q for q in queries.captured_queries if "GROUP BY" in q["sql"]]
    assert sum("UNION" in q["sql"] for q in units) == 1 and len(units) == 9

    hits = lead_client.get("/metrics/tickets/?series=sla&hits=1").text
    shown = {int(pk) for pk in re.findall(r'href="/tickets/(\d+)/"', hits)}
    assert shown == {late.pk, overdue.pk, slow.pk}

    rollup_refresh(full=True)
    settings.SUPPORTDESK_METRICS_SOURCE = "rollup"
    rolled = lead_client.get("/metrics/").text
    assert 'data-source="rollups"' in rolled
    assert by_class_cell(rolled, "Shipping status") == by_class_cell(live, "Shipping status")
    assert card(rolled) == card(live)
