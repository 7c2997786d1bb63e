"""Weekly rollups: the live histograms of every series, stored per (week, class, snapshot,
channel), so the dashboard reads a few thousand rows instead of every ticket, review and reply.

Kept by the periodic task `metrics.rollups_refresh`: every run rebuilds the recent weeks (the
ones late events still change: a reopen within 7 days, a first reply, a correction), and once a
day everything (class corrections and late corrections of old replies). The rebuild is one
INSERT ... SELECT per unit source, from the same querysets the live figures use, so the rollups
equal the live query by construction (tests/metrics prove it)."""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass

from django.conf import settings
from django.db import connection, transaction
from django.db.models import Count, IntegerField, Sum, Value
from django.utils import timezone

from audit.services import event_record

from .figures import HistogramGroups
from .models import MetricHistogram, MetricRollup, RollupState
from .selectors import (
    UNIT_SOURCES,
    HistogramRow,
    MetricFilters,
    metric_units,
    week_monday,
    week_start_datetime,
)

_COLUMNS = ("week", "metric", "request_class_id", "snapshot_id", "channel", "value", "count")
_COLUMNS_ALL = (
    "week",
    "metric",
    "request_class_id",
    "value",
    "snapshot_id",
    "channel",
    "all_cells",
    "count",
)


@dataclass(frozen=True)
class RefreshResult:
    full: bool
    window_start: dt.date | None
    rows: int
    seconds: float


def rollup_state_get() -> RollupState | None:
    return RollupState.objects.filter(pk=1).first()


def rollup_refresh(*, full: bool | None = None, window_weeks: int | None = None) -> RefreshResult:
    """Rebuild the rollups: everything when `full` (or when the last full rebuild is older than
    a day, with full=None), otherwise the last `window_weeks` weeks. One transaction under a
    lock on the state row: a concurrent refresh waits, then rebuilds again (idempotent)."""
    started = time.perf_counter()
    window_weeks = window_weeks or settings.SUPPORTDESK_METRICS_ROLLUP_WINDOW_WEEKS
    RollupState.objects.get_or_create(pk=1)
    with transaction.atomic():
        state = RollupState.objects.select_for_update().get(pk=1)
        now = timezone.now()
        if full is None:
            full = state.full_refreshed_at is None or now - state.full_refreshed_at > dt.timedelta(
                hours=24
            )
        window_start = (
            None
            if full
            else week_monday(timezone.localdate(now)) - dt.timedelta(weeks=window_weeks - 1)
        )
        existing = MetricRollup.objects.all()
        if window_start is not None:
            existing = existing.filter(week__gte=window_start)
        existing._raw_delete(existing.db)  # derived rows, no cascades, no signals
        packed = MetricHistogram.objects.all()
        if window_start is not None:
            packed = packed.filter(week__gte=window_start)
        packed._raw_delete(packed.db)
        since = week_start_datetime(window_start) if window_start else None
        table = connection.ops.quote_name(MetricRollup._meta.db_table)
        columns = ", ".join(connection.ops.quote_name(c) for c in _COLUMNS)
        rows = 0
        with connection.cursor() as cursor:
            for source in UNIT_SOURCES:
                grouped = (
                    metric_units(series=source, filters=None, since=since)
                    .values("week", "metric", "class_id", "snapshot_ref", "channel_ref", "value")
                    .annotate(n=Count("pk"))
                    .order_by()
                )
                sql, params = grouped.query.sql_with_params()
                cursor.execute(f"INSERT INTO {table} ({columns}) {sql}", params)  # noqa: S608
                rows += cursor.rowcount
            # The all-cells level: the same histograms summed over snapshots and channels.
            cells = MetricRollup.objects.filter(all_cells=False)
            if window_start is not None:
                cells = cells.filter(week__gte=window_start)
            summed = cells.values("week", "metric", "request_class_id", "value").annotate(
                snap=Value(None, output_field=IntegerField()),
                chan=Value(""),
                every=Value(True),
                n=Sum("count"),
            )
            sql, params = summed.query.sql_with_params()
            columns_all = ", ".join(connection.ops.quote_name(c) for c in _COLUMNS_ALL)
            cursor.execute(f"INSERT INTO {table} ({columns_all}) {sql}", params)  # noqa: S608
            rows += cursor.rowcount
            histograms_pack(cursor, window_start=window_start)
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:  # fresh statistics for the dashboard's plans
                cursor.execute(f"ANALYZE {table}")
        seconds = time.perf_counter() - started
        state.refreshed_at = timezone.now()
        if full:
            state.full_refreshed_at = state.refreshed_at
        state.window_start = window_start
        state.duration_ms = round(seconds * 1000, 1)
        state.rows = MetricRollup.objects.count() if full else state.rows
        state.save()
        event_record(
            name="metrics.rollups_refreshed",
            actor_label="metrics",
            payload={
                "full": full,
                "window_start": window_start.isoformat() if window_start else None,
                "rows_written": rows,
                "ms": state.duration_ms,
            },
        )
    return RefreshResult(full=full, window_start=window_start, rows=rows, seconds=seconds)


# The columns that name a packed histogram: a rollup cell or an all-cells group.
_PACKED_KEY = "week, metric, request_class_id, snapshot_id, channel, all_cells"


def histograms_pack(cursor, *, window_start: dt.date | None) -> None:
    """Pack the rollup rows (of the weeks from `window_start`, or all) into MetricHistogram: one
    row per cell (week, metric, class, snapshot, channel) and one per all-cells group (week,
    metric, class), values ascending with their counts. Both aggregates of a group read its
    rows in the same order, so the two lists stay paired."""
    source = connection.ops.quote_name(MetricRollup._meta.db_table)
    target = connection.ops.quote_name(MetricHistogram._meta.db_table)
    where = " WHERE week >= %s" if window_start is not None else ""
    params = [window_start] if window_start is not None else []
    if connection.vendor == "postgresql":
        packed = (
            """string_agg("value"::text, ',' ORDER BY "value"),"""
            """ string_agg("count"::text, ',' ORDER BY "value")"""
        )
        rows = f"SELECT * FROM {source}{where}"  # noqa: S608 (our table names)
    else:  # SQLite: group_concat takes no ORDER BY; an ordered subquery feeds it in order
        packed = """group_concat("value", ','), group_concat("count", ',')"""
        rows = f'SELECT * FROM {source}{where} ORDER BY "value"'  # noqa: S608
    cursor.execute(
        f"INSERT INTO {target} ({_PACKED_KEY}, grid_values, counts) "  # noqa: S608
        f"SELECT {_PACKED_KEY}, {packed} FROM ({rows}) AS r GROUP BY {_PACKED_KEY}",
        params,
    )


def histogram_groups_rollup(*, filters: MetricFilters) -> HistogramGroups:
    """The rows histogram_rows_rollup reads, as packed histograms keyed by (metric, week,
    class), in one query: the all-cells groups when neither snapshot nor channel is filtered,
    else the matching cells. A key may then come once per cell (a snapshot's channels, say):
    dashboard_build sums them, as the GROUP BY of histogram_rows_rollup does."""
    cells = bool(filters.snapshot_id or filters.channel)
    qs = MetricHistogram.objects.filter(
        all_cells=not cells, week__gte=filters.start, week__lte=filters.end
    )
    if filters.request_class_id:
        qs = qs.filter(request_class_id=filters.request_class_id)
    if filters.snapshot_id:
        qs = qs.filter(snapshot_id=filters.snapshot_id)
    if filters.channel:
        qs = qs.filter(channel=filters.channel)
    qs = qs.order_by().values_list("metric", "week", "request_class_id", "grid_values", "counts")
    sql, params = qs.query.sql_with_params()
    with connection.cursor() as cursor:  # plain tuples; the lists are parsed all at once
        cursor.execute(sql, params)
        found = cursor.fetchall()
    keys = [
        (metric, week if isinstance(week, dt.date) else dt.date.fromisoformat(week), class_id)
        for metric, week, class_id, _, _ in found  # SQLite returns the week as text
    ]
    return HistogramGroups.from_text(
        keys=keys, values=[r[3] for r in found], counts=[r[4] for r in found]
    )


def histogram_rows_rollup(*, filters: MetricFilters) -> list[HistogramRow]:
    """The same rows as selectors.histogram_rows_live, read from the rollups (one query)."""
    qs = MetricRollup.objects.filter(week__gte=filters.start, week__lte=filters.end)
    qs = qs.filter(all_cells=not (filters.snapshot_id or filters.channel))
    if filters.request_class_id:
        qs = qs.filter(request_class_id=filters.request_class_id)
    if filters.snapshot_id:
        qs = qs.filter(snapshot_id=filters.snapshot_id)
    if filters.channel:
        qs = qs.filter(channel=filters.channel)
    if filters.snapshot_id or filters.channel:
        qs = (
            qs.values("metric", "week", "request_class_id", "value")
            .annotate(n=Sum("count"))
            .order_by()
            .values_list("metric", "week", "request_class_id", "value", "n")
        )
    else:
        # All-cells rows are already one per (week, metric, class, value): no grouping.
        qs = qs.order_by().values_list("metric", "week", "request_class_id", "value", "count")
    # Tens of thousands of plain tuples: straight from the cursor, without per-row converters
    # (the backends return dates and ints as they are).
    sql, params = qs.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    if rows and not isinstance(rows[0][1], dt.date):  # SQLite returns the week as text
        rows = [(m, dt.date.fromisoformat(w), c, v, n) for m, w, c, v, n in rows]
    return rows


def rollups_fresh(*, state: RollupState | None, now: dt.datetime | None = None) -> bool:
    """Rollups answer the dashboard while their last refresh is recent enough."""
    if state is None or state.refreshed_at is None or state.full_refreshed_at is None:
        return False
    age = (now or timezone.now()) - state.refreshed_at
    return age <= dt.timedelta(seconds=settings.SUPPORTDESK_METRICS_ROLLUP_MAX_AGE_SECONDS)
