"""The audit pages: a ticket's timeline (and its JSON export), the configuration snapshots and
the comparison of two. Thin: parse, check access, call a selector, render."""

from django.core.exceptions import ObjectDoesNotExist
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.cache import patch_vary_headers
from django.views.decorators.http import require_GET

from supportdesk.converters import id_parse
from supportdesk.roles import access_console, access_lead_pages

from .selectors import (
    access_ticket_timeline,
    configuration_trail,
    snapshot_comparison,
    snapshot_list,
    ticket_events_export,
    ticket_timeline,
    timeline_ticket,
)
from .timeline import STAGES


def _timeline_get(request: HttpRequest, ticket_id: int, stage: str = ""):
    access_console(request.user)
    try:
        timeline = ticket_timeline(ticket_id=ticket_id, stage=stage)
    except ObjectDoesNotExist:
        raise Http404("No such ticket.") from None
    access_ticket_timeline(user=request.user, ticket=timeline.ticket)
    return timeline


@require_GET
def ticket_timeline_page(request: HttpRequest, ticket_id: int) -> HttpResponse:
    timeline = _timeline_get(request, ticket_id, request.GET.get("stage", ""))
    context = {"nav": "inbox", "timeline": timeline, "ticket": timeline.ticket, "stages": STAGES}
    if request.htmx and not request.htmx.history_restore_request:
        response = render(request, "audit/timeline.html#timeline-events", context)
    else:
        response = render(request, "audit/timeline.html", context)
    patch_vary_headers(response, ("HX-Request",))
    return response


@require_GET
def ticket_timeline_export(request: HttpRequest, ticket_id: int) -> JsonResponse:
    access_console(request.user)
    try:
        ticket = timeline_ticket(ticket_id=ticket_id)
    except ObjectDoesNotExist:
        raise Http404("No such ticket.") from None
    access_ticket_timeline(user=request.user, ticket=ticket)
    response = JsonResponse(
        {
            "ticket": {"id": ticket.pk, "reference": ticket.reference},
            "events": ticket_events_export(ticket_id=ticket_id),
        },
        json_dumps_params={"indent": 1, "ensure_ascii": True},
    )
    response["Content-Disposition"] = f'attachment; filename="ticket-{ticket_id}-timeline.json"'
    return response


@require_GET
def snapshots_page(request: HttpRequest) -> HttpResponse:
    access_lead_pages(request.user)
    return render(request, "audit/snapshots.html", {"nav": "snapshots", "rows": snapshot_list()})


@require_GET
def trail_page(request: HttpRequest) -> HttpResponse:
    """The configuration trail: events that belong to no ticket, newest first."""
    access_lead_pages(request.user)
    try:
        before = id_parse(request.GET["before"]) if request.GET.get("before") else None
    except ValueError:
        raise Http404("No such page of the trail.") from None
    page = configuration_trail(before_id=before, area=request.GET.get("area", ""))
    return render(request, "audit/trail.html", {"nav": "trail", "page": page})


@require_GET
def snapshots_compare_page(request: HttpRequest) -> HttpResponse:
    access_lead_pages(request.user)
    try:
        a_id, b_id = id_parse(request.GET.get("a", "")), id_parse(request.GET.get("b", ""))
        context = snapshot_comparison(a_id=a_id, b_id=b_id)
    except (ValueError, KeyError):
        raise Http404("Pick two existing snapshots to compare.") from None
    return render(request, "audit/compare.html", {"nav": "snapshots", **context})
