"""Reads for the ticket pages. Every selector here runs a fixed number of queries, whatever
the size of the tables or of the page: list pages never COUNT(*) and never OFFSET."""

import datetime as dt
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.db.models import Prefetch, Q, QuerySet
from django.db.models.expressions import Combinable

from supportdesk.converters import id_or_none
from supportdesk.roles import AGENT, ROLES, TEAM_LEAD

from .models import (
    Attachment,
    Channel,
    Customer,
    Message,
    RawInbound,
    RequestClass,
    Team,
    Ticket,
    TicketStatus,
    TicketStatusChange,
    ticket_reference_parse,
)
from .search import search_plans_per_query, ticket_text_match

INBOX_PAGE_SIZE = 25
PREVIOUS_TICKETS_SHOWN = 10
SEARCH_CUSTOMER_IDS_MAX = 200
_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)

# The columns a ticket row shows (the inbox, the review queue); long text and JSON stay in the
# database.
TICKET_ROW_COLUMNS = (
    "id",
    "subject",
    "status",
    "risk",
    "priority",
    "needs_human",
    "flag_reason",
    "created_at",
    "customer__id",
    "customer__email",
    "customer__name",
    "customer__tier",
    "request_class__id",
    "request_class__slug",
    "request_class__name",
    "assignee__id",
    "assignee__username",
    "assignee__first_name",
    "assignee__last_name",
    # The SLA cell (tickets.sla.sla_state reads these stored fields only).
    "sla_due_at",
    "sla_first_response_due_at",
    "sla_resolution_due_at",
    "first_response_at",
)
_INBOX_COLUMNS = (*TICKET_ROW_COLUMNS, "channel", "message_count")


@dataclass(frozen=True)
class InboxFilters:
    status: str = ""
    request_class: str = ""  # a RequestClass slug
    risk: str = ""
    assignee: str = ""  # "", "me", "unassigned", or a user id as text
    team: str = ""  # "", "mine" (the teams the user is a member of)
    q: str = ""

    def as_params(self) -> dict[str, str]:
        """The non-empty filters as query parameters (the names the inbox form uses)."""
        params = {
            "status": self.status,
            "class": self.request_class,
            "risk": self.risk,
            "assignee": self.assignee,
            "team": self.team,
            "q": self.q,
        }
        return {key: value for key, value in params.items() if value}


@dataclass(frozen=True)
class InboxPage:
    tickets: list[Ticket]
    next_cursor: str | None
    prev_cursor: str | None


def inbox_cursor_encode(*, ticket: Ticket) -> str:
    """An opaque position in the (created_at, id) order: microseconds since the epoch and id."""
    delta = ticket.created_at - _EPOCH
    micros = (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds
    return f"{micros}-{ticket.pk}"


def inbox_cursor_decode(*, cursor: str) -> tuple[dt.datetime, int] | None:
    """None for anything that is not a cursor we made (a stale or hand-edited URL)."""
    micros, sep, pk = (cursor or "").partition("-")
    if not sep or not micros.isdigit() or not pk.isdigit() or len(micros) > 18 or len(pk) > 18:
        return None
    try:
        return _EPOCH + dt.timedelta(microseconds=int(micros)), int(pk)
    except OverflowError:
        return None


def ticket_inbox_rows(*, ticket_ids) -> QuerySet[Ticket]:
    """These tickets in the inbox's row shape (the columns the inbox rows read): for pages that
    list tickets the way the inbox does (the metrics drill-down). Unordered."""
    return (
        Ticket.objects.filter(pk__in=ticket_ids)
        .select_related("customer", "request_class", "assignee")
        .only(*_INBOX_COLUMNS)
    )


def _inbox_filtered(*, filters: InboxFilters, user, search: bool = True) -> QuerySet[Ticket]:
    qs = Ticket.objects.select_related("customer", "request_class", "assignee").only(
        *_INBOX_COLUMNS
    )
    if filters.status:
        qs = qs.filter(status=filters.status)
    if filters.request_class:
        qs = qs.filter(request_class__slug=filters.request_class)
    if filters.risk:
        qs = qs.filter(risk=filters.risk)
    if filters.assignee == "me":
        qs = qs.filter(assignee_id=user.pk)
    elif filters.assignee == "unassigned":
        qs = qs.filter(assignee__isnull=True)
    elif id_or_none(filters.assignee):
        qs = qs.filter(assignee_id=id_or_none(filters.assignee))
    if filters.team == "mine":
        # The team ids as values (one small query), not a subquery: the planner then knows the
        # teams and reads a small team through ticket_team_idx, a big one by the newest-first
        # walk. Behind a subquery it walked every ticket for a team of 30 (134 ms at 100,000
        # tickets; under 1 ms now). No team: no ids, and Django runs no page query at all.
        qs = qs.filter(team_id__in=user_team_ids(user=user))
    if filters.q and search:
        qs = qs.filter(_inbox_search(q=filters.q))
    return qs


def _inbox_search(*, q: str) -> Q:
    """Every word of q in the subject or a message body (the full-text index, tickets.search),
    or q within the subject, the customer's e-mail or name (case-insensitive substring: "fh-10"
    finds "FH-100", "alpinefarms" an address).

    One OR across a join cannot use an index, so a rare term would read every ticket. The
    matching customers are looked up first (one query, trigram-indexed on PostgreSQL): when
    few match, the ticket filter becomes text-or-subject-or-customer_id-in-list, which the
    planner answers from the GIN, subject trigram and customer indexes together (a bitmap OR).
    When many match, the term is common: a subquery (hashed once) keeps the newest-first index
    walk, which finds a page within the first rows it reads."""
    matching = Customer.objects.filter(Q(email__icontains=q) | Q(name__icontains=q))
    customer_ids = list(matching.values_list("id", flat=True)[: SEARCH_CUSTOMER_IDS_MAX + 1])
    found = Q(subject__icontains=q)
    text = ticket_text_match(q=q)
    if text is not None:
        found |= text
    if len(customer_ids) > SEARCH_CUSTOMER_IDS_MAX:
        return found | Q(customer_id__in=matching.values("id"))
    return found | Q(customer_id__in=customer_ids)


def _inbox_reference_match(*, qs: QuerySet[Ticket], q: str) -> Ticket | None:
    """The ticket q names by its reference ("SD-169", "sd169", "#169", "169"), when it passes
    the other filters: one query, by primary key. None (and no query) when q is not a
    reference."""
    pk = ticket_reference_parse(q)
    if pk is None:
        return None
    return qs.filter(pk=pk).first()


def ticket_inbox_page(
    *,
    filters: InboxFilters,
    user,
    after: str = "",
    before: str = "",
    page_size: int = INBOX_PAGE_SIZE,
) -> InboxPage:
    """One page of the inbox, newest first, by keyset ("seek") pagination on (created_at, id).

    One query: page_size + 1 rows are fetched to learn whether another page follows, so no
    COUNT(*) and no OFFSET, and page 1000 costs what page 1 costs. `after` continues towards
    older tickets, `before` goes back towards newer ones; an unreadable cursor means page 1.

    A search (filters.q) adds a query or two: the matching customers (see _inbox_search),
    the plan setting (search_plans_per_query) and, when q reads as a ticket reference, that
    ticket, shown first on the first page (then the matches in the usual order, without it).
    """
    if not filters.q:
        return _inbox_page(
            filters=filters, user=user, after=after, before=before, page_size=page_size
        )
    with search_plans_per_query():
        return _inbox_page(
            filters=filters, user=user, after=after, before=before, page_size=page_size
        )


def _inbox_page(
    *, filters: InboxFilters, user, after: str, before: str, page_size: int
) -> InboxPage:
    qs = _inbox_filtered(filters=filters, user=user)
    named = None
    if filters.q:
        named = _inbox_reference_match(
            qs=_inbox_filtered(filters=filters, user=user, search=False), q=filters.q
        )
        if named is not None:
            qs = qs.exclude(pk=named.pk)
    after_pos = inbox_cursor_decode(cursor=after) if after else None
    before_pos = inbox_cursor_decode(cursor=before) if before and not after_pos else None

    if before_pos is not None:
        created, pk = before_pos
        # created_at >= bound is redundant with the OR, but gives the planner an index range.
        rows = list(
            qs.filter(created_at__gte=created)
            .filter(Q(created_at__gt=created) | Q(id__gt=pk))
            .order_by("created_at", "id")[: page_size + 1]
        )
        has_newer = len(rows) > page_size
        tickets = list(reversed(rows[:page_size]))
        has_older = True
    else:
        if after_pos is not None:
            created, pk = after_pos
            qs = qs.filter(created_at__lte=created).filter(Q(created_at__lt=created) | Q(id__lt=pk))
        rows = list(qs.order_by("-created_at", "-id")[: page_size + 1])
        has_older = len(rows) > page_size
        tickets = rows[:page_size]
        has_newer = after_pos is not None

    if named is not None and not has_newer:
        tickets = [named, *tickets]
    return InboxPage(
        tickets=tickets,
        next_cursor=inbox_cursor_encode(ticket=tickets[-1]) if has_older and tickets else None,
        prev_cursor=inbox_cursor_encode(ticket=tickets[0]) if has_newer and tickets else None,
    )


def request_class_list_active() -> list[RequestClass]:
    return list(RequestClass.objects.filter(is_active=True).only("id", "slug", "name", "risk"))


def team_list() -> list[Team]:
    """Every team, by name (one query): the inbox's bulk escalate."""
    return list(Team.objects.only("id", "slug", "name"))


def console_user_list():
    """People tickets can be assigned to: anyone with a Supportdesk role."""
    return (
        get_user_model()
        .objects.filter(Q(groups__name__in=ROLES) | Q(is_superuser=True), is_active=True)
        .distinct()
        .only("id", "username", "first_name", "last_name")
        .order_by("username")
    )


# Who can own a ticket: active people with the Agent or Team lead role (an Admin who is
# neither configures the console but does not work tickets).
ASSIGNEE_ROLES = (AGENT, TEAM_LEAD)


def _assignable_users() -> QuerySet:
    return get_user_model().objects.filter(
        is_active=True,
        pk__in=get_user_model()
        .groups.through.objects.filter(group__name__in=ASSIGNEE_ROLES)
        .values("user_id"),
    )


def assignable_user_list():
    """The people a ticket can be assigned to, by username; unevaluated (one query when
    read)."""
    return (
        _assignable_users().only("id", "username", "first_name", "last_name").order_by("username")
    )


def assignable_user_get(*, user_id: int):
    """The active Agent or Team lead with this id, or None (one query)."""
    return _assignable_users().filter(pk=user_id).first()


def user_team_ids(*, user) -> list[int]:
    """The ids of the teams the user is a member of (one query)."""
    return list(
        Team.members.through.objects.filter(user_id=user.pk).values_list("team_id", flat=True)
    )


def ticket_detail_get(*, ticket_id: int) -> Ticket:
    """The ticket with its customer, class, team and assignee (one query; raises
    Ticket.DoesNotExist)."""
    return Ticket.objects.select_related("customer", "request_class", "team", "assignee").get(
        pk=ticket_id
    )


def ticket_thread_list(*, ticket: Ticket) -> list[Message]:
    """The thread in order, with attachments (two queries). Attachment bytes are not loaded."""
    return list(
        Message.objects.filter(ticket=ticket)
        .select_related("author_user")
        .prefetch_related(
            Prefetch(
                "attachments",
                queryset=Attachment.objects.defer("content").order_by("id"),
            )
        )
        .order_by("created_at", "id")
    )


def ticket_raw_list(*, ticket: Ticket) -> list[RawInbound]:
    """The raw inputs recorded against this ticket, without their bytes: failed parses and
    their errors are shown on the ticket page."""
    return list(
        RawInbound.objects.filter(ticket=ticket).defer("content").order_by("received_at", "id")
    )


def customer_previous_tickets(
    *, ticket: Ticket, limit: int = PREVIOUS_TICKETS_SHOWN
) -> list[Ticket]:
    """The customer's other tickets, newest first (one query, none without a customer)."""
    if ticket.customer_id is None:
        return []
    return list(
        Ticket.objects.filter(customer_id=ticket.customer_id)
        .exclude(pk=ticket.pk)
        .select_related("request_class")
        .only("id", "subject", "status", "created_at", "request_class__name", "request_class__slug")
        .order_by("-created_at", "-id")[:limit]
    )


def ticket_raw_get(*, ticket_id: int, raw_id: int) -> RawInbound:
    """A raw input that belongs to this ticket, directly or through one of its messages
    (raises RawInbound.DoesNotExist otherwise, so ids cannot be walked across tickets)."""
    via_message = Message.objects.filter(ticket_id=ticket_id, raw_id=raw_id).values("raw_id")
    return RawInbound.objects.filter(
        Q(ticket_id=ticket_id) | Q(pk__in=via_message), pk=raw_id
    ).get()


# -- reads for the audit readers (timeline, metrics, erasure) ------------------------------------


def ticket_timeline_header_get(*, ticket_id: int) -> Ticket:
    """The ticket as the timeline heads it (subject, status, channel, customer, class).
    One query; Ticket.DoesNotExist if none."""
    return (
        Ticket.objects.select_related("customer", "request_class")
        .only(
            "id",
            "subject",
            "status",
            "channel",
            "created_at",
            "customer__id",
            "customer__email",
            "customer__name",
            "request_class__name",
        )
        .get(pk=ticket_id)
    )


def ticket_id_get(*, ticket_id: int) -> Ticket:
    """Only the ticket's id: one query; Ticket.DoesNotExist if none."""
    return Ticket.objects.only("id").get(pk=ticket_id)


def tickets_all() -> QuerySet[Ticket]:
    """Every ticket, unevaluated: the base the metrics filter and annotate."""
    return Ticket.objects.all()


def tickets_responded() -> QuerySet[Ticket]:
    """Tickets that got a first response (the first-response-time units)."""
    return Ticket.objects.filter(first_response_at__isnull=False)


def tickets_with_sla() -> QuerySet[Ticket]:
    """Tickets that had an SLA target when they were opened or last reclassified (the SLA
    breach units): a first-response deadline is stored."""
    return Ticket.objects.filter(sla_first_response_due_at__isnull=False)


def ticket_resolutions() -> QuerySet[TicketStatusChange]:
    """Every move to resolved, one row per resolution (the re-open units)."""
    return TicketStatusChange.objects.filter(to_status=TicketStatus.RESOLVED)


def ticket_reopenings_between(
    *, ticket_id: int | Combinable, after: dt.datetime | Combinable, until: dt.datetime | Combinable
) -> QuerySet[TicketStatusChange]:
    """Moves of a ticket to reopened in (after, until]; the arguments may be expressions
    (OuterRef) so the metrics use it as an Exists() subquery."""
    return TicketStatusChange.objects.filter(
        ticket_id=ticket_id, to_status=TicketStatus.REOPENED, at__gt=after, at__lte=until
    )


def channel_values() -> list[str]:
    return list(Channel.values)


def channel_choices() -> list[tuple[str, str]]:
    return list(Channel.choices)


def request_class_by_slug(*, slug: str) -> RequestClass | None:
    """One query; None when no class has that slug."""
    return RequestClass.objects.filter(slug=slug).first()


def request_class_list_ordered() -> list[RequestClass]:
    """Every class (active or not) in the model's order, with id, slug, name, position."""
    return list(RequestClass.objects.only("id", "slug", "name", "position"))


def request_class_list_active_full() -> list[RequestClass]:
    """The active classes with every field loaded."""
    return list(RequestClass.objects.filter(is_active=True))


RAW_SCAN_CHUNK = 500


def raw_inbound_unlinked_naming(*, needles: list[str]) -> set[int]:
    """Raw inputs that opened no ticket (ignored auto-replies, rejected API calls) but carry one
    of the addresses among `needles`. The bytes are scanned in Python, in chunks: there are few
    such rows."""
    found: set[int] = set()
    encoded = [n.encode() for n in needles if "@" in n]
    if not encoded:
        return found
    for pk, content in (
        RawInbound.objects.filter(ticket=None)
        .values_list("pk", "content")
        .iterator(chunk_size=RAW_SCAN_CHUNK)
    ):
        data = bytes(content).lower()
        if any(n in data for n in encoded):
            found.add(pk)
    return found
