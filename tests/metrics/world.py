"""A hand-built set of tickets whose metrics are known (worked out in the comments), written
through the real status transition (`ticket_transition`, then backdated like the demo loader
does) and plain rows for the pipeline and review records."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field

from django.utils import timezone

from audit.models import ConfigSnapshot
from drafts.models import Draft, OutboundReply, PipelineRun, Review
from routing.models import RoutingDecision, RuleSetVersion
from tickets.models import (
    Customer,
    Message,
    MessageDirection,
    RequestClass,
    Ticket,
    TicketStatus,
    TicketStatusChange,
)
from tickets.services import ticket_transition

MIN = 60
HOUR = 3600
DAY = 86400


def monday_weeks_ago(weeks: int) -> dt.date:
    today = timezone.localdate()
    return today - dt.timedelta(days=today.weekday()) - dt.timedelta(weeks=weeks)


@dataclass
class World:
    week_a: dt.date  # class A tickets (email, snapshot 1)
    week_b: dt.date  # class B tickets (api, snapshot 2), the week after
    class_a: RequestClass
    class_b: RequestClass
    snapshot_1: ConfigSnapshot
    snapshot_2: ConfigSnapshot
    tickets: dict[str, Ticket] = field(default_factory=dict)


class _Builder:
    def __init__(self, agent):
        self.agent = agent
        self.version = RuleSetVersion.objects.order_by(
            "-number"
        ).first() or RuleSetVersion.objects.create(
            number=1,
            snapshot={"rules": []},
            content_hash="0" * 64,
            author_label="test",
            created_at=timezone.now(),
        )

    def snapshot(self, n: int) -> ConfigSnapshot:
        return ConfigSnapshot.objects.create(
            content_hash=f"{n:064d}", content={"n": n}, created_at=timezone.now()
        )

    def ticket(
        self, *, name, created, rc, channel, snapshot
    ) -> tuple[Ticket, Message, PipelineRun]:
        customer = Customer.objects.create(email=f"{name}@example.com", name=name)
        ticket = Ticket.objects.create(
            customer=customer,
            subject=f"ticket {name}",
            channel=channel,
            request_class=rc,
            risk=rc.risk,
            created_at=created,
        )
        message = Message.objects.create(
            ticket=ticket, direction=MessageDirection.INBOUND, body_text="hello", created_at=created
        )
        run = PipelineRun.objects.create(
            ticket=ticket, message=message, snapshot=snapshot, request_class=rc
        )
        return ticket, message, run

    def draft(self, ticket, message, run) -> Draft:
        return Draft.objects.create(
            ticket=ticket, message=message, run=run, text="Draft text.", provider="offline"
        )

    def review(
        self,
        ticket,
        *,
        action,
        draft=None,
        at,
        seconds=None,
        distance=None,
        unchanged=None,
        snapshot=None,
    ) -> Review:
        return Review.objects.create(
            ticket=ticket,
            draft=draft,
            agent=None if action == "auto_send" else self.agent,
            action=action,
            decided_at=at,
            review_seconds=seconds,
            edit_distance=distance,
            accepted_unchanged=unchanged,
            snapshot=snapshot,
            opened_at=at - dt.timedelta(seconds=seconds) if seconds is not None else None,
        )

    def reply(self, ticket, review, *, sent_at, auto=False, corrects=None, status="sent"):
        return OutboundReply.objects.create(
            ticket=ticket,
            review=review,
            idempotency_key=uuid.uuid4().hex,
            to_address=ticket.customer.email,
            subject="Re",
            text="Reply.",
            auto_sent=auto,
            is_correction=corrects is not None,
            corrects=corrects,
            status=status,
            sent_at=sent_at if status == "sent" else None,
        )

    def decision(self, ticket, *, needs_human: bool, at):
        RoutingDecision.objects.create(
            ticket=ticket,
            created_at=at,
            ruleset_version=self.version,
            facts={},
            explanation={},
            needs_human=needs_human,
            block_auto_send=needs_human,
            auto_send_reason="",
        )

    def transition(self, ticket, to, at):
        ticket.refresh_from_db()
        ticket_transition(ticket=ticket, to=to, actor=self.agent)
        change = TicketStatusChange.objects.filter(ticket=ticket).order_by("-id").first()
        TicketStatusChange.objects.filter(pk=change.pk).update(at=at)


def world_build(*, agent) -> World:
    """Class A (shipping-status), week A, email, snapshot 1: ten tickets T1..T10 (+ T11 never
    handled). Class B (refund-policy), week B, api, snapshot 2: two tickets U1, U2.

    Class A, known answers:
      first response (T1..T9; T10 waits): 60, 120, 300, 600, 900, 1200, 1800, 3600, 7200 s
        -> median 900 s; p90 at position 7.2: 3600 + 0.2 * 3600 = 4320 s
      re-open: ten resolutions; T1 reopened after 2 days, T2 after 6 days 23 h (both count),
        T3 after 8 days (does not count) -> 2 / 10 = 20%
      escalation: ten handled (a run each; T11 has none); T4 routed to a human, T5 escalated
        by an agent, T6 routed but not to a human -> 2 / 10 = 20%
      replies sent: T1..T8 (8); T1 corrected (a correction sent), T2's correction only queued
        -> correction 1 / 8 = 12.5%; T7, T8 auto-sent -> automated share 2 / 8 = 25%
      reviewed drafts: approve T1, T2, T3 (unchanged), edit_send T4 (0.25), T5 (0.5),
        T6 (0.95), reject T9 -> acceptance 3 / 7
      edit distance (approve/edit_send): 0, 0, 0, 0.25, 0.5, 0.95 -> median 0.125
      review time (the seven reviewed): 30, 45, 60, 90, 120, 600, 40 s -> median 60 s
      handle time of first replies: assisted T1..T5 30, 45, 60, 90, 120 s and T7, T8
        auto-sent 0 s -> median 45 s over 7; unassisted T6 (distance 0.95) 600 s, n = 1
    """
    b = _Builder(agent)
    w = World(
        week_a=monday_weeks_ago(4),
        week_b=monday_weeks_ago(3),
        class_a=RequestClass.objects.get(slug="shipping-status"),
        class_b=RequestClass.objects.get(slug="refund-policy"),
        snapshot_1=b.snapshot(1),
        snapshot_2=b.snapshot(2),
    )
    start = timezone.make_aware(dt.datetime.combine(w.week_a, dt.time(9, 0)))
    frt = [60, 120, 300, 600, 900, 1200, 1800, 3600, 7200, None]
    reviews_spec = {
        # name: (action, review seconds, distance, unchanged)
        "T1": ("approve", 30, 0.0, True),
        "T2": ("approve", 45, 0.0, True),
        "T3": ("approve", 60, 0.0, True),
        "T4": ("edit_send", 90, 0.25, False),
        "T5": ("edit_send", 120, 0.5, False),
        "T6": ("edit_send", 600, 0.95, False),
        "T9": ("reject", 40, None, False),
    }
    replies = {}
    for i in range(10):
        name = f"T{i + 1}"
        created = start + dt.timedelta(hours=i)
        ticket, message, run = b.ticket(
            name=name, created=created, rc=w.class_a, channel="email", snapshot=w.snapshot_1
        )
        w.tickets[name] = ticket
        draft = b.draft(ticket, message, run)
        sent_at = created + dt.timedelta(seconds=frt[i]) if frt[i] is not None else None
        if name in reviews_spec:
            action, seconds, distance, unchanged = reviews_spec[name]
            decided = sent_at or created + dt.timedelta(minutes=30)
            review = b.review(
                ticket,
                action=action,
                draft=draft,
                at=decided,
                seconds=seconds,
                distance=distance,
                unchanged=unchanged,
                snapshot=w.snapshot_1,
            )
            if action != "reject":
                replies[name] = b.reply(ticket, review, sent_at=sent_at)
        elif name in ("T7", "T8"):
            review = b.review(
                ticket,
                action="auto_send",
                draft=draft,
                at=sent_at,
                distance=0.0,
                snapshot=w.snapshot_1,
            )
            replies[name] = b.reply(ticket, review, sent_at=sent_at, auto=True)
        if sent_at is not None:
            Ticket.objects.filter(pk=ticket.pk).update(first_response_at=sent_at)
        resolved = created + dt.timedelta(days=1)
        b.transition(ticket, TicketStatus.RESOLVED, resolved)
        reopen_after = {
            "T1": dt.timedelta(days=2),
            "T2": dt.timedelta(days=6, hours=23),
            "T3": dt.timedelta(days=8),
        }.get(name)
        if reopen_after:
            b.transition(ticket, TicketStatus.REOPENED, resolved + reopen_after)
    b.decision(w.tickets["T4"], needs_human=True, at=start)
    b.decision(w.tickets["T6"], needs_human=False, at=start)
    b.review(w.tickets["T5"], action="escalate", at=start + dt.timedelta(hours=5))
    # Corrections: T1's sent, T2's still queued.
    for name, status in (("T1", "sent"), ("T2", "queued")):
        ticket = w.tickets[name]
        review = b.review(ticket, action="correction", at=start + dt.timedelta(days=1))
        b.reply(
            ticket,
            review,
            sent_at=start + dt.timedelta(days=1),
            corrects=replies[name],
            status=status,
        )
    # T11: never handled (no run, no review), yet routed: not in the escalation figure.
    customer = Customer.objects.create(email="t11@example.com")
    t11 = Ticket.objects.create(
        customer=customer, channel="email", request_class=w.class_a, created_at=start
    )
    b.decision(t11, needs_human=True, at=start)
    w.tickets["T11"] = t11

    # Class B, week B, api, snapshot 2: first responses 100 s and 200 s, resolved, no reopen.
    start_b = timezone.make_aware(dt.datetime.combine(w.week_b, dt.time(10, 0)))
    for i, seconds in enumerate((100, 200)):
        name = f"U{i + 1}"
        created = start_b + dt.timedelta(hours=i)
        ticket, message, run = b.ticket(
            name=name, created=created, rc=w.class_b, channel="api", snapshot=w.snapshot_2
        )
        w.tickets[name] = ticket
        draft = b.draft(ticket, message, run)
        sent_at = created + dt.timedelta(seconds=seconds)
        review = b.review(
            ticket,
            action="approve",
            draft=draft,
            at=sent_at,
            seconds=20,
            distance=0.0,
            unchanged=True,
            snapshot=w.snapshot_2,
        )
        b.reply(ticket, review, sent_at=sent_at)
        Ticket.objects.filter(pk=ticket.pk).update(first_response_at=sent_at)
        b.transition(ticket, TicketStatus.RESOLVED, created + dt.timedelta(hours=3))
    return w
