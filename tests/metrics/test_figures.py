"""dashboard_build merges histogram rows with numpy; it must give exactly what merging them one
by one into dicts and reading percentile_cont (definitions.py) off each gives: overall, per
week, per class and the time saved per week. No database: the rows are made up here."""

import datetime as dt
import random
from collections import defaultdict

import pytest

from audit.metrics.definitions import (
    HANDLE_ASSISTED,
    HANDLE_UNASSISTED,
    RATE_SERIES,
    SERIES,
    SLA_FIRST_RESPONSE,
    SLA_RESOLUTION,
    percentile_cont,
)
from audit.metrics.figures import PERCENTILES, SCALE, dashboard_build

MONDAY = dt.date(2026, 6, 1)


def _reference(series, histogram):
    """units, hits, parts, percentiles of one histogram, the plain way."""
    pairs = sorted(histogram.items())
    units = sum(n for _, n in pairs)
    if series == "sla":
        parts = {p: sum(n for v, n in pairs if v & p) for p in (SLA_FIRST_RESPONSE, SLA_RESOLUTION)}
        return units, units - histogram.get(0, 0), parts, {}
    if series in RATE_SERIES:
        return units, histogram.get(1, 0), {}, {}
    percentiles = {}
    for fraction in PERCENTILES.get(series, ()):
        value = percentile_cont(pairs, fraction)
        percentiles[fraction] = None if value is None else value / SCALE.get(series, 1.0)
    return units, None, {}, percentiles


def _as_tuple(figure):
    return figure.units, figure.hits, figure.parts, figure.percentiles


def _rows(rng, weeks, classes):
    rows = []
    for series in (*SERIES, "retired_metric"):  # a metric the page no longer knows is ignored
        for week in (*weeks, weeks[0] - dt.timedelta(weeks=1)):  # and one week off the chart
            for class_id in classes:
                if rng.random() < 0.25:
                    continue  # gaps: weeks and classes with nothing
                if series in RATE_SERIES:
                    values = [0, 1, 2, 3] if series == "sla" else [0, 1]
                else:
                    values = rng.sample(range(0, 5000, 7), rng.randint(1, 40))
                for value in values:
                    rows.append((series, week, class_id, value, rng.randint(1, 9)))
    rng.shuffle(rows)
    return rows


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_vectorized_build_equals_merging_row_by_row(seed):
    rng = random.Random(seed)
    weeks = [MONDAY + dt.timedelta(weeks=i) for i in range(6)]
    classes = [None, 3, 11, 7]
    rows = _rows(rng, weeks, classes)
    configured = {11: 900}
    built = dashboard_build(
        rows=rows, weeks=weeks, configured_baselines=configured, baseline_min_samples=30
    )

    overall = defaultdict(lambda: defaultdict(int))
    per_week = defaultdict(lambda: defaultdict(int))
    per_class = defaultdict(lambda: defaultdict(int))
    assisted = defaultdict(lambda: defaultdict(int))
    for series, week, class_id, value, count in rows:
        if series not in SERIES:
            continue
        overall[series][value] += count
        per_week[series, week][value] += count
        per_class[series, class_id][value] += count
        if series == HANDLE_ASSISTED:
            assisted[week, class_id][value] += count

    assert built.class_ids == [3, 7, 11, None]
    for series in SERIES:
        assert _as_tuple(built.overall[series]) == _reference(series, overall[series])
        for week in weeks:
            got = _as_tuple(built.by_week[series][week])
            assert got == _reference(series, per_week[series, week]), (series, week)
        for class_id in classes:
            got = _as_tuple(built.by_class[class_id][series])
            assert got == _reference(series, per_class[series, class_id]), (series, class_id)

    for week in weeks:
        total, known = 0.0, False
        for class_id in built.class_ids:
            saving = built.time_saved_by_class[class_id]
            hist = assisted[week, class_id]
            if saving.baseline_seconds is None or not hist:
                continue
            units, _, _, percentiles = _reference(HANDLE_ASSISTED, hist)
            total += (saving.baseline_seconds - percentiles[0.5]) * units
            known = True
        assert built.time_saved_by_week[week] == (total if known else None)
    sources = {c: t.baseline_source for c, t in built.time_saved_by_class.items()}
    unassisted = {
        c: _reference(HANDLE_UNASSISTED, per_class[HANDLE_UNASSISTED, c])[0] for c in classes
    }
    for class_id in classes:
        if unassisted[class_id] >= 30:
            assert sources[class_id] == "measured"
        else:
            assert sources[class_id] == ("configured" if class_id == 11 else "none")


def test_no_rows_gives_empty_figures():
    weeks = [MONDAY]
    built = dashboard_build(rows=[], weeks=weeks, configured_baselines={}, baseline_min_samples=1)
    assert built.class_ids == []
    assert built.overall["frt"].units == 0 and built.overall["frt"].median is None
    assert built.by_week["reopen"][MONDAY].rate is None
    assert built.time_saved is None and built.time_saved_by_week == {MONDAY: None}
