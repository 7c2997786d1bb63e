"""Which ticket status may follow which. Services check this before any status change."""

from .models import TicketStatus as S

ALLOWED_TRANSITIONS: dict[str, frozenset[str]] = {
    S.NEW: frozenset({S.IN_PIPELINE, S.AWAITING_REVIEW, S.ESCALATED, S.RESOLVED}),
    S.IN_PIPELINE: frozenset({S.AWAITING_REVIEW, S.ESCALATED, S.WAITING_ON_CUSTOMER, S.RESOLVED}),
    S.AWAITING_REVIEW: frozenset({S.IN_PIPELINE, S.ESCALATED, S.WAITING_ON_CUSTOMER, S.RESOLVED}),
    S.ESCALATED: frozenset({S.IN_PIPELINE, S.AWAITING_REVIEW, S.WAITING_ON_CUSTOMER, S.RESOLVED}),
    S.WAITING_ON_CUSTOMER: frozenset({S.IN_PIPELINE, S.ESCALATED, S.RESOLVED}),
    S.RESOLVED: frozenset({S.REOPENED}),
    S.REOPENED: frozenset(
        {S.IN_PIPELINE, S.AWAITING_REVIEW, S.ESCALATED, S.WAITING_ON_CUSTOMER, S.RESOLVED}
    ),
}


class TransitionNotAllowed(Exception):
    def __init__(self, current: str, target: str):
        self.current, self.target = current, target
        super().__init__(f"A ticket cannot go from {S(current).label!r} to {S(target).label!r}.")


def check_transition(current: str, target: str) -> None:
    if target not in ALLOWED_TRANSITIONS.get(current, frozenset()):
        raise TransitionNotAllowed(current, target)
