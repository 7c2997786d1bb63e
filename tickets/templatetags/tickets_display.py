"""Display filters for the agent pages: compact ages and people's names."""

import datetime as dt

from django import template
from django.utils import timezone

from tickets.models import TicketStatus
from tickets.sla import sla_state

register = template.Library()


@register.filter
def age(value: dt.datetime | None) -> str:
    """A compact age for dense lists: 45s, 12m, 5h, 3d, 6w, 2y."""
    if not value:
        return ""
    seconds = max(0, int((timezone.now() - value).total_seconds()))
    for unit, size in (("y", 365 * 86400), ("w", 7 * 86400), ("d", 86400), ("h", 3600), ("m", 60)):
        if seconds >= size:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"


@register.filter
def person(user) -> str:
    """A user's full name, or the username when no name is set."""
    if user is None:
        return ""
    return user.get_full_name() or user.get_username()


@register.filter
def usage_value(value) -> str:
    """Imported usage indicators are free-form JSON; show lists and dicts flat."""
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}: {v}" for k, v in value.items())
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def _span(seconds: float) -> str:
    seconds = abs(int(seconds))
    if seconds < 3600:
        return f"{max(1, seconds // 60)} min"
    if seconds < 48 * 3600:
        hours, minutes = divmod(seconds // 60, 60)
        return f"{hours} h {minutes:02d} min" if hours < 10 else f"{hours} h"
    return f"{seconds // 86400} d"


@register.inclusion_tag("tickets/_sla.html")
def sla_cell(ticket) -> dict:
    """A row's SLA: time left to the next deadline (first response or resolution), overdue
    and highlighted when breached, "paused" while waiting on the customer. From the stored
    fields only (tickets.sla.sla_state): no query."""
    state, which, left = sla_state(ticket, timezone.now())
    if state == "breached":
        text = f"Overdue {_span(left)}"
    elif state in ("soon", "running"):
        text = f"{_span(left)} left"
    elif state == "paused":
        text = "Paused"
    else:
        text = ""
    return {"state": state, "which": which, "text": text, "due": ticket.sla_due_at}


@register.filter
def sla_status(ticket) -> str:
    """The row's SLA state ("breached", "soon", "running", "paused" or ""), for its class."""
    return sla_state(ticket, timezone.now())[0]


def _clock(label: str, due, *, done_at, now, done: str, paused: bool = False) -> dict:
    if paused:
        return {"label": label, "state": "paused", "text": "Paused", "due": due}
    if done_at is not None:
        late = (done_at - due).total_seconds()
        if late > 0:
            return {
                "label": label,
                "state": "breached",
                "text": f"{done} {_span(late)} late",
                "due": due,
            }
        return {"label": label, "state": "met", "text": f"{done} in time", "due": due}
    left = (due - now).total_seconds()
    if left < 0:
        return {"label": label, "state": "breached", "text": f"Overdue {_span(left)}", "due": due}
    return {
        "label": label,
        "state": "soon" if left < 3600 else "running",
        "text": f"{_span(left)} left",
        "due": due,
    }


@register.simple_tag
def sla_clocks(ticket) -> list[dict]:
    """Both SLA clocks of the ticket page: first response and resolution, each met in time,
    met late, paused, running (time left) or overdue. From the stored fields only (no query):
    the same deadlines as the inbox's cell (docs/sla.md)."""
    now = timezone.now()
    clocks = []
    if ticket.sla_first_response_due_at is not None:
        answered = ticket.first_response_at
        resolved = ticket.resolved_at if answered is None else None
        clocks.append(
            _clock(
                "First response",
                ticket.sla_first_response_due_at,
                done_at=answered or resolved,
                now=now,
                done="Answered" if answered else "Resolved without a reply",
            )
        )
    if ticket.sla_resolution_due_at is not None:
        stopped = ticket.sla_resolution_stopped_at
        waiting = ticket.status == TicketStatus.WAITING_ON_CUSTOMER
        clocks.append(
            _clock(
                "Resolution",
                ticket.sla_resolution_due_at,
                done_at=None if waiting else stopped,
                now=now,
                done="Resolved",
                paused=waiting and stopped is not None,
            )
        )
    return clocks
