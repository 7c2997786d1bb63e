"""The one intake path for email, whatever brought it (a file, an mbox, a Maildir, a provider's
webhook): store the raw bytes, parse them with our parser, hand the result to inbound_ingest.
A message that cannot be parsed becomes a flagged ticket (inbound_fail); nothing is lost."""

import logging
from dataclasses import dataclass

from tickets.models import Channel, RawInbound, RawInboundStatus
from tickets.services import inbound_fail, inbound_ingest, raw_inbound_ignore, raw_inbound_store

from .parsing import EmailParseError, email_parse
from .selectors import inbound_message_with_id, raw_email_previous

logger = logging.getLogger(__name__)


class Outcome:
    CREATED = "created"  # opened a new ticket
    THREADED = "threaded"  # added to an existing ticket
    IGNORED = "ignored"  # auto-reply or bounce: recorded, opened nothing
    FAILED = "failed"  # could not be parsed: flagged ticket, raw kept
    DUPLICATE = "duplicate"  # already imported: same bytes, or same Message-ID


@dataclass(frozen=True)
class EmailIntakeResult:
    outcome: str
    raw_id: int | None = None
    ticket_id: int | None = None
    detail: str = ""  # the ignore reason, the error, or what it duplicates


def email_receive(*, content: bytes, source: str) -> EmailIntakeResult:
    """Take one email as raw bytes through the whole intake. Idempotent for re-deliveries: the
    same bytes already parsed or ignored are skipped before anything is stored (the same bytes
    that failed before are parsed again on their first raw record, and skipped if they still
    fail), and a message whose Message-ID is already on an inbound message is stored but
    marked ignored. Never raises for anything in `content`; raises only if the raw record
    itself cannot be stored (then nothing was taken, and the caller or the provider should
    retry). Must not run inside an outer transaction: the raw record commits on its own,
    before parsing."""
    sha256 = RawInbound.digest(content)  # once: messages can be megabytes
    previous = raw_email_previous(sha256=sha256)
    if previous is not None and previous.status in (
        RawInboundStatus.PARSED,
        RawInboundStatus.IGNORED,
    ):
        return EmailIntakeResult(
            Outcome.DUPLICATE, previous.pk, previous.ticket_id, "same bytes already imported"
        )
    if previous is not None:
        # Received before but failed (or was interrupted): try again on the same raw record
        # rather than storing a second copy and flagging a second ticket.
        raw = previous
        retrying = raw.status == RawInboundStatus.FAILED
    else:
        retrying = False
        raw = raw_inbound_store(
            channel=Channel.EMAIL, content=content, source=source, sha256=sha256
        )
    try:
        inbound = email_parse(content=content)
    except Exception as exc:  # a parser bug must not lose the message either
        if isinstance(exc, EmailParseError):
            error = str(exc)
        else:
            logger.exception("email parser crashed on raw input %s", raw.pk)
            error = f"parser error: {type(exc).__name__}: {exc}"[:1000]
        if retrying:
            return EmailIntakeResult(
                Outcome.DUPLICATE, raw.pk, raw.ticket_id, f"already flagged: {error}"
            )
        ticket = inbound_fail(raw=raw, error=error)
        return EmailIntakeResult(Outcome.FAILED, raw.pk, ticket.pk, error)

    if inbound.message_id and not inbound.auto_reply_reason:
        existing = inbound_message_with_id(message_id=inbound.message_id)
        if existing is not None:
            reason = f"duplicate: Message-ID already on message {existing.pk}"
            raw_inbound_ignore(raw=raw, reason=reason, record={})
            return EmailIntakeResult(Outcome.DUPLICATE, raw.pk, existing.ticket_id, reason)

    try:
        result = inbound_ingest(inbound=inbound, channel=Channel.EMAIL, raw=raw)
    except Exception as exc:  # keep the message: flag it for a human instead
        logger.exception("intake failed for raw input %s", raw.pk)
        error = f"intake error: {type(exc).__name__}: {exc}"[:1000]
        if retrying:
            return EmailIntakeResult(
                Outcome.DUPLICATE, raw.pk, raw.ticket_id, f"already flagged: {error}"
            )
        ticket = inbound_fail(
            raw=raw, error=error, from_address=inbound.from_address, subject=inbound.subject
        )
        return EmailIntakeResult(Outcome.FAILED, raw.pk, ticket.pk, error)

    if result.ignored:
        return EmailIntakeResult(Outcome.IGNORED, raw.pk, None, inbound.auto_reply_reason)
    outcome = Outcome.CREATED if result.created else Outcome.THREADED
    return EmailIntakeResult(outcome, raw.pk, result.ticket.pk)


def webhook_request_store(*, esp_name: str, content: bytes, content_type: str) -> RawInbound:
    """Store an authenticated webhook request's body exactly as received, before anything
    parses it (anymail's provider parser, then ours). Committed on its own: must not run
    inside an outer transaction."""
    return raw_inbound_store(
        channel=Channel.EMAIL,
        content=content,
        content_type=content_type or "application/octet-stream",
        source=f"webhook:{esp_name}:request",
    )


def webhook_request_taken(*, raw: RawInbound) -> None:
    """The request was read and each message it carried went through email_receive, which
    stored the message's own raw MIME: the request's record is redundant, so it is dropped
    (one raw record per message). It stays (received, or failed with the error) whenever the
    messages did not all get that far."""
    RawInbound.objects.filter(pk=raw.pk, status=RawInboundStatus.RECEIVED).delete()
