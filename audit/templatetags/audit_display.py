"""Display filters for the audit pages. None of them marks anything safe: the template escapes."""

from django import template

from audit.timeline import json_pretty

register = template.Library()


@register.filter
def pretty_json(value) -> str:
    return json_pretty(value)


@register.filter
def plain_number(value):
    """A float as plain digits, never in exponent notation (a cost of 4.5e-05 reads 0.000045).
    The timeline renders its events with localization off (it is an audit record, and
    localizing every number was a tenth of the page's time), so Python's str() would print the
    exponent; everything else passes through."""
    if isinstance(value, float):
        text = f"{value:.10f}".rstrip("0").rstrip(".")
        return "0" if text in ("", "-0") else text
    return value


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
def score(value) -> str:
    try:
        return f"{float(value):.3f}"
    except (TypeError, ValueError):
        return "—"


@register.filter
def get_count(counts: dict, key: str) -> int:
    return (counts or {}).get(key, 0)
