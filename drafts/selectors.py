"""Reads for the review queue and the review pane. Every selector runs a fixed number of
queries whatever the size of the tables: the queue pages by keyset (never OFFSET), its counts
are one grouped index-only scan over the queue (never the whole ticket table), and the pane
loads each thing it shows with one query."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db.models import Count, F, OuterRef, Q, QuerySet, Subquery
from django.db.models.expressions import Combinable
from django.db.models.functions import Coalesce

from routing.models import RoutingDecision
from routing.selectors import routing_decision_latest
from tickets.models import Message, MessageDirection, RequestClass, Risk, Team, Ticket, TicketStatus
from tickets.selectors import (
    TICKET_ROW_COLUMNS,
    customer_previous_tickets,
    ticket_thread_list,
)

from .macros import MacroFill, macro_fill
from .models import (
    REVIEWED_ACTIONS,
    Draft,
    Macro,
    OutboundReply,
    PipelineRun,
    PromptTemplate,
    ReplayExperiment,
    ReplyTemplate,
    Review,
    ReviewAction,
    SendStatus,
    content_hash,
)

QUEUE_PAGE_SIZE = 25
REVIEWS_SHOWN = 20
_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
QUEUE_VIEWS = {"awaiting": TicketStatus.AWAITING_REVIEW, "escalated": TicketStatus.ESCALATED}
_RISK_ORDER = ("", Risk.HIGH, Risk.LOW)  # ascending text order: unknown risk is reviewed first

_QUEUE_COLUMNS = (
    *TICKET_ROW_COLUMNS,
    "last_customer_message_at",
    "claimed_at",
    "claimed_by__id",
    "claimed_by__username",
    "claimed_by__first_name",
    "claimed_by__last_name",
)


@dataclass(frozen=True)
class QueueFilters:
    view: str = "awaiting"  # "awaiting" or "escalated"
    request_class: str = ""  # a RequestClass slug
    risk: str = ""
    who: str = ""  # "", "mine" (assigned to me), "unassigned"
    order: str = ""  # "" (priority, risk, waiting) or "sla" (time left: breached first)

    @property
    def status(self) -> str:
        return QUEUE_VIEWS[self.view]

    def as_params(self) -> dict[str, str]:
        params = {
            "view": "" if self.view == "awaiting" else self.view,
            "class": self.request_class,
            "risk": self.risk,
            "who": self.who,
            "order": self.order,
        }
        return {key: value for key, value in params.items() if value}


@dataclass(frozen=True)
class QueuePage:
    tickets: list[Ticket]
    next_cursor: str | None
    is_first: bool


@dataclass
class QueueCounts:
    awaiting: int = 0
    escalated: int = 0
    by_class: dict[str, int] = field(default_factory=dict)
    by_risk: dict[str, int] = field(default_factory=dict)
    mine: int = 0
    unassigned: int = 0


def queue_cursor_encode(*, ticket: Ticket) -> str:
    delta = ticket.created_at - _EPOCH
    micros = (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds
    risk = _RISK_ORDER.index(ticket.risk) if ticket.risk in _RISK_ORDER else 0
    return f"{ticket.priority}.{risk}.{micros}.{ticket.pk}"


def queue_cursor_decode(*, cursor: str) -> tuple[int, str, dt.datetime, int] | None:
    """None for anything that is not a cursor we made."""
    parts = (cursor or "").split(".")
    if len(parts) != 4 or not all(p.isdigit() and len(p) <= 18 for p in parts):
        return None
    priority, risk, micros, pk = (int(p) for p in parts)
    if risk >= len(_RISK_ORDER):
        return None
    try:
        return priority, _RISK_ORDER[risk], _EPOCH + dt.timedelta(microseconds=micros), pk
    except OverflowError:
        return None


def queue_sla_cursor_encode(*, ticket: Ticket) -> str:
    """The time-left order's position: "<due micros>.<id>", or "n.<id>" among the tickets
    without a deadline (listed last)."""
    if ticket.sla_due_at is None:
        return f"n.{ticket.pk}"
    delta = ticket.sla_due_at - _EPOCH
    micros = (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds
    return f"{micros}.{ticket.pk}"


def queue_sla_cursor_decode(*, cursor: str) -> tuple[dt.datetime | None, int] | None:
    """(due or None, id); None for anything that is not a cursor we made. Deadlines before
    1970 (a breach that old) are not expected; such a cursor restarts the list."""
    parts = (cursor or "").split(".")
    if len(parts) != 2 or not parts[1].isdigit() or len(parts[1]) > 18:
        return None
    if parts[0] == "n":
        return None, int(parts[1])
    if not parts[0].isdigit() or len(parts[0]) > 18:
        return None
    try:
        return _EPOCH + dt.timedelta(microseconds=int(parts[0])), int(parts[1])
    except OverflowError:
        return None


def _queue_filtered(*, filters: QueueFilters, user) -> QuerySet[Ticket]:
    qs = Ticket.objects.filter(status=filters.status)
    if filters.request_class:
        qs = qs.filter(request_class__slug=filters.request_class)
    if filters.risk:
        qs = qs.filter(risk=filters.risk)
    if filters.who == "mine":
        qs = qs.filter(assignee_id=user.pk)
    elif filters.who == "unassigned":
        qs = qs.filter(assignee__isnull=True)
    return qs


def queue_page(
    *, filters: QueueFilters, user, after: str = "", page_size: int = QUEUE_PAGE_SIZE
) -> QueuePage:
    """One page of the queue: highest priority first, then unknown/high risk before low, then
    the longest waiting (oldest) first. Keyset pagination on that order (one query, page_size+1
    rows, the partial index ticket_queue_order_idx), so a deep page costs what page 1 costs."""
    qs = (
        _queue_filtered(filters=filters, user=user)
        .select_related("customer", "request_class", "assignee", "claimed_by")
        .only(*_QUEUE_COLUMNS)
        # The latest current draft's "no confident answer" reason, for the row's marker: a
        # subquery per row of the page (draft_ticket_idx), in the page's one query.
        .annotate(
            draft_no_answer=Subquery(
                Draft.objects.filter(ticket=OuterRef("pk"), is_current=True)
                .order_by("-id")
                .values("no_answer")[:1]
            )
        )
    )
    if filters.order == "sla":
        return _queue_page_by_time_left(qs, after=after, page_size=page_size)
    position = queue_cursor_decode(cursor=after) if after else None
    if position is not None:
        priority, risk, created, pk = position
        # priority <= p is implied by the OR; it gives the planner the index range to start at.
        qs = qs.filter(priority__lte=priority).filter(
            Q(priority__lt=priority)
            | Q(priority=priority, risk__gt=risk)
            | Q(priority=priority, risk=risk, created_at__gt=created)
            | Q(priority=priority, risk=risk, created_at=created, id__gt=pk)
        )
    rows = list(qs.order_by("-priority", "risk", "created_at", "id")[: page_size + 1])
    tickets = rows[:page_size]
    return QueuePage(
        tickets=tickets,
        next_cursor=queue_cursor_encode(ticket=tickets[-1])
        if len(rows) > page_size and tickets
        else None,
        is_first=position is None,
    )


def _queue_page_by_time_left(qs: QuerySet[Ticket], *, after: str, page_size: int) -> QueuePage:
    """Time left ascending (the stored next deadline, Ticket.sla_due_at: breached first, then
    the nearest), tickets without a deadline last; keyset on (sla_due_at, id) over the partial
    index ticket_queue_sla_idx, one query, page_size+1 rows."""
    position = queue_sla_cursor_decode(cursor=after) if after else None
    if position is not None:
        due, pk = position
        if due is None:
            qs = qs.filter(sla_due_at__isnull=True, id__gt=pk)
        else:
            qs = qs.filter(
                Q(sla_due_at__gt=due) | Q(sla_due_at=due, id__gt=pk) | Q(sla_due_at__isnull=True)
            )
    order = (F("sla_due_at").asc(nulls_last=True), "id")
    rows = list(qs.order_by(*order)[: page_size + 1])
    tickets = rows[:page_size]
    return QueuePage(
        tickets=tickets,
        next_cursor=queue_sla_cursor_encode(ticket=tickets[-1])
        if len(rows) > page_size and tickets
        else None,
        is_first=position is None,
    )


def queue_counts(*, filters: QueueFilters, user, classes: list[RequestClass]) -> QueueCounts:
    """Counts for the filter bar in one grouped query over the queue (awaiting + escalated),
    answered from the partial index ticket_queue_counts_idx. Facet counts are within the
    current view (awaiting or escalated), each ignoring the other facets."""
    slugs = {rc.pk: rc.slug for rc in classes}
    rows = (
        Ticket.objects.filter(status__in=list(QUEUE_VIEWS.values()))
        .values_list("status", "request_class_id", "risk", "assignee_id")
        .annotate(n=Count("*"))
        .order_by()
    )
    counts = QueueCounts()
    for status, class_id, risk, assignee_id, n in rows:
        if status == TicketStatus.AWAITING_REVIEW:
            counts.awaiting += n
        else:
            counts.escalated += n
        if status != filters.status:
            continue
        slug = slugs.get(class_id, "")
        counts.by_class[slug] = counts.by_class.get(slug, 0) + n
        counts.by_risk[risk] = counts.by_risk.get(risk, 0) + n
        if assignee_id is None:
            counts.unassigned += n
        elif assignee_id == user.pk:
            counts.mine += n
    return counts


def queue_tab_counts(*, sending: int | None = None) -> QueueCounts:
    """The queue tabs' numbers alone (awaiting, escalated), refreshed after each action: one
    grouped query over the queue's statuses (ticket_queue_counts_idx), whatever its size.
    `sending`: a ticket the agent just approved or answered; it keeps its status until the send
    task delivers the reply (then Waiting on customer), but it has left the agent's queue (its
    row is removed), so it is not counted."""
    qs = Ticket.objects.filter(status__in=list(QUEUE_VIEWS.values()))
    if sending is not None:
        qs = qs.exclude(pk=sending)
    rows = qs.values_list("status").annotate(n=Count("*")).order_by()
    by_status = dict(rows)
    return QueueCounts(
        awaiting=by_status.get(TicketStatus.AWAITING_REVIEW, 0),
        escalated=by_status.get(TicketStatus.ESCALATED, 0),
    )


def queue_watermark() -> int:
    """The newest routing decision id: the queue polls for tickets routed after it."""
    return RoutingDecision.objects.order_by("-id").values_list("id", flat=True).first() or 0


def queue_new_count(*, filters: QueueFilters, user, since: int) -> int:
    """How many tickets matching the filters were routed into the view after `since` (a
    routing decision id): the "N new" the queue shows without reloading. One query over the
    newest decisions (primary-key range)."""
    tickets = _queue_filtered(filters=filters, user=user).values("id")
    return (
        RoutingDecision.objects.filter(pk__gt=since, ticket_id__in=tickets)
        .values("ticket_id")
        .distinct()
        .count()
    )


def team_list() -> list[Team]:
    return list(Team.objects.only("id", "slug", "name"))


# --- macros ------------------------------------------------------------------------------------


@dataclass
class MacroOffer:
    """A macro as the agent is offered it on one ticket: filled, with what to check."""

    macro: Macro
    fill: MacroFill


def macro_list_for(*, ticket: Ticket, user) -> list[Macro]:
    """The active macros an agent may insert on this ticket: shared ones, the ticket's team's,
    and those of the teams the agent is a member of. One query (the membership is a subquery)."""
    teams = Team.objects.filter(members=user).values("pk") if user.is_authenticated else []
    scope = Q(team__isnull=True) | Q(team__in=teams)
    if ticket.team_id:
        scope |= Q(team_id=ticket.team_id)
    return list(Macro.objects.filter(scope, is_active=True).select_related("team"))


def macro_offers(*, ticket: Ticket, user) -> list[MacroOffer]:
    """macro_list_for, each filled for the ticket (its customer and team already loaded)."""
    return [
        MacroOffer(macro=macro, fill=macro_fill(text=macro.text, ticket=ticket, agent=user))
        for macro in macro_list_for(ticket=ticket, user=user)
    ]


# --- the ticket page's reply composer ------------------------------------------------------------


def latest_inbound(ticket: Ticket) -> Message | None:
    """The customer's latest message on the ticket (the one a reply answers)."""
    return (
        Message.objects.filter(ticket_id=ticket.pk, direction=MessageDirection.INBOUND)
        .order_by("-created_at", "-id")
        .first()
    )


def live_send_since(ticket: Ticket, message: Message | None) -> OutboundReply | None:
    """A reply (not a correction, not stopped) made since the customer's `message` arrived:
    that message is already answered, whether from a draft or written without one."""
    replies = OutboundReply.objects.filter(ticket_id=ticket.pk, is_correction=False).exclude(
        status=SendStatus.CANCELLED
    )
    if message is not None:
        replies = replies.filter(created_at__gte=message.created_at)
    return replies.select_related("review__agent").order_by("-id").first()


@dataclass
class ReplyComposer:
    """What the ticket page's composer needs. draft: the current draft for the customer's
    latest message, when there is one (what is written is sent in its place, as an edit of
    it); answered: the reply already made to that message (nothing more to send but a
    correction); macros: the macros offered, filled for the ticket."""

    draft: Draft | None
    answered: OutboundReply | None
    macros: list[MacroOffer]


def reply_composer_get(*, ticket: Ticket, user) -> ReplyComposer:
    """Four queries: the latest customer message, the current draft, a reply since, the
    macros. `ticket` has its customer and team loaded."""
    message = latest_inbound(ticket)
    draft = (
        Draft.objects.filter(ticket_id=ticket.pk, is_current=True)
        .only("id", "message_id", "ticket_id")
        .order_by("-id")
        .first()
    )
    if draft is not None and (message is None or draft.message_id != message.pk):
        draft = None  # a draft for an older message answers nothing now
    return ReplyComposer(
        draft=draft,
        answered=live_send_since(ticket, message),
        macros=macro_offers(ticket=ticket, user=user),
    )


# --- the review pane -----------------------------------------------------------------------------


@dataclass
class ReviewPane:
    ticket: Ticket
    thread: list[Message]
    previous_tickets: list[Ticket]
    draft: Draft | None
    draft_is_for_latest: bool
    decision: object | None
    reviews: list[Review]
    draft_reviews: list[Review]
    live_send: Review | None  # the review whose reply answers the draft's message
    held: list[Review]
    sent_replies: list[Review]
    failed_replies: list[Review]
    # The customer's latest message: shown above the draft, so the question and its answer are
    # read together (the whole conversation stays below).
    asked: Message | None = None


def review_ticket_get(*, ticket_id: int) -> Ticket:
    """The ticket with everything its header shows (one query; raises Ticket.DoesNotExist)."""
    return Ticket.objects.select_related(
        "customer", "request_class", "team", "assignee", "claimed_by"
    ).get(pk=ticket_id)


def review_pane_get(*, ticket_id: int) -> ReviewPane:
    """Everything the review pane shows, in a fixed number of queries (ticket, thread,
    attachments, previous tickets, draft with its run, routing decision, reviews with their
    replies): seven, whatever the ticket holds."""
    ticket = review_ticket_get(ticket_id=ticket_id)
    thread = ticket_thread_list(ticket=ticket)
    previous = customer_previous_tickets(ticket=ticket)
    draft = (
        Draft.objects.filter(ticket_id=ticket.pk, is_current=True)
        .select_related("run__request_class")
        .defer("run__context", "run__retrieval", "run__facts", "run__decision")
        .order_by("-id")
        .first()
    )
    asked = next((m for m in reversed(thread) if m.direction == MessageDirection.INBOUND), None)
    latest_inbound = asked.pk if asked is not None else None
    decision = routing_decision_latest(ticket_id=ticket.pk)
    reviews = list(
        Review.objects.filter(ticket_id=ticket.pk)
        .select_related("agent", "team", "request_class", "outbound", "draft")
        .defer("draft__text", "draft__basis", "draft__citations", "draft__removed_citations")
        .order_by("-id")[:REVIEWS_SHOWN]
    )
    draft_reviews = [r for r in reviews if draft is not None and r.draft_id == draft.pk]
    live_send = None
    if draft is not None:
        for review in reviews:
            reply = getattr(review, "outbound", None)
            if (
                reply is not None
                and not reply.is_correction
                and reply.status != SendStatus.CANCELLED
                and review.draft_id is not None
                and review.draft.message_id == draft.message_id
            ):
                live_send = review
                break
    with_reply = [r for r in reviews if getattr(r, "outbound", None) is not None]
    return ReviewPane(
        ticket=ticket,
        thread=thread,
        previous_tickets=previous,
        draft=draft,
        draft_is_for_latest=draft is not None and draft.message_id == latest_inbound,
        asked=asked,
        decision=decision,
        reviews=reviews,
        draft_reviews=draft_reviews,
        live_send=live_send,
        held=[r for r in with_reply if r.outbound.status == SendStatus.HELD],
        sent_replies=[r for r in with_reply if r.outbound.status == SendStatus.SENT],
        failed_replies=[
            r for r in with_reply if r.outbound.status in (SendStatus.FAILED, SendStatus.GAVE_UP)
        ],
    )


def draft_rejection(*, pane: ReviewPane) -> Review | None:
    return next((r for r in pane.draft_reviews if r.action == ReviewAction.REJECT), None)


SIGNAL_LABELS = {
    "legal_request": "Legal request",
    "security_issue": "Security issue",
    "refund_exception": "Refund exception",
    "data_deletion": "Data deletion",
    "account_inconsistency": "Account inconsistency",
    "prompt_injection": "Prompt-injection attempt",
    "account_change": "Account change request",
}


def run_signals(*, run) -> list[dict]:
    """The detector signals of a run, fired ones first, each with the readable evidence (which
    pattern matched which text) the detectors recorded."""
    if run is None:
        return []
    evidence = run.signal_evidence if isinstance(run.signal_evidence, dict) else {}
    rows = [
        {
            "name": name,
            "label": label,
            "fired": bool(getattr(run, f"signal_{name}", False)),
            "evidence": evidence.get(name) or [],
        }
        for name, label in SIGNAL_LABELS.items()
    ]
    return sorted(rows, key=lambda row: not row["fired"])


# -- reads for the audit readers (snapshots, metrics, timeline) ---------------------------------


def prompt_template_heads() -> dict[str, dict]:
    """Per prompt kind, the newest version: {kind: {"version", "id", "hash"}}. One query."""
    heads: dict[str, dict] = {}
    for kind, version, digest, pk in PromptTemplate.objects.order_by(
        "kind", "-version"
    ).values_list("kind", "version", "content_hash", "pk"):
        heads.setdefault(kind, {"version": version, "id": pk, "hash": digest})
    return heads


def prompt_template_texts(*, template_ids: Iterable[int]) -> dict[int, str]:
    """{id: text} of the given prompt template versions. One query."""
    return dict(PromptTemplate.objects.filter(pk__in=list(template_ids)).values_list("pk", "text"))


def reply_template_contents() -> dict[str, dict]:
    """Per request class slug, the reply template: {slug: {"hash", "text"}}. One query."""
    return {
        slug: {"hash": content_hash(text), "text": text}
        for slug, text in ReplyTemplate.objects.order_by("request_class__slug").values_list(
            "request_class__slug", "text"
        )
    }


def pipeline_run_snapshot_counts(*, snapshot_ids: list[int]) -> list[dict]:
    """Per snapshot, from the runs that reference it: runs, failed, distinct tickets, tickets a
    rule sent to a human (escalated), resolved at least once, reopened, class corrected by an
    agent. One grouped query."""
    return list(
        PipelineRun.objects.filter(snapshot_id__in=snapshot_ids)
        .values("snapshot_id")
        .annotate(
            runs=Count("id"),
            failed=Count("id", filter=Q(status="failed")),
            tickets=Count("ticket", distinct=True),
            escalated=Count("ticket", distinct=True, filter=Q(decision__needs_human=True)),
            resolved=Count(
                "ticket",
                distinct=True,
                filter=Q(ticket__resolved_at__isnull=False) | Q(ticket__reopen_count__gt=0),
            ),
            reopened=Count("ticket", distinct=True, filter=Q(ticket__reopen_count__gt=0)),
            corrected=Count("ticket", distinct=True, filter=Q(ticket__class_source="agent")),
        )
        .order_by()
    )


@dataclass
class ReviewTally:
    """The review queue's counts for one configuration snapshot (DESIGN.md's definitions)."""

    reviewed: int = 0
    accepted: int = 0
    sent: int = 0
    corrections: int = 0
    edit_distances: list[float] = field(default_factory=list)  # human sends only


def review_tallies_by_snapshot(*, snapshot_ids: list[int]) -> dict[int, ReviewTally]:
    """Per snapshot: drafts reviewed, sent unchanged, replies sent, corrections, and the edit
    distances of human sends. A review counts for the snapshot it records, else for its
    draft's run's. One query, streamed."""
    sent_actions = (ReviewAction.APPROVE, ReviewAction.EDIT_SEND, ReviewAction.AUTO_SEND)
    tallies = {pk: ReviewTally() for pk in snapshot_ids}
    values = (
        Review.objects.annotate(_snapshot=Coalesce(F("snapshot_id"), F("draft__run__snapshot_id")))
        .filter(_snapshot__in=list(snapshot_ids))
        .values_list("_snapshot", "action", "edit_distance", "accepted_unchanged")
        .iterator(chunk_size=5000)
    )
    for snapshot_id, action, distance, unchanged in values:
        tally = tallies[snapshot_id]
        if action == ReviewAction.CORRECTION:
            tally.corrections += 1
        if action in REVIEWED_ACTIONS:
            tally.reviewed += 1
            if action != ReviewAction.REJECT and unchanged:
                tally.accepted += 1
        if action in sent_actions:
            tally.sent += 1
            if distance is not None and action != ReviewAction.AUTO_SEND:
                tally.edit_distances.append(distance)
    return tallies


def draft_texts(*, draft_ids: Iterable[int]) -> dict[int, str]:
    """{id: text} of the given drafts. One query (none when no ids)."""
    wanted = list(draft_ids)
    if not wanted:
        return {}
    return dict(Draft.objects.filter(pk__in=wanted).values_list("pk", "text"))


def pipeline_run_rows(*, ticket_id: int) -> list[dict]:
    """A ticket's pipeline runs in order: id, trigger, status, snapshot_id, provider,
    model_name. One query."""
    return list(
        PipelineRun.objects.filter(ticket_id=ticket_id)
        .order_by("id")
        .values("id", "trigger", "status", "snapshot_id", "provider", "model_name")
    )


def pipeline_runs_of_ticket(*, ticket_id: int | Combinable) -> QuerySet[PipelineRun]:
    """A ticket's runs, unordered; `ticket_id` may be an expression (OuterRef)."""
    return PipelineRun.objects.filter(ticket_id=ticket_id)


def reviews_of_ticket(
    *, ticket_id: int | Combinable, action: str | None = None
) -> QuerySet[Review]:
    """A ticket's reviews (of one action when given); `ticket_id` may be an OuterRef."""
    if action is None:
        return Review.objects.filter(ticket_id=ticket_id)
    return Review.objects.filter(ticket_id=ticket_id, action=action)


def reviews_of_drafts(*, actions: Iterable[str] | None = None) -> QuerySet[Review]:
    """Reviews of a draft with one of `actions` (default: the reviewing actions: approve,
    edit and send, reject)."""
    wanted = REVIEWED_ACTIONS if actions is None else tuple(actions)
    return Review.objects.filter(action__in=wanted, draft__isnull=False)


def outbound_replies_sent() -> QuerySet[OutboundReply]:
    """Replies sent to customers, corrections excluded."""
    return OutboundReply.objects.filter(status=SendStatus.SENT, is_correction=False)


def outbound_corrections_sent(*, corrects_id: int | Combinable) -> QuerySet[OutboundReply]:
    """Sent corrections of a reply; `corrects_id` may be an OuterRef."""
    return OutboundReply.objects.filter(
        corrects_id=corrects_id, is_correction=True, status=SendStatus.SENT
    )


def replay_experiments_for_snapshots(*, snapshot_ids: list[int], limit: int = 20) -> list[dict]:
    """The replays that ran on, or tried a candidate as, any of these configuration snapshots,
    newest first: {"id", "created_at", "baseline", "candidate", "changed", "replayed",
    "alarm", "promoted"} (the snapshot compare page lists them). One query."""
    rows = (
        ReplayExperiment.objects.filter(
            Q(baseline_snapshot_id__in=snapshot_ids) | Q(candidate_snapshot_id__in=snapshot_ids)
        )
        .order_by("-id")
        .values(
            "id",
            "created_at",
            "baseline_snapshot_id",
            "candidate_snapshot_id",
            "candidate",
            "summary",
            "promoted_at",
        )[:limit]
    )
    return [
        {
            "id": r["id"],
            "created_at": r["created_at"],
            "baseline": r["baseline_snapshot_id"],
            "candidate": r["candidate_snapshot_id"],
            "changed": (r["summary"] or {}).get("changed"),
            "replayed": (r["summary"] or {}).get("replayed"),
            "alarm": bool(
                (r["summary"] or {}).get("high_risk_losing_human")
                or (r["summary"] or {}).get("high_risk_becoming_auto_sendable")
            ),
            "promoted": r["promoted_at"] is not None,
        }
        for r in rows
    ]
