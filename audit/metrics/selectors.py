"""Live reads for the metrics: each metric's units as one queryset (the definition as a query),
its figure computed straight from the source tables (percentile_cont on PostgreSQL, the same
interpolation in Python on SQLite), the per-week histograms the rollups store, and the tickets
behind any number (the drill-down).

The units of every series carry the same annotations: `metric`, `when`, `week`, `class_id`,
`snapshot_ref`, `channel_ref`, `value` and `ticket_ref`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from django.db import connection
from django.db.models import (
    Case,
    Count,
    DateField,
    DateTimeField,
    Exists,
    F,
    FloatField,
    Func,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Cast, Coalesce, Floor, Greatest, TruncWeek
from django.db.models.lookups import LessThan
from django.utils import timezone

from drafts.selectors import (
    outbound_corrections_sent,
    outbound_replies_sent,
    pipeline_runs_of_ticket,
    reviews_of_drafts,
    reviews_of_ticket,
)
from routing.selectors import routing_decisions_needing_human
from tickets.selectors import (
    inbox_cursor_decode,
    inbox_cursor_encode,
    ticket_inbox_rows,
    ticket_reopenings_between,
    ticket_resolutions,
    tickets_all,
    tickets_responded,
    tickets_with_sla,
)

from .definitions import (
    ESCALATE_ACTION,
    HANDLE_ASSISTED,
    HANDLE_UNASSISTED,
    HUMAN_SEND_ACTIONS,
    REOPEN_WINDOW_DAYS,
    SERIES,
    SLA_FIRST_RESPONSE,
    SLA_RESOLUTION,
    UNASSISTED_MIN_EDIT_DISTANCE,
    percentile_cont,
)


@dataclass(frozen=True)
class MetricFilters:
    """Whole weeks: `start` is the first Monday, `end` the Monday of the last week included."""

    start: dt.date
    end: dt.date
    request_class_id: int | None = None
    snapshot_id: int | None = None
    channel: str = ""

    @property
    def start_at(self) -> dt.datetime:
        return week_start_datetime(self.start)

    @property
    def end_at(self) -> dt.datetime:
        """Exclusive: Monday 00:00 after the last week."""
        return week_start_datetime(self.end + dt.timedelta(days=7))

    def weeks(self) -> list[dt.date]:
        count = (self.end - self.start).days // 7 + 1
        return [self.start + dt.timedelta(days=7 * i) for i in range(max(count, 0))]


def week_monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def week_start_datetime(monday: dt.date) -> dt.datetime:
    return timezone.make_aware(dt.datetime.combine(monday, dt.time.min))


# -- expressions ---------------------------------------------------------------------------------


class SecondsBetween(Func):
    """end - start in seconds, to the millisecond, on PostgreSQL and SQLite alike."""

    arity = 2
    output_field = FloatField()

    def as_sql(self, compiler, connection, **extra_context):
        raise NotImplementedError(f"SecondsBetween has no SQL for {connection.vendor}")

    def as_postgresql(self, compiler, connection, **extra_context):
        return self.as_sql_template(
            compiler,
            connection,
            "(ROUND(EXTRACT(EPOCH FROM (%(expressions)s)) * 1000) / 1000)::double precision",
            " - ",
        )

    def as_sqlite(self, compiler, connection, **extra_context):
        return self.as_sql_template(
            compiler,
            connection,
            "(ROUND((julianday(%(end)s) - julianday(%(start)s)) * 86400000.0) / 1000.0)",
            None,
        )

    def as_sql_template(self, compiler, connection, template, joiner):
        end_sql, end_params = compiler.compile(self.source_expressions[0])
        start_sql, start_params = compiler.compile(self.source_expressions[1])
        if joiner is not None:
            sql = template % {"expressions": f"{end_sql}{joiner}{start_sql}"}
        else:
            sql = template % {"end": end_sql, "start": start_sql}
        return sql, [*end_params, *start_params]


def duration_grid_expr(seconds) -> Case:
    """Whole seconds below 100 s, then two significant figures, floored (definitions.py)."""
    whole = Floor(Greatest(seconds, Value(0.0)))
    whens = [When(LessThan(whole, Value(100.0)), then=whole)]
    step = 10.0
    while step <= 1e9:
        whens.append(
            When(LessThan(whole, Value(step * 100)), then=Floor(whole / Value(step)) * Value(step))
        )
        step *= 10
    return Cast(
        Case(*whens, default=Floor(whole / Value(1e10)) * Value(1e10)), output_field=IntegerField()
    )


def hundredths_expr(value) -> Cast:
    return Cast(Floor(value * Value(100.0) + Value(0.5)), output_field=IntegerField())


def _first_run_snapshot(ticket_ref: str) -> Subquery:
    """A ticket's configuration: the snapshot of its first pipeline run."""
    return Subquery(
        pipeline_runs_of_ticket(ticket_id=OuterRef(ticket_ref))
        .order_by("id")
        .values("snapshot_id")[:1]
    )


def _common(
    qs: QuerySet, *, metric, when: str, ticket: str, snapshot, channel: str, class_field: str
) -> QuerySet:
    return qs.annotate(
        metric=metric,
        when=F(when),
        week=Cast(TruncWeek(when), output_field=DateField()),
        class_id=F(class_field),
        snapshot_ref=snapshot,
        channel_ref=F(channel),
        ticket_ref=F(ticket),
    )


# -- the units of each series --------------------------------------------------------------------


def _units_frt() -> QuerySet:
    qs = tickets_responded()
    qs = _common(
        qs,
        metric=Value("frt"),
        when="created_at",
        ticket="pk",
        snapshot=_first_run_snapshot("pk"),
        channel="channel",
        class_field="request_class_id",
    )
    return qs.annotate(
        value=duration_grid_expr(SecondsBetween(F("first_response_at"), F("created_at")))
    )


def _units_reopen() -> QuerySet:
    reopened = ticket_reopenings_between(
        ticket_id=OuterRef("ticket_id"),
        after=OuterRef("at"),
        until=OuterRef("at") + dt.timedelta(days=REOPEN_WINDOW_DAYS),
    )
    qs = ticket_resolutions()
    qs = _common(
        qs,
        metric=Value("reopen"),
        when="at",
        ticket="ticket_id",
        snapshot=_first_run_snapshot("ticket_id"),
        channel="ticket__channel",
        class_field="ticket__request_class_id",
    )
    return qs.annotate(value=Case(When(Exists(reopened), then=Value(1)), default=Value(0)))


def _units_escalation() -> QuerySet:
    runs = pipeline_runs_of_ticket(ticket_id=OuterRef("pk"))
    reviews = reviews_of_ticket(ticket_id=OuterRef("pk"))
    routed = routing_decisions_needing_human(ticket_id=OuterRef("pk"))
    escalated = reviews_of_ticket(ticket_id=OuterRef("pk"), action=ESCALATE_ACTION)
    qs = tickets_all().filter(Exists(runs) | Exists(reviews))
    qs = _common(
        qs,
        metric=Value("escalation"),
        when="created_at",
        ticket="pk",
        snapshot=_first_run_snapshot("pk"),
        channel="channel",
        class_field="request_class_id",
    )
    return qs.annotate(
        value=Case(When(Exists(routed) | Exists(escalated), then=Value(1)), default=Value(0))
    )


def _units_sla() -> QuerySet:
    """Tickets with an SLA target; value: which deadlines were missed (definitions.SLA_*), from
    the deadlines stored on the ticket (tickets.sla), compared in SQL."""
    now = Value(timezone.now(), output_field=DateTimeField())
    first_missed = LessThan(
        F("sla_first_response_due_at"), Coalesce(F("first_response_at"), F("resolved_at"), now)
    )
    resolution_missed = LessThan(
        F("sla_resolution_due_at"), Coalesce(F("sla_resolution_stopped_at"), now)
    )
    qs = _common(
        tickets_with_sla(),
        metric=Value("sla"),
        when="created_at",
        ticket="pk",
        snapshot=_first_run_snapshot("pk"),
        channel="channel",
        class_field="request_class_id",
    )
    return qs.annotate(
        value=Case(When(first_missed, then=Value(SLA_FIRST_RESPONSE)), default=Value(0))
        + Case(When(resolution_missed, then=Value(SLA_RESOLUTION)), default=Value(0))
    )


def _sent_replies() -> QuerySet:
    return outbound_replies_sent()


def _reply_common(qs: QuerySet, metric: str) -> QuerySet:
    return _common(
        qs,
        metric=Value(metric),
        when="sent_at",
        ticket="ticket_id",
        snapshot=F("review__snapshot_id"),
        channel="ticket__channel",
        class_field="ticket__request_class_id",
    )


def _units_correction() -> QuerySet:
    corrections = outbound_corrections_sent(corrects_id=OuterRef("pk"))
    return _reply_common(_sent_replies(), "correction").annotate(
        value=Case(When(Exists(corrections), then=Value(1)), default=Value(0))
    )


def _units_automated() -> QuerySet:
    return _reply_common(_sent_replies(), "automated").annotate(
        value=Case(When(auto_sent=True, then=Value(1)), default=Value(0))
    )


def _review_common(qs: QuerySet, metric: str) -> QuerySet:
    return _common(
        qs,
        metric=Value(metric),
        when="decided_at",
        ticket="ticket_id",
        snapshot=F("snapshot_id"),
        channel="ticket__channel",
        class_field="ticket__request_class_id",
    )


def _reviewed_drafts() -> QuerySet:
    return reviews_of_drafts()


def _units_acceptance() -> QuerySet:
    return _review_common(_reviewed_drafts(), "acceptance").annotate(
        value=Case(When(accepted_unchanged=True, then=Value(1)), default=Value(0))
    )


def _units_edit_distance() -> QuerySet:
    qs = reviews_of_drafts(actions=HUMAN_SEND_ACTIONS).filter(edit_distance__isnull=False)
    return _review_common(qs, "edit_distance").annotate(value=hundredths_expr(F("edit_distance")))


def _units_review_time() -> QuerySet:
    qs = _reviewed_drafts().filter(review_seconds__isnull=False)
    return _review_common(qs, "review_time").annotate(value=duration_grid_expr(F("review_seconds")))


def _units_handle() -> QuerySet:
    """Each ticket's first sent reply (not a correction), with the handle time of the decision
    that sent it; `metric` says whether the draft was used."""
    earlier = (
        _sent_replies()
        .filter(ticket_id=OuterRef("ticket_id"))
        .filter(
            Q(sent_at__lt=OuterRef("sent_at"))
            | Q(sent_at=OuterRef("sent_at"), id__lt=OuterRef("id"))
        )
    )
    qs = (
        _sent_replies()
        .filter(~Exists(earlier))
        .filter(Q(auto_sent=True) | Q(review__review_seconds__isnull=False))
    )
    unassisted = Q(auto_sent=False) & (
        Q(review__draft__isnull=True) | Q(review__edit_distance__gte=UNASSISTED_MIN_EDIT_DISTANCE)
    )
    qs = _common(
        qs,
        metric=Case(
            When(unassisted, then=Value(HANDLE_UNASSISTED)), default=Value(HANDLE_ASSISTED)
        ),
        when="sent_at",
        ticket="ticket_id",
        snapshot=F("review__snapshot_id"),
        channel="ticket__channel",
        class_field="ticket__request_class_id",
    )
    seconds = Case(When(auto_sent=True, then=Value(0.0)), default=F("review__review_seconds"))
    return qs.annotate(value=duration_grid_expr(seconds))


_UNITS = {
    "frt": _units_frt,
    "reopen": _units_reopen,
    "escalation": _units_escalation,
    "correction": _units_correction,
    "acceptance": _units_acceptance,
    "edit_distance": _units_edit_distance,
    "review_time": _units_review_time,
    "handle": _units_handle,
    "automated": _units_automated,
    "sla": _units_sla,
}


def metric_units(
    *, series: str, filters: MetricFilters | None, since: dt.datetime | None = None
) -> QuerySet:
    """The units of one series (or "handle" for both handle-time series), filtered. With no
    filters: every unit (or those since `since`), for the rollup rebuild."""
    source = "handle" if series in (HANDLE_ASSISTED, HANDLE_UNASSISTED) else series
    qs = _UNITS[source]()
    if source == "handle" and series != "handle":
        qs = qs.filter(metric=series)
    if since is not None:
        qs = qs.filter(when__gte=since)
    if filters is not None:
        qs = qs.filter(when__gte=filters.start_at, when__lt=filters.end_at)
        if filters.request_class_id:
            qs = qs.filter(class_id=filters.request_class_id)
        if filters.snapshot_id:
            qs = qs.filter(snapshot_ref=filters.snapshot_id)
        if filters.channel:
            qs = qs.filter(channel_ref=filters.channel)
    return qs


UNIT_SOURCES = tuple(_UNITS)  # what a rebuild walks: one query each
# The live page reads the SLA units in the same statement as the first-response units (UNION
# ALL), so adding the SLA metric added no query to the page.
_LIVE_UNIONED = {"frt": ("sla",)}
_LIVE_RIDERS = {other for others in _LIVE_UNIONED.values() for other in others}


# -- live figures ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class LiveFigure:
    units: int
    hits: int | None = None  # rates
    percentiles: dict[float, float | None] | None = None  # medians etc., in grid units


class PercentileCont(Func):
    """PostgreSQL's ordered-set aggregate percentile_cont(f) WITHIN GROUP (ORDER BY x)."""

    contains_aggregate = True
    output_field = FloatField()
    template = "percentile_cont(%(fraction)s) WITHIN GROUP (ORDER BY %(expressions)s)"

    def __init__(self, expression, fraction: float):
        super().__init__(Cast(expression, output_field=FloatField()), fraction=float(fraction))


def metric_figure_live(
    *, series: str, filters: MetricFilters, percentiles: Iterable[float] = ()
) -> LiveFigure:
    """One series' figure computed from the source tables, not the rollups: the reference the
    rollup test compares against. Rates: units and hits. Percentiles: percentile_cont in SQL on
    PostgreSQL; on SQLite (no percentile_cont) the grouped values, interpolated in Python the
    way percentile_cont does."""
    qs = metric_units(series=series, filters=filters)
    fractions = tuple(percentiles)
    if not fractions:
        row = qs.aggregate(units=Count("pk"), hits=Count("pk", filter=Q(value=1)))
        return LiveFigure(units=row["units"], hits=row["hits"])
    if connection.vendor == "postgresql":
        row = qs.aggregate(
            units=Count("pk"),
            **{f"p{i}": PercentileCont(F("value"), f) for i, f in enumerate(fractions)},
        )
        return LiveFigure(
            units=row["units"],
            percentiles={f: row[f"p{i}"] for i, f in enumerate(fractions)},
        )
    histogram = list(
        qs.values("value").annotate(n=Count("pk")).order_by("value").values_list("value", "n")
    )
    return LiveFigure(
        units=sum(n for _, n in histogram),
        percentiles={f: percentile_cont(histogram, f) for f in fractions},
    )


# -- histograms: what the rollups store and the dashboard reads ------------------------------------

HistogramRow = tuple[str, dt.date, int | None, int, int]  # metric, week, class, value, count


def histogram_rows_live(*, filters: MetricFilters) -> list[HistogramRow]:
    """Every series grouped by (week, class, value), straight from the source tables (one
    query per unit source). The same rows `rollups.histogram_rows_rollup` reads."""
    rows: list[HistogramRow] = []

    def grouped(source: str) -> QuerySet:
        return (
            metric_units(series=source, filters=filters)
            .values("metric", "week", "class_id", "value")
            .annotate(n=Count("pk"))
            .order_by()
        )

    for source in UNIT_SOURCES:
        if source in _LIVE_RIDERS:
            continue
        qs = grouped(source)
        for other in _LIVE_UNIONED.get(source, ()):
            qs = qs.union(grouped(other), all=True)
        rows.extend(
            (r["metric"], _as_date(r["week"]), r["class_id"], r["value"], r["n"]) for r in qs
        )
    return rows


def _as_date(value) -> dt.date:
    if isinstance(value, dt.datetime):
        return timezone.localtime(value).date() if timezone.is_aware(value) else value.date()
    return value


assert set(SERIES) == {*UNIT_SOURCES, HANDLE_ASSISTED, HANDLE_UNASSISTED} - {"handle"}


# -- drill-down ------------------------------------------------------------------------------------


def metric_ticket_ids(
    *,
    series: str,
    filters: MetricFilters,
    hits_only: bool = False,
    week: dt.date | None = None,
) -> QuerySet:
    """The ids of the tickets behind a number: the units of the series under these filters
    (only the hits of a rate when asked; one week when given), as a subquery."""
    qs = metric_units(series=series, filters=filters)
    if hits_only:
        qs = qs.filter(value__gte=1)  # rates: 1; SLA: any target missed (1, 2 or 3)
    if week is not None:
        qs = qs.filter(when__gte=week_start_datetime(week)).filter(
            when__lt=week_start_datetime(week + dt.timedelta(days=7))
        )
    return qs.values("ticket_ref")


DRILL_PAGE_SIZE = 25


@dataclass(frozen=True)
class DrillPage:
    tickets: list  # tickets' inbox rows (tickets.selectors.ticket_inbox_rows)
    next_cursor: str | None
    prev_cursor: str | None = None


def drill_page_get(
    *,
    series: str,
    filters: MetricFilters,
    hits_only: bool = False,
    week: dt.date | None = None,
    after: str = "",
    page_size: int = DRILL_PAGE_SIZE,
) -> DrillPage:
    """One page of the tickets behind a number, newest first, in the inbox's row shape (keyset
    pagination on (created_at, id), one query)."""
    ids = metric_ticket_ids(series=series, filters=filters, hits_only=hits_only, week=week)
    qs = ticket_inbox_rows(ticket_ids=ids)  # the drill-down reuses the inbox rows
    position = inbox_cursor_decode(cursor=after) if after else None
    if position is not None:
        created, pk = position
        qs = qs.filter(created_at__lte=created).filter(Q(created_at__lt=created) | Q(id__lt=pk))
    rows = list(qs.order_by("-created_at", "-id")[: page_size + 1])
    tickets = rows[:page_size]
    more = len(rows) > page_size
    return DrillPage(
        tickets=tickets,
        next_cursor=inbox_cursor_encode(ticket=tickets[-1]) if more and tickets else None,
    )
