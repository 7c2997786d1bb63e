"""The inbox's bulk decisions: resolve, escalate, change class for the ticked tickets. Each
ticket goes through the same decision an agent takes on one ticket (decisions.py: its lock,
its guards, its Review and its events), in a transaction of its own, so a ticket that cannot
take the decision (already resolved, a reply still on its way, already of that class) is
skipped with the reason and the others are done. The input that concerns them all (no ticket,
too many, no reason, an unknown team or class) is checked first: then nothing is done.

Not all or nothing, unlike bulk assign (tickets.services.tickets_assignee_set): assignment has
no per-ticket guard to fail, these do, and one resolved ticket among fifty should not keep the
other forty-nine open. Tickets are taken in id order, one lock at a time, so two bulk actions
never wait on each other in opposite order."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from tickets.models import RequestClass, Team, ticket_reference
from tickets.services import BULK_ASSIGN_MAX

from ..models import Review
from .decisions import _reason_clean, ticket_escalate, ticket_reclassify, ticket_resolve
from .errors import ReviewError, ReviewInvalid

BULK_MAX = BULK_ASSIGN_MAX
SKIPPED_SHOWN = 10  # ticket references named per reason in the message


@dataclass
class BulkResult:
    """What a bulk decision did: the tickets done, and the skipped ones by reason."""

    selected: int
    done: list[int] = field(default_factory=list)
    skipped: dict[str, list[int]] = field(default_factory=dict)

    def message(self, done_verb: str) -> str:
        """E.g. "Resolved 3 of 5 tickets. Skipped 2: SD-4, SD-9 (This ticket is already
        resolved.)" """
        plural = "s" if self.selected != 1 else ""
        text = f"{done_verb} {len(self.done)} of {self.selected} ticket{plural}."
        skipped = sum(len(ids) for ids in self.skipped.values())
        if skipped:
            parts = []
            for reason, ids in self.skipped.items():
                refs = ", ".join(ticket_reference(pk) for pk in ids[:SKIPPED_SHOWN])
                more = f" and {len(ids) - SKIPPED_SHOWN} more" if len(ids) > SKIPPED_SHOWN else ""
                parts.append(f"{refs}{more} ({reason})")
            text += f" Skipped {skipped}: " + "; ".join(parts)
        return text


def _ids_checked(ticket_ids: list[int]) -> list[int]:
    ids = sorted(set(ticket_ids))
    if not ids:
        raise ReviewInvalid("Select at least one ticket.")
    if len(ids) > BULK_MAX:
        raise ReviewInvalid(
            f"{len(ids)} tickets selected; at most {BULK_MAX} can be changed at once."
        )
    return ids


def _each(ids: list[int], decide: Callable[[int], Review]) -> BulkResult:
    result = BulkResult(selected=len(ids))
    for ticket_id in ids:
        try:
            decide(ticket_id)
        except ReviewError as refused:
            result.skipped.setdefault(str(refused), []).append(ticket_id)
        else:
            result.done.append(ticket_id)
    return result


def tickets_resolve(*, ticket_ids: list[int], agent) -> BulkResult:
    """Resolve each ticket (reviews.ticket_resolve: a Review, reviews.resolved and the status
    change per ticket). Skipped: already resolved, a reply still on its way, no such ticket."""
    ids = _ids_checked(ticket_ids)
    return _each(ids, lambda pk: ticket_resolve(ticket_id=pk, agent=agent))


def tickets_escalate(*, ticket_ids: list[int], agent, team_id, reason: str) -> BulkResult:
    """Escalate each ticket to the team with the reason (reviews.ticket_escalate per ticket).
    ReviewInvalid, nothing done, without a reason or with an unknown team."""
    ids = _ids_checked(ticket_ids)
    reason = _reason_clean(reason, "escalating")
    try:
        Team.objects.only("pk").get(pk=int(team_id))
    except (Team.DoesNotExist, TypeError, ValueError):
        raise ReviewInvalid("Choose a team to escalate to.") from None
    return _each(
        ids,
        lambda pk: ticket_escalate(ticket_id=pk, agent=agent, team_id=team_id, reason=reason),
    )


def tickets_reclassify(*, ticket_ids: list[int], agent, request_class_id) -> BulkResult:
    """Set each ticket's request class (reviews.ticket_reclassify per ticket: a label for the
    classifier). Skipped: already of that class. ReviewInvalid, nothing done, for a class that
    is not an active one."""
    ids = _ids_checked(ticket_ids)
    try:
        RequestClass.objects.only("pk").get(pk=int(request_class_id), is_active=True)
    except (RequestClass.DoesNotExist, TypeError, ValueError):
        raise ReviewInvalid("Choose one of the request classes.") from None
    return _each(
        ids,
        lambda pk: ticket_reclassify(ticket_id=pk, agent=agent, request_class_id=request_class_id),
    )
