"""The metrics pages (team leads and admins only): the dashboard, its CSV export, the tickets
behind any number, and the configured baselines. Thin: parse, check access, call, render."""

import csv
import datetime as dt
from urllib.parse import urlencode

from django.contrib import messages
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.cache import patch_vary_headers
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from supportdesk.roles import access_lead_pages
from tickets.selectors import request_class_list_active_full

from . import definitions as d
from .dashboard import (
    dashboard_csv_rows,
    dashboard_page_get,
    duration_text,
    filters_parse,
)
from .models import BaselineHandleTime
from .selectors import drill_page_get
from .services import BaselineInvalid, baseline_set
from .tasks import rollups_refresh


@require_GET
def dashboard(request: HttpRequest) -> HttpResponse:
    access_lead_pages(request.user)
    page = dashboard_page_get(parsed=filters_parse(request.GET))
    return render(request, "metrics/dashboard.html", {"nav": "metrics", "page": page})


@require_GET
def dashboard_export(request: HttpRequest) -> HttpResponse:
    access_lead_pages(request.user)
    parsed = filters_parse(request.GET)
    page = dashboard_page_get(parsed=parsed)
    f = parsed.filters
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = (
        f'attachment; filename="metrics-by-class-{f.start.isoformat()}-{f.end.isoformat()}.csv"'
    )
    writer = csv.writer(response)
    writer.writerows(dashboard_csv_rows(page=page))
    return response


@require_GET
def metric_tickets(request: HttpRequest) -> HttpResponse:
    access_lead_pages(request.user)
    parsed = filters_parse(request.GET)
    series = request.GET.get("series", "")
    if series not in d.SERIES:
        series = "frt"
    hits = request.GET.get("hits") == "1" and series in d.RATE_SERIES
    week = _week(request.GET.get("week", ""))
    page = drill_page_get(
        series=series,
        filters=parsed.filters,
        hits_only=hits,
        week=week,
        after=request.GET.get("after", ""),
    )
    params = {**parsed.params, "series": series}
    if hits:
        params["hits"] = "1"
    if week:
        params["week"] = week.isoformat()
    context = {
        "nav": "metrics",
        "series": series,
        "metric": d.BY_KEY.get(series) or d.TIME_SAVED,
        "hits": hits,
        "week": week,
        "parsed": parsed,
        "page": page,
        "filters": _NoInboxFilters(),
        "next_url": "?" + urlencode({**params, "after": page.next_cursor})
        if page.next_cursor
        else "",
        "first_url": "?" + urlencode(params) if request.GET.get("after") else "",
        "prev_url": "",
        "back_url": reverse("metrics:dashboard") + ("?" + parsed.query if parsed.query else ""),
    }
    if request.htmx and not request.htmx.history_restore_request:
        response = render(request, "tickets/inbox.html#ticket-rows", context)
    else:
        response = render(request, "metrics/tickets.html", context)
    patch_vary_headers(response, ("HX-Request",))
    return response


class _NoInboxFilters:
    """The inbox rows template asks its filters whether any are set (for its empty message)."""

    def as_params(self) -> dict:
        return {"metric": "1"}


def _week(text: str) -> dt.date | None:
    try:
        day = dt.date.fromisoformat(text[:10]) if text else None
    except ValueError:
        return None
    return day - dt.timedelta(days=day.weekday()) if day else None


@require_http_methods(["GET", "POST"])
def baselines(request: HttpRequest) -> HttpResponse:
    access_lead_pages(request.user)
    classes = request_class_list_active_full()
    if request.method == "POST":
        errors = []
        for rc in classes:
            raw = request.POST.get(f"minutes-{rc.pk}", "").strip()
            note = request.POST.get(f"note-{rc.pk}", "").strip()
            try:
                seconds = round(float(raw) * 60) if raw else None
                baseline_set(request_class=rc, seconds=seconds, note=note, actor=request.user)
            except (ValueError, BaselineInvalid) as error:
                errors.append(f"{rc.name}: {error}")
        if errors:
            for error in errors:
                messages.error(request, error)
        else:
            messages.success(request, "Baselines saved.")
        return redirect("metrics:baselines")
    current = {b.request_class_id: b for b in BaselineHandleTime.objects.all()}
    rows = [
        {
            "rc": rc,
            "minutes": f"{current[rc.pk].seconds / 60:g}" if rc.pk in current else "",
            "note": current[rc.pk].note if rc.pk in current else "",
            "text": duration_text(current[rc.pk].seconds) if rc.pk in current else "",
        }
        for rc in classes
    ]
    return render(request, "metrics/baselines.html", {"nav": "metrics", "rows": rows})


@require_POST
def rollups_refresh_request(request: HttpRequest) -> HttpResponse:
    """Enqueue a rebuild (after commit), for a lead who does not want to wait for the schedule."""
    access_lead_pages(request.user)
    transaction.on_commit(lambda: rollups_refresh.delay())
    messages.success(request, "Rollup refresh requested; the figures follow within a minute.")
    return redirect("metrics:dashboard")
