"""Writes behind the intake API. Each takes a payload the view has already parsed (after the
raw body was stored) and hands it to the one intake path, tickets.services.inbound_ingest."""

from dataclasses import dataclass

from django.db import IntegrityError

from tickets.inbound import InboundAttachment, InboundMessage
from tickets.models import ApiToken, IdempotencyKey, RawInbound, Ticket
from tickets.services import IngestResult, inbound_ingest, raw_inbound_ignore

from .schemas import AttachmentIn, MessageCreateIn, TicketCreateIn


class IdempotencyConflict(Exception):
    """The Idempotency-Key was already used for a different request body."""


@dataclass(frozen=True)
class TicketCreateResult:
    ticket: Ticket
    created: bool  # a new ticket was opened (False: threaded into one, or a replay)


def _attachments(items: list[AttachmentIn]) -> list[InboundAttachment]:
    return [
        InboundAttachment(
            filename=a.filename, content_type=a.content_type, content=a.content_base64
        )
        for a in items
    ]


def _replay(*, remembered: IdempotencyKey, raw: RawInbound) -> TicketCreateResult:
    if remembered.request_hash != raw.sha256:
        raise IdempotencyConflict(
            f"Idempotency-Key {remembered.key!r} was already used with a different request body "
            f"(for {remembered.ticket.reference}); use a new key for a new ticket"
        )
    raw_inbound_ignore(
        raw=raw,
        reason=f"idempotent retry of {remembered.ticket.reference}",
        ticket=remembered.ticket,
    )
    return TicketCreateResult(ticket=remembered.ticket, created=False)


def _remembered(*, token: ApiToken, key: str) -> IdempotencyKey | None:
    return IdempotencyKey.objects.filter(token=token, key=key).select_related("ticket").first()


def api_ticket_create(
    *, token: ApiToken, raw: RawInbound, payload: TicketCreateIn, idempotency_key: str = ""
) -> TicketCreateResult:
    """Open a ticket (or thread into one, as intake decides) from a parsed API payload.

    With an idempotency key, a retry of the same body (same SHA-256 as the stored raw record)
    returns the first ticket and keeps nothing but its own raw record, marked ignored; the same
    key with another body raises IdempotencyConflict. Race-safe: the key row is written in the
    same transaction as the ticket, so the unique (token, key) constraint fails a retry (or
    makes the second of two concurrent requests wait, then fail), which rolls back its whole
    ticket and replays the first. Must not run inside an outer atomic block (the rollback must
    be the whole create)."""
    inbound = InboundMessage(
        from_address=payload.customer.email,
        from_name=payload.customer.name,
        subject=payload.subject,
        body_text=payload.body,
        full_text=payload.body,
        body_html=payload.body_html,
        attachments=_attachments(payload.attachments),
        customer_name=payload.customer.name,
        customer_external_id=payload.customer.external_id,
        customer_fields=payload.customer.new_customer_fields(),
    )
    if not idempotency_key:
        result = inbound_ingest(inbound=inbound, channel="api", raw=raw)
        return TicketCreateResult(ticket=result.ticket, created=result.created)

    # Optimistic: first requests (nearly all) skip a lookup; a retry does the ingest work once
    # more, hits the unique key and rolls it back.
    def key_remember(ticket: Ticket) -> None:
        IdempotencyKey.objects.create(
            token=token, key=idempotency_key, request_hash=raw.sha256, ticket=ticket
        )

    try:
        result = inbound_ingest(inbound=inbound, channel="api", raw=raw, within=key_remember)
    except IntegrityError:
        remembered = _remembered(token=token, key=idempotency_key)
        if remembered is None:
            raise  # some other constraint: not ours to explain away
        return _replay(remembered=remembered, raw=raw)
    return TicketCreateResult(ticket=result.ticket, created=result.created)


def api_message_add(*, ticket_id: int, raw: RawInbound, payload: MessageCreateIn) -> IngestResult:
    """Add a customer message to ticket `ticket_id` through intake (which reopens a resolved
    ticket). Raises Ticket.DoesNotExist for an unknown ticket; nothing is written then."""
    inbound = InboundMessage(
        from_address=payload.sender.email,
        from_name=payload.sender.name,
        subject=payload.subject,
        body_text=payload.body,
        full_text=payload.body,
        body_html=payload.body_html,
        attachments=_attachments(payload.attachments),
        customer_name=payload.sender.name,
        ticket_id=ticket_id,
    )
    return inbound_ingest(inbound=inbound, channel="api", raw=raw)
