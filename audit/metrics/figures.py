"""From histogram rows (metric, week, class, value, count), live or rolled up, to the figures
the dashboard shows: each metric overall, per week and per class, and time saved per class.
Pure computation: the same rows give the same figures whichever source they came from."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np

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


@dataclass(frozen=True)
class HistogramGroups:
    """Histogram rows grouped by (metric, week, class): each group's key, and its (value, count)
    pairs as a run of `sizes[i]` entries in the concatenated `values` and `counts`."""

    keys: list[tuple[str, dt.date, int | None]]
    sizes: np.ndarray
    values: np.ndarray
    counts: np.ndarray

    @classmethod
    def from_rows(cls, rows: Iterable[HistogramRow]) -> HistogramGroups:
        rows = rows if isinstance(rows, list) else list(rows)
        return cls(
            keys=[(r[0], r[1], r[2]) for r in rows],
            sizes=np.ones(len(rows), dtype=np.int64),
            values=np.array([r[3] for r in rows], dtype=np.int64),
            counts=np.array([r[4] for r in rows], dtype=np.int64),
        )

    @classmethod
    def from_text(cls, *, keys: list, values: list[str], counts: list[str]) -> HistogramGroups:
        """From MetricHistogram's comma-separated lists: one numpy parse for all of them."""
        sizes = np.array([text.count(",") + 1 for text in values], dtype=np.int64)
        parsed_values = np.fromstring(",".join(values), sep=",", dtype=np.int64)
        parsed_counts = np.fromstring(",".join(counts), sep=",", dtype=np.int64)
        if not len(parsed_values) == len(parsed_counts) == sizes.sum():
            raise ValueError("MetricHistogram: values and counts do not pair up")
        return cls(keys=keys, sizes=sizes, values=parsed_values, counts=parsed_counts)

    def rows(self) -> list[HistogramRow]:
        """Back to one row per (metric, week, class, value)."""
        keys = [
            key
            for key, size in zip(self.keys, self.sizes.tolist(), strict=True)
            for _ in range(size)
        ]
        return [
            (*key, value, count)
            for key, value, count in zip(
                keys, self.values.tolist(), self.counts.tolist(), strict=True
            )
        ]


_SERIES_CODE = {series: code for code, series in enumerate(SERIES)}
_NO_CLASS = np.iinfo(
    np.int64
).max  # sorts after every class id, as the table lists "Unclassified" last


@dataclass
class _Histograms:
    """One series' histograms, dense over the distinct values it has: `values` ascending, and
    counts per value in the last axis of each array (overall, [week], [class], [week, class])."""

    values: np.ndarray
    overall: np.ndarray  # (V,)
    by_week: np.ndarray  # (W, V)
    by_class: np.ndarray  # (C, V)
    by_week_class: np.ndarray | None  # (W, C, V), assisted handle time only


def _dense(
    keys: np.ndarray,
    groups: int,
    where: np.ndarray | None,
    *,
    value_codes: np.ndarray,
    counts: np.ndarray,
    n_values: int,
) -> np.ndarray:
    """Counts summed per (group, value): a (groups, n_values) array. bincount sums in float64,
    exact for any count below 2**53."""
    if where is not None:
        keys, value_codes, counts = keys[where], value_codes[where], counts[where]
    flat = np.bincount(keys * n_values + value_codes, weights=counts, minlength=groups * n_values)
    return np.rint(flat).astype(np.int64).reshape(groups, n_values)


def _figures(series: str, values: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """A Figure per histogram in `counts` (any leading shape, values in the last axis), as an
    object array of that leading shape. Percentiles as definitions.percentile_cont computes
    them, vectorized: the same float arithmetic, so the same numbers."""
    if counts.shape[-1] == 0:  # no unit of this series at all: one empty value to read
        values = np.zeros(1, dtype=np.int64)
        counts = np.zeros((*counts.shape[:-1], 1), dtype=np.int64)
    shape = counts.shape[:-1]
    units = counts.sum(axis=-1)
    out = np.empty(shape, dtype=object)
    flat_units = units.reshape(-1)
    flat = out.reshape(-1)
    if series == "sla":
        zero = counts[..., values == 0].sum(axis=-1).reshape(-1)
        parts = {
            part: counts[..., (values & part) != 0].sum(axis=-1).reshape(-1)
            for part in (SLA_FIRST_RESPONSE, SLA_RESOLUTION)
        }
        for i, n in enumerate(flat_units.tolist()):
            flat[i] = Figure(
                units=n,
                hits=n - int(zero[i]),
                parts={part: int(column[i]) for part, column in parts.items()},
            )
        return out
    if series in RATE_SERIES:
        hits = counts[..., values == 1].sum(axis=-1).reshape(-1)
        for i, n in enumerate(flat_units.tolist()):
            flat[i] = Figure(units=n, hits=int(hits[i]))
        return out
    scale = SCALE.get(series, 1.0)
    fractions = PERCENTILES.get(series, ())
    cumulative = np.cumsum(counts, axis=-1)
    found: dict[float, list] = {}
    for fraction in fractions:
        position = fraction * (units - 1)
        low_index = np.floor(position)
        high_index = np.where(position == low_index, low_index, low_index + 1)
        # The first value whose running count passes the index, as percentile_cont walks it.
        low = values[(cumulative > low_index[..., None]).argmax(axis=-1)].astype(float)
        high = values[(cumulative > high_index[..., None]).argmax(axis=-1)].astype(float)
        value = np.where(high == low, low, low + (high - low) * (position - low_index))
        found[fraction] = (value / scale).reshape(-1).tolist()
    for i, n in enumerate(flat_units.tolist()):
        flat[i] = Figure(
            units=n,
            percentiles={f: (found[f][i] if n else None) for f in fractions},
        )
    return out


def dashboard_build(
    *,
    rows: HistogramGroups | Iterable[HistogramRow],
    weeks: list[dt.date],
    configured_baselines: dict[int, int],
    baseline_min_samples: int,
) -> Dashboard:
    """Merge the rows into histograms per series overall, per week, per class and per
    (week, class), then read the figures off them.

    Vectorized (numpy): a year of rollups at a million tickets is some 400,000 rows, which a
    loop of dict updates took most of the page's time to merge."""
    groups = rows if isinstance(rows, HistogramGroups) else HistogramGroups.from_rows(rows)
    week_code = {week: code for code, week in enumerate(weeks)}
    # Codes per group, then repeated over the group's values.
    sizes = groups.sizes

    def per_value(codes: list[int]) -> np.ndarray:
        return np.repeat(np.array(codes, dtype=np.int64), sizes)

    series_codes = per_value([_SERIES_CODE.get(k[0], -1) for k in groups.keys])
    week_codes = per_value([week_code.get(k[1], -1) for k in groups.keys])
    class_raw = per_value([_NO_CLASS if k[2] is None else k[2] for k in groups.keys])
    values_all, counts_all = groups.values, groups.counts
    known = series_codes >= 0
    class_keys, class_codes = np.unique(class_raw[known], return_inverse=True)
    class_ids: list[int | None] = [None if k == _NO_CLASS else int(k) for k in class_keys]
    n_weeks, n_classes = len(weeks), len(class_ids)
    series_codes, week_codes = series_codes[known], week_codes[known]
    values_all, counts_all = values_all[known], counts_all[known]

    histograms: dict[str, _Histograms] = {}
    for series, code in _SERIES_CODE.items():
        mine = series_codes == code
        values, value_codes = np.unique(values_all[mine], return_inverse=True)
        counts, n_values = counts_all[mine], len(values)
        weeks_mine, classes_mine = week_codes[mine], class_codes[mine]
        in_range = weeks_mine >= 0

        of = {"value_codes": value_codes, "counts": counts, "n_values": n_values}
        histograms[series] = _Histograms(
            values=values,
            overall=_dense(np.zeros(len(counts), dtype=np.int64), 1, None, **of)[0],
            by_week=_dense(weeks_mine, n_weeks, in_range, **of),
            by_class=_dense(classes_mine, n_classes, None, **of),
            by_week_class=(
                _dense(
                    weeks_mine * n_classes + classes_mine, n_weeks * n_classes, in_range, **of
                ).reshape(n_weeks, n_classes, n_values)
                if series == HANDLE_ASSISTED
                else None
            ),
        )

    overall = {s: _figures(s, h.values, h.overall[None, :])[0] for s, h in histograms.items()}
    week_figures = {s: _figures(s, h.values, h.by_week) for s, h in histograms.items()}
    class_figures = {s: _figures(s, h.values, h.by_class) for s, h in histograms.items()}
    by_class = {c: {s: class_figures[s][i] for s in SERIES} for i, c in enumerate(class_ids)}
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
    assisted_h = histograms[HANDLE_ASSISTED]
    week_class = _figures(HANDLE_ASSISTED, assisted_h.values, assisted_h.by_week_class)
    saved_by_week: dict[dt.date, float | None] = {}
    for w, week in enumerate(weeks):
        total, known_any = 0.0, False
        for i, c in enumerate(class_ids):
            saving = savings[c]
            figure = week_class[w, i]
            if saving.baseline_seconds is None or not figure.units:
                continue
            total += (saving.baseline_seconds - figure.median) * figure.units
            known_any = True
        saved_by_week[week] = total if known_any else None
    return Dashboard(
        weeks=weeks,
        class_ids=class_ids,
        overall=overall,
        by_week={s: dict(zip(weeks, week_figures[s].tolist(), strict=True)) for s in SERIES},
        by_class=by_class,
        time_saved_by_class=savings,
        time_saved_by_week=saved_by_week,
    )


assert set(DURATION_SERIES) <= set(PERCENTILES)
