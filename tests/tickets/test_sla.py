"""SLA targets and clocks in the ticket domain (issue 19), on the real database: the default
targets the migration creates, leads editing them in the admin (agents refused), the most
specific target winning, intake stamping deadlines by the customer's tier, the clocks through
the status services (pause, resume, resolve, re-open), and the inbox showing time left and
highlighting a breach with the same query count."""

import datetime as dt
import re

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from tickets.inbound import InboundMessage
from tickets.models import Customer, RequestClass, SlaTarget, Ticket, TicketStatus
from tickets.services import (
    inbound_fail,
    inbound_ingest,
    raw_inbound_store,
    ticket_class_correct,
    ticket_reopen,
    ticket_resolve,
    ticket_transition,
)
from tickets.sla import sla_target_for, ticket_sla_retarget

pytestmark = pytest.mark.django_db


def customer(tier: str, email: str = "") -> Customer:
    return Customer.objects.create(email=email or f"{tier}@example.com", tier=tier)


def ingest(email: str, subject: str = "Help") -> Ticket:
    result = inbound_ingest(
        inbound=InboundMessage(from_address=email, subject=subject, body_text="Hello"),
        channel="email",
    )
    return Ticket.objects.get(pk=result.ticket.pk)


def test_migration_creates_a_catch_all_and_one_target_per_paid_tier():
    rows = {
        (t.request_class_id, t.tier): (t.first_response_minutes, t.resolution_minutes)
        for t in SlaTarget.objects.all()
    }
    assert rows == {
        (None, ""): (1440, 4320),
        (None, "starter"): (480, 2880),
        (None, "business"): (240, 1440),
        (None, "enterprise"): (60, 480),
    }


def test_the_most_specific_target_applies():
    shipping = RequestClass.objects.get(slug="shipping-status")
    ent = customer("enterprise")
    free = customer("free")
    assert sla_target_for(request_class_id=None, customer_id=free.pk).tier == ""
    assert sla_target_for(request_class_id=shipping.pk, customer_id=ent.pk).tier == "enterprise"
    class_any = SlaTarget.objects.create(
        request_class=shipping, first_response_minutes=120, resolution_minutes=600
    )
    assert sla_target_for(request_class_id=shipping.pk, customer_id=ent.pk) == class_any
    both = SlaTarget.objects.create(
        request_class=shipping, tier="enterprise", first_response_minutes=15, resolution_minutes=90
    )
    assert sla_target_for(request_class_id=shipping.pk, customer_id=ent.pk) == both
    assert sla_target_for(request_class_id=shipping.pk, customer_id=free.pk) == class_any
    SlaTarget.objects.all().delete()
    assert sla_target_for(request_class_id=shipping.pk, customer_id=ent.pk) is None


def test_intake_stamps_deadlines_by_tier_and_a_reclassification_rereads_them(agent):
    customer("enterprise", "vip@example.com")
    ticket = ingest("vip@example.com")
    assert ticket.sla_first_response_due_at == ticket.created_at + dt.timedelta(hours=1)
    assert ticket.sla_resolution_due_at == ticket.created_at + dt.timedelta(hours=8)
    assert ticket.sla_due_at == ticket.sla_first_response_due_at
    newcomer = ingest("new@example.com")  # a new customer: free tier, the catch-all
    assert newcomer.sla_due_at == newcomer.created_at + dt.timedelta(hours=24)

    billing = RequestClass.objects.get(slug="billing-dispute")
    SlaTarget.objects.create(
        request_class=billing, first_response_minutes=30, resolution_minutes=240
    )
    ticket_class_correct(ticket=ticket, request_class=billing, actor=agent)
    ticket.refresh_from_db()
    assert ticket.sla_first_response_due_at == ticket.created_at + dt.timedelta(minutes=30)
    assert ticket.sla_resolution_due_at == ticket.created_at + dt.timedelta(minutes=240)

    raw = raw_inbound_store(channel="email", content=b"garbage")
    failed = inbound_fail(raw=raw, error="unparseable", from_address="vip@example.com")
    assert failed.sla_due_at == failed.created_at + dt.timedelta(hours=1)


def test_waiting_pauses_resolution_resolve_stops_it_and_reopen_restarts_it(agent):
    customer("business", "b@example.com")
    ticket = ingest("b@example.com")
    Ticket.objects.filter(pk=ticket.pk).update(first_response_at=timezone.now())
    ticket.refresh_from_db()
    ticket_transition(ticket=ticket, to=TicketStatus.AWAITING_REVIEW)
    assert ticket.sla_due_at == ticket.sla_resolution_due_at  # first response already met

    ticket_transition(ticket=ticket, to=TicketStatus.WAITING_ON_CUSTOMER)
    stored = Ticket.objects.get(pk=ticket.pk)
    assert stored.sla_due_at is None and stored.sla_resolution_stopped_at is not None
    # Pretend the customer took two hours to answer: the pause moves the deadline by as much.
    paused_at = stored.sla_resolution_stopped_at - dt.timedelta(hours=2)
    Ticket.objects.filter(pk=ticket.pk).update(sla_resolution_stopped_at=paused_at)
    ticket.refresh_from_db()
    due = ticket.sla_resolution_due_at
    ticket_transition(ticket=ticket, to=TicketStatus.IN_PIPELINE)
    stored = Ticket.objects.get(pk=ticket.pk)
    moved = stored.sla_resolution_due_at - due
    assert dt.timedelta(hours=2) <= moved < dt.timedelta(hours=2, minutes=1)
    assert stored.sla_due_at == stored.sla_resolution_due_at
    assert stored.sla_resolution_stopped_at is None

    ticket_transition(ticket=stored, to=TicketStatus.AWAITING_REVIEW)
    ticket_resolve(ticket=stored, actor=agent)
    resolved = Ticket.objects.get(pk=ticket.pk)
    assert resolved.sla_due_at is None
    assert resolved.sla_resolution_stopped_at == resolved.resolved_at

    ticket_reopen(ticket=resolved, actor=agent)
    reopened = Ticket.objects.get(pk=ticket.pk)
    assert reopened.sla_resolution_started_at > resolved.resolved_at - dt.timedelta(seconds=1)
    assert reopened.sla_resolution_due_at - reopened.sla_resolution_started_at == dt.timedelta(
        hours=24
    )
    assert reopened.sla_due_at == reopened.sla_resolution_due_at


def test_customer_reply_reopens_and_restarts_the_resolution_clock(agent):
    customer("starter", "s@example.com")
    ticket = ingest("s@example.com", subject="Broken")
    ticket_transition(ticket=ticket, to=TicketStatus.AWAITING_REVIEW)
    ticket_resolve(ticket=ticket, actor=agent)
    inbound_ingest(
        inbound=InboundMessage(
            from_address="s@example.com", subject=f"Re: [SD-{ticket.pk}] Broken", body_text="No"
        ),
        channel="email",
    )
    ticket.refresh_from_db()
    assert ticket.status == TicketStatus.REOPENED and ticket.reopen_count == 1
    assert ticket.sla_resolution_stopped_at is None
    assert ticket.sla_resolution_due_at - ticket.sla_resolution_started_at == dt.timedelta(hours=48)
    # First response still unmet (nobody answered): it stays the nearer deadline.
    assert ticket.sla_due_at == ticket.sla_first_response_due_at


def test_leads_edit_targets_in_the_admin_and_agents_cannot(lead_client, agent):
    page = lead_client.get("/admin/tickets/slatarget/")
    assert page.status_code == 200 and "Enterprise" in page.text
    shipping = RequestClass.objects.get(slug="shipping-status")
    response = lead_client.post(
        "/admin/tickets/slatarget/add/",
        {
            "request_class": shipping.pk,
            "tier": "business",
            "first_response_minutes": 45,
            "resolution_minutes": 300,
        },
    )
    assert response.status_code == 302, response.text
    added = SlaTarget.objects.get(request_class=shipping, tier="business")
    duplicate = lead_client.post(
        "/admin/tickets/slatarget/add/",
        {
            "request_class": shipping.pk,
            "tier": "business",
            "first_response_minutes": 1,
            "resolution_minutes": 2,
        },
    )
    assert (
        duplicate.status_code == 200
        and "A target for this class and tier exists already" in duplicate.text
    )
    response = lead_client.post(
        f"/admin/tickets/slatarget/{added.pk}/change/",
        {
            "request_class": shipping.pk,
            "tier": "business",
            "first_response_minutes": 50,
            "resolution_minutes": 300,
        },
    )
    assert response.status_code == 302
    assert SlaTarget.objects.get(pk=added.pk).first_response_minutes == 50
    other = Client()
    other.force_login(agent)  # an agent works in the console, not the admin
    assert other.get("/admin/tickets/slatarget/").status_code in (302, 403)
    assert not agent.has_perm("tickets.change_slatarget")


def _sla_ticket(n: int, *, minutes_ago: int, tier: str = "business") -> Ticket:
    cust, _ = Customer.objects.get_or_create(
        email=f"inbox-{n}@example.com", defaults={"tier": tier}
    )
    ticket = Ticket.objects.create(
        customer=cust,
        subject=f"Inbox SLA {n}",
        channel="email",
        status=TicketStatus.AWAITING_REVIEW,
        created_at=timezone.now() - dt.timedelta(minutes=minutes_ago),
    )
    ticket.save(update_fields=ticket_sla_retarget(ticket=ticket))
    return ticket


def test_inbox_shows_time_left_and_highlights_breaches_in_constant_queries(agent_client):
    fresh = _sla_ticket(1, minutes_ago=30)  # business: 3 h 30 min left
    with CaptureQueriesContext(connection) as few:
        agent_client.get("/")
    breached = _sla_ticket(2, minutes_ago=5 * 60)  # 1 h overdue
    waiting = _sla_ticket(3, minutes_ago=10)
    waiting.first_response_at = timezone.now()  # answered: the resolution clock alone runs
    ticket_transition(ticket=waiting, to=TicketStatus.WAITING_ON_CUSTOMER)
    for n in range(4, 30):
        _sla_ticket(n, minutes_ago=600 + n)  # older: the first page stays the three above
    with CaptureQueriesContext(connection) as many:
        page = agent_client.get("/").text
    assert len(few) == len(many), [q["sql"] for q in many.captured_queries]

    rows = {
        int(pk): row
        for row, pk in re.findall(
            r'(<tr class="[^"]*">\s*<td class="col-pick">.*?value="(\d+)")', page, re.S
        )
    }
    assert "row--breached" in rows[breached.pk] and "row--breached" not in rows[fresh.pk]
    assert re.search(r'data-sla="breached"[^>]*>.*?Overdue 1 h 00 min', page)
    assert "3 h 30 min left" in page or "3 h 29 min left" in page
    assert 'data-sla="paused"' in page


def _clocks(page: str) -> dict[str, tuple[str, str]]:
    """{label: (state, text)} of the SLA facts on the ticket page."""
    found = re.findall(
        r'<dt>([^<]+) \(SLA\)</dt><dd><span class="sla sla--\w+" data-sla-clock="(\w+)"'
        r'[^>]*>(?:<span class="sla-mark"[^>]*>!</span> )?([^<]+)</span>',
        page,
    )
    return {label: (state, text) for label, state, text in found}


def test_ticket_page_shows_both_clocks_in_constant_queries(agent_client):
    fresh = _sla_ticket(1, minutes_ago=30)  # business: 4 h to the first reply, 24 h to resolve
    with CaptureQueriesContext(connection) as few:
        page = agent_client.get(f"/tickets/{fresh.pk}/").text
    clocks = _clocks(page)
    assert clocks["First response"][0] == "running"
    assert clocks["First response"][1] in ("3 h 30 min left", "3 h 29 min left")
    assert clocks["Resolution"] == ("running", "23 h left")

    breached = _sla_ticket(2, minutes_ago=5 * 60)
    with CaptureQueriesContext(connection) as many:
        page = agent_client.get(f"/tickets/{breached.pk}/").text
    assert len(few) == len(many)
    assert _clocks(page)["First response"] == ("breached", "Overdue 1 h 00 min")
    assert 'class="sla-mark"' in page

    late = _sla_ticket(3, minutes_ago=6 * 60)
    late.first_response_at = late.created_at + dt.timedelta(hours=5)  # an hour past 4 h
    late.save(update_fields=["first_response_at"])
    ticket_transition(ticket=late, to=TicketStatus.WAITING_ON_CUSTOMER)
    clocks = _clocks(agent_client.get(f"/tickets/{late.pk}/").text)
    assert clocks["First response"] == ("breached", "Answered 1 h 00 min late")
    assert clocks["Resolution"] == ("paused", "Paused")

    on_time = _sla_ticket(4, minutes_ago=60)
    on_time.first_response_at = on_time.created_at + dt.timedelta(minutes=20)
    on_time.save(update_fields=["first_response_at"])
    ticket_transition(ticket=on_time, to=TicketStatus.RESOLVED)
    clocks = _clocks(agent_client.get(f"/tickets/{on_time.pk}/").text)
    assert clocks == {
        "First response": ("met", "Answered in time"),
        "Resolution": ("met", "Resolved in time"),
    }
