"""The replay pages for team leads: start a replay of the most recent tickets (the live
configuration or a candidate: a challenger classifier, rules, a policy edit, risk thresholds,
prompt versions), watch its progress, list earlier ones, read one
(changed-only filter, CSV), publish its candidate. Thin: drafts/replay.py does the work and the
Celery task drafts.replay_experiment runs it."""

import csv
from datetime import timedelta

from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from routing.models import RuleSetVersion
from routing.services import snapshot_hash
from routing.views import rules_edit_held, rules_edit_release
from supportdesk.roles import access_lead_pages
from tickets.models import RequestClass

from .classifier.models import ClassifierVersion
from .knowledge.models import PolicyDocument, PolicyVersion
from .models import PromptTemplate, ReplayExperiment
from .providers import provider_live
from .replay import (
    CHANGE_LABELS,
    REPLAY_MAX,
    SELECTION_ONLY,
    ReplayError,
    candidate_label,
    candidate_publishable,
    candidate_validate,
    provider_environment,
    replay_candidate_promote,
    replay_estimate,
    replay_experiment_create,
    selection_label,
    selection_validate,
)
from .risk.kinds import KINDS
from .risk.scoring import heads_get
from .tasks import replay_experiment_task

# A running replay whose progress has not moved for this long is shown as stalled.
STALLED_AFTER = timedelta(minutes=5)

CSV_COLUMNS = (
    "ticket",
    "changes",
    "before",
    "after",
    "draft_changed",
    "high_risk_alarm",
    "model_before",
    "model_after",
)


def _candidate_posted(request: HttpRequest) -> dict:
    """The candidate the form describes, as candidate_validate takes it. Raises ReplayError."""
    post = request.POST
    rules = post.get("rules", "")
    if rules == "edit" and not rules_edit_held(request):
        raise ReplayError("No rule edit is held: use “Replay with this edit” in the rules editor.")
    policy, body = post.get("policy", ""), post.get("policy_body", "")
    return {
        "classifier": post.get("classifier", ""),
        "rules": "" if rules == "edit" else rules,
        "rules_edit": rules_edit_held(request) if rules == "edit" else None,
        "policy_edits": {policy: body} if policy and body.strip() else {},
        "risk_thresholds": {
            "threshold": post.get("risk_threshold", ""),
            "kinds": {k.slug: post.get(f"risk_{k.slug}", "") for k in KINDS},
        },
        "prompts": {kind: post.get(f"prompt_{kind}", "") for kind in PromptTemplate.Kind.values},
        "provider": {"name": post.get("provider", ""), "model": post.get("model", "")},
    }


def _policy_body(slug: str, number: str = "") -> str:
    """The current text of an active policy document (or of its version `number`), to edit
    for a replay."""
    if not slug:
        return ""
    if number.isdigit():
        return (
            PolicyVersion.objects.filter(
                document__slug=slug, document__is_active=True, number=int(number)
            )
            .values_list("body", flat=True)
            .first()
            or ""
        )
    return (
        PolicyDocument.objects.filter(slug=slug, is_active=True)
        .values_list("current_version__body", flat=True)
        .first()
        or ""
    )


def _policy_versions(slug: str) -> list:
    """The versions of a policy document, newest first (the page offers their texts)."""
    if not slug:
        return []
    return list(
        PolicyVersion.objects.filter(document__slug=slug, document__is_active=True)
        .order_by("-number")
        .values("number", "created_at", "change_note")[:50]
    )


@require_http_methods(["GET", "POST"])
def replay_list(request: HttpRequest) -> HttpResponse:
    """GET: the form and earlier replays (?rules=edit picks the rule edit held from the rules
    editor; ?policy=SLUG loads that policy's text to edit, &policy_version=N that version's,
    the fragment alone for htmx).
    POST: "estimate" shows what the replay would cost with the configured provider; "run"
    queues it (the worker runs it after the commit)."""
    access_lead_pages(request.user)
    last, error, cost_cap, estimate = 200, "", "", None
    data = request.POST if request.method == "POST" else request.GET
    selection = {key: request.POST.get(key, "") for key in ("class", "since", "until", "only")}
    policy = data.get("policy", "")
    policy_body = request.POST.get("policy_body") if request.method == "POST" else None
    policy_version = data.get("policy_version", "")
    if policy_body is None:
        policy_body = _policy_body(policy, policy_version)
    policy_versions = _policy_versions(policy)
    if request.method == "GET" and request.htmx and "policy" in request.GET:
        return render(
            request,
            "drafts/replay_list.html#policy_body",
            {
                "policy": policy,
                "policy_body": policy_body,
                "policy_version": policy_version,
                "policy_versions": policy_versions,
            },
        )
    if request.method == "POST":
        cost_cap = request.POST.get("cost_cap", "").strip()
        try:
            last = int(request.POST.get("last", ""))
            if not 1 <= last <= REPLAY_MAX:
                raise ValueError
            cap = float(cost_cap) if cost_cap else None
        except ValueError:
            error = f"Give a number of tickets from 1 to {REPLAY_MAX} and a spend cap as a number."
        else:
            try:
                if request.POST.get("action") == "estimate":
                    estimate = replay_estimate(
                        last=last,
                        selection=selection_validate(selection),
                        candidate=candidate_validate(_candidate_posted(request)),
                    )
                else:
                    candidate = _candidate_posted(request)
                    return _replay_queue(request, last, candidate, selection, cap)
            except ReplayError as exc:
                error = str(exc)
    experiments = list(
        ReplayExperiment.objects.select_related("created_by").defer("rows").order_by("-id")[:20]
    )
    for experiment in experiments:
        experiment.label = candidate_label(experiment.candidate)
    versions = ClassifierVersion.objects.only(
        "id", "is_active", "created_at", "training_size"
    ).order_by("-id")[:10]
    heads = heads_get()
    prompts: dict[str, list] = {}
    for prompt in PromptTemplate.objects.only("kind", "version", "created_at").order_by(
        "kind", "-version"
    ):
        prompts.setdefault(prompt.kind, []).append(prompt)
    return render(
        request,
        "drafts/replay_list.html",
        {
            "nav": "replay",
            "experiments": experiments,
            "last": last,
            "max_last": REPLAY_MAX,
            "error": error,
            "versions": versions,
            "classifier": data.get("classifier", ""),
            "rules": data.get("rules", ""),
            "rules_held": rules_edit_held(request),
            "rulesets": RuleSetVersion.objects.only("number", "created_at", "summary").order_by(
                "-number"
            )[:10],
            "policies": PolicyDocument.objects.filter(
                is_active=True, current_version__isnull=False
            ).only("slug", "title"),
            "policy": policy,
            "policy_body": policy_body,
            "policy_version": policy_version,
            "policy_versions": policy_versions,
            "risk_threshold": request.POST.get("risk_threshold", ""),
            "shipped_threshold": round(heads.threshold, 4),
            "risk_kinds": [
                {
                    "slug": kind.slug,
                    "label": kind.label,
                    "shipped": round(heads.threshold_for(kind.slug), 4),
                    "value": request.POST.get(f"risk_{kind.slug}", ""),
                }
                for kind in KINDS
            ],
            "prompt_kinds": [
                {
                    "kind": kind,
                    "earlier": versions_of_kind[1:],
                    "newest": versions_of_kind[0],
                    "value": request.POST.get(f"prompt_{kind}", ""),
                }
                for kind, versions_of_kind in prompts.items()
            ],
            "provider": request.POST.get("provider", ""),
            "model": request.POST.get("model", ""),
            "provider_live": provider_live(),
            "selection": selection,
            "cost_cap": cost_cap,
            "estimate": estimate,
            "classes": RequestClass.objects.filter(is_active=True).order_by("name"),
            "only_choices": SELECTION_ONLY.items(),
        },
        status=422 if error else 200,
    )


def _replay_queue(request, last, candidate, selection, cost_cap) -> HttpResponse:
    with transaction.atomic():
        experiment = replay_experiment_create(
            last=last,
            candidate=candidate,
            selection=selection,
            cost_cap=cost_cap,
            actor=request.user,
        )
        transaction.on_commit(lambda: replay_experiment_task.delay(experiment.pk), robust=True)
    return redirect("replay:detail", experiment.pk)


def _stalled(experiment: ReplayExperiment) -> bool:
    return (
        experiment.in_progress
        and experiment.updated_at is not None
        and timezone.now() - experiment.updated_at > STALLED_AFTER
    )


@require_GET
def replay_progress(request: HttpRequest, experiment_id: int) -> HttpResponse:
    """The progress bar (htmx polls it); once the replay ended, the page reloads."""
    access_lead_pages(request.user)
    experiment = get_object_or_404(ReplayExperiment, pk=experiment_id)
    response = render(
        request,
        "drafts/replay_detail.html#progress",
        {"experiment": experiment, "stalled": _stalled(experiment)},
    )
    if not experiment.in_progress and request.htmx:
        response["HX-Refresh"] = "true"
    return response


@require_POST
def replay_promote(request: HttpRequest, experiment_id: int) -> HttpResponse:
    access_lead_pages(request.user)
    experiment = get_object_or_404(ReplayExperiment, pk=experiment_id)
    try:
        replay_candidate_promote(
            experiment=experiment,
            actor=request.user,
            override_reason=request.POST.get("override_reason", "")[:2000],
        )
    except ReplayError as exc:
        return replay_detail(request, experiment_id, promote_error=str(exc))
    held = rules_edit_held(request)
    published = experiment.candidate.get("rules_edit")
    if held and published and snapshot_hash(held["snapshot"]) == published["hash"]:
        rules_edit_release(request)  # it is the live rules now, no longer an edit to try
    return redirect("replay:detail", experiment.pk)


@require_http_methods(["GET", "POST"])
def replay_detail(
    request: HttpRequest, experiment_id: int, promote_error: str = ""
) -> HttpResponse:
    access_lead_pages(request.user)
    experiment = get_object_or_404(
        ReplayExperiment.objects.select_related("created_by", "promoted_by"), pk=experiment_id
    )
    changed_only = request.GET.get("changed") == "1"
    rows = [
        {
            **r,
            "change_labels": [CHANGE_LABELS.get(c, c) for c in r["changes"]],
            "model_before": _model(r["before"]),
            "model_after": _model(r["after"]),
        }
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
            "candidate": candidate_label(experiment.candidate),
            "publishable": candidate_publishable(experiment.candidate),
            "provider_environment": provider_environment(experiment.candidate["provider"])
            if experiment.candidate.get("provider")
            else "",
            "selection": selection_label(experiment.selection),
            "stalled": _stalled(experiment),
            "promote_error": promote_error,
        },
        status=422 if promote_error else 200,
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
                _model(row["before"]),
                _model(row["after"]),
            ]
        )
    return response


def _model(side: dict) -> str:
    """The provider and model that decided a column ("openai/gpt-4o-mini", "offline"); rows
    stored before they were recorded have neither."""
    provider, model = side.get("provider") or "", side.get("model") or ""
    return f"{provider}/{model}" if model and model != provider else provider


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
