"""The registry of event names. An event must be registered here before it is recorded."""

EVENT_NAMES: dict[str, str] = {
    "tickets.raw_received": "Raw input stored before parsing",
    "tickets.parse_failed": "Raw input could not be parsed; flagged for a human",
    "tickets.ignored": "Auto-reply or bounce recorded; no ticket opened",
    "tickets.created": "Ticket opened (older trails; intake now marks opened_ticket on the message)",
    "tickets.message_received": "Customer message added to a ticket",
    "tickets.status_changed": "Ticket status changed",
    "tickets.reopened": "Resolved ticket reopened by a customer message",
    "tickets.assigned": "Ticket assigned",
    "tickets.escalation_notified": "The escalated ticket's team was e-mailed",
    "tickets.unassigned": "Ticket unassigned (nobody owns it now)",
    "tickets.flagged": "Ticket flagged for a human, with the reason",
    # Written by tickets.services.ticket_claim; the name predates the lifecycle's move to tickets.
    "reviews.claimed": "An agent took the ticket (claimed it: Take, or started editing)",
    "tickets.note_added": "Internal note left by an agent (never sent to the customer)",
    "tickets.class_corrected": "Request class corrected by an agent (a training label)",
    "tickets.raw_rejected": "Raw input refused as invalid; the sender was told why",
    "tickets.api_token_created": "API token issued",
    "tickets.api_token_revoked": "API token revoked",
}


def register(name: str, description: str) -> None:
    """Apps call this from AppConfig.ready() for their own names."""
    EVENT_NAMES.setdefault(name, description)
