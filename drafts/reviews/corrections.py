"""Correcting a reply the customer already received: a customer-visible correction, counted
against the original draft's class in the auto-send evidence."""

from __future__ import annotations

from tickets.models import Ticket

from ..models import OutboundReply, Review, ReviewAction, SendStatus
from .decisions import text_clean
from .errors import ReviewConflict, ReviewInvalid
from .evidence import evidence_enqueue
from .records import Decision, reply_create, review_create, send_publish


class CorrectReply(Decision):
    event = "reviews.correction_queued"

    def __init__(self, *, ticket_id, agent, reply_id, text: str):
        super().__init__(ticket_id=ticket_id, agent=agent)
        self.reply_id, self.text = reply_id, text

    def check(self, ticket: Ticket) -> None:
        try:
            self.original = OutboundReply.objects.select_related("review").get(
                pk=int(self.reply_id), ticket_id=ticket.pk
            )
        except (OutboundReply.DoesNotExist, TypeError, ValueError):
            raise ReviewInvalid("That reply is not on this ticket.") from None
        if self.original.status != SendStatus.SENT:
            raise ReviewConflict(
                "Only a reply the customer received can be corrected; this one is "
                f"{self.original.get_status_display().lower()}."
            )

    def execute(self, ticket: Ticket) -> tuple[Review, dict]:
        review = review_create(
            ticket=ticket,
            agent=self.agent,
            action=ReviewAction.CORRECTION,
            draft=None,
            final_text=self.text,
            reason=f"corrects reply {self.original.pk}",
        )
        reply = reply_create(
            ticket=ticket, review=review, text=self.text, draft=None, corrects=self.original
        )
        evidence_enqueue(request_class_id=self.original.review.request_class_id)
        send_publish(reply, review=review)
        return review, {"reply_id": reply.pk, "corrects": self.original.pk, "final_text": self.text}


def reply_correct(*, ticket_id: int, agent, reply_id, text: str) -> Review:
    """Send a correction to a reply the customer already received (customer-visible: counts
    against the original draft's class in the auto-send evidence)."""
    text = text_clean(text, what="correction")
    return CorrectReply(ticket_id=ticket_id, agent=agent, reply_id=reply_id, text=text).run()
