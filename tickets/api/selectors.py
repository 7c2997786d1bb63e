"""Reads behind the intake API."""

from tickets.models import Ticket

# Ticket ids are PostgreSQL bigints; a larger number in a URL is simply not a ticket (and must
# not reach the database, which would refuse it with an error).
TICKET_ID_MAX = 2**63 - 1


def ticket_id_possible(ticket_id: int) -> bool:
    """Could this be a ticket id at all (a positive bigint)?"""
    return 0 < ticket_id <= TICKET_ID_MAX


def api_ticket_get(*, ticket_id: int) -> Ticket | None:
    if not ticket_id_possible(ticket_id):
        return None
    return Ticket.objects.select_related("request_class").filter(pk=ticket_id).first()
