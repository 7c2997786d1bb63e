"""From histogram rows (metric, week, class, value, count), live or rolled up, to the figures
the dashboard shows: each metric overall, per week and per class, and time saved per class.
Pure computation: the same rows give the same figures whichever source they came from."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from .definitions import (
    DURATION_SERIES,
    HANDLE_ASSISTED,
    HANDLE_UNASSISTED,
    RATE_SERIES,
    SERIES,
    SLA_FIRST_RESPONSE,
    SLA_RESOLUTION,
    percentile_cont,
)
from .selectors import HistogramRow

PERCENTILES: dict[str, tuple[float, ...]] = {
    "frt": (0.5, 0.9),
    "edit_distance": (0.5,),
    "review_time": (0.5,),
    HANDLE_ASSISTED: (0.5,),
    HANDLE_UNASSISTED: (0.5,),
}
# Grid units to display units: edit distances are stored in hundredths.
SCALE = {"edit_distance": 100.0}


@dataclass
class Figure:
    units: int = 0
    hits: int | None = None
    percentiles: dict[float, float | None] = field(default_factory=dict)
    parts: dict[int, int] = field(default_factory=dict)  # SLA: units per target missed

    @property
    def rate(self) -> float | None:
        if self.hits is None or not self.units:
            return None
        return self.hits / self.units

    @property
    def median(self) -> float | None:
        return self.percentiles.get(0.5)

    @property
    def p90(self) -> float | None:
        return self.percentiles.get(0.9)


def figure_from(series: str, histogram: dict[int, int]) -> Figure:
    pairs = sorted(histogram.items())
    units = sum(count for _, count in pairs)
    if series == "sla":
        return Figure(
            units=units,
            hits=units - histogram.get(0, 0),
            parts={
                part: sum(n for value, n in pairs if value & part)
                for part in (SLA_FIRST_RESPONSE, SLA_RESOLUTION)
            },
        )
    if series in RATE_SERIES:
        return Figure(units=units, hits=histogram.get(1, 0))
    scale = SCALE.get(series, 1.0)
    percentiles = {}
    for fraction in PERCENTILES.get(series, ()):
        value = percentile_cont(pairs, fraction)
        percentiles[fraction] = None if value is None else value / scale
    return Figure(units=units, percentiles=percentiles)


@dataclass
class ClassTimeSaved:
    class_id: int | None
    assisted: int
    assisted_median: float | None
    unassisted: int
    unassisted_median: float | None
    baseline_seconds: float | None
    baseline_source: str  # "measured", "configured", "none"

    @property
    def saved_seconds(self) -> float | None:
        if self.baseline_seconds is None or self.assisted_median is None:
            return None
        return (self.baseline_seconds - self.assisted_median) * self.assisted


@dataclass
class Dashboard:
    weeks: list[dt.date]
    class_ids: list[int | None]
    overall: dict[str, Figure]
    by_week: dict[str, dict[dt.date, Figure]]
    by_class: dict[int | None, dict[str, Figure]]
    time_saved_by_class: dict[int | None, ClassTimeSaved]
    time_saved_by_week: dict[dt.date, float | None]

    @property
    def time_saved(self) -> float | None:
        figures = [t.saved_seconds for t in self.time_saved_by_class.values()]
        known = [f for f in figures if f is not None]
        return sum(known) if known else None


def dashboard_build(
    *,
    rows: Iterable[HistogramRow],
    weeks: list[dt.date],
    configured_baselines: dict[int, int],
    baseline_min_samples: int,
) -> Dashboard:
    """Merge the rows into histograms per series overall, per week, per class and per
    (week, class), then read the figures off them."""
    overall: dict[str, dict[int, int]] = {s: defaultdict(int) for s in SERIES}
    week_h: dict[str, dict[dt.date, dict[int, int]]] = {s: {} for s in SERIES}
    class_h: dict[str, dict[int | None, dict[int, int]]] = {s: {} for s in SERIES}
    assisted_wc: dict[tuple[dt.date, int | None], dict[int, int]] = {}
    # The hot loop of the page (tens of thousands of rows): plain dict operations only.
    for metric, week, class_id, value, count in rows:
        hist = overall.get(metric)
        if hist is None:
            continue
        hist[value] += count
        per_week = week_h[metric].get(week)
        if per_week is None:
            per_week = week_h[metric][week] = defaultdict(int)
        per_week[value] += count
        per_class = class_h[metric].get(class_id)
        if per_class is None:
            per_class = class_h[metric][class_id] = defaultdict(int)
        per_class[value] += count
        if metric == HANDLE_ASSISTED:
            cell = assisted_wc.get((week, class_id))
            if cell is None:
                cell = assisted_wc[(week, class_id)] = defaultdict(int)
            cell[value] += count

    class_ids = sorted(
        {c for hist in class_h.values() for c in hist}, key=lambda c: (c is None, c or 0)
    )
    empty: dict[int, int] = {}
    by_class = {c: {s: figure_from(s, class_h[s].get(c, empty)) for s in SERIES} for c in class_ids}
    savings: dict[int | None, ClassTimeSaved] = {}
    for c in class_ids:
        assisted = by_class[c][HANDLE_ASSISTED]
        unassisted = by_class[c][HANDLE_UNASSISTED]
        if unassisted.units >= baseline_min_samples and unassisted.median is not None:
            baseline, source = unassisted.median, "measured"
        elif c is not None and c in configured_baselines:
            baseline, source = float(configured_baselines[c]), "configured"
        else:
            baseline, source = None, "none"
        savings[c] = ClassTimeSaved(
            class_id=c,
            assisted=assisted.units,
            assisted_median=assisted.median,
            unassisted=unassisted.units,
            unassisted_median=unassisted.median,
            baseline_seconds=baseline,
            baseline_source=source,
        )
    saved_by_week: dict[dt.date, float | None] = {}
    for week in weeks:
        total, known = 0.0, False
        for c, saving in savings.items():
            hist = assisted_wc.get((week, c))
            if saving.baseline_seconds is None or not hist:
                continue
            figure = figure_from(HANDLE_ASSISTED, hist)
            total += (saving.baseline_seconds - figure.median) * figure.units
            known = True
        saved_by_week[week] = total if known else None
    return Dashboard(
        weeks=weeks,
        class_ids=class_ids,
        overall={s: figure_from(s, overall[s]) for s in SERIES},
        by_week={s: {w: figure_from(s, week_h[s].get(w, empty)) for w in weeks} for s in SERIES},
        by_class=by_class,
        time_saved_by_class=savings,
        time_saved_by_week=saved_by_week,
    )


assert set(DURATION_SERIES) <= set(PERCENTILES)
