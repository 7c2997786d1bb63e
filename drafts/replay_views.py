"""The replay pages for team leads: run a replay of the most recent tickets, list earlier ones,
read one (changed-only filter, CSV). Thin: drafts/replay.py does the work."""

import csv

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_http_methods

from supportdesk.roles import access_lead_pages

from .models import ReplayExperiment
from .replay import CHANGE_LABELS, REPLAY_MAX, replay_experiment_run

CSV_COLUMNS = ("ticket", "changes", "before", "after", "draft_changed", "high_risk_alarm")


@require_http_methods(["GET", "POST"])
def replay_list(request: HttpRequest) -> HttpResponse:
    access_lead_pages(request.user)
    last, error = 200, ""
    if request.method == "POST":
        try:
            last = int(request.POST.get("last", ""))
            if not 1 <= last <= REPLAY_MAX:
                raise ValueError
        except ValueError:
            error = f"Give a number of tickets from 1 to {REPLAY_MAX}."
        else:
            experiment = replay_experiment_run(last=last, actor=request.user)
            return redirect("replay:detail", experiment.pk)
    experiments = ReplayExperiment.objects.select_related("created_by").order_by("-id")[:20]
    return render(
        request,
        "drafts/replay_list.html",
        {
            "nav": "replay",
            "experiments": experiments,
            "last": last,
            "max_last": REPLAY_MAX,
            "error": error,
        },
        status=422 if error else 200,
    )


@require_GET
def replay_detail(request: HttpRequest, experiment_id: int) -> HttpResponse:
    access_lead_pages(request.user)
    experiment = get_object_or_404(ReplayExperiment, pk=experiment_id)
    changed_only = request.GET.get("changed") == "1"
    rows = [
        {**r, "change_labels": [CHANGE_LABELS.get(c, c) for c in r["changes"]]}
        for r in experiment.rows
        if r["changes"] or r["draft_changed"] or not changed_only
    ]
    counts = [
        (CHANGE_LABELS.get(name, name), count)
        for name, count in experiment.summary.get("changed_by_field", {}).items()
    ]
    return render(
        request,
        "drafts/replay_detail.html",
        {
            "nav": "replay",
            "experiment": experiment,
            "s": experiment.summary,
            "rows": rows,
            "counts": counts,
            "changed_only": changed_only,
        },
    )


@require_GET
def replay_csv(request: HttpRequest, experiment_id: int) -> HttpResponse:
    access_lead_pages(request.user)
    experiment = get_object_or_404(ReplayExperiment, pk=experiment_id)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="replay-{experiment.pk}.csv"'
    writer = csv.writer(response)
    writer.writerow(CSV_COLUMNS)
    for row in experiment.rows:
        writer.writerow(
            [
                row["ticket"],
                "; ".join(CHANGE_LABELS.get(c, c) for c in row["changes"]),
                _outcome(row["before"]),
                _outcome(row["after"]),
                "yes" if row["draft_changed"] else "no",
                "yes"
                if row["high_risk_loses_human"] or row["high_risk_becomes_auto_sendable"]
                else "",
            ]
        )
    return response


def _outcome(side: dict) -> str:
    parts = [side.get("request_class") or "(triage)"]
    if side.get("risk_kinds"):
        parts.append("risk " + ", ".join(side["risk_kinds"]))
    parts.append("to a human" if side.get("needs_human") else "draft review")
    if side.get("team"):
        parts.append(f"team {side['team']}")
    if side.get("auto_send"):
        parts.append("auto-send")
    return " / ".join(parts)
