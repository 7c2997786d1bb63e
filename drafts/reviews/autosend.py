"""Auto-send: the route stage holds an allowed draft as a reply for the policy's hold window
(autosend_schedule), then sends it unless an agent stops it (autosend_stop, a Decision)."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone

from audit.services import event_record
from routing.models import RoutingDecision
from tickets.models import Ticket

from ..models import Draft, OutboundReply, Review, ReviewAction, SendStatus
from .errors import ReviewConflict, ReviewInvalid
from .records import (
    SENDABLE_STATUSES,
    Decision,
    live_send_for,
    reply_create,
    review_create,
    send_publish,
    ticket_locked,
)
from .texts import REASON_MAX


def autosend_schedule(*, ticket_id: int, draft: Draft, decision_id: int) -> OutboundReply | None:
    """The route stage allowed auto-send: hold the draft as a reply for the policy's hold
    window, then send it unless an agent stops it. Call inside the route stage's transaction
    (the ticket is locked there). Does nothing when the message already has a reply."""
    decision = RoutingDecision.objects.get(pk=decision_id)
    if not decision.auto_send_allowed:
        return None
    ticket = ticket_locked(ticket_id)
    if live_send_for(draft) is not None or ticket.status not in SENDABLE_STATUSES:
        return None
    hold = dt.timedelta(minutes=decision.auto_send_hold_minutes or 0)
    review = review_create(
        ticket=ticket,
        agent=None,
        action=ReviewAction.AUTO_SEND,
        draft=draft,
        final_text=draft.text,
        edit_distance=0.0,
        reason=decision.auto_send_reason,
    )
    hold_until = timezone.now() + hold if hold else None
    reply = reply_create(
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
    send_publish(reply, countdown=hold.total_seconds() if hold else None)
    return reply


class AutosendStop(Decision):
    """Locks the held reply first, then the ticket (the send task's order)."""

    event = "reviews.autosend_stopped"

    def __init__(self, *, ticket_id, agent, reply_id, reason: str):
        super().__init__(ticket_id=ticket_id, agent=agent)
        self.reply_id, self.reason = reply_id, reason

    def lock(self) -> Ticket:
        try:
            self.reply = OutboundReply.objects.select_for_update().get(
                pk=int(self.reply_id), ticket_id=self.ticket_id
            )
        except (OutboundReply.DoesNotExist, TypeError, ValueError):
            raise ReviewInvalid("That reply is not on this ticket.") from None
        return ticket_locked(self.ticket_id)

    def check(self, ticket: Ticket) -> None:
        if self.reply.status != SendStatus.HELD:
            raise ReviewConflict(
                f"Too late to stop it: the reply is {self.reply.get_status_display().lower()}."
            )

    def execute(self, ticket: Ticket) -> tuple[Review, dict]:
        reply = self.reply
        reply.status = SendStatus.CANCELLED
        reply.last_error = f"Stopped by {self.agent.get_username()}" + (
            f": {self.reason}" if self.reason else ""
        )
        reply.save(update_fields=["status", "last_error"])
        draft = (
            Draft.objects.select_related("run").get(pk=reply.draft_id) if reply.draft_id else None
        )
        review = review_create(
            ticket=ticket,
            agent=self.agent,
            action=ReviewAction.STOP_AUTO_SEND,
            draft=draft,
            reason=self.reason[:REASON_MAX],
        )
        return review, {"reply_id": reply.pk, "draft_id": reply.draft_id, "reason": self.reason}


def autosend_stop(*, ticket_id: int, reply_id, agent, reason: str = "") -> Review:
    """Stop a held auto-send before its window ends. The draft is free again for an agent."""
    return AutosendStop(ticket_id=ticket_id, agent=agent, reply_id=reply_id, reason=reason).run()
