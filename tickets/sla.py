"""SLA clocks: the first-response and resolution deadlines of a ticket (docs/sla.md).

Deadlines are stored on the ticket when an event moves them, so that the queue can order by
the next one with an index and the dashboard can count breaches in SQL. These functions set
fields on a ticket in hand and return the names of the fields they changed; the service that
calls them saves those fields in its own transaction (the caller holds the row lock when
another writer can race).

- First response: due at created + the target's first-response minutes; met when the first
  reply is sent (Ticket.first_response_at); stops at a resolution without reply.
- Resolution: due at start + the target's resolution minutes, start being the creation or
  the last re-open. Paused while the ticket waits on the customer: on resuming, start and due
  move forward by the pause. Met when resolved. A re-open restarts it with the same duration.
- Reclassified: both deadlines are recomputed from the new class's target (the clocks' starts
  are kept).
"""

from __future__ import annotations

import datetime as dt

from django.db.models import Q, Subquery

from .models import Customer, SlaTarget, Ticket, TicketStatus

_FIELDS = (
    "sla_first_response_due_at",
    "sla_resolution_started_at",
    "sla_resolution_due_at",
    "sla_resolution_stopped_at",
    "sla_due_at",
)


def sla_target_for(
    *, request_class_id: int | None, customer_id: int | None, tier: str | None = None
) -> SlaTarget | None:
    """The most specific target for a class and the customer's tier (one query): class and
    tier, class, tier, catch-all. None when no target applies (the ticket has no SLA). Pass
    `tier` when the customer is in hand (intake): the tier is then not read again. The few
    candidate rows are read with a plain filter and the choice made in Python, as SlaTargets
    does for a chunk (an annotated CASE ordering cost intake about 3 ms a ticket to build)."""
    classes = Q(request_class__isnull=True)
    if request_class_id is not None:
        classes |= Q(request_class_id=request_class_id)
    tiers = Q(tier="")
    if tier:
        tiers |= Q(tier=tier)
    elif tier is None and customer_id is not None:
        tiers |= Q(tier=Subquery(Customer.objects.filter(pk=customer_id).values("tier")[:1]))
    candidates = SlaTarget.objects.filter(classes, tiers)
    return _most_specific(candidates, request_class_id=request_class_id, tier=tier)


def _most_specific(targets, *, request_class_id: int | None, tier: str | None):
    """Of the targets that apply to this class and tier, the most specific: class and tier,
    class, tier, catch-all."""
    found = [
        target
        for target in targets
        if target.request_class_id in (None, request_class_id)
        and (target.tier == "" or tier is None or target.tier == tier)
    ]
    return min(found, key=lambda t: (t.request_class_id is None, t.tier == ""), default=None)


class SlaTargets:
    """sla_target_for for many tickets (a pipeline chunk's classifications): every target and
    the customers' tiers read once, two queries, the same choice made in Python."""

    def __init__(self, *, customer_ids) -> None:
        self._targets = list(SlaTarget.objects.all())
        self._tiers = dict(
            Customer.objects.filter(pk__in=set(customer_ids) - {None}).values_list("pk", "tier")
        )

    def target_for(self, *, request_class_id: int | None, customer_id: int | None):
        # no customer (or none found): only the targets for every tier apply
        tier = self._tiers.get(customer_id) or ""
        return _most_specific(self._targets, request_class_id=request_class_id, tier=tier)


def sla_due_compute(ticket: Ticket) -> dt.datetime | None:
    """The next deadline of a running clock, or None (what Ticket.sla_due_at stores)."""
    if ticket.status == TicketStatus.RESOLVED:
        return None
    running = []
    if ticket.first_response_at is None and ticket.sla_first_response_due_at is not None:
        running.append(ticket.sla_first_response_due_at)
    if ticket.sla_resolution_due_at is not None and ticket.sla_resolution_stopped_at is None:
        running.append(ticket.sla_resolution_due_at)
    return min(running) if running else None


def _changed(ticket: Ticket, before: tuple) -> list[str]:
    ticket.sla_due_at = sla_due_compute(ticket)
    return [f for f, old in zip(_FIELDS, before, strict=True) if getattr(ticket, f) != old]


def _snapshot(ticket: Ticket) -> tuple:
    return tuple(getattr(ticket, f) for f in _FIELDS)


def ticket_sla_target_apply(*, ticket: Ticket, target: SlaTarget | None) -> list[str]:
    """Set both deadlines from `target` (a new ticket, or a new class): first response from
    the creation, resolution from the current clock's start (the creation on a new ticket).
    No target: no deadlines."""
    before = _snapshot(ticket)
    if target is None:
        ticket.sla_first_response_due_at = None
        ticket.sla_resolution_due_at = None
        ticket.sla_resolution_started_at = None
        ticket.sla_resolution_stopped_at = None
    else:
        ticket.sla_first_response_due_at = ticket.created_at + dt.timedelta(
            minutes=target.first_response_minutes
        )
        if ticket.sla_resolution_started_at is None:
            ticket.sla_resolution_started_at = ticket.created_at
        ticket.sla_resolution_due_at = ticket.sla_resolution_started_at + dt.timedelta(
            minutes=target.resolution_minutes
        )
    return _changed(ticket, before)


def ticket_sla_retarget(*, ticket: Ticket) -> list[str]:
    """Look up the target for the ticket's class and customer (one query) and apply it."""
    target = sla_target_for(
        request_class_id=ticket.request_class_id, customer_id=ticket.customer_id
    )
    return ticket_sla_target_apply(ticket=ticket, target=target)


def ticket_sla_on_status(*, ticket: Ticket, previous: str, now: dt.datetime) -> list[str]:
    """The clocks after a status change from `previous` to ticket.status: waiting on the
    customer pauses resolution, leaving it resumes (start and due move by the pause),
    resolved stops it, re-opened restarts it with the same duration. No query."""
    before = _snapshot(ticket)
    status = ticket.status
    due, start = ticket.sla_resolution_due_at, ticket.sla_resolution_started_at
    if due is not None and start is not None:
        if status == TicketStatus.REOPENED:
            ticket.sla_resolution_started_at = now
            ticket.sla_resolution_due_at = now + (due - start)
            ticket.sla_resolution_stopped_at = None
        elif status in (TicketStatus.RESOLVED, TicketStatus.WAITING_ON_CUSTOMER):
            if ticket.sla_resolution_stopped_at is None:
                ticket.sla_resolution_stopped_at = now
        elif (
            previous == TicketStatus.WAITING_ON_CUSTOMER
            and ticket.sla_resolution_stopped_at is not None
        ):
            paused = now - ticket.sla_resolution_stopped_at
            ticket.sla_resolution_started_at = start + paused
            ticket.sla_resolution_due_at = due + paused
            ticket.sla_resolution_stopped_at = None
    return _changed(ticket, before)


def ticket_sla_on_first_response(*, ticket: Ticket) -> list[str]:
    """The first reply was sent (first_response_at just set): the first-response clock is met."""
    return _changed(ticket, _snapshot(ticket))


def sla_state(ticket: Ticket, now: dt.datetime) -> tuple[str, str, float | None]:
    """What a row shows: (state, which clock, seconds left; negative when overdue). state is
    "breached", "soon" (under an hour left), "running", "paused" (waiting on the customer
    with a resolution clock) or "" (no clock). Reads only the stored fields."""
    due = ticket.sla_due_at
    if due is None:
        if (
            ticket.status == TicketStatus.WAITING_ON_CUSTOMER
            and ticket.sla_resolution_due_at is not None
        ):
            return "paused", "resolution", None
        return "", "", None
    which = (
        "first response"
        if ticket.first_response_at is None and due == ticket.sla_first_response_due_at
        else "resolution"
    )
    left = (due - now).total_seconds()
    if left < 0:
        return "breached", which, left
    return ("soon" if left < 3600 else "running"), which, left


def ticket_sla_rebuild(*, ticket: Ticket, target: SlaTarget | None) -> list[str]:
    """The clocks recomputed from the ticket's stored times alone, for tickets whose history
    was written directly (the demo's backdated tickets, tickets older than the SLA): both
    deadlines from the creation, resolution stopped at the resolution (resolved) or at the
    last update (waiting on the customer). Pauses before the last one are not known here."""
    ticket.sla_resolution_started_at = None
    ticket.sla_resolution_stopped_at = None
    fields = set(ticket_sla_target_apply(ticket=ticket, target=target))
    if target is not None:
        if ticket.status == TicketStatus.RESOLVED:
            ticket.sla_resolution_stopped_at = ticket.resolved_at or ticket.updated_at
        elif ticket.status == TicketStatus.WAITING_ON_CUSTOMER:
            ticket.sla_resolution_stopped_at = ticket.updated_at
        ticket.sla_due_at = sla_due_compute(ticket)
        fields.update(("sla_resolution_stopped_at", "sla_due_at"))
    return sorted(fields | {"sla_resolution_started_at", "sla_resolution_stopped_at"})
