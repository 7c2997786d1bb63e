"""SLA in the review queue (issue 19): time left on every row, breaches highlighted, the queue
ordered by time left (breached first, no deadline last) by keyset with the same query count as
its default order; and the clocks through the real pipeline, send task and actions (first
response met by the reply, resolution paused while waiting on the customer, resumed by the
customer's answer, stopped by resolve, restarted by re-open)."""

import datetime as dt
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from drafts.models import Draft
from tests.drafts.review_support import *  # noqa: F403 (the fixtures)
from tickets.models import Customer, RequestClass, SlaTarget, Ticket, TicketStatus
from tickets.sla import ticket_sla_retarget

pytestmark = pytest.mark.django_db
HX = {"HTTP_HX_REQUEST": "true"}


def sla_ticket(i, *, minutes_ago, status=TicketStatus.AWAITING_REVIEW, tier="business"):
    """A queue ticket created `minutes_ago`, its deadlines set by the SLA service (business:
    first response 4 h by the default targets)."""
    customer, _ = Customer.objects.get_or_create(
        email=f"sla-{tier}@example.com", defaults={"tier": tier}
    )
    ticket = Ticket.objects.create(
        customer=customer,
        subject=f"SLA ticket {i}",
        channel="email",
        status=status,
        request_class=RequestClass.objects.get(slug="shipping-status"),
        risk="low",
        created_at=timezone.now() - dt.timedelta(minutes=minutes_ago),
    )
    ticket.save(update_fields=ticket_sla_retarget(ticket=ticket))
    return ticket


@pytest.fixture
def post(django_capture_on_commit_callbacks):
    """POST an action as htmx does, running what it enqueues on commit (the send task)."""

    def post(client, ticket, name, **data):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(f"/queue/{ticket.pk}/{name}/", data, **HX)

    return post


_EARLIEST = dt.datetime.min.replace(tzinfo=dt.UTC)


def row_ids(page: str) -> list[int]:
    return [int(n) for n in re.findall(r'data-ticket="(\d+)"', page)]


def test_default_targets_give_a_business_ticket_four_hours_to_a_first_reply():
    ticket = sla_ticket(1, minutes_ago=0)
    assert ticket.sla_first_response_due_at == ticket.created_at + dt.timedelta(hours=4)
    assert ticket.sla_resolution_due_at == ticket.created_at + dt.timedelta(hours=24)
    assert ticket.sla_due_at == ticket.sla_first_response_due_at


def test_queue_shows_time_left_highlights_breaches_and_orders_by_time_left(agent_client):
    fresh = sla_ticket(1, minutes_ago=10)  # 3 h 50 min left
    breached = sla_ticket(2, minutes_ago=5 * 60)  # first reply 1 h overdue
    soon = sla_ticket(3, minutes_ago=4 * 60 - 20)  # 20 min left
    older_breach = sla_ticket(4, minutes_ago=9 * 60)  # 5 h overdue
    no_target = sla_ticket(5, minutes_ago=600)
    Ticket.objects.filter(pk=no_target.pk).update(
        sla_due_at=None, sla_first_response_due_at=None, sla_resolution_due_at=None
    )

    page = agent_client.get("/queue/?order=sla").text
    assert row_ids(page) == [older_breach.pk, breached.pk, soon.pk, fresh.pk, no_target.pk]
    assert '<option value="sla" selected>' in page
    by_id = {
        int(pk): classes
        for classes, pk in re.findall(r'<li class="qrow([^"]*)" data-ticket="(\d+)"', page)
    }
    assert "qrow--breached" in by_id[breached.pk]
    assert "qrow--breached" in by_id[older_breach.pk]
    assert "qrow--breached" not in by_id[soon.pk] and "qrow--breached" not in by_id[fresh.pk]
    assert re.search(r'data-sla="breached"[^>]*>.*Overdue 1 h 00 min', page)
    assert re.search(r'data-sla="soon"[^>]*>.*20 min left', page) or "19 min left" in page
    assert "3 h 50 min left" in page or "3 h 49 min left" in page

    # The default order is unchanged (oldest first at equal priority and risk).
    default = agent_client.get("/queue/").text
    assert row_ids(default) == [no_target.pk, older_breach.pk, breached.pk, soon.pk, fresh.pk]


def test_time_left_order_pages_by_keyset_with_the_default_orders_query_count(agent_client):
    for i in range(3):
        sla_ticket(i, minutes_ago=i * 7)
    with CaptureQueriesContext(connection) as default_small:
        agent_client.get("/queue/")
    with CaptureQueriesContext(connection) as small:
        agent_client.get("/queue/?order=sla")
    for i in range(60):
        sla_ticket(100 + i, minutes_ago=(i * 37) % 600)
    # Some with no deadline at all: listed last, paged too.
    Ticket.objects.filter(subject__in=["SLA ticket 105", "SLA ticket 140"]).update(sla_due_at=None)
    with CaptureQueriesContext(connection) as big:
        first = agent_client.get("/queue/?order=sla").text
    assert len(small) == len(big) == len(default_small), [q["sql"] for q in big]
    sql = " ".join(q["sql"] for q in big.captured_queries).upper()
    assert "OFFSET" not in sql and sql.count("COUNT(") == 1

    seen = row_ids(first)
    next_url = re.search(r'rel="next" href="([^"]+)"', first).group(1).replace("&amp;", "&")
    assert "order=sla" in next_url
    while next_url:
        with CaptureQueriesContext(connection) as deeper:
            page = agent_client.get(next_url).text
        assert len(deeper) == len(big)
        seen += row_ids(page)
        found = re.search(r'rel="next" href="([^"]+)"', page)
        next_url = found.group(1).replace("&amp;", "&") if found else ""
    expected = sorted(
        Ticket.objects.filter(status=TicketStatus.AWAITING_REVIEW).values_list("sla_due_at", "pk"),
        key=lambda r: (r[0] is None, r[0] or _EARLIEST, r[1]),  # no deadline: last, by id
    )
    assert seen == [pk for _, pk in expected] and len(seen) == 63


def test_time_left_order_reads_the_partial_index_not_the_history(agent_client):
    if connection.vendor != "postgresql":
        pytest.skip("the plan is PostgreSQL's")
    for i in range(30):
        sla_ticket(i, minutes_ago=i)
    for i in range(30):
        sla_ticket(100 + i, minutes_ago=i, status=TicketStatus.RESOLVED)  # history
    with CaptureQueriesContext(connection) as queries:
        agent_client.get("/queue/?order=sla")
    [page_sql] = [
        q["sql"] for q in queries.captured_queries if "sla_due_at" in q["sql"].split("ORDER BY")[-1]
    ]
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE tickets_ticket")
        # Few rows: a sort would be cheaper; forbid it to see that the index gives the order.
        cursor.execute("SET LOCAL enable_sort = off")
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("EXPLAIN " + page_sql)
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "ticket_queue_sla_idx" in plan and "Sort" not in plan, plan


def test_clocks_through_pipeline_send_pause_resume_resolve_and_reopen(
    agent_client, drafted, smtp, post, ingest
):
    ticket, draft = drafted()  # ada: business tier, classified by the pipeline
    ticket.refresh_from_db()
    assert ticket.request_class is not None and ticket.status == TicketStatus.AWAITING_REVIEW
    assert ticket.sla_first_response_due_at == ticket.created_at + dt.timedelta(hours=4)
    assert ticket.sla_due_at == ticket.sla_first_response_due_at

    # A class-specific target for the class the pipeline chose: a reclassification re-reads it.
    SlaTarget.objects.create(
        request_class=ticket.request_class,
        tier="",
        first_response_minutes=30,
        resolution_minutes=120,
    )
    other = RequestClass.objects.exclude(pk=ticket.request_class_id).filter(is_active=True).first()
    assert post(agent_client, ticket, "reclassify", request_class=other.pk).status_code == 200
    assert post(agent_client, ticket, "reclassify", request_class=ticket.request_class_id)
    ticket.refresh_from_db()
    assert ticket.sla_first_response_due_at == ticket.created_at + dt.timedelta(minutes=30)
    assert ticket.sla_resolution_due_at == ticket.created_at + dt.timedelta(minutes=120)

    # The reply is sent: first response met; waiting on the customer pauses resolution.
    draft = Draft.objects.get(ticket=ticket, is_current=True)
    assert post(agent_client, ticket, "approve", draft=draft.pk).status_code == 200
    ticket.refresh_from_db()
    assert ticket.first_response_at is not None
    assert ticket.status == TicketStatus.WAITING_ON_CUSTOMER
    assert ticket.sla_resolution_stopped_at is not None and ticket.sla_due_at is None
    due_before = ticket.sla_resolution_due_at

    # The customer answers: the clock resumes, its deadline moved by the pause.
    ingest(
        text="Thanks, and when does it arrive?", subject=f"Re: [SD-{ticket.pk}] Where is my order"
    )
    ticket.refresh_from_db()
    assert ticket.status != TicketStatus.WAITING_ON_CUSTOMER
    assert ticket.sla_resolution_stopped_at is None
    assert ticket.sla_resolution_due_at > due_before
    assert ticket.sla_due_at == ticket.sla_resolution_due_at  # first response already met

    assert post(agent_client, ticket, "resolve").status_code == 200
    ticket.refresh_from_db()
    assert ticket.sla_due_at is None and ticket.sla_resolution_stopped_at == ticket.resolved_at

    assert post(agent_client, ticket, "reopen").status_code == 200
    ticket.refresh_from_db()
    assert ticket.sla_resolution_stopped_at is None
    assert ticket.sla_resolution_due_at - ticket.sla_resolution_started_at == dt.timedelta(
        minutes=120
    )
    assert ticket.sla_resolution_started_at > ticket.resolved_at
    assert ticket.sla_due_at == ticket.sla_resolution_due_at
