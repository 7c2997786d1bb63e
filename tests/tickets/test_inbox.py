"""The agent inbox and ticket page through the test client on the real database: filters,
search, keyset pagination, htmx fragments, and query counts that do not grow with data."""

import datetime as dt
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from tickets.inbound import InboundAttachment, InboundMessage
from tickets.models import (
    Customer,
    Message,
    MessageDirection,
    RequestClass,
    Ticket,
    TicketStatus,
)
from tickets.selectors import SEARCH_CUSTOMER_IDS_MAX as SEARCH_IDS
from tickets.services import inbound_fail, inbound_ingest, raw_inbound_store

pytestmark = pytest.mark.django_db

BASE_TIME = timezone.now() - dt.timedelta(days=30)


def ticket_make(
    *,
    n: int,
    subject: str = "",
    email: str = "",
    name: str = "",
    status: str = TicketStatus.NEW,
    request_class: str = "",
    assignee=None,
    needs_human: bool = False,
    flag_reason: str = "",
    minutes: int | None = None,
) -> Ticket:
    """A ticket created n minutes after BASE_TIME (so ticket n+1 is newer than ticket n)."""
    customer, _ = Customer.objects.get_or_create(
        email=email or f"customer{n}@example.com", defaults={"name": name, "tier": "business"}
    )
    rc = RequestClass.objects.get(slug=request_class) if request_class else None
    return Ticket.objects.create(
        customer=customer,
        subject=subject or f"Ticket number {n}",
        channel="email",
        status=status,
        request_class=rc,
        risk=rc.risk if rc else "",
        assignee=assignee,
        needs_human=needs_human,
        flag_reason=flag_reason,
        created_at=BASE_TIME + dt.timedelta(minutes=n if minutes is None else minutes),
    )


def refs(response) -> list[str]:
    """The ticket references listed in a response, in page order."""
    return re.findall(r'<td class="col-ref"><a href="/tickets/\d+/">(SD-\d+)</a>', response.text)


def ids(tickets) -> list[str]:
    return [t.reference for t in tickets]


# --- Filters and search -------------------------------------------------------------------


@pytest.fixture
def varied(agent, make_user):
    other = make_user("agent2", "Agent", first_name="Olga", last_name="Berg")
    return {
        "shipping_new": ticket_make(
            n=1, subject="Where is my FH-100?", request_class="shipping-status"
        ),
        "refund_mine": ticket_make(
            n=2,
            subject="Refund outside the window",
            request_class="refund-exception",
            status=TicketStatus.ESCALATED,
            assignee=agent,
            needs_human=True,
            flag_reason="High-risk class",
        ),
        "pricing_other": ticket_make(
            n=3,
            subject="Business plan seats",
            request_class="pricing",
            status=TicketStatus.AWAITING_REVIEW,
            assignee=other,
            email="maria.keller@alpinefarms.example",
            name="Maria Keller",
        ),
        "unclassified": ticket_make(n=4, subject="Hello?"),
        "other": other,
    }


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({}, ["unclassified", "pricing_other", "refund_mine", "shipping_new"]),
        ({"status": "escalated"}, ["refund_mine"]),
        ({"status": "awaiting_review"}, ["pricing_other"]),
        ({"class": "shipping-status"}, ["shipping_new"]),
        ({"risk": "high"}, ["refund_mine"]),
        ({"risk": "low"}, ["pricing_other", "shipping_new"]),
        ({"assignee": "me"}, ["refund_mine"]),
        ({"assignee": "unassigned"}, ["unclassified", "shipping_new"]),
        ({"q": "fh-100"}, ["shipping_new"]),  # subject, case-insensitive
        ({"q": "ALPINEFARMS"}, ["pricing_other"]),  # customer email
        ({"q": "keller"}, ["pricing_other"]),  # customer name
        ({"q": "refund", "assignee": "me", "risk": "high"}, ["refund_mine"]),
        ({"q": "nothing matches this"}, []),
        # Unknown values are ignored, not errors: a stale bookmark still opens.
        (
            {"status": "bogus", "risk": "'; drop table", "class": "<x>"},
            ["unclassified", "pricing_other", "refund_mine", "shipping_new"],
        ),
    ],
)
def test_inbox_filters_and_search(agent_client, varied, params, expected):
    response = agent_client.get("/", params)
    assert response.status_code == 200
    assert refs(response) == [varied[key].reference for key in expected]


def test_search_with_many_matching_customers(agent_client):
    # More matching customers than the id list holds: the search falls back to the join form
    # and must still find exactly the right tickets.
    Customer.objects.bulk_create(
        [Customer(email=f"zed{i}@many.example", name=f"Zed {i}") for i in range(SEARCH_IDS + 5)]
    )
    hits = [ticket_make(n=i, email=f"zed{i * 7}@many.example") for i in range(3)]
    ticket_make(n=10, email="someone@else.example", subject="Nothing here")
    subject_hit = ticket_make(n=11, email="other@else.example", subject="About many.example")
    response = agent_client.get("/", {"q": "MANY.example"})
    assert refs(response) == ids([subject_hit, *reversed(hits)])


def test_inbox_filter_by_a_named_assignee(agent_client, varied):
    response = agent_client.get("/", {"assignee": str(varied["other"].pk)})
    assert refs(response) == [varied["pricing_other"].reference]
    # The assignee list offers people by name.
    assert ">Olga Berg</option>" in agent_client.get("/").text


def test_inbox_row_shows_what_an_agent_needs(agent_client, varied):
    html = agent_client.get("/", {"q": "Refund outside"}).text
    row = html[html.index("<tbody>") : html.index("</tbody>")]
    for text in [
        "Refund outside the window",
        "customer2@example.com",
        "Business",
        "Escalated",
        "Refund exception",
        "High",
        "Normal",
        "agent1",
        "High-risk class",
        "row--flagged",
    ]:
        assert text in row, text


def test_htmx_request_gets_only_the_rows_fragment(agent_client, varied):
    response = agent_client.get(
        "/", {"status": "escalated", "q": ""}, headers={"HX-Request": "true"}
    )
    assert response.status_code == 200
    body = response.text.strip()
    # The fragment's root element carries the id that hx-target names.
    assert body.startswith('<section id="ticket-rows"')
    assert "<html" not in body and "<form" not in body
    assert refs(response) == [varied["refund_mine"].reference]
    assert response["HX-Push-Url"] == "/?status=escalated"
    assert "HX-Request" in response["Vary"]


def test_htmx_history_restore_gets_the_full_page(agent_client, varied):
    response = agent_client.get(
        "/", headers={"HX-Request": "true", "HX-History-Restore-Request": "true"}
    )
    assert "<html" in response.text


def test_filter_form_works_without_javascript(agent_client, varied):
    html = agent_client.get("/").text
    assert re.search(r'<form class="filters" method="get" action="/"', html)
    assert 'hx-get="/" hx-target="#ticket-rows"' in html
    assert 'hx-push-url="true"' in html


# --- Pagination ---------------------------------------------------------------------------


def test_keyset_pagination_walks_forward_and_back(agent_client):
    tickets = [ticket_make(n=i) for i in range(60)]
    newest_first = ids(reversed(tickets))

    page1 = agent_client.get("/")
    assert refs(page1) == newest_first[:25]
    assert 'rel="prev"' not in page1.text
    next_url = re.search(r'rel="next" href="([^"]+)"', page1.text).group(1).replace("&amp;", "&")

    page2 = agent_client.get("/" + next_url)
    assert refs(page2) == newest_first[25:50]
    next_url = re.search(r'rel="next" href="([^"]+)"', page2.text).group(1).replace("&amp;", "&")

    page3 = agent_client.get("/" + next_url)
    assert refs(page3) == newest_first[50:]
    assert 'rel="next"' not in page3.text

    prev_url = re.search(r'rel="prev" href="([^"]+)"', page3.text).group(1).replace("&amp;", "&")
    back_to_2 = agent_client.get("/" + prev_url)
    assert refs(back_to_2) == newest_first[25:50]
    prev_url = (
        re.search(r'rel="prev" href="([^"]+)"', back_to_2.text).group(1).replace("&amp;", "&")
    )
    back_to_1 = agent_client.get("/" + prev_url)
    assert refs(back_to_1) == newest_first[:25]
    assert 'rel="prev"' not in back_to_1.text


def test_pagination_keeps_filters_and_breaks_ties_on_id(agent_client):
    # 30 escalated tickets sharing one timestamp, interleaved with others: the order must
    # be total (created_at, id), or rows would repeat or vanish across pages.
    made = []
    for i in range(60):
        status = TicketStatus.ESCALATED if i % 2 else TicketStatus.NEW
        made.append(ticket_make(n=i, status=status, minutes=5))
    escalated = ids(sorted((t for t in made if t.status == "escalated"), key=lambda t: -t.pk))

    page1 = agent_client.get("/", {"status": "escalated"})
    next_url = re.search(r'rel="next" href="([^"]+)"', page1.text).group(1).replace("&amp;", "&")
    assert "status=escalated" in next_url
    page2 = agent_client.get("/" + next_url)
    assert refs(page1) + refs(page2) == escalated


def test_a_broken_cursor_means_page_one(agent_client):
    tickets = [ticket_make(n=i) for i in range(3)]
    for cursor in ["garbage", "99999999999999999999-1", "-", "12-x", "1" * 40 + "-1"]:
        response = agent_client.get("/", {"after": cursor})
        assert response.status_code == 200
        assert refs(response) == ids(reversed(tickets))


# --- Query counts -------------------------------------------------------------------------


def count_queries(client, url, params=None, headers=None) -> tuple[int, list[str]]:
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url, params or {}, headers=headers or {})
    assert response.status_code == 200
    return len(ctx.captured_queries), [q["sql"] for q in ctx.captured_queries]


def test_inbox_query_count_does_not_grow_with_tickets_or_page(agent_client, make_user):
    people = [make_user(f"agent{i}x", "Agent") for i in range(3)]
    for i in range(5):
        ticket_make(n=i, request_class="pricing", assignee=people[i % 3], email=f"c{i}@example.com")
    few, _ = count_queries(agent_client, "/")
    few_htmx, _ = count_queries(agent_client, "/", headers={"HX-Request": "true"})
    few_search, _ = count_queries(agent_client, "/", {"q": "ticket", "assignee": "me"})

    for i in range(5, 60):
        ticket_make(n=i, request_class="outage", assignee=people[i % 3], email=f"c{i}@example.com")
    many, sqls = count_queries(agent_client, "/")
    many_htmx, _ = count_queries(agent_client, "/", headers={"HX-Request": "true"})
    assert few == many
    assert few_htmx == many_htmx
    assert many_htmx < many  # the fragment skips the filter form's option lists
    # Never count the whole table.
    assert not [sql for sql in sqls if "COUNT(" in sql.upper()]

    page1 = agent_client.get("/")
    url = re.search(r'rel="next" href="([^"]+)"', page1.text).group(1).replace("&amp;", "&")
    page2 = agent_client.get("/" + url)
    url3 = re.search(r'rel="next" href="([^"]+)"', page2.text).group(1).replace("&amp;", "&")
    on_page3, _ = count_queries(agent_client, "/" + url3)
    assert on_page3 == many
    # Search looks the matching customers up first and plans its query for its own words
    # (SET LOCAL, in a savepoint inside the test's transaction): four more, whatever the sizes.
    searched, _ = count_queries(agent_client, "/", {"q": "ticket", "assignee": "me"})
    assert searched == few_search == many + 4


def test_rows_fragment_does_not_read_the_class_options(agent_client):
    ticket_make(n=1, request_class="pricing", email="opt@example.com")
    _, full = count_queries(agent_client, "/")
    _, fragment = count_queries(agent_client, "/", headers={"HX-Request": "true"})
    assert any('FROM "tickets_requestclass"' in sql for sql in full)
    assert not [sql for sql in fragment if 'FROM "tickets_requestclass"' in sql]


def test_ticket_page_query_count_does_not_grow_with_the_thread(agent_client):
    def thread(n_messages: int) -> Ticket:
        ticket = ticket_make(n=n_messages, request_class="setup-help")
        for i in range(n_messages):
            message = Message.objects.create(
                ticket=ticket,
                direction=[
                    MessageDirection.INBOUND,
                    MessageDirection.OUTBOUND,
                    MessageDirection.NOTE,
                ][i % 3],
                author_user=None,
                body_text=f"message {i}",
                created_at=ticket.created_at + dt.timedelta(minutes=i),
            )
            message.attachments.create(
                filename=f"file{i}.txt", size=3, sha256="0" * 64, content=b"abc"
            )
        for j in range(3):  # previous tickets of the same customer
            ticket_make(n=100 + n_messages + j, email=ticket.customer.email)
        return ticket

    short = thread(2)
    long = thread(20)
    short_count, _ = count_queries(agent_client, f"/tickets/{short.pk}/")
    long_count, sqls = count_queries(agent_client, f"/tickets/{long.pk}/")
    assert short_count == long_count
    # Attachment bytes are never loaded for the page.
    attachment_sql = [sql for sql in sqls if 'FROM "tickets_attachment"' in sql]
    assert attachment_sql and '"tickets_attachment"."content"' not in attachment_sql[0]


# --- Ticket page --------------------------------------------------------------------------


def ingest(**fields):
    raw = raw_inbound_store(
        channel="email", content=f"Subject: {fields.get('subject', '')}\n\nhi".encode()
    )
    return inbound_ingest(inbound=InboundMessage(**fields), channel="email", raw=raw)


def test_ticket_page_shows_thread_customer_and_history(agent_client, agent):
    customer = Customer.objects.create(
        email="maria@alpinefarms.example",
        name="Maria Keller",
        tier="business",
        plan="Business annual",
        seats=12,
        features_used=["dashboards", "alerts"],
        usage={"stations": 9, "regions": ["alps", "jura"]},
        last_active_at=timezone.now() - dt.timedelta(hours=3),
    )
    earlier = ticket_make(
        n=1,
        email=customer.email,
        subject="Old question",
        request_class="pricing",
        status=TicketStatus.RESOLVED,
    )
    first = ingest(
        from_address=customer.email,
        from_name="Maria Keller",
        subject="Frost alerts stopped",
        body_text="The frost alerts stopped.\nSince Monday.",
        full_text="The frost alerts stopped.\nSince Monday.\n\n> quoted history",
        body_html="<p>The frost alerts <b>stopped</b>.</p>",
        attachments=[InboundAttachment("graph.png", "image/png", b"x" * 2048)],
        warnings=["charset 'x-unknown' replaced by utf-8"],
    )
    ticket = first.ticket
    Message.objects.create(
        ticket=ticket,
        direction=MessageDirection.NOTE,
        author_user=agent,
        body_text="Checking with engineering.",
        created_at=timezone.now(),
    )
    Message.objects.create(
        ticket=ticket,
        direction=MessageDirection.OUTBOUND,
        author_user=agent,
        body_text="We are on it.",
        created_at=timezone.now(),
    )
    Ticket.objects.filter(pk=ticket.pk).update(needs_human=True, flag_reason="Rule: outage words")

    html = agent_client.get(f"/tickets/{ticket.pk}/").text
    # Thread in order, the three kinds visually distinct.
    kinds = re.findall(r'class="msg msg--(\w+)"', html)
    assert kinds == ["inbound", "note", "outbound"]
    assert "The frost alerts stopped.<br>Since Monday." in html
    assert "<b>stopped</b>" in html  # sanitized HTML, in the full-original disclosure
    assert "graph.png" in html and "2.0\xa0KB" in html
    assert "charset &#x27;x-unknown&#x27; replaced by utf-8" in html
    assert "Rule: outage words" in html
    assert f'href="/tickets/{ticket.pk}/raw/{first.message.raw_id}/"' in html
    # Customer panel.
    for text in [
        "Maria Keller",
        "Business annual",
        "12",
        "dashboards",
        "stations",
        "alps, jura",
        "Old question",
        f'href="/tickets/{earlier.pk}/"',
        "Resolved",
        "Pricing",
    ]:
        assert text in html, text


def test_raw_source_is_never_served_as_html(agent_client):
    payload = b"From: x@example.com\nSubject: hi\n\n<script>alert(1)</script>\xff\xfe"
    raw = raw_inbound_store(channel="email", content=payload)
    ticket = inbound_fail(raw=raw, error="boom <b>bad</b>")

    page = agent_client.get(f"/tickets/{ticket.pk}/raw/{raw.pk}/")
    assert page.status_code == 200
    assert page["Content-Type"].startswith("text/html")
    assert "<script>alert(1)</script>" not in page.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page.text
    assert "boom &lt;b&gt;bad&lt;/b&gt;" in page.text

    download = agent_client.get(f"/tickets/{ticket.pk}/raw/{raw.pk}/", {"download": "1"})
    assert download["Content-Type"] == "text/plain; charset=utf-8"
    assert download["Content-Disposition"].startswith("attachment;")
    assert download.content == payload

    # The flagged ticket shows the error and links the raw input.
    detail = agent_client.get(f"/tickets/{ticket.pk}/").text
    assert "Parsing failed: boom &lt;b&gt;bad&lt;/b&gt;" in detail
    assert f"/tickets/{ticket.pk}/raw/{raw.pk}/" in detail


def test_raw_ids_cannot_be_walked_across_tickets(agent_client):
    raw_a = raw_inbound_store(channel="email", content=b"a")
    ticket_a = inbound_fail(raw=raw_a, error="a")
    raw_b = raw_inbound_store(channel="email", content=b"b")
    inbound_fail(raw=raw_b, error="b")
    assert agent_client.get(f"/tickets/{ticket_a.pk}/raw/{raw_b.pk}/").status_code == 404
    assert agent_client.get("/tickets/999999/").status_code == 404
