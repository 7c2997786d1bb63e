"""The dashboard page as data: filters read from the query string, the figures from the right
source (rollups while fresh, else live), and what the template draws: a card per metric, the
table by class, a trend chart per metric, each number with the link to its tickets."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from audit.models import ConfigSnapshot
from supportdesk.converters import id_or_none
from tickets.selectors import (
    channel_choices,
    channel_values,
    request_class_by_slug,
    request_class_list_ordered,
)

from . import definitions as d
from .charts import Chart, chart_build
from .figures import Dashboard, Figure, dashboard_build
from .models import BaselineHandleTime
from .rollups import histogram_groups_rollup, rollup_state_get, rollups_fresh
from .selectors import MetricFilters, histogram_rows_live, week_monday

MAX_WEEKS = 260


# -- formatting ------------------------------------------------------------------------------------


def duration_text(seconds: float | None) -> str:
    if seconds is None:
        return "–"
    sign = "-" if seconds < 0 else ""
    seconds = abs(seconds)
    if seconds < 99.5:
        return f"{sign}{seconds:.0f} s"
    # Round once, to whole minutes, then split: rounding hours and minutes apart printed
    # "3 h 60 min" for 3 h 59 min 45 s.
    minutes = round(seconds / 60)
    if minutes < 60:
        return f"{sign}{minutes} min"
    if minutes < 10 * 60:
        return f"{sign}{minutes // 60} h {minutes % 60:02d} min"
    hours = seconds / 3600
    if hours < 47.5:
        return f"{sign}{hours:.0f} h"
    return f"{sign}{hours / 24:.1f} d"


def rate_text(rate: float | None) -> str:
    return "–" if rate is None else f"{rate * 100:.1f}%"


def distance_text(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}".rstrip("0").rstrip(".") if value else "0"


def hours_text(seconds: float | None) -> str:
    if seconds is None:
        return "–"
    return f"{seconds / 3600:,.1f} h"


# -- filters ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ParsedFilters:
    filters: MetricFilters
    params: dict[str, str]  # canonical query parameters (no defaults)
    request_class: object | None  # a tickets RequestClass

    @property
    def query(self) -> str:
        return urlencode(self.params)


def filters_parse(params) -> ParsedFilters:
    """Whole weeks from `from` to `to` (ISO dates, any day of the week); class slug, snapshot
    id, channel. Unreadable values fall back to the defaults rather than failing."""
    today = timezone.localdate()
    end = _date(params.get("to", "")) or today
    default_start = end - dt.timedelta(weeks=settings.SUPPORTDESK_METRICS_DEFAULT_WEEKS - 1)
    start = _date(params.get("from", "")) or default_start
    start, end = week_monday(min(start, end)), week_monday(max(start, end))
    if (end - start).days // 7 >= MAX_WEEKS:
        start = end - dt.timedelta(weeks=MAX_WEEKS - 1)
    canonical: dict[str, str] = {}
    if params.get("from"):
        canonical["from"] = start.isoformat()
    if params.get("to"):
        canonical["to"] = end.isoformat()
    slug = params.get("class", "")
    request_class = request_class_by_slug(slug=slug) if slug[:64] else None
    if request_class:
        canonical["class"] = request_class.slug
    snapshot = params.get("snapshot", "")
    snapshot_id = id_or_none(snapshot)
    if snapshot_id:
        canonical["snapshot"] = str(snapshot_id)
    channel = params.get("channel", "")
    channel = channel if channel in channel_values() else ""
    if channel:
        canonical["channel"] = channel
    return ParsedFilters(
        filters=MetricFilters(
            start=start,
            end=end,
            request_class_id=request_class.pk if request_class else None,
            snapshot_id=snapshot_id,
            channel=channel,
        ),
        params=canonical,
        request_class=request_class,
    )


def _date(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text[:10]) if text else None
    except ValueError:
        return None


# -- the page --------------------------------------------------------------------------------------


@dataclass
class Number:
    text: str
    url: str = ""
    title: str = ""


@dataclass
class Card:
    metric: d.Metric
    headline: Number
    details: list[tuple[str, Number]] = field(default_factory=list)
    guards: list[tuple[str, Number]] = field(default_factory=list)  # automated share only


@dataclass
class ClassRow:
    label: str
    slug: str
    cells: list[Number]
    baseline_source: str = ""


@dataclass
class DashboardPage:
    parsed: ParsedFilters
    source: str  # "rollups" or "live"
    source_note: str
    dashboard: Dashboard
    cards: list[Card]
    charts: list[tuple[d.Metric, Chart]]
    columns: list[str]
    rows: list[ClassRow]
    total_row: ClassRow
    classes: list  # tickets RequestClass rows
    snapshots: list[ConfigSnapshot]
    channels: list[tuple[str, str]]
    baseline_min_samples: int
    definitions: tuple[d.Metric, ...] = d.METRICS


# Below this many rollup rows a live computation is quick, so stale rollups are not used.
SMALL_ROLLUP_ROWS = 50_000


def metrics_source() -> tuple[str, str]:
    """Which source answers: "live" or "rollups", and the sentence the page shows about it.

    auto: fresh rollups; stale ones too when the history is large (a live computation would
    take seconds), with a warning; live when there are no rollups yet or the history is small."""
    state = rollup_state_get()
    mode = settings.SUPPORTDESK_METRICS_SOURCE
    if mode == "live":
        return "live", "Computed live from the tickets (SUPPORTDESK_METRICS_SOURCE=live)."
    built = state is not None and state.full_refreshed_at is not None
    if mode == "rollup" or (mode == "auto" and built):
        when = timezone.localtime(state.refreshed_at).strftime("%Y-%m-%d %H:%M") if built else ""
        if rollups_fresh(state=state):
            return "rollups", f"Weekly rollups, refreshed {when} by the periodic task."
        if mode == "rollup" or state.rows >= SMALL_ROLLUP_ROWS:
            return "rollups", (
                f"Weekly rollups, last refreshed {when or 'never'}: older than expected. Is the "
                "periodic task (celery beat, metrics.rollups_refresh) running?"
            )
    return "live", "Computed live from the tickets (no recent rollups; the history is small)."


def dashboard_rows(*, filters: MetricFilters, source: str):
    if source == "rollups":
        return histogram_groups_rollup(filters=filters)
    return histogram_rows_live(filters=filters)


def dashboard_data(*, filters: MetricFilters, source: str) -> Dashboard:
    configured = dict(BaselineHandleTime.objects.values_list("request_class_id", "seconds"))
    return dashboard_build(
        rows=dashboard_rows(filters=filters, source=source),
        weeks=filters.weeks(),
        configured_baselines=configured,
        baseline_min_samples=settings.SUPPORTDESK_METRICS_BASELINE_MIN_SAMPLES,
    )


def drill_url(
    params: dict[str, str], *, series: str, hits: bool = False, base: str = "", **extra
) -> str:
    """The drill-down page's URL for a number. `base`: that page's path, when the caller has
    reversed it already (a 52-week page has some 2,500 links, and reverse() was a third of its
    time)."""
    query = {**params, "series": series}
    if hits:
        query["hits"] = "1"
    for key, value in extra.items():
        if value:
            query[key] = value
    return (base or reverse("metrics:tickets")) + "?" + urlencode(query)


def _figure_number(metric_key: str, figure: Figure, url_of) -> Number:
    if metric_key in d.RATE_SERIES:
        return Number(rate_text(figure.rate), url_of(True), f"{figure.hits} of {figure.units}")
    if metric_key == "edit_distance":
        return Number(distance_text(figure.median), url_of(False), f"n = {figure.units}")
    return Number(duration_text(figure.median), url_of(False), f"n = {figure.units}")


def _sla_number(figure: Figure, url: str) -> Number:
    first = figure.parts.get(d.SLA_FIRST_RESPONSE, 0)
    resolution = figure.parts.get(d.SLA_RESOLUTION, 0)
    return Number(
        rate_text(figure.rate),
        url,
        f"{figure.hits} of {figure.units} (first response {first}, resolution {resolution})",
    )


def dashboard_page_get(*, parsed: ParsedFilters) -> DashboardPage:
    source, note = metrics_source()
    data = dashboard_data(filters=parsed.filters, source=source)
    params = parsed.params
    classes = request_class_list_ordered()
    by_id = {c.pk: c for c in classes}

    tickets_url = reverse("metrics:tickets")  # once per page: the links only add their query

    def link(series: str, hits: bool = False, **extra) -> str:
        return drill_url(params, series=series, hits=hits, base=tickets_url, **extra)

    o = data.overall
    cards = []
    for metric in d.METRICS:
        if metric.key == "frt":
            f = o["frt"]
            card = Card(metric, Number(duration_text(f.median), link("frt"), "median"))
            card.details = [
                ("p90", Number(duration_text(f.p90), link("frt"))),
                (metric.unit_label, Number(f"{f.units:,}", link("frt"))),
            ]
        elif metric.key == "time_saved":
            a, u = o[d.HANDLE_ASSISTED], o[d.HANDLE_UNASSISTED]
            card = Card(metric, Number(hours_text(data.time_saved), link(d.HANDLE_ASSISTED)))
            card.details = [
                ("assisted tickets", Number(f"{a.units:,}", link(d.HANDLE_ASSISTED))),
                (
                    "median assisted handle time",
                    Number(duration_text(a.median), link(d.HANDLE_ASSISTED)),
                ),
                ("unassisted tickets", Number(f"{u.units:,}", link(d.HANDLE_UNASSISTED))),
                (
                    "median unassisted handle time",
                    Number(duration_text(u.median), link(d.HANDLE_UNASSISTED)),
                ),
            ]
        elif metric.kind == "rate":
            f = o[metric.key]
            card = Card(metric, _figure_number(metric.key, f, lambda h, k=metric.key: link(k, h)))
            card.details = [
                (metric.hit_label, Number(f"{f.hits:,}", link(metric.key, True))),
                (metric.unit_label, Number(f"{f.units:,}", link(metric.key))),
            ]
            if metric.key == "sla":
                card.details += [
                    (
                        "first response missed",
                        Number(f"{f.parts.get(d.SLA_FIRST_RESPONSE, 0):,}", link("sla", True)),
                    ),
                    (
                        "resolution missed",
                        Number(f"{f.parts.get(d.SLA_RESOLUTION, 0):,}", link("sla", True)),
                    ),
                ]
            if metric.key == "automated":
                card.guards = [
                    ("Re-open rate", Number(rate_text(o["reopen"].rate), link("reopen", True))),
                    (
                        "Correction rate",
                        Number(rate_text(o["correction"].rate), link("correction", True)),
                    ),
                ]
        else:
            f = o[metric.key]
            card = Card(metric, _figure_number(metric.key, f, lambda h, k=metric.key: link(k)))
            card.details = [(metric.unit_label, Number(f"{f.units:,}", link(metric.key)))]
        cards.append(card)

    charts = [(m, _chart(m, data, link)) for m in d.METRICS]

    columns = [
        "Tickets answered",
        "First response (median)",
        "First response (p90)",
        "Escalation rate",
        "Draft acceptance",
        "Edit distance (median)",
        "Review time (median)",
        "SLA breached",
        "Time saved",
        "Baseline handle time",
        "Re-open rate",
        "Correction rate",
        "Automated share",
    ]

    def row_for(label: str, slug: str, figures: dict[str, Figure], saving) -> ClassRow:
        extra = {"class": slug} if slug else {}

        def lk(series: str, hits: bool = False) -> str:
            return drill_url({**params, **extra}, series=series, hits=hits, base=tickets_url)

        def rate(key: str) -> Number:
            f = figures[key]
            return Number(rate_text(f.rate), lk(key, True), f"{f.hits} of {f.units}")

        frt = figures["frt"]
        saved = saving.saved_seconds if saving else data.time_saved
        baseline = ""
        if saving is not None:
            baseline = (
                f"{duration_text(saving.baseline_seconds)} ({saving.baseline_source})"
                if saving.baseline_seconds is not None
                else "none: set one"
            )
        cells = [
            Number(f"{frt.units:,}", lk("frt")),
            Number(duration_text(frt.median), lk("frt")),
            Number(duration_text(frt.p90), lk("frt")),
            rate("escalation"),
            rate("acceptance"),
            Number(distance_text(figures["edit_distance"].median), lk("edit_distance")),
            Number(duration_text(figures["review_time"].median), lk("review_time")),
            _sla_number(figures["sla"], lk("sla", True)),
            Number(hours_text(saved), lk(d.HANDLE_ASSISTED)),
            Number(baseline, lk(d.HANDLE_UNASSISTED) if saving else ""),
            rate("reopen"),
            rate("correction"),
            rate("automated"),
        ]
        return ClassRow(label, slug, cells, saving.baseline_source if saving else "")

    rows = []
    for class_id in data.class_ids:
        rc = by_id.get(class_id)
        rows.append(
            row_for(
                rc.name if rc else "Unclassified",
                rc.slug if rc else "",
                data.by_class[class_id],
                data.time_saved_by_class[class_id],
            )
        )
    total = row_for("All classes", "", data.overall, None)
    return DashboardPage(
        parsed=parsed,
        source=source,
        source_note=note,
        dashboard=data,
        cards=cards,
        charts=charts,
        columns=columns,
        rows=rows,
        total_row=total,
        classes=classes,
        snapshots=list(ConfigSnapshot.objects.only("id", "content_hash", "created_at")[:100]),
        channels=channel_choices(),
        baseline_min_samples=settings.SUPPORTDESK_METRICS_BASELINE_MIN_SAMPLES,
    )


def _chart(metric: d.Metric, data: Dashboard, link) -> Chart:
    weeks = data.weeks

    def week_link(series: str, hits: bool = False):
        return lambda week: link(series, hits, week=week.isoformat())

    def per_week(series: str, attr: str) -> dict[dt.date, float | None]:
        return {w: getattr(data.by_week[series][w], attr) for w in weeks}

    def titles_for(fmt):
        return lambda label, week, value: f"{label}, week of {week:%d %b %Y}: {fmt(value)}"

    if metric.key == "frt":
        lines = [
            ("median", "s-main", per_week("frt", "median"), week_link("frt")),
            ("p90", "s-second", per_week("frt", "p90"), week_link("frt")),
        ]
        fmt = duration_text
    elif metric.key == "time_saved":
        lines = [("time saved", "s-main", data.time_saved_by_week, week_link(d.HANDLE_ASSISTED))]
        fmt = hours_text
    elif metric.key == "automated":
        lines = [
            (
                "automated share",
                "s-main",
                per_week("automated", "rate"),
                week_link("automated", True),
            ),
            ("re-open rate", "s-guard1", per_week("reopen", "rate"), week_link("reopen", True)),
            (
                "correction rate",
                "s-guard2",
                per_week("correction", "rate"),
                week_link("correction", True),
            ),
        ]
        fmt = rate_text
    elif metric.kind == "rate":
        lines = [
            (
                metric.name.lower(),
                "s-main",
                per_week(metric.key, "rate"),
                week_link(metric.key, True),
            )
        ]
        fmt = rate_text
    elif metric.key == "edit_distance":
        lines = [("median", "s-main", per_week(metric.key, "median"), week_link(metric.key))]
        fmt = distance_text
    else:
        lines = [("median", "s-main", per_week(metric.key, "median"), week_link(metric.key))]
        fmt = duration_text
    floor = 0.0
    if metric.key == "time_saved":
        values = [v for v in data.time_saved_by_week.values() if v is not None]
        floor = min([0.0, *values])
    return chart_build(
        key=metric.key, weeks=weeks, lines=lines, fmt=fmt, titles=titles_for(fmt), y_floor=floor
    )


# -- CSV -------------------------------------------------------------------------------------------


def csv_cell(value: str) -> str:
    """Spreadsheets run cells that start with = + - @ as formulas; class names are lead-edited."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def dashboard_csv_rows(*, page: DashboardPage) -> list[list[str]]:
    header = ["Request class", "Slug", *page.columns, "Baseline source"]
    out = [header]
    for row in [*page.rows, page.total_row]:
        out.append(
            [csv_cell(row.label), row.slug, *[c.text for c in row.cells], row.baseline_source]
        )
    return out
