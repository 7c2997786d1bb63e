"""When the agent started looking at a ticket, now that opening it claims nothing.

Review time runs from the earlier of the agent's own claim (Take, or starting an edit) and the
moment the pane they acted from was rendered. The pane carries that moment in its decision
forms as a signed token (bound to the ticket and the agent), so a form cannot claim a review
time it did not have; a token older than OPENED_MAX_AGE (a tab left open overnight) gives none."""

from __future__ import annotations

import datetime as dt

from django.core import signing
from django.utils import timezone

OPENED_MAX_AGE = dt.timedelta(hours=8)
_SALT = "drafts.reviews.pane-opened"


def pane_opened_token(*, ticket_id: int, agent, at: dt.datetime | None = None) -> str:
    at = at or timezone.now()
    return signing.dumps({"t": ticket_id, "u": agent.pk, "at": at.timestamp()}, salt=_SALT)


def pane_opened_at(*, token: str, ticket_id: int, agent) -> dt.datetime | None:
    """The moment the token's pane was rendered, or None when the token is missing, forged,
    too old, or made for another ticket or agent."""
    if not token:
        return None
    try:
        value = signing.loads(token, salt=_SALT, max_age=OPENED_MAX_AGE)
    except signing.BadSignature:  # also SignatureExpired
        return None
    if not isinstance(value, dict) or value.get("t") != ticket_id or value.get("u") != agent.pk:
        return None
    try:
        at = dt.datetime.fromtimestamp(float(value["at"]), tz=dt.UTC)
    except (KeyError, TypeError, ValueError, OverflowError):
        return None
    now = timezone.now()
    return at if now - OPENED_MAX_AGE <= at <= now else None
