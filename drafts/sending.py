"""Sending an approved reply, exactly once, through Django's email backend.

Protocol (reply_send, called by the drafts.send_reply task): lock the OutboundReply row and
keep the lock while the backend talks to the mail server, then record the outcome in the same
transaction. A second run of the task (a redelivery, the sweeper, a duplicate enqueue) either
waits on that lock and then finds the reply sent, or finds it sent at once: it never sends
again. The one window left is a worker killed after the server accepted the mail and before
the commit; the redelivered task then sends again with the same Message-ID (derived from the
idempotency key), which receiving systems use to drop the duplicate.

On success, in the same transaction: the outbound Message on the thread (with the Message-ID,
so the customer's answer threads back), the ticket's first response time when empty, its
message count, and the move to Waiting on customer. Failures are recorded on the reply (status,
attempts, last error) and on the trail; the task retries with backoff; after the last attempt
the reply is given up and the ticket flagged for a human, with the error, on the ticket page.

Backend: settings.EMAIL_BACKEND (SMTP: EMAIL_HOST/PORT/...; a provider through django-anymail,
e.g. EMAIL_BACKEND=anymail.backends.postmark.EmailBackend with the ANYMAIL settings)."""

from __future__ import annotations

import datetime as dt
import logging
import smtplib
from dataclasses import dataclass

from anymail.exceptions import AnymailInvalidAddress, AnymailRecipientsRefused
from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from audit.services import event_record
from tickets.models import Message, MessageDirection, Ticket, TicketStatus, ticket_reference
from tickets.services import ticket_flag, ticket_transition
from tickets.sla import ticket_sla_on_first_response
from tickets.states import ALLOWED_TRANSITIONS

from .memory import reply_memory_record
from .models import OutboundReply, SendStatus

logger = logging.getLogger(__name__)

DONE_STATUSES = (SendStatus.SENT, SendStatus.CANCELLED, SendStatus.GAVE_UP)
REFERENCES_MAX = 20


@dataclass(frozen=True)
class SendOutcome:
    result: str  # sent, skipped, held, failed, gave_up, missing
    error: str = ""

    @property
    def retry(self) -> bool:
        return self.result == "failed"


def support_domain() -> str:
    address = settings.SUPPORTDESK_SUPPORT_ADDRESS
    return address.rpartition("@")[2].strip(" >") or "localhost"


def reply_message_id(reply: OutboundReply) -> str:
    """Derived from the idempotency key: a resend after a crash carries the same Message-ID."""
    return f"<sd-{reply.idempotency_key}@{support_domain()}>"


def _max_attempts() -> int:
    return getattr(settings, "SUPPORTDESK_SEND_MAX_ATTEMPTS", 5)


def _permanent(error: Exception) -> bool:
    """Errors a retry cannot fix: the server refused the recipient or the sender, or the
    message itself is malformed. Everything else (connection, timeouts, 4xx) is transient."""
    if isinstance(error, smtplib.SMTPRecipientsRefused | smtplib.SMTPSenderRefused):
        return True
    if isinstance(error, smtplib.SMTPResponseException):
        return 500 <= error.smtp_code < 600
    return isinstance(error, AnymailInvalidAddress | AnymailRecipientsRefused)


def _thread_headers(reply: OutboundReply) -> tuple[str, str, Message | None]:
    """In-Reply-To and References: the message this reply answers (the draft's customer
    message; for a correction, our reply it corrects; else the latest customer message)."""
    answered = None
    if reply.corrects_id and reply.corrects.message_id:
        answered = Message.objects.filter(pk=reply.corrects.message_id).first()
    elif reply.draft_id:
        answered = reply.draft.message
    if answered is None:
        answered = (
            Message.objects.filter(ticket_id=reply.ticket_id, direction=MessageDirection.INBOUND)
            .order_by("-created_at", "-id")
            .first()
        )
    if answered is None or not answered.message_id:
        return "", "", answered
    chain = [*answered.references.split(), answered.message_id]
    return answered.message_id, " ".join(chain[-REFERENCES_MAX:]), answered


def _autosend_stale(reply: OutboundReply) -> str:
    """An auto-send that no longer answers the conversation (the draft was replaced, or the
    customer wrote again during the hold) must not go out. Agent-approved replies always do."""
    if not reply.auto_sent or reply.draft_id is None:
        return ""
    if not reply.draft.is_current:
        return "Not sent: a newer draft replaced this one during the hold."
    newer = Message.objects.filter(
        ticket_id=reply.ticket_id,
        direction=MessageDirection.INBOUND,
        created_at__gt=reply.draft.message.created_at,
    ).exists()
    return "Not sent: the customer wrote again during the hold." if newer else ""


def _email_build(reply: OutboundReply, message_id: str) -> EmailMessage:
    in_reply_to, references, _ = _thread_headers(reply)
    headers = {
        "Message-ID": message_id,
        "X-Supportdesk-Ticket": ticket_reference(reply.ticket_id),
        "Auto-Submitted": "auto-generated" if reply.auto_sent else "no",
    }
    if in_reply_to:
        headers["In-Reply-To"] = in_reply_to
        headers["References"] = references
    return EmailMessage(
        subject=reply.subject,
        body=reply.text,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[reply.to_address],
        reply_to=[settings.SUPPORTDESK_SUPPORT_ADDRESS],
        headers=headers,
    )


def reply_send(*, reply_id: int) -> SendOutcome:
    """Send one OutboundReply if it is due and not yet sent. Idempotent (see the module
    docstring); must not run inside an outer transaction (it holds the reply's row lock for
    the duration of the mail server conversation and commits the outcome)."""
    with transaction.atomic():
        reply = (
            OutboundReply.objects.select_for_update(of=("self",))
            .select_related("draft__message", "corrects", "review")
            .filter(pk=reply_id)
            .first()
        )
        if reply is None:
            return SendOutcome("missing")
        if reply.status in DONE_STATUSES:
            return SendOutcome("skipped")
        now = timezone.now()
        if reply.status == SendStatus.HELD and reply.hold_until and reply.hold_until > now:
            return SendOutcome("held")
        stale = _autosend_stale(reply)
        if stale:
            reply.status, reply.last_error = SendStatus.CANCELLED, stale
            reply.save(update_fields=["status", "last_error"])
            event_record(
                name="reviews.autosend_stopped",
                ticket_id=reply.ticket_id,
                actor_label="sender",
                payload={"reply_id": reply.pk, "draft_id": reply.draft_id, "reason": stale},
            )
            return SendOutcome("skipped", stale)
        message_id = reply_message_id(reply)
        email = _email_build(reply, message_id)
        reply.attempts += 1
        try:
            connection = get_connection(fail_silently=False)
            sent = connection.send_messages([email])
            if not sent:
                raise smtplib.SMTPException("the email backend reported 0 messages sent")
        except Exception as error:  # recorded, then retried or given up; never lost silently
            return _failure_record(reply, error)
        _success_record(reply, email, message_id)
    return SendOutcome("sent")


def _failure_record(reply: OutboundReply, error: Exception) -> SendOutcome:
    text = f"{type(error).__name__}: {error}"[:2000]
    final = _permanent(error) or reply.attempts >= _max_attempts()
    reply.status = SendStatus.GAVE_UP if final else SendStatus.FAILED
    reply.last_error = text
    reply.save(update_fields=["status", "attempts", "last_error"])
    if final:
        ticket = Ticket.objects.select_for_update().get(pk=reply.ticket_id)
        ticket_flag(
            ticket=ticket,
            reason=(
                f"The reply to {reply.to_address} could not be sent after {reply.attempts} "
                f"attempt(s): {text}"
            ),
        )
    event_record(
        name="reviews.send_gave_up" if final else "reviews.send_failed",
        ticket_id=reply.ticket_id,
        actor_label="sender",
        payload={"reply_id": reply.pk, "attempt": reply.attempts, "error": text, "final": final},
    )
    logger.warning("reply %s: send attempt %s failed: %s", reply.pk, reply.attempts, text)
    return SendOutcome("gave_up" if final else "failed", text)


def _success_record(reply: OutboundReply, email: EmailMessage, message_id: str) -> None:
    now = timezone.now()
    agent = reply.review.agent if reply.review_id else None
    message = Message.objects.create(
        ticket_id=reply.ticket_id,
        direction=MessageDirection.OUTBOUND,
        author_user=agent,
        from_address=settings.SUPPORTDESK_SUPPORT_ADDRESS[:320],
        from_name="Auto-send" if reply.auto_sent else "",
        subject=reply.subject,
        body_text=reply.text,
        full_text=reply.text,
        message_id=message_id,
        in_reply_to=email.extra_headers.get("In-Reply-To", ""),
        references=email.extra_headers.get("References", ""),
        created_at=now,
    )
    reply.status = SendStatus.SENT
    reply.sent_at = now
    reply.message = message
    reply.last_error = ""
    reply.save(update_fields=["status", "sent_at", "message", "attempts", "last_error"])
    # A reply a person approved or edited is memory from now on (auto-sent ones are not).
    reply_memory_record(reply=reply)

    ticket = Ticket.objects.select_for_update().get(pk=reply.ticket_id)
    fields = ["message_count", "updated_at"]
    ticket.message_count = F("message_count") + 1
    if ticket.first_response_at is None:
        ticket.first_response_at = now
        fields.append("first_response_at")
        fields += ticket_sla_on_first_response(ticket=ticket)
    ticket.save(update_fields=fields)
    ticket.refresh_from_db(fields=["message_count"])
    target = TicketStatus.WAITING_ON_CUSTOMER
    if ticket.status != target and target in ALLOWED_TRANSITIONS.get(ticket.status, ()):
        ticket_transition(ticket=ticket, to=target, reason="reply sent")
    event_record(
        name="reviews.reply_sent",
        ticket_id=reply.ticket_id,
        actor_label="sender",
        payload={
            "reply_id": reply.pk,
            "review_id": reply.review_id,
            "message_id": message.pk,
            "email_message_id": message_id,
            "to": reply.to_address,
            "subject": reply.subject,
            "auto_sent": reply.auto_sent,
            "is_correction": reply.is_correction,
            "attempts": reply.attempts,
        },
    )


def replies_due() -> list[int]:
    """Replies the sweeper should hand to the send task: held ones whose window is over, and
    queued or failed ones whose task may have been lost (older than a minute)."""
    now = timezone.now()
    held = OutboundReply.objects.filter(status=SendStatus.HELD, hold_until__lte=now)
    stale = OutboundReply.objects.filter(
        status__in=[SendStatus.QUEUED, SendStatus.FAILED],
        created_at__lt=now - dt.timedelta(minutes=1),
    )
    return list(held.values_list("pk", flat=True)[:500]) + list(
        stale.values_list("pk", flat=True)[:500]
    )
