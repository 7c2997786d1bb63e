"""The shared steps of every review action, and the one shape they all follow.

`Decision.run()`: in one transaction, `lock()` the rows (the ticket, select_for_update),
`check()` that the ticket and the draft are in a state the action allows (raising ReviewError
otherwise), `execute()` the change (the Review, the OutboundReply when something is to be sent,
the ticket's lifecycle through tickets.services), then record the action's registered event.
Sends and evidence recounts are published after commit (drafts.publish).

Lock order, everywhere: ticket, then draft. The send task locks an OutboundReply and only then
the ticket; no action locks an existing reply after the ticket, except the auto-send stop,
which locks the reply alone first (AutosendStop.lock). So no two code paths wait on each other
in opposite order.

Every decision records who, what, on which draft, the text that went out, the normalized edit
distance draft -> sent text, whether it went out unchanged, and the seconds from the agent's
claim (Take, or starting an edit) or the opening of the pane they decided in, whichever came
first, to the decision (clock.py)."""

from __future__ import annotations

import datetime as dt
import uuid

from django.db import IntegrityError, transaction
from django.utils import timezone

from audit.services import event_record
from tickets.models import Message, MessageDirection, Ticket, TicketStatus

from ..models import Draft, OutboundReply, Review, ReviewAction, SendStatus
from ..publish import task_publish_on_commit
from .errors import ReviewConflict, ReviewInvalid
from .texts import customer_text, reply_subject

# A draft may be sent while the ticket waits for review, is escalated to a human or was
# reopened; also while waiting on the customer (a second message's draft). Never while the
# pipeline is writing a new draft, and never on a resolved ticket (reopen it first).
SENDABLE_STATUSES = frozenset(
    {
        TicketStatus.AWAITING_REVIEW,
        TicketStatus.ESCALATED,
        TicketStatus.REOPENED,
        TicketStatus.WAITING_ON_CUSTOMER,
    }
)


class Decision:
    """One review action: check() then execute(), with the ticket locked, in one transaction,
    followed by its event. Subclasses set `event` and implement check() and execute();
    execute() returns the Review and the event's payload (review_id is added)."""

    event: str = ""

    def __init__(self, *, ticket_id: int, agent, pane_opened_at=None) -> None:
        self.ticket_id = ticket_id
        self.agent = agent
        self.pane_opened_at = pane_opened_at  # when the agent's pane was rendered (clock.py)
        self.versions: dict | None = None  # the event's versions (the draft's run's)

    def lock(self) -> Ticket:
        return ticket_locked(self.ticket_id)

    def check(self, ticket: Ticket) -> None:
        """Raise ReviewError when the action is not allowed now. May keep what it read."""

    def execute(self, ticket: Ticket) -> tuple[Review, dict]:
        raise NotImplementedError

    def run(self) -> Review:
        with transaction.atomic():
            ticket = self.lock()
            self.check(ticket)
            review, payload = self.execute(ticket)
            event_record(
                name=self.event,
                ticket_id=ticket.pk,
                actor=self.agent,
                payload={"review_id": review.pk, **payload},
                versions=self.versions,
            )
        return review


# --- shared steps --------------------------------------------------------------------------------


def ticket_locked(ticket_id: int) -> Ticket:
    try:
        return (
            Ticket.objects.select_for_update(of=("self",))
            .select_related("customer", "request_class")
            .get(pk=ticket_id)
        )
    except Ticket.DoesNotExist:
        raise ReviewInvalid("No such ticket.") from None


def draft_for_decision(ticket: Ticket, draft_id) -> Draft:
    """The draft the agent was looking at, locked, and still the one to act on."""
    try:
        draft = (
            Draft.objects.select_for_update(of=("self",))
            .select_related("run")
            .get(pk=int(draft_id), ticket_id=ticket.pk)
        )
    except (Draft.DoesNotExist, TypeError, ValueError):
        raise ReviewConflict("That draft is not on this ticket (reload the ticket).") from None
    if not draft.is_current:
        raise ReviewConflict(
            "A newer draft replaced this one while you were reading. Reload to see it."
        )
    latest_inbound = (
        Message.objects.filter(ticket_id=ticket.pk, direction=MessageDirection.INBOUND)
        .order_by("-created_at", "-id")
        .values_list("id", flat=True)
        .first()
    )
    if latest_inbound is not None and latest_inbound != draft.message_id:
        raise ReviewConflict(
            "The customer wrote again after this draft was made; a draft for the new message "
            "is on its way. Reload the ticket."
        )
    return draft


def draft_current(ticket: Ticket) -> Draft | None:
    return Draft.objects.filter(ticket=ticket, is_current=True).order_by("-id").first()


def live_send_for(draft: Draft) -> OutboundReply | None:
    """A reply already going out (or gone) for the message this draft answers."""
    return (
        OutboundReply.objects.filter(draft__message_id=draft.message_id, is_correction=False)
        .exclude(status=SendStatus.CANCELLED)
        .select_related("review__agent")
        .order_by("-id")
        .first()
    )


def check_not_answered(draft: Draft | None) -> None:
    """Raise ReviewConflict when the draft's message already has a reply (sent, queued, held)."""
    if draft is not None and (existing := live_send_for(draft)) is not None:
        raise conflict_for_existing(existing)


def conflict_for_existing(existing: OutboundReply) -> ReviewConflict:
    review = existing.review
    if review.action == ReviewAction.AUTO_SEND:
        who = "the auto-send policy"
    else:
        who = (
            (review.agent.get_full_name() or review.agent.get_username())
            if review.agent
            else "someone"
        )
    when = timezone.localtime(review.decided_at).strftime("%H:%M")
    state = existing.get_status_display().split(" (")[0].lower()
    if existing.status == SendStatus.HELD:
        return ReviewConflict(
            f"This message is already being answered by {who}: the reply is held until "
            f"{timezone.localtime(existing.hold_until):%H:%M}. Stop the auto-send first to send "
            "another."
        )
    return ReviewConflict(
        f"Already answered: {who} sent a reply to this message at {when} ({state}). "
        "To change what the customer got, send a correction."
    )


def check_sendable(ticket: Ticket) -> None:
    if ticket.status not in SENDABLE_STATUSES:
        if ticket.status == TicketStatus.IN_PIPELINE:
            raise ReviewConflict("A new draft is being written for this ticket; wait for it.")
        if ticket.status == TicketStatus.RESOLVED:
            raise ReviewConflict("This ticket is resolved. Reopen it to reply.")
        raise ReviewConflict(
            f"Nothing can be sent while the ticket is {ticket.get_status_display().lower()}."
        )


def _opened_at(ticket: Ticket, agent, pane_opened_at: dt.datetime | None) -> dt.datetime | None:
    """The earlier of the agent's own claim and the render of the pane they acted from (see
    clock.py): opening a ticket no longer claims it, so the claim alone would often be absent."""
    claimed = ticket.claimed_at if agent is not None and ticket.claimed_by_id == agent.pk else None
    return min((t for t in (claimed, pane_opened_at) if t is not None), default=None)


def review_create(
    *,
    ticket: Ticket,
    agent,
    action: str,
    draft: Draft | None = None,
    pane_opened_at: dt.datetime | None = None,
    **fields,
):
    now = timezone.now()
    opened = _opened_at(ticket, agent, pane_opened_at)
    fields.setdefault("request_class_id", ticket.request_class_id)
    review = Review.objects.create(
        ticket=ticket,
        draft=draft,
        agent=agent,
        action=action,
        snapshot_id=draft.run.snapshot_id if draft is not None else None,
        opened_at=opened,
        decided_at=now,
        review_seconds=round((now - opened).total_seconds(), 3) if opened else None,
        **fields,
    )
    review.send_deferred = False  # set when the send could not be handed to the broker
    return review


def send_publish(reply: OutboundReply, *, review: Review | None = None, countdown=None) -> None:
    """Hand the reply to drafts.send_reply after commit. With the broker down the reply stays
    queued (it is committed) and drafts.send_due sends it later; `review.send_deferred` tells
    the page to say so instead of failing an action that did happen."""

    def deferred(_error: Exception) -> None:
        if review is not None:
            review.send_deferred = True

    task_publish_on_commit(
        "drafts.send_reply", reply.pk, countdown=countdown, on_broker_error=deferred
    )


def reply_create(
    *,
    ticket: Ticket,
    review: Review,
    text: str,
    draft: Draft | None,
    corrects: OutboundReply | None = None,
    auto_sent: bool = False,
    hold_until: dt.datetime | None = None,
) -> OutboundReply:
    to_address = ticket.customer.email if ticket.customer_id else ""
    if not to_address:
        raise ReviewInvalid("This ticket has no known customer address to reply to.")
    try:
        with transaction.atomic():
            return OutboundReply.objects.create(
                ticket=ticket,
                review=review,
                draft=draft,
                idempotency_key=uuid.uuid4().hex,
                to_address=to_address,
                subject=reply_subject(
                    subject=ticket.subject, ticket_id=ticket.pk, correction=corrects is not None
                ),
                text=customer_text(text),
                is_correction=corrects is not None,
                corrects=corrects,
                auto_sent=auto_sent,
                hold_until=hold_until,
                status=SendStatus.HELD if hold_until else SendStatus.QUEUED,
            )
    except IntegrityError:
        # The unique live-send-per-draft constraint: another transaction won the race the
        # ticket lock should already have serialised. Same answer as the lock's.
        raise ReviewConflict("Someone else approved this draft a moment ago.") from None
