"""Writes for the review queue: what an agent (or the auto-send policy) decides about a ticket
and its draft. Each service locks the ticket row (select_for_update), checks the ticket and the
draft are in a state the action allows (raising ReviewError otherwise), writes the Review, the
OutboundReply when something is to be sent, and its audit event, all in one transaction; the
send task is enqueued after commit (drafts.tasks.send_reply).

Lock order, everywhere: ticket, then draft. The send task locks an OutboundReply and only then
the ticket; no service here locks an existing reply after the ticket, except autosend_stop,
which locks the reply alone first. So no two code paths wait on each other in opposite order.

Every decision records who, what, on which draft, the text that went out, the normalized edit
distance draft -> sent text, whether it went out unchanged, and the seconds from the agent's
claim (opening the ticket) to the decision. Reviewed decisions feed the class's auto-send
evidence (routing.services.autosend_evidence_update) in the same transaction."""

from __future__ import annotations

import datetime as dt
import re
import uuid

from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from rapidfuzz.distance import Levenshtein

from audit.services import event_record
from tickets.models import (
    Message,
    MessageDirection,
    RequestClass,
    Team,
    Ticket,
    TicketStatus,
    ticket_reference,
)
from tickets.services import ticket_class_correct, ticket_transition
from tickets.states import ALLOWED_TRANSITIONS

from .models import (
    REVIEWED_ACTIONS,
    Draft,
    OutboundReply,
    Review,
    ReviewAction,
    SendStatus,
)

# A claim older than this no longer keeps others off (the agent went home with the tab open).
CLAIM_TTL = dt.timedelta(minutes=30)
TEXT_MAX = 20_000
REASON_MAX = 2_000
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
CLAIMABLE_STATUSES = (
    TicketStatus.AWAITING_REVIEW,
    TicketStatus.ESCALATED,
    TicketStatus.REOPENED,
    TicketStatus.WAITING_ON_CUSTOMER,
    TicketStatus.IN_PIPELINE,
    TicketStatus.NEW,
)
_CITATION_MARK = re.compile(r"[ \t]?\[P\d+\]")
_SUBJECT_PREFIX = re.compile(r"^\s*((re|aw|sv|fwd?)\s*:\s*)+", re.IGNORECASE)


class ReviewError(Exception):
    """The action cannot be taken now; the message is shown to the agent as it is."""

    status = 409


class ReviewConflict(ReviewError):
    """Someone else got there first, or the draft is no longer the one to act on."""


class ReviewInvalid(ReviewError):
    """The agent's input cannot be used (empty reason, unknown team, ...)."""

    status = 422


# --- pure pieces ---------------------------------------------------------------------------------


def text_normalize(text: str) -> str:
    """Whitespace-insensitive form used for "sent unchanged" and the edit distance."""
    return " ".join((text or "").split())


def edit_distance(draft_text: str, sent_text: str) -> float:
    """Normalized Levenshtein distance after whitespace normalization: 0 unchanged, 1 rewritten."""
    return float(
        Levenshtein.normalized_distance(text_normalize(draft_text), text_normalize(sent_text))
    )


def customer_text(text: str) -> str:
    """What the customer receives: the agent's text without the citation marks ([P1]), which
    only point the agent at the policy fragment."""
    return _CITATION_MARK.sub("", text).strip()


def reply_subject(*, subject: str, ticket_id: int, correction: bool = False) -> str:
    """'Re: <subject> [SD-<id>]': the token lets a reply thread back even without headers."""
    base = _SUBJECT_PREFIX.sub("", subject or "").strip() or "Your request"
    token = f"[{ticket_reference(ticket_id)}]"
    if token not in base:
        base = f"{base} {token}"
    prefix = "Correction: Re: " if correction else "Re: "
    return (prefix + base)[:500]


# --- shared steps --------------------------------------------------------------------------------


def _ticket_locked(ticket_id: int) -> Ticket:
    try:
        return (
            Ticket.objects.select_for_update(of=("self",))
            .select_related("customer", "request_class")
            .get(pk=ticket_id)
        )
    except Ticket.DoesNotExist:
        raise ReviewInvalid("No such ticket.") from None


def _draft_for_decision(ticket: Ticket, draft_id) -> Draft:
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


def _live_send_for(draft: Draft) -> OutboundReply | None:
    """A reply already going out (or gone) for the message this draft answers."""
    return (
        OutboundReply.objects.filter(draft__message_id=draft.message_id, is_correction=False)
        .exclude(status=SendStatus.CANCELLED)
        .select_related("review__agent")
        .order_by("-id")
        .first()
    )


def _conflict_for_existing(existing: OutboundReply) -> ReviewConflict:
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


def _opened_at(ticket: Ticket, agent) -> dt.datetime | None:
    if agent is not None and ticket.claimed_by_id == agent.pk:
        return ticket.claimed_at
    return None


def _review_create(*, ticket: Ticket, agent, action: str, draft: Draft | None = None, **fields):
    now = timezone.now()
    opened = _opened_at(ticket, agent)
    fields.setdefault("request_class_id", ticket.request_class_id)
    return Review.objects.create(
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


def _claim_release(ticket: Ticket) -> None:
    """A decision ends the agent's look at the ticket: the next opening is a new claim."""
    if ticket.claimed_by_id is not None:
        Ticket.objects.filter(pk=ticket.pk).update(claimed_by=None, claimed_at=None)
        ticket.claimed_by_id, ticket.claimed_at = None, None


def _send_enqueue(reply: OutboundReply, countdown: float | None = None) -> None:
    from .tasks import send_reply

    reply_id = reply.pk
    if countdown:
        transaction.on_commit(lambda: send_reply.apply_async((reply_id,), countdown=countdown))
    else:
        transaction.on_commit(lambda: send_reply.delay(reply_id))


def _reply_create(
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


def evidence_enqueue(*, request_class_id: int | None) -> None:
    """After the decision commits, recompute the class's evidence (drafts.evidence_refresh).
    Not in the deciding transaction: the policy row lock would serialise every approval of a
    class, and the recount from scratch makes a late or repeated refresh harmless."""
    if request_class_id is None:
        return
    from .tasks import evidence_refresh

    transaction.on_commit(lambda: evidence_refresh.delay(request_class_id))


def evidence_feed(*, request_class_id: int | None) -> None:
    """Recompute the class's auto-send evidence over its last N reviewed drafts and hand it to
    routing (which suspends auto-send when it slips). Idempotent: counts from the reviews."""
    if request_class_id is None:
        return
    from routing.models import AutoSendPolicy
    from routing.services import autosend_evidence_update

    window = (
        AutoSendPolicy.objects.filter(request_class_id=request_class_id)
        .values_list("evidence_window", flat=True)
        .first()
    ) or AutoSendPolicy._meta.get_field("evidence_window").default
    rows = list(
        Review.objects.filter(request_class_id=request_class_id, action__in=REVIEWED_ACTIONS)
        .order_by("-id")
        .values_list("id", "accepted_unchanged")[:window]
    )
    ids = [pk for pk, _ in rows]
    corrected = (
        OutboundReply.objects.filter(is_correction=True, corrects__review_id__in=ids)
        .exclude(status=SendStatus.CANCELLED)
        .values("corrects_id")
        .distinct()
        .count()
        if ids
        else 0
    )
    slug = RequestClass.objects.filter(pk=request_class_id).values_list("slug", flat=True).get()
    autosend_evidence_update(
        request_class_slug=slug,
        reviewed=len(rows),
        accepted=sum(1 for _, accepted in rows if accepted),
        corrections=corrected,
    )


def _check_sendable(ticket: Ticket) -> None:
    if ticket.status not in SENDABLE_STATUSES:
        if ticket.status == TicketStatus.IN_PIPELINE:
            raise ReviewConflict("A new draft is being written for this ticket; wait for it.")
        if ticket.status == TicketStatus.RESOLVED:
            raise ReviewConflict("This ticket is resolved. Reopen it to reply.")
        raise ReviewConflict(
            f"Nothing can be sent while the ticket is {ticket.get_status_display().lower()}."
        )


def _send_decision(
    *, ticket_id: int, draft_id, agent, text: str | None, action: str, event: str
) -> Review:
    with transaction.atomic():
        ticket = _ticket_locked(ticket_id)
        _check_sendable(ticket)
        draft = _draft_for_decision(ticket, draft_id)
        existing = _live_send_for(draft)
        if existing is not None:
            raise _conflict_for_existing(existing)
        if action == ReviewAction.APPROVE:
            rejected = Review.objects.filter(draft=draft, action=ReviewAction.REJECT).first()
            if rejected is not None:
                raise ReviewConflict(
                    "This draft was rejected; edit it before sending, or regenerate it."
                )
        sent = draft.text if text is None else text
        distance = edit_distance(draft.text, sent)
        unchanged = text_normalize(draft.text) == text_normalize(sent)
        review = _review_create(
            ticket=ticket,
            agent=agent,
            action=action,
            draft=draft,
            final_text=sent,
            edit_distance=distance,
            accepted_unchanged=unchanged,
        )
        reply = _reply_create(ticket=ticket, review=review, text=sent, draft=draft)
        _claim_release(ticket)
        event_record(
            name=event,
            ticket_id=ticket.pk,
            actor=agent,
            payload={
                "review_id": review.pk,
                "draft_id": draft.pk,
                "reply_id": reply.pk,
                "idempotency_key": reply.idempotency_key,
                "final_text": sent,
                "edit_distance": round(distance, 4),
                "accepted_unchanged": unchanged,
                "review_seconds": review.review_seconds,
            },
            versions=draft.run.versions if draft.run_id else None,
        )
        evidence_enqueue(request_class_id=ticket.request_class_id)
        _send_enqueue(reply)
    return review


# --- the actions ---------------------------------------------------------------------------------


def draft_approve(*, ticket_id: int, draft_id: int, agent) -> Review:
    """Send the current draft unchanged. Raises ReviewConflict when the draft was replaced, the
    message already has a reply (sent, queued or held), or the ticket is not sendable."""
    return _send_decision(
        ticket_id=ticket_id,
        draft_id=draft_id,
        agent=agent,
        text=None,
        action=ReviewAction.APPROVE,
        event="reviews.approved",
    )


def draft_edit_send(*, ticket_id: int, draft_id: int, agent, text: str) -> Review:
    """Send the agent's edited text in answer to the draft's message (same guards as approve)."""
    text = (text or "").replace("\r\n", "\n").strip()
    if not text:
        raise ReviewInvalid("The reply is empty.")
    if len(text) > TEXT_MAX:
        raise ReviewInvalid(f"The reply is longer than {TEXT_MAX:,} characters.")
    return _send_decision(
        ticket_id=ticket_id,
        draft_id=draft_id,
        agent=agent,
        text=text,
        action=ReviewAction.EDIT_SEND,
        event="reviews.edited_sent",
    )


def _reason_clean(reason: str, what: str) -> str:
    reason = (reason or "").strip()
    if not reason:
        raise ReviewInvalid(f"Say why ({what} needs a reason).")
    return reason[:REASON_MAX]


def draft_reject(*, ticket_id: int, draft_id: int, agent, reason: str) -> Review:
    """Mark the draft wrong, with the reason (training signal). The ticket stays in the queue:
    the agent regenerates or writes the reply. A draft is rejected once, and not once sent."""
    reason = _reason_clean(reason, "rejecting a draft")
    with transaction.atomic():
        ticket = _ticket_locked(ticket_id)
        draft = _draft_for_decision(ticket, draft_id)
        existing = _live_send_for(draft)
        if existing is not None:
            raise _conflict_for_existing(existing)
        earlier = (
            Review.objects.filter(draft=draft, action=ReviewAction.REJECT)
            .select_related("agent")
            .first()
        )
        if earlier is not None:
            raise ReviewConflict(
                f"{earlier.agent.get_username() if earlier.agent else 'Someone'} already rejected "
                "this draft."
            )
        review = _review_create(
            ticket=ticket,
            agent=agent,
            action=ReviewAction.REJECT,
            draft=draft,
            reason=reason,
            accepted_unchanged=False,
        )
        event_record(
            name="reviews.rejected",
            ticket_id=ticket.pk,
            actor=agent,
            payload={
                "review_id": review.pk,
                "draft_id": draft.pk,
                "reason": reason,
                "review_seconds": review.review_seconds,
            },
        )
        evidence_enqueue(request_class_id=ticket.request_class_id)
    return review


def ticket_escalate(*, ticket_id: int, agent, team_id, reason: str) -> Review:
    """Hand the ticket to a team: status Escalated, team set, flagged for a human with the
    agent's reason. Allowed from any open status (again from Escalated, to change the team)."""
    reason = _reason_clean(reason, "escalating")
    with transaction.atomic():
        ticket = _ticket_locked(ticket_id)
        try:
            team = Team.objects.get(pk=int(team_id))
        except (Team.DoesNotExist, TypeError, ValueError):
            raise ReviewInvalid("Choose a team to escalate to.") from None
        if ticket.status != TicketStatus.ESCALATED and TicketStatus.ESCALATED not in (
            ALLOWED_TRANSITIONS.get(ticket.status, ())
        ):
            raise ReviewConflict(
                f"A {ticket.get_status_display().lower()} ticket cannot be escalated."
            )
        draft = Draft.objects.filter(ticket=ticket, is_current=True).order_by("-id").first()
        review = _review_create(
            ticket=ticket,
            agent=agent,
            action=ReviewAction.ESCALATE,
            draft=draft,
            team=team,
            reason=reason,
        )
        ticket.team = team
        ticket.needs_human = True
        ticket.flag_reason = f"Escalated to {team.name} by {agent.get_username()}: {reason}"[:500]
        ticket.save(update_fields=["team", "needs_human", "flag_reason", "updated_at"])
        ticket_transition(ticket=ticket, to=TicketStatus.ESCALATED, actor=agent, reason=reason)
        _claim_release(ticket)
        event_record(
            name="reviews.escalated",
            ticket_id=ticket.pk,
            actor=agent,
            payload={
                "review_id": review.pk,
                "team": team.slug,
                "reason": reason,
                "draft_id": draft.pk if draft else None,
            },
        )
    return review


def draft_regenerate(*, ticket_id: int, agent, instruction: str = "") -> Review:
    """Ask the pipeline for a new draft (optionally with the agent's instruction). Refused while
    the pipeline is busy with the ticket (a run in progress, or a new customer message waiting
    for its run) or once the latest message has its reply."""
    from .services import pipeline_busy, pipeline_regenerate

    instruction = (instruction or "").strip()[:REASON_MAX]
    with transaction.atomic():
        ticket = _ticket_locked(ticket_id)
        if ticket.status == TicketStatus.RESOLVED:
            raise ReviewConflict("This ticket is resolved. Reopen it first.")
        if pipeline_busy(ticket.pk):
            raise ReviewConflict("A draft is already being written for this ticket.")
        draft = Draft.objects.filter(ticket=ticket, is_current=True).order_by("-id").first()
        if draft is not None and (existing := _live_send_for(draft)) is not None:
            raise _conflict_for_existing(existing)
        review = _review_create(
            ticket=ticket,
            agent=agent,
            action=ReviewAction.REGENERATE,
            draft=draft,
            reason=instruction,
        )
        try:
            run = pipeline_regenerate(ticket=ticket, actor=agent, instruction=instruction)
        except ValueError as error:
            raise ReviewConflict(str(error)) from None
        event_record(
            name="reviews.regenerate_requested",
            ticket_id=ticket.pk,
            actor=agent,
            payload={
                "review_id": review.pk,
                "draft_id": draft.pk if draft else None,
                "run_id": run.pk,
                "instruction": instruction,
            },
        )
    return review


def ticket_reclassify(*, ticket_id: int, agent, request_class_id) -> Review:
    """Set the request class (a label for the classifier; the risk follows the class)."""
    with transaction.atomic():
        ticket = _ticket_locked(ticket_id)
        try:
            request_class = RequestClass.objects.get(pk=int(request_class_id), is_active=True)
        except (RequestClass.DoesNotExist, TypeError, ValueError):
            raise ReviewInvalid("Choose one of the request classes.") from None
        if ticket.request_class_id == request_class.pk:
            raise ReviewInvalid(f"The ticket is already classed as {request_class.name}.")
        previous = ticket.request_class.slug if ticket.request_class_id else None
        ticket_class_correct(ticket=ticket, request_class=request_class, actor=agent)
        review = _review_create(
            ticket=ticket,
            agent=agent,
            action=ReviewAction.RECLASSIFY,
            request_class_id=request_class.pk,
            reason=f"{previous or 'unclassified'} -> {request_class.slug}",
        )
        event_record(
            name="reviews.reclassified",
            ticket_id=ticket.pk,
            actor=agent,
            payload={"review_id": review.pk, "from": previous, "to": request_class.slug},
        )
    return review


def reply_correct(*, ticket_id: int, agent, reply_id, text: str) -> Review:
    """Send a correction to a reply the customer already received (customer-visible: counts
    against the original draft's class in the auto-send evidence)."""
    text = (text or "").replace("\r\n", "\n").strip()
    if not text:
        raise ReviewInvalid("The correction is empty.")
    if len(text) > TEXT_MAX:
        raise ReviewInvalid(f"The correction is longer than {TEXT_MAX:,} characters.")
    with transaction.atomic():
        ticket = _ticket_locked(ticket_id)
        try:
            original = OutboundReply.objects.select_related("review").get(
                pk=int(reply_id), ticket_id=ticket.pk
            )
        except (OutboundReply.DoesNotExist, TypeError, ValueError):
            raise ReviewInvalid("That reply is not on this ticket.") from None
        if original.status != SendStatus.SENT:
            raise ReviewConflict(
                "Only a reply the customer received can be corrected; this one is "
                f"{original.get_status_display().lower()}."
            )
        review = _review_create(
            ticket=ticket,
            agent=agent,
            action=ReviewAction.CORRECTION,
            draft=None,
            final_text=text,
            reason=f"corrects reply {original.pk}",
        )
        reply = _reply_create(
            ticket=ticket, review=review, text=text, draft=None, corrects=original
        )
        event_record(
            name="reviews.correction_queued",
            ticket_id=ticket.pk,
            actor=agent,
            payload={
                "review_id": review.pk,
                "reply_id": reply.pk,
                "corrects": original.pk,
                "final_text": text,
            },
        )
        evidence_enqueue(request_class_id=original.review.request_class_id)
        _send_enqueue(reply)
    return review


def ticket_resolve(*, ticket_id: int, agent) -> Review:
    with transaction.atomic():
        ticket = _ticket_locked(ticket_id)
        if ticket.status == TicketStatus.RESOLVED:
            raise ReviewConflict("This ticket is already resolved.")
        if TicketStatus.RESOLVED not in ALLOWED_TRANSITIONS.get(ticket.status, ()):
            raise ReviewConflict(
                f"A {ticket.get_status_display().lower()} ticket cannot be resolved."
            )
        pending = OutboundReply.objects.filter(
            ticket=ticket, status__in=[SendStatus.HELD, SendStatus.QUEUED, SendStatus.FAILED]
        ).exists()
        if pending:
            raise ReviewConflict("A reply is still on its way; resolve once it has been sent.")
        review = _review_create(ticket=ticket, agent=agent, action=ReviewAction.RESOLVE)
        ticket_transition(ticket=ticket, to=TicketStatus.RESOLVED, actor=agent, reason="resolved")
        _claim_release(ticket)
        event_record(
            name="reviews.resolved",
            ticket_id=ticket.pk,
            actor=agent,
            payload={"review_id": review.pk},
        )
    return review


def ticket_reopen(*, ticket_id: int, agent) -> Review:
    with transaction.atomic():
        ticket = _ticket_locked(ticket_id)
        if ticket.status != TicketStatus.RESOLVED:
            raise ReviewConflict("Only a resolved ticket can be reopened.")
        review = _review_create(ticket=ticket, agent=agent, action=ReviewAction.REOPEN)
        ticket_transition(ticket=ticket, to=TicketStatus.REOPENED, actor=agent, reason="reopened")
        event_record(
            name="reviews.reopened",
            ticket_id=ticket.pk,
            actor=agent,
            payload={"review_id": review.pk},
        )
    return review


def ticket_claim(*, ticket: Ticket, agent) -> bool:
    """Opening a ticket claims it, unless someone else's claim is fresh (then theirs stands and
    the pane says so). `ticket` is the row the caller just read: when it already shows this
    agent's (or another's fresh) claim nothing is written, so re-opening costs no query. The
    conditional UPDATE settles a race between two agents opening at once. Updates `ticket` in
    memory; True when this call took the claim (recorded on the trail)."""
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


def autosend_schedule(*, ticket_id: int, draft: Draft, decision_id: int) -> OutboundReply | None:
    """The route stage allowed auto-send: hold the draft as a reply for the policy's hold
    window, then send it unless an agent stops it. Call inside the route stage's transaction
    (the ticket is locked there). Does nothing when the message already has a reply."""
    from routing.models import RoutingDecision

    decision = RoutingDecision.objects.get(pk=decision_id)
    if not decision.auto_send_allowed:
        return None
    ticket = _ticket_locked(ticket_id)
    if _live_send_for(draft) is not None or ticket.status not in SENDABLE_STATUSES:
        return None
    hold = dt.timedelta(minutes=decision.auto_send_hold_minutes or 0)
    review = _review_create(
        ticket=ticket,
        agent=None,
        action=ReviewAction.AUTO_SEND,
        draft=draft,
        final_text=draft.text,
        edit_distance=0.0,
        reason=decision.auto_send_reason,
    )
    hold_until = timezone.now() + hold if hold else None
    reply = _reply_create(
        ticket=ticket,
        review=review,
        text=draft.text,
        draft=draft,
        auto_sent=True,
        hold_until=hold_until,
    )
    event_record(
        name="reviews.autosend_scheduled",
        ticket_id=ticket.pk,
        actor_label="auto-send",
        payload={
            "review_id": review.pk,
            "reply_id": reply.pk,
            "draft_id": draft.pk,
            "decision_id": decision.pk,
            "hold_until": hold_until,
            "final_text": draft.text,
        },
    )
    _send_enqueue(reply, countdown=hold.total_seconds() if hold else None)
    return reply


def autosend_stop(*, ticket_id: int, reply_id, agent, reason: str = "") -> Review:
    """Stop a held auto-send before its window ends. The draft is free again for an agent."""
    with transaction.atomic():
        try:
            reply = OutboundReply.objects.select_for_update().get(
                pk=int(reply_id), ticket_id=ticket_id
            )
        except (OutboundReply.DoesNotExist, TypeError, ValueError):
            raise ReviewInvalid("That reply is not on this ticket.") from None
        if reply.status != SendStatus.HELD:
            raise ReviewConflict(
                f"Too late to stop it: the reply is {reply.get_status_display().lower()}."
            )
        reply.status = SendStatus.CANCELLED
        reply.last_error = f"Stopped by {agent.get_username()}" + (f": {reason}" if reason else "")
        reply.save(update_fields=["status", "last_error"])
        ticket = _ticket_locked(ticket_id)
        draft = (
            Draft.objects.select_related("run").get(pk=reply.draft_id) if reply.draft_id else None
        )
        review = _review_create(
            ticket=ticket,
            agent=agent,
            action=ReviewAction.STOP_AUTO_SEND,
            draft=draft,
            reason=reason[:REASON_MAX],
        )
        event_record(
            name="reviews.autosend_stopped",
            ticket_id=ticket_id,
            actor=agent,
            payload={
                "review_id": review.pk,
                "reply_id": reply.pk,
                "draft_id": reply.draft_id,
                "reason": reason,
            },
        )
    return review


REVIEW_EVENT_NAMES = {
    "reviews.claimed": "An agent opened the ticket for review (claimed it)",
    "reviews.approved": "Draft approved and queued to send unchanged",
    "reviews.edited_sent": "Draft edited, then queued to send",
    "reviews.rejected": "Draft rejected, with the reason",
    "reviews.escalated": "Ticket escalated to a team by an agent",
    "reviews.regenerate_requested": "An agent asked for a new draft",
    "reviews.reclassified": "An agent changed the request class",
    "reviews.correction_queued": "A correction to a sent reply was queued",
    "reviews.resolved": "Ticket resolved by an agent",
    "reviews.reopened": "Ticket reopened by an agent",
    "reviews.autosend_scheduled": "Auto-send scheduled after its hold window",
    "reviews.autosend_stopped": "An agent stopped an auto-send in its hold window",
    "reviews.reply_sent": "Reply sent to the customer",
    "reviews.send_failed": "Sending a reply failed (will retry)",
    "reviews.send_gave_up": "Sending a reply failed for good (flagged for a human)",
}

__all__ = [
    "ReviewConflict",
    "ReviewError",
    "ReviewInvalid",
    "autosend_schedule",
    "autosend_stop",
    "draft_approve",
    "draft_edit_send",
    "draft_regenerate",
    "draft_reject",
    "evidence_enqueue",
    "evidence_feed",
    "reply_correct",
    "ticket_claim",
    "ticket_escalate",
    "ticket_reclassify",
    "ticket_reopen",
    "ticket_resolve",
]
