"""Display filters for the agent pages: compact ages and people's names."""

import datetime as dt

from django import template
from django.utils import timezone

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
