"""Macros filled for a ticket: the placeholders a lead may write in a macro, and the text an
agent inserts. Pure: reads the ticket (with its customer and team) and the agent already
loaded, no database.

Filling is one pass over the macro's text, so a value is never read again as a placeholder (a
customer named "{plan}" stays "{plan}" in the reply, it does not pull the plan in). Values are
plain text, one line, at most VALUE_MAX characters; the page escapes them like any other text.
An unknown placeholder, or one the ticket has no value for, is left as written and listed, so
the agent sees it before sending; nothing raises."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from tickets.models import Ticket, ticket_reference

VALUE_MAX = 200
PLACEHOLDER_RE = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


def _one_line(value: str) -> str:
    return " ".join((value or "").split())[:VALUE_MAX]


def _customer_name(ticket: Ticket, agent) -> str:
    return ticket.customer.name if ticket.customer_id else ""


def _first_name(ticket: Ticket, agent) -> str:
    name = _one_line(_customer_name(ticket, agent))
    return name.split(" ", 1)[0] if name else ""


def _agent_name(ticket: Ticket, agent) -> str:
    return (agent.get_full_name() or agent.get_username()) if agent is not None else ""


# name -> (what it is, for the admin's help; how to read it from the ticket and the agent)
PLACEHOLDERS: dict[str, tuple[str, Callable[[Ticket, object], str]]] = {
    "customer_name": ("the customer's name", _customer_name),
    "customer_first_name": ("the first word of the customer's name", _first_name),
    "customer_email": (
        "the customer's e-mail address",
        lambda t, a: t.customer.email if t.customer_id else "",
    ),
    "ticket_number": ("the ticket's reference, e.g. SD-169", lambda t, a: ticket_reference(t.pk)),
    "ticket_subject": ("the ticket's subject", lambda t, a: t.subject),
    "plan": ("the customer's plan", lambda t, a: t.customer.plan if t.customer_id else ""),
    "tier": (
        "the customer's tier (Free, Starter, Business, Enterprise)",
        lambda t, a: t.customer.get_tier_display() if t.customer_id else "",
    ),
    "team": ("the ticket's team", lambda t, a: t.team.name if t.team_id else ""),
    "agent_name": ("your name (the agent inserting the macro)", _agent_name),
}


@dataclass
class MacroFill:
    """A macro's text for one ticket. unknown: placeholders that are not in PLACEHOLDERS;
    missing: known ones the ticket has no value for. Both are left in the text as written."""

    text: str
    unknown: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)

    @property
    def note(self) -> str:
        """What the agent should check before sending ("" when everything was filled)."""
        parts = []
        if self.missing:
            names = ", ".join("{" + n + "}" for n in self.missing)
            parts.append(f"no value on this ticket for {names}")
        if self.unknown:
            names = ", ".join("{" + n + "}" for n in self.unknown)
            parts.append(
                f"{names} {'is not a placeholder' if len(self.unknown) == 1 else 'are not placeholders'}"
            )
        if not parts:
            return ""
        return "Left as written, replace before sending: " + "; ".join(parts) + "."


def macro_fill(*, text: str, ticket: Ticket, agent) -> MacroFill:
    """The macro's text with its placeholders filled from `ticket` (customer, team loaded) and
    `agent`. Never raises on the text: unknown or empty placeholders stay as written."""
    unknown: list[str] = []
    missing: list[str] = []

    def replace(match: re.Match) -> str:
        name = match.group(1)
        known = PLACEHOLDERS.get(name)
        if known is None:
            if name not in unknown:
                unknown.append(name)
            return match.group(0)
        value = _one_line(known[1](ticket, agent))
        if not value:
            if name not in missing:
                missing.append(name)
            return match.group(0)
        return value

    filled = PLACEHOLDER_RE.sub(replace, (text or "").replace("\r\n", "\n"))
    return MacroFill(text=filled, unknown=unknown, missing=missing)


def placeholder_help() -> str:
    """The placeholders, one per line, for the admin's help text."""
    return "; ".join("{" + name + "}: " + what for name, (what, _) in PLACEHOLDERS.items())


@dataclass
class MacroImport:
    created: int = 0
    present: int = 0
    skipped: list[str] = field(default_factory=list)


def macros_import(*, entries: list[dict]) -> MacroImport:
    """Create the macros in `entries` ({name, text, team: a team's slug or null for shared})
    that do not exist yet: a macro of the same team and name is left as it is (a lead may have
    edited it), so running it twice creates nothing. An unknown team skips its entry."""
    from tickets.models import Team

    from .models import Macro

    teams = {t.slug: t for t in Team.objects.all()}
    result = MacroImport()
    for entry in entries:
        slug = entry.get("team")
        team = teams.get(slug) if slug else None
        if slug and team is None:
            result.skipped.append(f"{entry.get('name')!r}: no team {slug!r}")
            continue
        _, created = Macro.objects.get_or_create(
            team=team, name=entry["name"], defaults={"text": entry["text"]}
        )
        if created:
            result.created += 1
        else:
            result.present += 1
    return result
