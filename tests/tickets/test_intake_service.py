import pytest

from tickets.inbound import InboundMessage
from tickets.models import Customer, RawInbound, RawInboundStatus, Ticket, TicketStatus
from tickets.services import inbound_fail, inbound_ingest, raw_inbound_store, ticket_transition
from tickets.states import TransitionNotAllowed

pytestmark = pytest.mark.django_db


def test_new_message_opens_ticket_and_matches_customer_case_insensitively():
    Customer.objects.create(email="Ada@Example.com", name="Ada")
    result = inbound_ingest(
        inbound=InboundMessage(from_address="ada@example.COM", subject="Hi", body_text="Help"),
        channel="email",
    )
    assert result.created
    assert result.ticket.customer.name == "Ada"
    assert Customer.objects.count() == 1
    assert result.ticket.message_count == 1


def test_reply_threads_by_message_id_and_reopens_resolved_ticket():
    first = inbound_ingest(
        inbound=InboundMessage(
            from_address="bo@example.com", subject="Q", body_text="a", message_id="<m1@x>"
        ),
        channel="email",
    )
    ticket = first.ticket
    ticket_transition(ticket=ticket, to=TicketStatus.RESOLVED)
    second = inbound_ingest(
        inbound=InboundMessage(
            from_address="bo@example.com", subject="Re: Q", body_text="b", in_reply_to="<m1@x>"
        ),
        channel="email",
    )
    assert not second.created
    assert second.ticket.pk == ticket.pk
    assert second.ticket.status == TicketStatus.REOPENED
    assert second.ticket.reopen_count == 1
    assert second.ticket.message_count == 2


def test_subject_token_threads_only_for_the_same_customer():
    first = inbound_ingest(
        inbound=InboundMessage(from_address="cy@example.com", subject="Q", body_text="a"),
        channel="email",
    )
    token = f"Re: [SD-{first.ticket.pk}] Q"
    same = inbound_ingest(
        inbound=InboundMessage(from_address="cy@example.com", subject=token, body_text="b"),
        channel="email",
    )
    other = inbound_ingest(
        inbound=InboundMessage(from_address="mallory@example.com", subject=token, body_text="c"),
        channel="email",
    )
    assert same.ticket.pk == first.ticket.pk
    assert other.created and other.ticket.pk != first.ticket.pk


def test_auto_reply_opens_nothing_and_marks_raw_ignored():
    raw = raw_inbound_store(channel="email", content=b"raw bytes")
    result = inbound_ingest(
        inbound=InboundMessage(from_address="x@example.com", auto_reply_reason="Auto-Submitted"),
        channel="email",
        raw=raw,
    )
    raw.refresh_from_db()
    assert result.ignored and result.ticket is None
    assert raw.status == RawInboundStatus.IGNORED
    assert Ticket.objects.count() == 0


def test_parse_failure_keeps_raw_and_flags_a_ticket():
    raw = raw_inbound_store(channel="email", content=b"\xff\xfe garbage")
    ticket = inbound_fail(raw=raw, error="no From header")
    raw.refresh_from_db()
    assert ticket.needs_human and "no From header" in ticket.flag_reason
    assert bytes(RawInbound.objects.get(pk=raw.pk).content) == b"\xff\xfe garbage"
    assert raw.status == RawInboundStatus.FAILED and raw.ticket_id == ticket.pk


def test_html_is_sanitized_on_intake():
    result = inbound_ingest(
        inbound=InboundMessage(
            from_address="d@example.com",
            subject="x",
            body_html='<p onclick="x()">hi<script>alert(1)</script><img src=x onerror=alert(1)></p>',
        ),
        channel="email",
    )
    html = result.message.body_html
    assert "<script" not in html and "onerror" not in html and "onclick" not in html
    assert "hi" in html


def test_guarded_transition_rejects_resolved_to_awaiting_review():
    result = inbound_ingest(
        inbound=InboundMessage(from_address="e@example.com", subject="x", body_text="y"),
        channel="api",
    )
    ticket_transition(ticket=result.ticket, to=TicketStatus.RESOLVED)
    with pytest.raises(TransitionNotAllowed):
        ticket_transition(ticket=result.ticket, to=TicketStatus.AWAITING_REVIEW)
