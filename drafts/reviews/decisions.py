"""What an agent decides about a ticket and its draft: approve, edit and send, reject, escalate,
regenerate, reclassify, resolve, reopen. Each is a Decision (records.py): check() then
execute() with the ticket locked, in one transaction, then its event. The ticket's own changes
(escalate, resolve, reopen, class, claim) are tickets.services' lifecycle services; this
module adds the review record and the draft's side. Reviewed decisions feed the class's
auto-send evidence after commit (evidence.py)."""

from __future__ import annotations

from tickets.models import RequestClass, Team, Ticket, TicketStatus
from tickets.services import (
    ticket_claim_release,
    ticket_class_correct,
    ticket_escalate_check,
    ticket_resolve_check,
)
from tickets.services import (
    ticket_escalate as ticket_escalate_lifecycle,
)
from tickets.services import (
    ticket_reopen as ticket_reopen_lifecycle,
)
from tickets.services import (
    ticket_resolve as ticket_resolve_lifecycle,
)
from tickets.states import TransitionNotAllowed

from ..models import OutboundReply, Review, ReviewAction, SendStatus
from ..runs import pipeline_busy, pipeline_regenerate
from ..selectors import latest_inbound, live_send_since
from .errors import ReviewConflict, ReviewInvalid
from .evidence import evidence_enqueue
from .records import (
    Decision,
    check_not_answered,
    check_sendable,
    conflict_for_existing,
    draft_current,
    draft_for_decision,
    reply_create,
    review_create,
    send_publish,
)
from .texts import REASON_MAX, TEXT_MAX, edit_distance, text_normalize


def _reason_clean(reason: str, what: str) -> str:
    reason = (reason or "").strip()
    if not reason:
        raise ReviewInvalid(f"Say why ({what} needs a reason).")
    return reason[:REASON_MAX]


def text_clean(text: str, *, what: str) -> str:
    text = (text or "").replace("\r\n", "\n").strip()
    if not text:
        raise ReviewInvalid(f"The {what} is empty.")
    if len(text) > TEXT_MAX:
        raise ReviewInvalid(f"The {what} is longer than {TEXT_MAX:,} characters.")
    return text


class SendDraft(Decision):
    """Send the current draft (text=None) or the agent's edited text in answer to it."""

    def __init__(
        self,
        *,
        ticket_id,
        agent,
        draft_id,
        text: str | None,
        action: str,
        event: str,
        pane_opened_at=None,
    ):
        super().__init__(ticket_id=ticket_id, agent=agent, pane_opened_at=pane_opened_at)
        self.draft_id, self.text, self.action, self.event = draft_id, text, action, event

    def check(self, ticket: Ticket) -> None:
        check_sendable(ticket)
        self.draft = draft_for_decision(ticket, self.draft_id)
        check_not_answered(self.draft)
        if self.action == ReviewAction.APPROVE:
            rejected = Review.objects.filter(draft=self.draft, action=ReviewAction.REJECT).first()
            if rejected is not None:
                raise ReviewConflict(
                    "This draft was rejected; edit it before sending, or regenerate it."
                )

    def execute(self, ticket: Ticket) -> tuple[Review, dict]:
        draft = self.draft
        sent = draft.text if self.text is None else self.text
        distance = edit_distance(draft.text, sent)
        unchanged = text_normalize(draft.text) == text_normalize(sent)
        review = review_create(
            ticket=ticket,
            agent=self.agent,
            action=self.action,
            draft=draft,
            pane_opened_at=self.pane_opened_at,
            final_text=sent,
            edit_distance=distance,
            accepted_unchanged=unchanged,
        )
        reply = reply_create(ticket=ticket, review=review, text=sent, draft=draft)
        ticket_claim_release(ticket=ticket)
        self.versions = draft.run.versions if draft.run_id else None
        evidence_enqueue(request_class_id=ticket.request_class_id)
        send_publish(reply, review=review)
        return review, {
            "draft_id": draft.pk,
            "reply_id": reply.pk,
            "idempotency_key": reply.idempotency_key,
            "final_text": sent,
            "edit_distance": round(distance, 4),
            "accepted_unchanged": unchanged,
            "review_seconds": review.review_seconds,
        }


def draft_approve(*, ticket_id: int, draft_id: int, agent, pane_opened_at=None) -> Review:
    """Send the current draft unchanged. Raises ReviewConflict when the draft was replaced, the
    message already has a reply (sent, queued or held), or the ticket is not sendable.
    pane_opened_at (clock.py): when the agent's pane was rendered, for the review time."""
    return SendDraft(
        ticket_id=ticket_id,
        agent=agent,
        draft_id=draft_id,
        text=None,
        action=ReviewAction.APPROVE,
        event="reviews.approved",
        pane_opened_at=pane_opened_at,
    ).run()


def draft_edit_send(
    *, ticket_id: int, draft_id: int, agent, text: str, pane_opened_at=None
) -> Review:
    """Send the agent's edited text in answer to the draft's message (same guards as approve)."""
    return SendDraft(
        ticket_id=ticket_id,
        agent=agent,
        draft_id=draft_id,
        text=text_clean(text, what="reply"),
        action=ReviewAction.EDIT_SEND,
        event="reviews.edited_sent",
        pane_opened_at=pane_opened_at,
    ).run()


class WriteReply(Decision):
    """Send a reply the agent wrote with no draft to answer (the ticket page's composer)."""

    event = "reviews.written_sent"

    def __init__(self, *, ticket_id, agent, text: str, pane_opened_at=None):
        super().__init__(ticket_id=ticket_id, agent=agent, pane_opened_at=pane_opened_at)
        self.text = text

    def check(self, ticket: Ticket) -> None:
        check_sendable(ticket)
        message = latest_inbound(ticket)
        draft = draft_current(ticket)
        if draft is not None and message is not None and draft.message_id == message.pk:
            check_not_answered(draft)
            raise ReviewConflict(
                "A draft for the customer's latest message arrived while you were writing. "
                "Your text is kept below: reload to see the draft, then send your text in its "
                "place."
            )
        if (existing := live_send_since(ticket, message)) is not None:
            raise conflict_for_existing(existing)

    def execute(self, ticket: Ticket) -> tuple[Review, dict]:
        review = review_create(
            ticket=ticket,
            agent=self.agent,
            action=ReviewAction.WRITE,
            pane_opened_at=self.pane_opened_at,
            final_text=self.text,
        )
        reply = reply_create(ticket=ticket, review=review, text=self.text, draft=None)
        ticket_claim_release(ticket=ticket)
        send_publish(reply, review=review)
        return review, {
            "reply_id": reply.pk,
            "idempotency_key": reply.idempotency_key,
            "final_text": self.text,
            "review_seconds": review.review_seconds,
        }


def reply_write(
    *, ticket_id: int, agent, text: str, draft_id: int | None = None, pane_opened_at=None
) -> Review:
    """The ticket page's composer: send the agent's own text. With draft_id (the page showed
    a draft for the customer's latest message) it is draft_edit_send: the text replaces the
    draft, with the same guards, and the edit distance says how much of the draft was kept.
    Without one, a reply with no draft (review action "write", reviews.written_sent): refused
    when the ticket is not sendable, when the latest message is already answered (a reply
    queued, held or sent since it arrived), or when a draft for it arrived meanwhile. The
    ticket lock serialises two sends, so the message gets one reply."""
    if draft_id is not None:
        return draft_edit_send(
            ticket_id=ticket_id,
            draft_id=draft_id,
            agent=agent,
            text=text,
            pane_opened_at=pane_opened_at,
        )
    return WriteReply(
        ticket_id=ticket_id,
        agent=agent,
        text=text_clean(text, what="reply"),
        pane_opened_at=pane_opened_at,
    ).run()


class RejectDraft(Decision):
    """Mark the draft wrong, with the reason (training signal)."""

    event = "reviews.rejected"

    def __init__(self, *, ticket_id, agent, draft_id, reason: str, pane_opened_at=None):
        super().__init__(ticket_id=ticket_id, agent=agent, pane_opened_at=pane_opened_at)
        self.draft_id, self.reason = draft_id, reason

    def check(self, ticket: Ticket) -> None:
        self.draft = draft_for_decision(ticket, self.draft_id)
        check_not_answered(self.draft)
        earlier = (
            Review.objects.filter(draft=self.draft, action=ReviewAction.REJECT)
            .select_related("agent")
            .first()
        )
        if earlier is not None:
            raise ReviewConflict(
                f"{earlier.agent.get_username() if earlier.agent else 'Someone'} already rejected "
                "this draft."
            )

    def execute(self, ticket: Ticket) -> tuple[Review, dict]:
        review = review_create(
            ticket=ticket,
            agent=self.agent,
            action=ReviewAction.REJECT,
            draft=self.draft,
            pane_opened_at=self.pane_opened_at,
            reason=self.reason,
            accepted_unchanged=False,
        )
        evidence_enqueue(request_class_id=ticket.request_class_id)
        return review, {
            "draft_id": self.draft.pk,
            "reason": self.reason,
            "review_seconds": review.review_seconds,
        }


def draft_reject(
    *, ticket_id: int, draft_id: int, agent, reason: str, pane_opened_at=None
) -> Review:
    """Mark the draft wrong, with the reason (training signal). The ticket stays in the queue:
    the agent regenerates or writes the reply. A draft is rejected once, and not once sent."""
    reason = _reason_clean(reason, "rejecting a draft")
    return RejectDraft(
        ticket_id=ticket_id,
        agent=agent,
        draft_id=draft_id,
        reason=reason,
        pane_opened_at=pane_opened_at,
    ).run()


class EscalateTicket(Decision):
    event = "reviews.escalated"

    def __init__(self, *, ticket_id, agent, team_id, reason: str):
        super().__init__(ticket_id=ticket_id, agent=agent)
        self.team_id, self.reason = team_id, reason

    def check(self, ticket: Ticket) -> None:
        try:
            self.team = Team.objects.get(pk=int(self.team_id))
        except (Team.DoesNotExist, TypeError, ValueError):
            raise ReviewInvalid("Choose a team to escalate to.") from None
        try:
            ticket_escalate_check(ticket=ticket)
        except TransitionNotAllowed:
            raise ReviewConflict(
                f"A {ticket.get_status_display().lower()} ticket cannot be escalated."
            ) from None

    def execute(self, ticket: Ticket) -> tuple[Review, dict]:
        draft = draft_current(ticket)
        review = review_create(
            ticket=ticket,
            agent=self.agent,
            action=ReviewAction.ESCALATE,
            draft=draft,
            team=self.team,
            reason=self.reason,
        )
        ticket_escalate_lifecycle(
            ticket=ticket, team=self.team, actor=self.agent, reason=self.reason
        )
        return review, {
            "team": self.team.slug,
            "reason": self.reason,
            "draft_id": draft.pk if draft else None,
        }


def ticket_escalate(*, ticket_id: int, agent, team_id, reason: str) -> Review:
    """The agent hands the ticket to a team (tickets.services.ticket_escalate: status
    Escalated, team set, flagged for a human with the reason), recorded as a review. Allowed
    from any open status (again from Escalated, to change the team)."""
    reason = _reason_clean(reason, "escalating")
    return EscalateTicket(ticket_id=ticket_id, agent=agent, team_id=team_id, reason=reason).run()


class RegenerateDraft(Decision):
    event = "reviews.regenerate_requested"

    def __init__(self, *, ticket_id, agent, instruction: str):
        super().__init__(ticket_id=ticket_id, agent=agent)
        self.instruction = instruction

    def check(self, ticket: Ticket) -> None:
        if ticket.status == TicketStatus.RESOLVED:
            raise ReviewConflict("This ticket is resolved. Reopen it first.")
        if pipeline_busy(ticket.pk):
            raise ReviewConflict("A draft is already being written for this ticket.")
        self.draft = draft_current(ticket)
        check_not_answered(self.draft)

    def execute(self, ticket: Ticket) -> tuple[Review, dict]:
        review = review_create(
            ticket=ticket,
            agent=self.agent,
            action=ReviewAction.REGENERATE,
            draft=self.draft,
            reason=self.instruction,
        )
        try:
            run = pipeline_regenerate(ticket=ticket, actor=self.agent, instruction=self.instruction)
        except ValueError as error:
            raise ReviewConflict(str(error)) from None
        return review, {
            "draft_id": self.draft.pk if self.draft else None,
            "run_id": run.pk,
            "instruction": self.instruction,
        }


def draft_regenerate(*, ticket_id: int, agent, instruction: str = "") -> Review:
    """Ask the pipeline for a new draft (optionally with the agent's instruction). Refused while
    the pipeline is busy with the ticket (a run in progress, or a new customer message waiting
    for its run) or once the latest message has its reply."""
    instruction = (instruction or "").strip()[:REASON_MAX]
    return RegenerateDraft(ticket_id=ticket_id, agent=agent, instruction=instruction).run()


class ReclassifyTicket(Decision):
    event = "reviews.reclassified"

    def __init__(self, *, ticket_id, agent, request_class_id):
        super().__init__(ticket_id=ticket_id, agent=agent)
        self.request_class_id = request_class_id

    def check(self, ticket: Ticket) -> None:
        try:
            self.request_class = RequestClass.objects.get(
                pk=int(self.request_class_id), is_active=True
            )
        except (RequestClass.DoesNotExist, TypeError, ValueError):
            raise ReviewInvalid("Choose one of the request classes.") from None
        if ticket.request_class_id == self.request_class.pk:
            raise ReviewInvalid(f"The ticket is already classed as {self.request_class.name}.")

    def execute(self, ticket: Ticket) -> tuple[Review, dict]:
        previous = ticket.request_class.slug if ticket.request_class_id else None
        ticket_class_correct(ticket=ticket, request_class=self.request_class, actor=self.agent)
        review = review_create(
            ticket=ticket,
            agent=self.agent,
            action=ReviewAction.RECLASSIFY,
            request_class_id=self.request_class.pk,
            reason=f"{previous or 'unclassified'} -> {self.request_class.slug}",
        )
        return review, {"from": previous, "to": self.request_class.slug}


def ticket_reclassify(*, ticket_id: int, agent, request_class_id) -> Review:
    """Set the request class (a label for the classifier; the risk follows the class)."""
    return ReclassifyTicket(
        ticket_id=ticket_id, agent=agent, request_class_id=request_class_id
    ).run()


class ResolveTicket(Decision):
    event = "reviews.resolved"

    def check(self, ticket: Ticket) -> None:
        if ticket.status == TicketStatus.RESOLVED:
            raise ReviewConflict("This ticket is already resolved.")
        try:
            ticket_resolve_check(ticket=ticket)
        except TransitionNotAllowed:
            raise ReviewConflict(
                f"A {ticket.get_status_display().lower()} ticket cannot be resolved."
            ) from None
        pending = OutboundReply.objects.filter(
            ticket=ticket, status__in=[SendStatus.HELD, SendStatus.QUEUED, SendStatus.FAILED]
        ).exists()
        if pending:
            raise ReviewConflict("A reply is still on its way; resolve once it has been sent.")

    def execute(self, ticket: Ticket) -> tuple[Review, dict]:
        review = review_create(ticket=ticket, agent=self.agent, action=ReviewAction.RESOLVE)
        ticket_resolve_lifecycle(ticket=ticket, actor=self.agent)
        return review, {}


def ticket_resolve(*, ticket_id: int, agent) -> Review:
    """The agent resolves the ticket (tickets.services.ticket_resolve), once no reply of it is
    still on its way."""
    return ResolveTicket(ticket_id=ticket_id, agent=agent).run()


class ReopenTicket(Decision):
    event = "reviews.reopened"

    def check(self, ticket: Ticket) -> None:
        if ticket.status != TicketStatus.RESOLVED:
            raise ReviewConflict("Only a resolved ticket can be reopened.")

    def execute(self, ticket: Ticket) -> tuple[Review, dict]:
        review = review_create(ticket=ticket, agent=self.agent, action=ReviewAction.REOPEN)
        ticket_reopen_lifecycle(ticket=ticket, actor=self.agent)
        return review, {}


def ticket_reopen(*, ticket_id: int, agent) -> Review:
    """The agent reopens a resolved ticket (tickets.services.ticket_reopen)."""
    return ReopenTicket(ticket_id=ticket_id, agent=agent).run()
