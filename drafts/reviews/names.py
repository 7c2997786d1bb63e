"""The review queue's event names, registered by DraftsConfig.ready(). (reviews.claimed is
registered in audit.names: tickets.services.ticket_claim writes it.)"""

REVIEW_EVENT_NAMES = {
    "reviews.approved": "Draft approved and queued to send unchanged",
    "reviews.edited_sent": "Draft edited, then queued to send",
    "reviews.written_sent": "Reply written by an agent without a draft, then queued to send",
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
