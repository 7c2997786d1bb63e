"""Display filters for the audit pages. None of them marks anything safe (the template escapes),
except `timeline_events`, whose HTML escapes every value it writes (audit/timeline_html.py)."""

from django import template

from audit.timeline import json_pretty
from audit.timeline_html import events_html

register = template.Library()


@register.filter
def pretty_json(value) -> str:
    return json_pretty(value)


@register.filter
def pct(value) -> str:
    """A rate (0-1) as a percentage; None (the data cannot support it) as a dash."""
    if value is None:
        return "—"
    return f"{value * 100:.1f}%"


@register.filter
def short_hash(value) -> str:
    return (value or "")[:12]


@register.filter
def get_count(counts: dict, key: str) -> int:
    return (counts or {}).get(key, 0)


@register.filter
def timeline_events(entries, ticket_id: int):
    """The timeline's events as HTML, one `<li>` each."""
    return events_html(entries, ticket_id=ticket_id)
