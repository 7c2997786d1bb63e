"""Pure text pieces of a review: the whitespace-insensitive comparison, the edit distance, and
what the customer receives (subject, text without citation marks). No database."""

from __future__ import annotations

import re

from rapidfuzz.distance import Levenshtein

from tickets.models import ticket_reference

TEXT_MAX = 20_000
REASON_MAX = 2_000
_CITATION_MARK = re.compile(r"[ \t]?\[P\d+\]")
_SUBJECT_PREFIX = re.compile(r"^\s*((re|aw|sv|fwd?)\s*:\s*)+", re.IGNORECASE)


def text_normalize(text: str) -> str:
    """Whitespace-insensitive form used for "sent unchanged" and the edit distance."""
    return " ".join((text or "").split())


def edit_distance(draft_text: str, sent_text: str) -> float:
    """Normalized Levenshtein distance after whitespace normalization: 0 unchanged, 1 rewritten."""
    return float(
        Levenshtein.normalized_distance(text_normalize(draft_text), text_normalize(sent_text))
    )


def customer_text(text: str) -> str:
    """What the customer receives: the agent's text without the citation marks ([P1]), which
    only point the agent at the policy fragment."""
    return _CITATION_MARK.sub("", text).strip()


def reply_subject(*, subject: str, ticket_id: int, correction: bool = False) -> str:
    """'Re: <subject> [SD-<id>]': the token lets a reply thread back even without headers."""
    base = _SUBJECT_PREFIX.sub("", subject or "").strip() or "Your request"
    token = f"[{ticket_reference(ticket_id)}]"
    if token not in base:
        base = f"{base} {token}"
    prefix = "Correction: Re: " if correction else "Re: "
    return (prefix + base)[:500]
