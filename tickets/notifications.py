"""New escalations reach their team: an in-app badge (the escalated tickets of the user's teams
that nobody owns yet, in the navigation of every page) and an optional e-mail to the team's
address (Team.email, when a lead ticks Team.notify_by_email in the admin) for each escalation, sent by a Celery task
after the commit that escalated the ticket.

Customer text is untrusted: the e-mail is plain text, its subject line carries the ticket's
subject with line breaks collapsed, and it never carries the customer's message."""

from __future__ import annotations

import logging

from celery import current_app
from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from kombu.exceptions import OperationalError as KombuOperationalError

from audit.models import Event
from audit.services import event_record

from .models import Ticket, TicketStatus, TicketStatusChange, ticket_reference

logger = logging.getLogger(__name__)

NOTIFIED_EVENT = "tickets.escalation_notified"
SUBJECT_CHARS = 120


BADGE_MAX = 99  # the badge reads "99+" beyond: never a count over the whole table


def escalations_waiting_count(*, user) -> int | str:
    """Escalated tickets of the user's teams with no owner yet, "99+" past BADGE_MAX. One
    bounded query (team and status are indexed; no COUNT over the table); 0 for a user in no
    team."""
    if not getattr(user, "is_authenticated", False):
        return 0
    ids = Ticket.objects.filter(
        status=TicketStatus.ESCALATED, assignee__isnull=True, team__members=user
    ).values_list("pk", flat=True)[: BADGE_MAX + 1]
    found = len(ids)
    return f"{BADGE_MAX}+" if found > BADGE_MAX else found


NOTIFY_TASK = "tickets.escalation_notify"  # tickets/tasks.py, published by name


def escalation_notify_enqueue(*, change: TicketStatusChange) -> None:
    """After the commit that escalated a ticket, queue its team's e-mail (when it has one). A
    broker that cannot be reached loses the e-mail, never the escalation: logged, not raised
    (the badge still shows the ticket)."""

    def publish() -> None:
        try:
            current_app.tasks[NOTIFY_TASK].apply_async([change.pk])
        except (OSError, ConnectionError, KombuOperationalError) as error:
            logger.warning("escalation e-mail for change %s not queued: %s", change.pk, error)

    transaction.on_commit(publish)


ESCALATIONS_NOTIFY_TASK = "tickets.escalations_notify"  # tickets/tasks.py, published by name


def escalations_notify_enqueue(*, changes: list[TicketStatusChange]) -> None:
    """escalation_notify_enqueue for the escalations of one bulk transition (a pipeline
    chunk's route stage): one task for all of them after the commit, not one per ticket, so
    the worker that escalated a chunk is not handed a task per ticket."""
    if not changes:
        return
    change_ids = [change.pk for change in changes]

    def publish() -> None:
        try:
            current_app.tasks[ESCALATIONS_NOTIFY_TASK].apply_async([change_ids])
        except (OSError, ConnectionError, KombuOperationalError) as error:
            logger.warning("escalation e-mails for changes %s not queued: %s", change_ids, error)

    transaction.on_commit(publish)


def escalations_notify(*, change_ids: list[int]) -> dict[str, int]:
    """escalation_notify for each change: {outcome: how many}. The escalations whose ticket's
    team gets no e-mail (escalation_notify's first answers) are sorted out in one query."""
    e_mailed = set(
        TicketStatusChange.objects.filter(
            pk__in=change_ids,
            to_status=TicketStatus.ESCALATED,
            ticket__team__notify_by_email=True,
        )
        .exclude(ticket__team__email="")
        .values_list("pk", flat=True)
    )
    outcomes: dict[str, int] = {}
    for change_id in change_ids:
        if change_id not in e_mailed:
            outcome = "the team gets no e-mail"
        else:
            # One e-mail that cannot go out does not keep the others (as separate tasks).
            try:
                outcome = escalation_notify(change_id=change_id)
            except Exception:  # noqa: BLE001 (logged; the badge still shows the ticket)
                logger.exception("escalation e-mail for change %s failed", change_id)
                outcome = "failed"
        outcomes[outcome] = outcomes.get(outcome, 0) + 1
    return outcomes


def escalation_notify(*, change_id: int) -> str:
    """E-mail the ticket's team about one escalation, once: "sent", or why not."""
    change = TicketStatusChange.objects.select_related("ticket__team").filter(pk=change_id).first()
    if change is None or change.to_status != TicketStatus.ESCALATED:
        return "not an escalation"
    ticket = change.ticket
    team = ticket.team
    if team is None or not team.email or not team.notify_by_email:
        return "the team gets no e-mail"
    if Event.objects.filter(
        name=NOTIFIED_EVENT, ticket_id=ticket.pk, payload__change_id=change.pk
    ).exists():
        return "already sent"
    reference = ticket_reference(ticket.pk)
    subject_line = " ".join((ticket.subject or "").split())[:SUBJECT_CHARS]
    reason = ""
    last = (
        Event.objects.filter(ticket_id=ticket.pk, name="tickets.status_changed")
        .order_by("-id")
        .values_list("payload", flat=True)
        .first()
    )
    if isinstance(last, dict):
        reason = str(last.get("reason") or "")
    url = f"{settings.SUPPORTDESK_CONSOLE_URL.rstrip('/')}/tickets/{ticket.pk}/"
    body = (
        f"A ticket was escalated to {team.name}.\n\n"
        f"Ticket: {reference}\n"
        f"Why: {reason or 'see the ticket'}\n"
        f"Open it: {url}\n\n"
        "The customer's message is in the console, not in this e-mail.\n"
    )
    EmailMessage(
        subject=f"[{reference}] New escalation for {team.name}: {subject_line}",
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[team.email],
    ).send()
    event_record(
        name=NOTIFIED_EVENT,
        ticket_id=ticket.pk,
        actor_label="notifications",
        payload={"change_id": change.pk, "team": team.slug, "to": team.email},
    )
    return "sent"
