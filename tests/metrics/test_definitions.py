"""Every metric on the hand-built tickets of world.py, whose answers are worked out there: the
live queries (percentile_cont on PostgreSQL, the Python interpolation on SQLite), the rollups,
and the equality of the two under every filter. test_sqlite.py runs this module again on SQLite."""

import datetime as dt

import pytest
from django.db import connection

from audit.metrics.dashboard import dashboard_data
from audit.metrics.definitions import HANDLE_ASSISTED, HANDLE_UNASSISTED, SERIES
from audit.metrics.figures import PERCENTILES, dashboard_build
from audit.metrics.models import BaselineHandleTime, MetricRollup
from audit.metrics.rollups import histogram_groups_rollup, histogram_rows_rollup, rollup_refresh
from audit.metrics.selectors import MetricFilters, histogram_rows_live, metric_figure_live
from tickets.models import TicketStatus

pytestmark = pytest.mark.django_db

EXPECTED_RATES = {  # series: (hits, units) for class A, week A
    "reopen": (2, 10),
    "escalation": (2, 10),
    "correction": (1, 8),
    "automated": (2, 8),
    "acceptance": (3, 7),
}
EXPECTED_PERCENTILES = {  # series: (units, {fraction: value in grid units})
    "frt": (9, {0.5: 900.0, 0.9: 4320.0}),
    "edit_distance": (6, {0.5: 12.5}),
    "review_time": (7, {0.5: 60.0}),
    HANDLE_ASSISTED: (7, {0.5: 45.0}),
    HANDLE_UNASSISTED: (1, {0.5: 600.0}),
}


def _filters(world, **extra) -> MetricFilters:
    values = {"start": world.week_a, "end": world.week_a, "request_class_id": world.class_a.pk}
    values.update(extra)
    return MetricFilters(**values)


def test_the_database_is_the_one_asked_for():
    """The SQLite run (test_sqlite.py) really runs on SQLite."""
    import os

    expected = "sqlite" if os.environ.get("DATABASE_URL", "").startswith("sqlite") else "postgresql"
    assert connection.vendor == expected


@pytest.mark.parametrize("series", sorted(EXPECTED_RATES))
def test_rates_live(world, series):
    figure = metric_figure_live(series=series, filters=_filters(world))
    assert (figure.hits, figure.units) == EXPECTED_RATES[series]


@pytest.mark.parametrize("series", sorted(EXPECTED_PERCENTILES))
def test_percentiles_live(world, series):
    units, expected = EXPECTED_PERCENTILES[series]
    figure = metric_figure_live(series=series, filters=_filters(world), percentiles=expected)
    assert figure.units == units
    assert figure.percentiles == pytest.approx(expected)


def test_reopen_rate_is_twenty_percent_and_eight_days_do_not_count(world):
    figure = dashboard_data(filters=_filters(world), source="live").overall["reopen"]
    assert figure.rate == pytest.approx(0.2)
    # T3 was reopened 8 days after its resolution: a resolution, but not a re-open.
    t3 = world.tickets["T3"]
    assert t3.status_changes.filter(to_status=TicketStatus.REOPENED).exists()


@pytest.mark.parametrize("source", ["live", "rollups"])
def test_dashboard_figures(world, source):
    rollup_refresh(full=True)
    data = dashboard_data(filters=_filters(world), source=source)
    o = data.overall
    assert o["frt"].units == 9 and o["frt"].median == 900 and o["frt"].p90 == pytest.approx(4320)
    assert o["reopen"].rate == pytest.approx(0.2)
    assert o["escalation"].rate == pytest.approx(0.2)
    assert o["correction"].rate == pytest.approx(0.125)
    assert o["automated"].rate == pytest.approx(0.25)
    assert o["acceptance"].rate == pytest.approx(3 / 7)
    assert o["edit_distance"].median == pytest.approx(0.125)
    assert o["review_time"].median == 60
    # One week in the range: the trend point is the whole figure.
    assert data.weeks == [world.week_a]
    assert data.by_week["frt"][world.week_a].median == 900
    assert list(data.by_class) == [world.class_a.pk]


@pytest.mark.parametrize("source", ["live", "rollups"])
def test_time_saved_says_which_baseline(world, source, settings, lead):
    rollup_refresh(full=True)
    filters = _filters(world)
    # Too few unassisted tickets (1 < 30) and nothing configured: no claim.
    saving = dashboard_data(filters=filters, source=source).time_saved_by_class[world.class_a.pk]
    assert (saving.baseline_source, saving.saved_seconds) == ("none", None)
    # A lead's configured 300 s: (300 - 45) x 7 assisted tickets.
    BaselineHandleTime.objects.create(request_class=world.class_a, seconds=300, updated_by=lead)
    saving = dashboard_data(filters=filters, source=source).time_saved_by_class[world.class_a.pk]
    assert saving.baseline_source == "configured"
    assert saving.saved_seconds == pytest.approx((300 - 45) * 7)
    # Enough unassisted history (threshold lowered to 1): the measured 600 s wins.
    settings.SUPPORTDESK_METRICS_BASELINE_MIN_SAMPLES = 1
    data = dashboard_data(filters=filters, source=source)
    saving = data.time_saved_by_class[world.class_a.pk]
    assert saving.baseline_source == "measured"
    assert saving.saved_seconds == pytest.approx((600 - 45) * 7)
    assert data.time_saved == pytest.approx((600 - 45) * 7)
    assert data.time_saved_by_week[world.week_a] == pytest.approx((600 - 45) * 7)


def test_filters_select_the_right_units(world):
    both = MetricFilters(start=world.week_a, end=world.week_b)
    assert metric_figure_live(series="frt", filters=both, percentiles=(0.5,)).units == 11
    for filters in (
        MetricFilters(start=world.week_a, end=world.week_b, channel="api"),
        MetricFilters(start=world.week_a, end=world.week_b, snapshot_id=world.snapshot_2.pk),
        MetricFilters(start=world.week_b, end=world.week_b),
        MetricFilters(start=world.week_a, end=world.week_b, request_class_id=world.class_b.pk),
    ):
        figure = metric_figure_live(series="frt", filters=filters, percentiles=(0.5, 0.9))
        assert figure.units == 2
        assert figure.percentiles == pytest.approx({0.5: 150.0, 0.9: 190.0})
    email_a = MetricFilters(start=world.week_a, end=world.week_b, channel="email")
    assert metric_figure_live(series="reopen", filters=email_a).units == 10


def _all_filters(world):
    weeks = (world.week_a - dt.timedelta(weeks=1), world.week_b + dt.timedelta(weeks=1))
    yield MetricFilters(start=weeks[0], end=weeks[1])
    yield MetricFilters(start=world.week_a, end=world.week_a)
    yield MetricFilters(start=world.week_b, end=world.week_b)
    for rc in (world.class_a, world.class_b):
        yield MetricFilters(start=weeks[0], end=weeks[1], request_class_id=rc.pk)
    for snap in (world.snapshot_1, world.snapshot_2):
        yield MetricFilters(start=weeks[0], end=weeks[1], snapshot_id=snap.pk)
    for channel in ("email", "api", "web"):
        yield MetricFilters(start=weeks[0], end=weeks[1], channel=channel)
        for snap in (world.snapshot_1, world.snapshot_2):
            yield MetricFilters(start=weeks[0], end=weeks[1], snapshot_id=snap.pk, channel=channel)


def _merged(rows) -> list:
    """Rows summed per (metric, week, class, value), sorted: packed cells give a key once per
    cell (a snapshot's channels), which the dashboard sums as the rollup query's GROUP BY does."""
    sums: dict = {}
    for metric, week, class_id, value, count in rows:
        key = (metric, week, class_id, value)
        sums[key] = sums.get(key, 0) + count
    return sorted(((*key, n) for key, n in sums.items()), key=repr)


def test_rollups_equal_the_live_query_under_every_filter(world, settings):
    settings.SUPPORTDESK_METRICS_BASELINE_MIN_SAMPLES = 1
    rollup_refresh(full=True)
    assert MetricRollup.objects.exists()
    for filters in _all_filters(world):
        live_rows = sorted(histogram_rows_live(filters=filters), key=repr)
        rollup_rows = sorted(histogram_rows_rollup(filters=filters), key=repr)
        assert live_rows == rollup_rows, filters
        # The packed histograms (what the page reads, the all-cells ones or the cells) hold
        # exactly the same rows.
        groups = histogram_groups_rollup(filters=filters)
        assert _merged(groups.rows()) == rollup_rows, filters
        built = dashboard_build(
            rows=groups,
            weeks=filters.weeks(),
            configured_baselines={},
            baseline_min_samples=1,
        )
        # ... and the figures read off the rollups equal the live SQL aggregates.
        for series in SERIES:
            live = metric_figure_live(
                series=series, filters=filters, percentiles=PERCENTILES.get(series, ())
            )
            figure = built.overall[series]
            assert figure.units == live.units, (series, filters)
            if live.hits is not None:
                assert figure.hits == live.hits, (series, filters)
            else:
                scale = 100.0 if series == "edit_distance" else 1.0
                expected = {
                    f: (None if v is None else v / scale) for f, v in live.percentiles.items()
                }
                assert figure.percentiles == pytest.approx(expected), (series, filters)


def test_window_refresh_keeps_older_weeks_and_picks_up_recent_changes(world, agent):
    rollup_refresh(full=True)
    before = MetricRollup.objects.filter(week__lt=world.week_b).count()
    assert before > 0
    # A reopen of U1: the week of U1's resolution starts a 4-week window; week A is older.
    from .world import _Builder

    u1 = world.tickets["U1"]
    resolved = u1.status_changes.get(to_status=TicketStatus.RESOLVED).at
    _Builder(agent).transition(u1, TicketStatus.REOPENED, resolved + dt.timedelta(days=1))
    result = rollup_refresh(full=False, window_weeks=4)
    assert not result.full and result.window_start == world.week_b
    filters = MetricFilters(start=world.week_b, end=world.week_b)
    rows = histogram_rows_rollup(filters=filters)
    assert sorted(rows, key=repr) == sorted(histogram_rows_live(filters=filters), key=repr)
    assert ("reopen", world.week_b, world.class_b.pk, 1, 1) in rows
    packed = histogram_groups_rollup(filters=filters).rows()
    assert sorted(packed, key=repr) == sorted(rows, key=repr)
    email = MetricFilters(start=world.week_b, end=world.week_b, channel="email")
    assert _merged(histogram_groups_rollup(filters=email).rows()) == sorted(
        histogram_rows_live(filters=email), key=repr
    )
    older = MetricFilters(start=world.week_a, end=world.week_a)
    assert sorted(histogram_groups_rollup(filters=older).rows(), key=repr) == sorted(
        histogram_rows_rollup(filters=older), key=repr
    )
    older_email = MetricFilters(start=world.week_a, end=world.week_a, channel="email")
    assert _merged(histogram_groups_rollup(filters=older_email).rows()) == sorted(
        histogram_rows_rollup(filters=older_email), key=repr
    )
    assert MetricRollup.objects.filter(week__lt=world.week_b).count() == before


def test_the_snapshots_page_counts_reopen_and_escalation_as_the_dashboard_does(world, lead_client):
    """The snapshots page read 100% re-open (tickets reopened at least once / resolved at least
    once) where /metrics/ read 2.0% for the same data: both now use DESIGN.md's definitions."""
    from audit.snapshots import snapshot_metrics

    metrics = snapshot_metrics(snapshot_ids=[world.snapshot_1.pk, world.snapshot_2.pk])
    for snapshot in (world.snapshot_1, world.snapshot_2):
        filters = MetricFilters(start=world.week_a, end=world.week_b, snapshot_id=snapshot.pk)
        for series, rate in (("reopen", "reopen_rate"), ("escalation", "escalation_rate")):
            live = metric_figure_live(series=series, filters=filters)
            expected = live.hits / live.units if live.units else None
            assert getattr(metrics[snapshot.pk], rate) == pytest.approx(expected), series
    assert metrics[world.snapshot_1.pk].reopen_rate == pytest.approx(0.2)
    page = lead_client.get("/audit/snapshots/").content.decode()
    assert "20%" in page or "20.0%" in page
