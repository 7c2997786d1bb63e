"""Writes for the ticket domain. Intake: every channel stores its raw input first
(raw_inbound_store), parses into an InboundMessage, then calls inbound_ingest, the one
path that threads, opens or reopens tickets and records the events."""

import datetime as dt
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.contrib.admin.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.db.models.functions import Lower
from django.utils import timezone

from audit.redaction import REDACTED, related_rows_redact
from audit.services import event_record, events_batched
from supportdesk.rows import rows_update
from supportdesk.text import text_refused_characters

from .inbound import InboundMessage
from .models import (
    Attachment,
    Customer,
    Message,
    MessageDirection,
    RawInbound,
    RawInboundStatus,
    Ticket,
    TicketStatus,
    TicketStatusChange,
    ticket_reference,
)
from .notifications import escalation_notify_enqueue, escalations_notify_enqueue
from .sanitize import html_sanitize
from .selectors import assignable_user_get
from .sla import (
    sla_target_for,
    ticket_sla_on_status,
    ticket_sla_retarget,
    ticket_sla_target_apply,
)
from .states import ALLOWED_TRANSITIONS, check_transition

logger = logging.getLogger(__name__)

TICKET_TOKEN_RE = re.compile(r"\[SD-(\d{1,12})\]")
SUBJECT_MAX = 500


@dataclass(frozen=True)
class IngestResult:
    ticket: Ticket | None
    message: Message | None
    created: bool  # a new ticket was opened
    ignored: bool = False  # an auto-reply or bounce: recorded, nothing opened


def raw_inbound_store(
    *,
    channel: str,
    content: bytes,
    content_type: str = "message/rfc822",
    source: str = "",
    sha256: str = "",
) -> RawInbound:
    """Store the input exactly as received, committed before any parsing, so that nothing is
    lost whatever the parser does next: one INSERT in autocommit mode. Must not run inside an
    outer atomic block that could roll it back.

    The row is its own record of receipt (time, size, SHA-256, source); the event that follows
    (message received, rejected, failed, ignored) names it by raw_id. `sha256`: the content's
    digest when the caller has already computed it."""
    return RawInbound.objects.create(
        channel=channel,
        source=source[:300],
        content=content,
        content_type=content_type[:100],
        size=len(content),
        sha256=sha256 or RawInbound.digest(content),
        received_at=timezone.now(),
    )


def customer_match(email: str) -> Customer | None:
    """The customer whose address matches case-insensitively, with the fields intake reads
    (the tier for the SLA target; any other loads on first use). lower(email) = ... is what
    the unique index customer_email_ci_unique covers (email__iexact would compare UPPER() and
    miss it)."""
    return (
        Customer.objects.alias(email_lower=Lower("email"))
        .filter(email_lower=email.lower())
        .only("id", "name", "external_id", "tier")
        .first()
    )


def customer_get_or_create(
    *, email: str, name: str = "", external_id: str = "", fields: dict | None = None
) -> Customer:
    """Match case-insensitively on email; fill in blanks, never overwrite known facts."""
    email = email.strip()
    customer = customer_match(email)
    if customer is None:
        customer = Customer(email=email, name=name[:200], external_id=external_id[:100])
        for key, value in (fields or {}).items():
            setattr(customer, key, value)
        try:
            with transaction.atomic():
                customer.save()
        except IntegrityError:
            # Lost a race with another intake for the same new address: take theirs.
            customer = customer_match(email)
            if customer is None:
                raise
        return customer
    changed = []
    if name and not customer.name:
        customer.name = name[:200]
        changed.append("name")
    if external_id and not customer.external_id:
        customer.external_id = external_id[:100]
        changed.append("external_id")
    if changed:
        customer.save(update_fields=changed)
    return customer


def _thread_ticket(inbound: InboundMessage, customer: Customer) -> Ticket | None:
    """Find the ticket a reply belongs to, locked for this transaction: its Message-ID chain
    first, then a [SD-n] token in the subject when the sender is that ticket's customer."""
    locked = Ticket.objects.select_for_update()
    ids = [i for i in [inbound.in_reply_to, *reversed(inbound.references)] if i]
    if ids:
        ticket_id = (
            Message.objects.filter(message_id__in=ids[:50])
            .order_by("-id")
            .values_list("ticket_id", flat=True)
            .first()
        )
        if ticket_id is not None:
            return locked.get(pk=ticket_id)
    match = TICKET_TOKEN_RE.search(inbound.subject or "")
    if match:
        return locked.filter(pk=int(match.group(1)), customer=customer).first()
    return None


# The drafting pipeline's entry point. tickets knows nothing of drafts: drafts registers its
# hook here from DraftsConfig.ready() (pipeline_hook_register); intake calls it after a commit
# that left customer messages waiting for the pipeline. SUPPORTDESK_PIPELINE_ENABLED (read at
# call time) switches it off without unregistering it: tests that are not about the pipeline,
# the intake bench, a console that only collects tickets.
_pipeline_hooks: list[Callable[[], None]] = []


def pipeline_hook_register(hook: Callable[[], None]) -> None:
    """Register the callable intake calls (no arguments) after committing messages for the
    pipeline. Registering the same callable again does nothing."""
    if hook not in _pipeline_hooks:
        _pipeline_hooks.append(hook)


def pipeline_hook() -> Callable[[], None] | None:
    """What intake calls after a commit that left messages waiting for the pipeline (None when
    the pipeline is off: SUPPORTDESK_PIPELINE_ENABLED false, or no app registered a hook)."""
    if not settings.SUPPORTDESK_PIPELINE_ENABLED or not _pipeline_hooks:
        return None
    if len(_pipeline_hooks) == 1:
        return _pipeline_hooks[0]
    hooks = tuple(_pipeline_hooks)

    def run_all() -> None:
        for hook in hooks:
            hook()

    return run_all


def inbound_ingest(
    *,
    inbound: InboundMessage,
    channel: str,
    raw: RawInbound | None = None,
    within: Callable[[Ticket], None] | None = None,
    pipeline: bool = True,
) -> IngestResult:
    """Thread the message into its ticket (opening or reopening one as needed), store it with
    sanitized HTML and attachments, record the events, and request the pipeline, all in one
    transaction. `within(ticket)`, if given, runs last inside that transaction (the API writes
    its idempotency key there, so a failed key rolls back the whole ticket). pipeline=False
    leaves the message out of the drafting pipeline (history replayed by the demo loader). Auto-replies and
    bounces are recorded against the raw input and open nothing."""
    now = timezone.now()
    hook = pipeline_hook() if pipeline else None
    with transaction.atomic():
        if inbound.auto_reply_reason:
            details = {"from": inbound.from_address, "subject": inbound.subject[:200]}
            if raw is not None:
                raw_inbound_ignore(raw=raw, reason=inbound.auto_reply_reason, record=details)
            else:
                event_record(
                    name="tickets.ignored",
                    payload={**_raw_facts(None), "reason": inbound.auto_reply_reason, **details},
                )
            return IngestResult(ticket=None, message=None, created=False, ignored=True)

        customer = customer_get_or_create(
            email=inbound.from_address,
            name=inbound.from_name or inbound.customer_name,
            external_id=inbound.customer_external_id,
            fields=inbound.customer_fields,
        )
        if inbound.ticket_id is not None:
            ticket = Ticket.objects.select_for_update().get(pk=inbound.ticket_id)
        else:
            ticket = _thread_ticket(inbound, customer)
        created = ticket is None
        if created:
            ticket = Ticket(
                customer=customer,
                subject=(inbound.subject or "(no subject)")[:SUBJECT_MAX],
                channel=channel,
                created_at=now,
                last_customer_message_at=now,
                message_count=1,  # this message; saves the counter update below
            )
            # Unclassified yet: the customer's tier's target (or the catch-all) until the
            # pipeline names the class.
            ticket_sla_target_apply(
                ticket=ticket,
                target=sla_target_for(
                    request_class_id=None, customer_id=customer.pk, tier=customer.tier
                ),
            )
            ticket.save(force_insert=True)
        message = Message.objects.create(
            ticket=ticket,
            direction=MessageDirection.INBOUND,
            from_address=inbound.from_address[:320],
            from_name=inbound.from_name[:200],
            subject=inbound.subject[:SUBJECT_MAX],
            body_text=inbound.body_text,
            full_text=inbound.full_text or inbound.body_text,
            body_html=html_sanitize(inbound.body_html),
            message_id=inbound.message_id[:998],
            in_reply_to=inbound.in_reply_to[:998],
            references=" ".join(inbound.references),
            raw=raw,
            parse_warnings=inbound.warnings,
            created_at=now,
            # The pipeline's request travels in the message row itself (an outbox that costs
            # no statement of its own); the hook, after commit, has it dispatched.
            pipeline_pending=hook is not None,
        )
        if inbound.attachments:
            Attachment.objects.bulk_create(
                [
                    Attachment(
                        message=message,
                        filename=a.filename[:255],
                        content_type=a.content_type[:255],
                        size=len(a.content),
                        sha256=RawInbound.digest(a.content),
                        content=a.content,
                    )
                    for a in inbound.attachments
                ]
            )
        if not created:
            _ticket_on_customer_reply(ticket, now)
        if raw is not None:
            raw.status = RawInboundStatus.PARSED
            raw.ticket = ticket
            raw.save(update_fields=["status", "ticket"])
        # One event per message; for the message that opened the ticket it says so (the
        # ticket's own row has the rest), rather than a second "ticket opened" event to write,
        # seal and keep for every new ticket.
        event_record(
            name="tickets.message_received",
            ticket_id=ticket.pk,
            payload={
                "message_id": message.pk,
                "opened_ticket": created,
                "customer_id": customer.pk,
                **_raw_facts(raw),
                "channel": channel,
                "from": inbound.from_address,
                "subject": inbound.subject[:SUBJECT_MAX],
                "text": inbound.body_text,
                "attachments": [a.filename for a in inbound.attachments],
                "warnings": inbound.warnings,
            },
        )
        if hook is not None:
            # robust: the message is committed by then; if the broker is down, the periodic
            # dispatch picks the message up, and the client still gets its answer.
            transaction.on_commit(hook, robust=True)
        if within is not None:
            within(ticket)
    return IngestResult(ticket=ticket, message=message, created=created)


def _raw_facts(raw: RawInbound | None) -> dict:
    """What the trail keeps of the raw input an event came from (the row itself holds it all)."""
    if raw is None:
        return {"raw_id": None}
    return {
        "raw_id": raw.pk,
        "raw_sha256": raw.sha256,
        "raw_size": raw.size,
        "raw_received_at": raw.received_at,
    }


def _ticket_on_customer_reply(ticket: Ticket, now) -> None:
    """A customer wrote again on an existing ticket (the caller holds its row lock, so the
    counters in hand are current): count the message, and reopen the ticket when resolved."""
    fields = ["message_count", "last_customer_message_at"]
    if ticket.status == TicketStatus.RESOLVED:
        ticket_transition(ticket=ticket, to=TicketStatus.REOPENED, reason="customer replied")
        ticket.reopen_count += 1
        fields.append("reopen_count")
        event_record(name="tickets.reopened", ticket_id=ticket.pk, payload={"at": now})
    ticket.message_count += 1
    ticket.last_customer_message_at = now
    ticket.save(update_fields=fields)


def inbound_fail(
    *, raw: RawInbound, error: str, from_address: str = "", subject: str = ""
) -> Ticket:
    """Parsing failed: open a ticket flagged for a human, pointing at the raw input and the
    error, so nothing is lost."""
    with transaction.atomic():
        customer = None
        if from_address and "@" in from_address:
            customer = customer_get_or_create(email=from_address)
        ticket = Ticket(
            customer=customer,
            subject=(subject or f"Unparseable {raw.get_channel_display().lower()} input")[
                :SUBJECT_MAX
            ],
            channel=raw.channel,
            created_at=timezone.now(),
            needs_human=True,
            flag_reason=f"Parsing failed: {error}"[:500],
            status=TicketStatus.ESCALATED,
        )
        ticket_sla_target_apply(
            ticket=ticket,
            target=sla_target_for(
                request_class_id=None, customer_id=customer.pk if customer else None
            ),
        )
        ticket.save(force_insert=True)
        raw.status = RawInboundStatus.FAILED
        raw.error = error
        raw.ticket = ticket
        raw.save(update_fields=["status", "error", "ticket"])
        event_record(
            name="tickets.parse_failed",
            ticket_id=ticket.pk,
            payload={"raw_id": raw.pk, "error": error},
        )
    return ticket


def raw_inbound_reject(*, raw: RawInbound, error: str) -> RawInbound:
    """The input was refused and its sender was told why (an API validation error): keep the
    raw record, marked failed with the error, and open no ticket."""
    with transaction.atomic():
        raw.status = RawInboundStatus.FAILED
        raw.error = error
        raw.save(update_fields=["status", "error"])
        event_record(name="tickets.raw_rejected", payload={"raw_id": raw.pk, "error": error[:2000]})
    return raw


def raw_inbound_ignore(
    *, raw: RawInbound, reason: str, ticket: Ticket | None = None, record: dict | None = None
) -> RawInbound:
    """The input needs no new work (an auto-reply, an email already taken in, a retried API
    create answered from its idempotency key): keep it, marked ignored with the reason and, if
    given, the ticket it repeats (an existing link is kept otherwise). `record`: also put a
    tickets.ignored event on the trail, with these details."""
    raw.status = RawInboundStatus.IGNORED
    raw.ignored_reason = reason[:200]
    fields = ["status", "ignored_reason"]
    if ticket is not None:
        raw.ticket = ticket
        fields.append("ticket")
    with transaction.atomic():
        raw.save(update_fields=fields)
        if record is not None:
            event_record(
                name="tickets.ignored", payload={**_raw_facts(raw), "reason": reason, **record}
            )
    return raw


def ticket_transition(*, ticket: Ticket, to: str, actor=None, reason: str = "") -> Ticket:
    """Move a ticket to another status if the transition is allowed (raises
    TransitionNotAllowed otherwise). The caller holds the row lock (select_for_update) when
    another agent or a worker could race."""
    current = ticket.status
    if current == to:
        return ticket
    check_transition(current, to)
    now = timezone.now()
    ticket.status = to
    fields = ["status", "updated_at"]
    if to == TicketStatus.RESOLVED:
        ticket.resolved_at = now
        fields.append("resolved_at")
    fields += ticket_sla_on_status(ticket=ticket, previous=current, now=now)
    with transaction.atomic():
        ticket.save(update_fields=fields)
        # The metrics read each resolution and reopen with its time (the re-open rate).
        change = TicketStatusChange.objects.create(
            ticket=ticket,
            from_status=current,
            to_status=to,
            at=now,
            actor=actor,
        )
        event_record(
            name="tickets.status_changed",
            ticket_id=ticket.pk,
            actor=actor,
            payload={"from": current, "to": to, "reason": reason},
        )
        if to == TicketStatus.ESCALATED:
            escalation_notify_enqueue(change=change)
    return ticket


def tickets_transition(
    *, tickets: list[Ticket], to: str, actor=None, reasons: dict[int, str] | None = None
) -> list[Ticket]:
    """ticket_transition for many tickets going to one status (a pipeline chunk), with the
    same checks, rows and events: every move is checked first (TransitionNotAllowed, and
    nothing written, when one is not allowed); the tickets that change are written in one
    UPDATE (those whose SLA clocks move too, in one more), their status-change rows in one
    insert, their tickets.status_changed events in ticket order (in one insert inside
    events_batched), their escalation e-mails in one task (escalations_notify_enqueue). reasons: {ticket id: reason}. A ticket already there is left alone. The
    caller holds the rows' locks. Returns the tickets that moved."""
    moving = [ticket for ticket in tickets if ticket.status != to]
    for ticket in moving:
        check_transition(ticket.status, to)
    if not moving:
        return []
    reasons = reasons or {}
    now = timezone.now()
    previous: dict[int, str] = {}
    plain: list[Ticket] = []
    clocked: list[Ticket] = []
    clock_fields: set[str] = set()
    for ticket in moving:
        previous[ticket.pk] = ticket.status
        ticket.status, ticket.updated_at = to, now
        if to == TicketStatus.RESOLVED:
            ticket.resolved_at = now
        sla_fields = ticket_sla_on_status(ticket=ticket, previous=previous[ticket.pk], now=now)
        (clocked if sla_fields else plain).append(ticket)
        clock_fields.update(sla_fields)
    fields = {"status": to, "updated_at": now}
    if to == TicketStatus.RESOLVED:
        fields["resolved_at"] = now
    with transaction.atomic(), events_batched():
        if plain:
            Ticket.objects.filter(pk__in=[ticket.pk for ticket in plain]).update(**fields)
        if clocked:
            rows_update(clocked, [*fields, *sorted(clock_fields)])
        changes = TicketStatusChange.objects.bulk_create(
            [
                TicketStatusChange(
                    ticket=ticket,
                    from_status=previous[ticket.pk],
                    to_status=to,
                    at=now,
                    actor=actor,
                )
                for ticket in moving
            ]
        )
        for ticket in moving:
            event_record(
                name="tickets.status_changed",
                ticket_id=ticket.pk,
                actor=actor,
                payload={
                    "from": previous[ticket.pk],
                    "to": to,
                    "reason": reasons.get(ticket.pk, ""),
                },
            )
        if to == TicketStatus.ESCALATED:
            escalations_notify_enqueue(changes=changes)
    return moving


def ticket_class_correct(*, ticket: Ticket, request_class, actor) -> Ticket:
    """An agent sets the request class. The correction is a training label for the classifier
    (class_source="agent") and moves the ticket's risk to the new class's risk."""
    previous = ticket.request_class.slug if ticket.request_class_id else None
    ticket.request_class = request_class
    ticket.risk = request_class.risk
    ticket.class_source = "agent"
    ticket.class_corrected_at = timezone.now()
    sla_fields = ticket_sla_retarget(ticket=ticket)
    ticket.save(
        update_fields=[
            "request_class",
            "risk",
            "class_source",
            "class_corrected_at",
            "updated_at",
            *sla_fields,
        ]
    )
    event_record(
        name="tickets.class_corrected",
        ticket_id=ticket.pk,
        actor=actor,
        payload={"from": previous, "to": request_class.slug},
    )
    return ticket


# --- Assignment ---------------------------------------------------------------------------------
# Ownership (the assignee) is not the review queue's claim (claimed_by: "I am looking at this
# now", lapsing after 30 minutes): the owner stays until someone reassigns the ticket.

BULK_ASSIGN_MAX = 100


class AssignmentInvalid(ValueError):
    """The assignment cannot be made as asked (not an assignable person, no ticket or too many
    tickets, an unknown ticket); the message is shown to the agent as it is."""


def _assignment_event_record(*, ticket_id: int, previous_id, assignee, actor) -> None:
    event_record(
        name="tickets.assigned" if assignee is not None else "tickets.unassigned",
        ticket_id=ticket_id,
        actor=actor,
        payload={
            "assignee": assignee.get_username() if assignee is not None else None,
            "assignee_id": assignee.pk if assignee is not None else None,
            "previous_id": previous_id,
        },
    )


def ticket_assign(*, ticket: Ticket, assignee, actor=None) -> Ticket:
    """Give the ticket to `assignee`, or to nobody (None), with tickets.assigned (or
    tickets.unassigned), in one transaction. Checks nothing: routing's rules name their
    assignee; people assign through ticket_assignee_set, which checks the person and locks."""
    previous_id = ticket.assignee_id
    ticket.assignee = assignee
    with transaction.atomic():
        ticket.save(update_fields=["assignee", "updated_at"])
        _assignment_event_record(
            ticket_id=ticket.pk, previous_id=previous_id, assignee=assignee, actor=actor
        )
    return ticket


def _assignee_resolve(*, assignee_id: int | None):
    """The active Agent or Team lead with this id (None for None); AssignmentInvalid for
    anyone else, so a stale or hand-made id never becomes an owner."""
    if assignee_id is None:
        return None
    assignee = assignable_user_get(user_id=assignee_id)
    if assignee is None:
        raise AssignmentInvalid(
            "Tickets can only be assigned to an active agent or team lead; "
            f"user {assignee_id} is not one."
        )
    return assignee


def ticket_assignee_set(*, ticket_id: int, assignee_id: int | None, actor) -> Ticket:
    """A person assigns the ticket to an active Agent or Team lead (assign, Assign to me) or
    to nobody (assignee_id=None: Unassign). Raises AssignmentInvalid for anyone else and
    Ticket.DoesNotExist for an unknown ticket. Locks the ticket row (two agents assigning at
    once: the second sees the first's owner); nothing is written when the owner is already the
    one asked for, so a double click records one event. Returns the ticket with its assignee."""
    assignee = _assignee_resolve(assignee_id=assignee_id)
    with transaction.atomic():
        ticket = (
            Ticket.objects.select_for_update(of=("self",))
            .select_related("assignee")
            .get(pk=ticket_id)
        )
        if ticket.assignee_id != assignee_id:
            ticket_assign(ticket=ticket, assignee=assignee, actor=actor)
    return ticket


def tickets_assignee_set(*, ticket_ids: list[int], assignee_id: int | None, actor) -> int:
    """Assign (or unassign: assignee_id=None) several tickets at once: the inbox's bulk
    action. At most BULK_ASSIGN_MAX tickets; no ticket, too many, an unknown ticket or an
    unassignable person raise AssignmentInvalid and nothing changes. One transaction: the rows
    locked in id order (two bulk actions never deadlock), one UPDATE, one event per ticket
    whose owner changed (tickets already with that owner are left alone). Returns how many
    changed."""
    ids = sorted(set(ticket_ids))
    if not ids:
        raise AssignmentInvalid("Select at least one ticket.")
    if len(ids) > BULK_ASSIGN_MAX:
        raise AssignmentInvalid(
            f"{len(ids)} tickets selected; at most {BULK_ASSIGN_MAX} can be assigned at once."
        )
    assignee = _assignee_resolve(assignee_id=assignee_id)
    with transaction.atomic():
        rows = list(
            Ticket.objects.select_for_update()
            .filter(pk__in=ids)
            .order_by("pk")
            .values_list("pk", "assignee_id")
        )
        if len(rows) != len(ids):
            missing = sorted(set(ids) - {pk for pk, _ in rows})
            raise AssignmentInvalid(
                "No such ticket: " + ", ".join(ticket_reference(pk) for pk in missing[:10])
            )
        changed = [(pk, previous) for pk, previous in rows if previous != assignee_id]
        if changed:
            Ticket.objects.filter(pk__in=[pk for pk, _ in changed]).update(
                assignee=assignee, updated_at=timezone.now()
            )
        for pk, previous in changed:
            _assignment_event_record(
                ticket_id=pk, previous_id=previous, assignee=assignee, actor=actor
            )
    return len(changed)


# --- The ticket lifecycle -------------------------------------------------------------------
# One service per change, each with its event, in the caller's transaction (or its own). The
# review queue (drafts.reviews), routing and the pipeline call these; none of them sets
# needs_human, flag_reason, team, claimed_by or a status on a ticket by hand.

# A claim older than this no longer keeps others off (the agent went home with the tab open).
CLAIM_TTL = dt.timedelta(minutes=30)
CLAIMABLE_STATUSES = (
    TicketStatus.AWAITING_REVIEW,
    TicketStatus.ESCALATED,
    TicketStatus.REOPENED,
    TicketStatus.WAITING_ON_CUSTOMER,
    TicketStatus.IN_PIPELINE,
    TicketStatus.NEW,
)
FLAG_REASON_MAX = 500


def ticket_flag(
    *,
    ticket: Ticket,
    reason: str,
    actor=None,
    escalate: bool = False,
    transition_reason: str = "",
) -> Ticket:
    """Flag the ticket for a human (needs_human, with the reason shown on the ticket) and record
    tickets.flagged. escalate=True also moves it to Escalated when its status allows (a failed
    pipeline run). The caller holds the ticket's row lock when a worker or agent could race."""
    ticket.needs_human = True
    ticket.flag_reason = reason[:FLAG_REASON_MAX]
    with transaction.atomic():
        ticket.save(update_fields=["needs_human", "flag_reason", "updated_at"])
        event_record(
            name="tickets.flagged",
            ticket_id=ticket.pk,
            actor=actor,
            actor_label="" if actor else "system",
            payload={"reason": ticket.flag_reason},
        )
        if escalate and TicketStatus.ESCALATED in ALLOWED_TRANSITIONS.get(ticket.status, ()):
            ticket_transition(
                ticket=ticket,
                to=TicketStatus.ESCALATED,
                actor=actor,
                reason=transition_reason or reason,
            )
    return ticket


def tickets_flag(*, flags: list[tuple[Ticket, str]], actor=None) -> None:
    """ticket_flag (without escalate) for many tickets, each with its reason: the tickets
    written in one statement (supportdesk.rows), tickets.flagged recorded for each in order
    (in one insert inside events_batched). The caller holds the rows' locks."""
    if not flags:
        return
    now = timezone.now()
    for ticket, reason in flags:
        ticket.needs_human, ticket.flag_reason = True, reason[:FLAG_REASON_MAX]
        ticket.updated_at = now
    with transaction.atomic(), events_batched():
        rows_update([ticket for ticket, _ in flags], ["needs_human", "flag_reason", "updated_at"])
        for ticket, _ in flags:
            event_record(
                name="tickets.flagged",
                ticket_id=ticket.pk,
                actor=actor,
                actor_label="" if actor else "system",
                payload={"reason": ticket.flag_reason},
            )


def ticket_claim_release(*, ticket: Ticket) -> None:
    """A decision ends the agent's hold on the ticket: the next explicit take is a new claim."""
    if ticket.claimed_by_id is not None:
        Ticket.objects.filter(pk=ticket.pk).update(claimed_by=None, claimed_at=None)
        ticket.claimed_by_id, ticket.claimed_at = None, None


def ticket_claim(*, ticket: Ticket, agent) -> bool:
    """The agent takes the ticket: an explicit action only (the review pane's Take, or starting
    to edit the draft); opening or previewing a ticket never claims it, so browsing the queue
    marks nothing as taken. Someone else's fresh claim stands (the pane says so). `ticket` is
    the row the caller just read: when it already shows this agent's (or another's fresh)
    claim nothing is written. The conditional UPDATE settles a race between two agents taking
    at once. Updates `ticket` in memory; True when this call took the claim (recorded as
    reviews.claimed, the name the trail has always used for it)."""
    now = timezone.now()
    if ticket.status not in CLAIMABLE_STATUSES:
        return False
    if (
        ticket.claimed_by_id is not None
        and ticket.claimed_at
        and ticket.claimed_at >= now - CLAIM_TTL
    ):
        return False
    with transaction.atomic():
        taken = (
            Ticket.objects.filter(pk=ticket.pk, status__in=CLAIMABLE_STATUSES)
            .filter(Q(claimed_by__isnull=True) | Q(claimed_at__lt=now - CLAIM_TTL))
            .update(claimed_by=agent, claimed_at=now)
        )
        if taken:
            event_record(
                name="reviews.claimed", ticket_id=ticket.pk, actor=agent, payload={"at": now}
            )
    if taken:
        ticket.claimed_by, ticket.claimed_at = agent, now
    return bool(taken)


def ticket_escalate_check(*, ticket: Ticket) -> None:
    """Raises TransitionNotAllowed unless the ticket can be escalated now (any open status;
    again from Escalated, to change the team)."""
    if ticket.status != TicketStatus.ESCALATED:
        check_transition(ticket.status, TicketStatus.ESCALATED)


def ticket_escalate(*, ticket: Ticket, team, actor, reason: str) -> Ticket:
    """Hand the ticket to a team: team set, flagged for a human with the reason, status
    Escalated, the agent's claim released. The caller holds the ticket's row lock."""
    ticket_escalate_check(ticket=ticket)
    with transaction.atomic():
        ticket.team = team
        ticket.save(update_fields=["team", "updated_at"])
        ticket_flag(
            ticket=ticket,
            reason=f"Escalated to {team.name} by {actor.get_username()}: {reason}",
            actor=actor,
        )
        ticket_transition(ticket=ticket, to=TicketStatus.ESCALATED, actor=actor, reason=reason)
        ticket_claim_release(ticket=ticket)
    return ticket


def ticket_resolve_check(*, ticket: Ticket) -> None:
    """Raises TransitionNotAllowed unless the ticket can be resolved now."""
    check_transition(ticket.status, TicketStatus.RESOLVED)


def ticket_resolve(*, ticket: Ticket, actor) -> Ticket:
    """Resolve the ticket (status Resolved, resolved_at set) and release the agent's claim.
    The caller holds the ticket's row lock."""
    with transaction.atomic():
        ticket_transition(ticket=ticket, to=TicketStatus.RESOLVED, actor=actor, reason="resolved")
        ticket_claim_release(ticket=ticket)
    return ticket


def ticket_reopen(*, ticket: Ticket, actor) -> Ticket:
    """An agent reopens a resolved ticket. The caller holds the ticket's row lock."""
    return ticket_transition(
        ticket=ticket, to=TicketStatus.REOPENED, actor=actor, reason="reopened"
    )


# --- Internal notes ---------------------------------------------------------------------------
# A note is a Message with direction NOTE: on the thread and the timeline, never sent. What
# reaches the customer is only ever an OutboundReply's text (drafts.sending), and the pipeline's
# context leaves notes out (drafts.stages), so a note cannot leak into a reply or a prompt.

NOTE_MAX = 20_000


class NoteInvalid(ValueError):
    """The note cannot be stored as written (empty, too long, characters the database refuses);
    the message is shown to the agent as it is."""


def ticket_note_add(*, ticket_id: int, author, text: str) -> Message:
    """Add an agent's internal note to the ticket and record tickets.note_added (with the text),
    in one transaction. Raises NoteInvalid for unusable text and Ticket.DoesNotExist for an
    unknown ticket. Changes no state: no lock, the message counter moves by an UPDATE."""
    text = (text or "").replace("\r\n", "\n").strip()
    if not text:
        raise NoteInvalid("The note is empty.")
    if len(text) > NOTE_MAX:
        raise NoteInvalid(f"The note is longer than {NOTE_MAX:,} characters.")
    refused = text_refused_characters(text)
    if refused:
        raise NoteInvalid(
            f"The note contains {refused}, which cannot be stored. Remove it (it is often "
            "pasted in by accident) and try again."
        )
    now = timezone.now()
    with transaction.atomic():
        counted = Ticket.objects.filter(pk=ticket_id).update(
            message_count=F("message_count") + 1, updated_at=now
        )
        if not counted:
            raise Ticket.DoesNotExist(f"No ticket {ticket_id}.")
        note = Message.objects.create(
            ticket_id=ticket_id,
            direction=MessageDirection.NOTE,
            author_user=author,
            body_text=text,
            full_text=text,
            created_at=now,
        )
        event_record(
            name="tickets.note_added",
            ticket_id=ticket_id,
            actor=author,
            payload={"message_id": note.pk, "text": text},
        )
    return note


__all__ = [
    "IngestResult",
    "customer_get_or_create",
    "inbound_fail",
    "customer_match",
    "inbound_ingest",
    "pipeline_hook",
    "pipeline_hook_register",
    "raw_inbound_ignore",
    "raw_inbound_reject",
    "raw_inbound_store",
    "AssignmentInvalid",
    "ticket_assign",
    "ticket_assignee_set",
    "tickets_assignee_set",
    "ticket_claim",
    "ticket_claim_release",
    "ticket_class_correct",
    "ticket_escalate",
    "ticket_flag",
    "ticket_note_add",
    "ticket_reopen",
    "ticket_resolve",
    "ticket_transition",
]


# -- erasure: tickets' part (orchestrated by audit.erasure.customer_erase) -----------------------


@dataclass(frozen=True)
class CustomerDataScope:
    """What belongs to one customer in tickets, as ids (and the identifiers to search for)."""

    customer_id: int | None
    email: str
    name: str
    external_id: str
    ticket_ids: list[int]
    message_ids: list[int]
    raw_ids: set[int]  # the raw inputs of their tickets and messages


def customer_data_scope_lock(*, email: str) -> CustomerDataScope:
    """Lock the customer row with this address (select_for_update: call inside the erasure's
    transaction) and list their tickets, messages and the raw inputs those came from. A
    customer that does not exist gives an empty scope."""
    customer = Customer.objects.select_for_update().filter(email__iexact=email).first()
    ticket_ids = (
        list(Ticket.objects.filter(customer=customer).values_list("pk", flat=True))
        if customer
        else []
    )
    messages = Message.objects.filter(ticket_id__in=ticket_ids)
    raw_ids = set(
        RawInbound.objects.filter(ticket_id__in=ticket_ids).values_list("pk", flat=True)
    ) | set(messages.exclude(raw=None).values_list("raw_id", flat=True))
    return CustomerDataScope(
        customer_id=customer.pk if customer else None,
        email=customer.email if customer else "",
        name=customer.name if customer else "",
        external_id=customer.external_id if customer else "",
        ticket_ids=ticket_ids,
        message_ids=list(messages.values_list("pk", flat=True)),
        raw_ids=raw_ids,
    )


def customer_data_erase(
    *, scope: CustomerDataScope, raw_ids: set[int], needles: list[str]
) -> dict[str, int]:
    """Erase what tickets holds of one customer: message texts, addresses and headers,
    attachments (deleted), the raw inputs `raw_ids`, ticket subjects and flag reasons, admin log
    entries naming the customer or their tickets, and (the safety net) text of any other model
    pointing at their tickets or messages. Returns {what: rows}. Call inside the erasure's
    transaction, after customer_data_scope_lock; idempotent."""
    counts: dict[str, int] = {}
    messages = Message.objects.filter(ticket_id__in=scope.ticket_ids)
    counts["messages"] = messages.update(
        body_text=REDACTED,
        full_text=REDACTED,
        body_html="",
        from_address="",
        from_name="",
        subject=REDACTED,
        message_id="",
        in_reply_to="",
        references="",
        parse_warnings=[],
    )
    counts["attachments"] = Attachment.objects.filter(message_id__in=scope.message_ids).delete()[0]
    counts["raw inputs"] = RawInbound.objects.filter(pk__in=raw_ids).update(
        content=b"", source=REDACTED, error=""
    )
    counts["tickets"] = Ticket.objects.filter(pk__in=scope.ticket_ids).update(
        subject=REDACTED, flag_reason=""
    )
    targets = Q(pk=None)
    if scope.customer_id is not None:
        targets |= Q(
            content_type=ContentType.objects.get_for_model(Customer),
            object_id=str(scope.customer_id),
        )
    if scope.ticket_ids:
        targets |= Q(
            content_type=ContentType.objects.get_for_model(Ticket),
            object_id__in=[str(i) for i in scope.ticket_ids],
        )
    counts["admin log entries"] = LogEntry.objects.filter(targets).update(object_repr=REDACTED)
    for target, ids in ((Ticket, scope.ticket_ids), (Message, scope.message_ids)):
        for label, count in related_rows_redact(
            target=target, target_ids=ids, needles=needles
        ).items():
            counts[label] = counts.get(label, 0) + count
    return counts


def customer_identity_erase(*, customer_id: int) -> None:
    """Replace the customer's identity (address, name, external id, usage, dates) with an
    erased placeholder (one UPDATE: the row is already locked by customer_data_scope_lock).
    Call inside the erasure's transaction, last: the other steps search for these
    identifiers."""
    Customer.objects.filter(pk=customer_id).update(
        email=f"erased-{customer_id}@erased.invalid",
        name="",
        external_id="",
        usage={},
        features_used=[],
        signup_date=None,
        last_active_at=None,
    )
