"""Reads behind the intake API."""

from supportdesk.converters import id_or_none
from tickets.models import Ticket


def ticket_id_possible(ticket_id: int) -> bool:
    """Could this be a ticket id at all (supportdesk.converters' range check)?"""
    return id_or_none(ticket_id) is not None


def api_ticket_get(*, ticket_id: int) -> Ticket | None:
    if not ticket_id_possible(ticket_id):
        return None
    return Ticket.objects.select_related("request_class").filter(pk=ticket_id).first()
