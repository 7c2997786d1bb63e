"""The queue page, the review pane and every action through the test client: access, CSRF,
guards answered as 409/422 partials, constant query counts, and customer/model text escaped."""

import datetime as dt
import re

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from drafts.models import Draft, OutboundReply, Review, ReviewAction, SendStatus
from routing.models import RoutingDecision
from tests.drafts.review_support import *  # noqa: F403 (the fixtures)
from tickets.models import Customer, Priority, RequestClass, Team, Ticket, TicketStatus

pytestmark = pytest.mark.django_db
HX = {"HTTP_HX_REQUEST": "true"}


def queue_tickets(n, *, status=TicketStatus.AWAITING_REVIEW, start=None, **fields):
    customer, _ = Customer.objects.get_or_create(email="many@example.com", defaults={"name": "M"})
    start = start or timezone.now() - dt.timedelta(days=3)
    shipping = RequestClass.objects.get(slug="shipping-status")
    return [
        Ticket.objects.create(
            customer=customer,
            subject=f"Queue ticket {i}",
            channel="email",
            status=status,
            request_class=fields.get("request_class", shipping),
            risk=fields.get("risk", "low"),
            priority=fields.get("priority", Priority.NORMAL),
            created_at=start + dt.timedelta(minutes=i),
        )
        for i in range(n)
    ]


def test_queue_lists_awaiting_tickets_by_priority_risk_then_waiting_time(agent_client):
    queue_tickets(3)  # normal priority, low risk, oldest first
    urgent = queue_tickets(1, priority=Priority.URGENT, start=timezone.now())[0]
    high_risk = queue_tickets(
        1,
        risk="high",
        request_class=RequestClass.objects.get(slug="billing-dispute"),
        start=timezone.now(),
    )[0]
    escalated = queue_tickets(1, status=TicketStatus.ESCALATED)[0]
    queue_tickets(1, status=TicketStatus.RESOLVED)

    page = agent_client.get("/queue/").text
    order = [int(n) for n in re.findall(r'data-ticket="(\d+)"', page)]
    assert order[0] == urgent.pk and order[1] == high_risk.pk
    assert escalated.pk not in order and len(order) == 5
    assert re.search(r"Awaiting review <span class=\"count\"[^>]*>5</span>", page)
    assert re.search(r"Escalated <span class=\"count\"[^>]*>1</span>", page)
    assert "Shipping status (4)" in page and "Billing dispute (1)" in page
    assert "Unassigned (5)" in page

    escalated_page = agent_client.get("/queue/?view=escalated", **HX).text
    assert re.findall(r'data-ticket="(\d+)"', escalated_page) == [str(escalated.pk)]
    assert 'id="queue-list"' in escalated_page and "<html" not in escalated_page
    high = agent_client.get("/queue/?risk=high", **HX).text
    assert re.findall(r'data-ticket="(\d+)"', high) == [str(high_risk.pk)]
    only_class = agent_client.get("/queue/?class=billing-dispute").text
    assert re.findall(r'data-ticket="(\d+)"', only_class) == [str(high_risk.pk)]


def test_mine_and_unassigned_filters(agent_client, agent):
    mine = queue_tickets(2)
    Ticket.objects.filter(pk=mine[0].pk).update(assignee=agent)
    page = agent_client.get("/queue/?who=mine").text
    assert re.findall(r'data-ticket="(\d+)"', page) == [str(mine[0].pk)]
    assert "Assigned to me (1)" in page and "Unassigned (1)" in page
    page = agent_client.get("/queue/?who=unassigned").text
    assert re.findall(r'data-ticket="(\d+)"', page) == [str(mine[1].pk)]


def test_queue_pages_by_keyset_with_constant_queries_and_no_count_of_the_table(agent_client):
    queue_tickets(3)
    with CaptureQueriesContext(connection) as small:
        agent_client.get("/queue/")
    queue_tickets(60, start=timezone.now() - dt.timedelta(days=1))
    Ticket.objects.filter(subject="Queue ticket 7").update(priority=Priority.HIGH)
    with CaptureQueriesContext(connection) as big:
        first = agent_client.get("/queue/").text
    assert len(small) == len(big), [q["sql"] for q in big]
    sql = " ".join(q["sql"] for q in big.captured_queries).upper()
    assert "OFFSET" not in sql
    # The only COUNT is the grouped one over the queue's statuses.
    assert sql.count("COUNT(") == 1 and "GROUP BY" in sql

    seen = re.findall(r'data-ticket="(\d+)"', first)
    next_url = re.search(r'rel="next" href="([^"]+)"', first).group(1).replace("&amp;", "&")
    while next_url:
        with CaptureQueriesContext(connection) as deeper:
            page = agent_client.get(next_url).text
        assert len(deeper) == len(big)
        seen += re.findall(r'data-ticket="(\d+)"', page)
        found = re.search(r'rel="next" href="([^"]+)"', page)
        next_url = found.group(1).replace("&amp;", "&") if found else ""
    assert len(seen) == 63 and len(set(seen)) == 63
    ordered = list(
        Ticket.objects.filter(status=TicketStatus.AWAITING_REVIEW)
        .order_by("-priority", "risk", "created_at", "id")
        .values_list("pk", flat=True)
    )
    assert [int(s) for s in seen] == ordered


def test_new_since_poll_counts_tickets_routed_after_the_page(agent_client, drafted):
    page = agent_client.get("/queue/").text
    since = re.search(r"/queue/new/\?since=(\d+)", page).group(1)
    assert agent_client.get(f"/queue/new/?since={since}").text.strip() == ""
    drafted()
    drafted(sender="z@example.com")
    answer = agent_client.get(f"/queue/new/?since={since}", **HX).text
    assert "2 new" in answer and 'hx-target="#queue-list"' in answer
    # Filtered: new tickets of another class do not count.
    assert agent_client.get(f"/queue/new/?since={since}&class=pricing").text.strip() == ""
    assert RoutingDecision.objects.count() == 2


def test_review_pane_shows_everything_in_constant_queries_and_claims_nothing(
    agent_client, agent, drafted, make_user
):
    ticket, draft = drafted()
    with CaptureQueriesContext(connection) as first:
        response = agent_client.get(f"/queue/{ticket.pk}/", **HX)
    pane = response.text
    assert response.status_code == 200 and pane.lstrip().startswith("{% load") is False
    assert 'id="review-pane"' in pane and "<html" not in pane
    assert "Offline draft" in pane
    assert draft.citations[0]["heading"] in pane
    assert f"/queue/fragments/{draft.citations[0]['fragment_id']}/" in pane
    assert "Basis" in pane and "What the pipeline read" in pane
    assert "Routing (rules v" in pane  # the routing decision partial
    assert "Ada Lovelace" in pane and "Business" in pane  # customer panel
    # Opening is a read: no claim (an explicit Take or starting an edit claims).
    assert Ticket.objects.get(pk=ticket.pk).claimed_by is None
    assert 'id="take-button"' in pane

    # Second open, then a heavier ticket: same query count.
    with CaptureQueriesContext(connection) as again:
        agent_client.get(f"/queue/{ticket.pk}/", **HX)
    assert len(again) <= 15, [q["sql"] for q in again]
    for i in range(3):
        drafted(text=f"Any news on my parcel? attempt {i}", subject=f"Re: [SD-{ticket.pk}] x")
    Review.objects.create(
        ticket=ticket, agent=agent, action=ReviewAction.RECLASSIFY, decided_at=timezone.now()
    )
    with CaptureQueriesContext(connection) as heavier:
        agent_client.get(f"/queue/{ticket.pk}/", **HX)
    assert len(heavier) == len(again) == len(first)

    # Once taken, another agent sees the claim, in the pane and in the queue.
    assert agent_client.post(f"/queue/{ticket.pk}/take/", **HX).status_code == 200
    other = Client()
    other.force_login(make_user("dana", "Agent", first_name="Dana"))
    other_pane = other.get(f"/queue/{ticket.pk}/", **HX).text
    assert "agent1 is reviewing this" in other_pane
    Ticket.objects.filter(pk=ticket.pk).update(status=TicketStatus.AWAITING_REVIEW)
    assert "agent1 is reviewing this" in other.get("/queue/").text

    # The full page has the queue and the pane.
    full = agent_client.get(f"/queue/{ticket.pk}/").text
    assert "<html" in full and 'id="queue-list"' in full and 'id="review-pane"' in full


def test_fragment_popover_shows_text_and_version(agent_client, drafted):
    ticket, draft = drafted()
    citation = draft.citations[0]
    text = agent_client.get(f"/queue/fragments/{citation['fragment_id']}/", **HX).text
    assert "version 1" in text and "Shipping" in text
    assert agent_client.get("/queue/fragments/999999/").status_code == 404


def test_an_expanded_citation_reads_as_text_not_markdown(agent_client, lead):
    """The policy's Markdown is shown as the reader sees it: no "**", "#" or "|" markup, list
    items on their own lines, a menu path left alone."""
    from drafts.knowledge.services import policy_document_create

    document = policy_document_create(
        slug="cancel",
        title="Cancelling",
        body="# Cancelling\n\n## How to cancel\n\n**Cancel** any time:\n\n"
        "- Open *Settings > Billing*\n- Press `Cancel plan`\n\n| Plan | Notice |\n| --- | --- |\n"
        "| Plus | none |\n",
    )
    fragment = document.current_version.fragments.order_by("id").last()
    text = agent_client.get(f"/queue/fragments/{fragment.pk}/", **HX).text
    body = text.split('class="fragment-text">', 1)[1].split("</div>", 1)[0]
    assert "**" not in body and "`" not in body and "| --- |" not in body
    assert "Settings &gt; Billing" in body
    assert "- Open Settings &gt; Billing<br>- Press Cancel plan" in body


@pytest.fixture
def post(django_capture_on_commit_callbacks):
    """POST an action as htmx does, running what it enqueues on commit (the send task)."""

    def post(client, ticket, name, **data):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(f"/queue/{ticket.pk}/{name}/", data, **HX)

    return post


def test_every_action_through_the_client(agent_client, agent, drafted, smtp, post):
    ticket, draft = drafted()
    response = post(agent_client, ticket, "approve", draft=draft.pk)
    assert response.status_code == 200, response.text
    assert "Approved" in response.text and '"moves_on": true' in response["HX-Trigger-After-Settle"]
    assert len(smtp.messages) == 1
    assert OutboundReply.objects.get(ticket=ticket).status == SendStatus.SENT

    # Again: conflict, shown as the pane with the message, status 409.
    response = post(agent_client, ticket, "approve", draft=draft.pk)
    assert response.status_code == 409 and "Already answered" in response.text
    assert 'id="review-pane"' in response.text and len(smtp.messages) == 1

    reply = OutboundReply.objects.get(ticket=ticket)
    response = post(agent_client, ticket, "correct", reply=reply.pk, text="Small fix: order 48214.")
    assert response.status_code == 200 and len(smtp.messages) == 2

    t2, d2 = drafted(text="Parcel 555 is late, where is it?", sender="b@example.com")
    response = post(agent_client, t2, "send", draft=d2.pk, text=d2.text + "\nThanks, Sam")
    assert response.status_code == 200 and len(smtp.messages) == 3
    assert Review.objects.get(ticket=t2, action=ReviewAction.EDIT_SEND).edit_distance > 0
    response = post(agent_client, t2, "send", draft=d2.pk, text="")
    assert response.status_code == 422 and "empty" in response.text

    t3, d3 = drafted(text="Order 556 never arrived, tracking stuck", sender="c@example.com")
    assert post(agent_client, t3, "reject", draft=d3.pk, reason="").status_code == 422
    response = post(agent_client, t3, "reject", draft=d3.pk, reason="Wrong tone")
    assert response.status_code == 200 and "Rejected by" in response.text
    response = post(agent_client, t3, "regenerate", instruction="Warmer please")
    assert response.status_code == 200
    assert Draft.objects.get(ticket=t3, is_current=True).run.instruction == "Warmer please"
    pricing = RequestClass.objects.get(slug="pricing")
    assert post(agent_client, t3, "reclassify", request_class=pricing.pk).status_code == 200
    assert Ticket.objects.get(pk=t3.pk).request_class == pricing
    team = Team.objects.first()
    assert post(agent_client, t3, "escalate", team=team.pk, reason="").status_code == 422
    assert post(agent_client, t3, "escalate", team=team.pk, reason="VIP").status_code == 200
    assert Ticket.objects.get(pk=t3.pk).status == TicketStatus.ESCALATED
    assert post(agent_client, t3, "resolve").status_code == 200
    assert post(agent_client, t3, "resolve").status_code == 409
    assert post(agent_client, t3, "reopen").status_code == 200
    assert Ticket.objects.get(pk=t3.pk).status == TicketStatus.REOPENED
    assert agent_client.post(f"/queue/{t3.pk}/explode/", **HX).status_code == 404
    assert len(smtp.messages) == 3


def test_without_javascript_actions_redirect_back_to_the_pane(
    agent_client, drafted, smtp, django_capture_on_commit_callbacks
):
    ticket, draft = drafted()
    with django_capture_on_commit_callbacks(execute=True):
        response = agent_client.post(f"/queue/{ticket.pk}/approve/", {"draft": draft.pk})
    assert response.status_code == 302 and response["Location"] == f"/queue/{ticket.pk}/"
    page = agent_client.get(response["Location"]).text
    assert "Approved: the reply is on its way." in page and "<html" in page
    response = agent_client.post(f"/queue/{ticket.pk}/approve/", {"draft": draft.pk})
    assert response.status_code == 409 and "<html" in response.text
    assert len(smtp.messages) == 1


def test_csrf_and_roles_guard_every_action(
    drafted, make_user, agent, smtp, django_capture_on_commit_callbacks
):
    ticket, draft = drafted()
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(agent)
    assert strict.post(f"/queue/{ticket.pk}/approve/", {"draft": draft.pk}).status_code == 403
    page = strict.get("/queue/").text
    token = re.search(r'"X-CSRFToken": "([^"]+)"', page).group(1)
    with django_capture_on_commit_callbacks(execute=True):
        response = strict.post(
            f"/queue/{ticket.pk}/approve/", {"draft": draft.pk}, HTTP_X_CSRFTOKEN=token, **HX
        )
    assert response.status_code == 200 and len(smtp.messages) == 1

    nobody = Client()
    nobody.force_login(make_user("norole", role=""))
    assert nobody.get("/queue/").status_code == 403
    assert nobody.get(f"/queue/{ticket.pk}/").status_code == 403
    assert nobody.post(f"/queue/{ticket.pk}/resolve/").status_code == 403
    assert Client().get("/queue/").status_code == 302  # the login wall
    assert Client().get("/queue/").status_code == 302
    for name in (
        "approve",
        "send",
        "reject",
        "escalate",
        "regenerate",
        "reclassify",
        "correct",
        "resolve",
        "reopen",
        "stop-autosend",
    ):
        assert nobody.post(f"/queue/{ticket.pk}/{name}/").status_code == 403
    assert Ticket.objects.get(pk=ticket.pk).status == TicketStatus.WAITING_ON_CUSTOMER
    # GET on an action is refused.
    assert Client().get(f"/queue/{ticket.pk}/approve/").status_code in (302, 405)


HOSTILE = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    '"><svg onload=alert(1)>',
    '<div hx-get="/logout/" hx-trigger="load">htmx</div>',
]


def test_model_output_is_escaped_in_the_pane(agent_client, drafted):
    ticket, draft = drafted(subject=f"Help {HOSTILE[0]}", text=f"Where is my parcel {HOSTILE[1]}")
    Draft.objects.filter(pk=draft.pk).update(
        text=f"Hi {' '.join(HOSTILE)}",
        basis=[f"basis {h}" for h in HOSTILE],
        citations=[{**draft.citations[0], "heading": HOSTILE[2], "document": HOSTILE[3]}],
        run=draft.run,
    )
    pane = agent_client.get(f"/queue/{ticket.pk}/", **HX).text
    assert "<script>alert" not in pane and "<img src=x" not in pane and "<svg" not in pane
    assert 'hx-get="/logout/"' not in pane
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in pane
    queue = agent_client.get("/queue/").text
    assert "<script>alert" not in queue


def test_a_draft_that_cannot_answer_says_so_to_the_agent_in_the_pane(agent_client, drafted):
    ticket, draft = drafted(
        text="Can I paint the station housing a different colour?", subject="Paint"
    )
    assert draft.no_answer.startswith("No confident answer found"), draft.basis
    pane = agent_client.get(f"/queue/{ticket.pk}/", **HX).text
    banner = pane.split('id="no-answer"', 1)[1].split("</div>", 1)[0]
    assert "No confident answer." in banner
    # The reason, once (its own "No confident answer found:" is the banner's heading).
    assert draft.no_answer.removeprefix("No confident answer found: ")[1:] in banner
    assert "only acknowledges the message" in banner
    # The banner sits above the draft text, and the draft text is the acknowledgement.
    assert pane.index('id="no-answer"') < pane.index('id="draft-text"')
    assert "draft-text--acknowledgement" in pane
    # A draft that stands on a passage or a sent reply has no banner.
    answered, answered_draft = drafted()
    assert answered_draft.no_answer == ""
    assert 'id="no-answer"' not in agent_client.get(f"/queue/{answered.pk}/", **HX).text
    # The queue list marks the row, so the agent sees it before opening the ticket.
    rows = {
        chunk.split('"', 1)[0]: chunk.split("</li>", 1)[0]
        for chunk in agent_client.get("/queue/").text.split('data-ticket="')[1:]
    }
    assert "No confident answer" in rows[str(ticket.pk)]
    assert "No confident answer" not in rows[str(answered.pk)]

    # Whatever the reason holds is escaped, as is the customer's subject beside it.
    Draft.objects.filter(pk=draft.pk).update(no_answer=f"No confident answer found: {HOSTILE[0]}")
    Ticket.objects.filter(pk=ticket.pk).update(subject=HOSTILE[3])
    pane = agent_client.get(f"/queue/{ticket.pk}/", **HX).text
    assert "<script>alert" not in pane and 'hx-get="/logout/"' not in pane
    banner = pane.split('id="no-answer"', 1)[1].split("</div>", 1)[0]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in banner
    queue = agent_client.get("/queue/").text
    assert "<script>alert" not in queue and "&lt;script&gt;alert(1)&lt;/script&gt;" in queue
