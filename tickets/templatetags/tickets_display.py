"""Display filters for the agent pages: compact ages and people's names."""

import datetime as dt

from django import template
from django.utils import timezone

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
