"""Week-by-week trend charts as server-rendered SVG: coordinates are computed here, the template
draws them with presentation attributes and CSS classes (the CSP allows no inline style and no
script). Each point is a link to the tickets behind it."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from dataclasses import dataclass, field

from django.utils.formats import localize
from django.utils.safestring import SafeString, mark_safe

WIDTH = 360
HEIGHT = 120
PAD_LEFT = 62
PAD_RIGHT = 8
PAD_TOP = 8
PAD_BOTTOM = 20


@dataclass
class Point:
    x: float
    y: float
    title: str
    url: str


@dataclass
class Series:
    label: str
    css: str
    points: list[Point] = field(default_factory=list)
    segments: list[str] = field(default_factory=list)  # polyline "x,y x,y" runs (gaps split)

    def points_html(self) -> SafeString:
        """Each point as a linked dot with its title, as the chart template drew them: written
        here because a 52-week page has some 1,900 of them, six template variables each, and
        they were most of the page's render. Every value escaped."""
        css = html.escape(self.css)
        return mark_safe(  # noqa: S308 (escaped above and below)
            "".join(
                f'<a href="{html.escape(p.url)}"><circle class="dot {css}" cx="{_number(p.x)}" '
                f'cy="{_number(p.y)}" r="3.2"><title>{html.escape(p.title)}</title></circle></a>'
                for p in self.points
            )
        )


def _number(value: float) -> str:
    """A coordinate as the template printed it (localize keeps 1e-05 out of exponent form)."""
    text = str(value)
    return html.escape(str(localize(value)) if "e" in text or "E" in text else text)


@dataclass
class Chart:
    key: str
    series: list[Series]
    y_ticks: list[tuple[float, str]]  # (y, label)
    x_labels: list[tuple[float, str]]
    width: int = WIDTH
    height: int = HEIGHT
    plot_left: int = PAD_LEFT
    plot_right: int = WIDTH - PAD_RIGHT
    plot_bottom: int = HEIGHT - PAD_BOTTOM
    empty: bool = False


def chart_build(
    *,
    key: str,
    weeks: list[dt.date],
    lines: list[tuple[str, str, dict[dt.date, float | None], Callable[[dt.date], str]]],
    fmt: Callable[[float], str],
    titles: Callable[[str, dt.date, float], str],
    y_floor: float = 0.0,
) -> Chart:
    """One chart: `lines` are (label, css class, value per week, url per week)."""
    values = [v for _, _, per_week, _ in lines for v in per_week.values() if v is not None]
    top = max(values) if values else 1.0
    top = top if top > y_floor else (y_floor + 1.0)
    span_x = PAD_LEFT, WIDTH - PAD_RIGHT
    span_y = HEIGHT - PAD_BOTTOM, PAD_TOP
    step = (span_x[1] - span_x[0]) / max(len(weeks) - 1, 1)

    def x_of(index: int) -> float:
        return round(span_x[0] + step * index, 1) if len(weeks) > 1 else (span_x[0] + span_x[1]) / 2

    def y_of(value: float) -> float:
        share = (value - y_floor) / (top - y_floor)
        return round(span_y[0] + (span_y[1] - span_y[0]) * share, 1)

    series = []
    for label, css, per_week, url_of in lines:
        s = Series(label=label, css=css)
        run: list[str] = []
        for index, week in enumerate(weeks):
            value = per_week.get(week)
            if value is None:
                if run:
                    s.segments.append(" ".join(run))
                run = []
                continue
            x, y = x_of(index), y_of(value)
            run.append(f"{x},{y}")
            s.points.append(Point(x=x, y=y, title=titles(label, week, value), url=url_of(week)))
        if run:
            s.segments.append(" ".join(run))
        series.append(s)
    ticks = [(y_of(y_floor), fmt(y_floor)), (y_of((y_floor + top) / 2), fmt((y_floor + top) / 2))]
    ticks.append((y_of(top), fmt(top)))
    every = max(1, len(weeks) // 6)
    x_labels = [(x_of(i), w.strftime("%d %b")) for i, w in enumerate(weeks) if i % every == 0]
    return Chart(key=key, series=series, y_ticks=ticks, x_labels=x_labels, empty=not values)
