"""Admin pages for leads: the dry run (of an unsaved rule form, of unsaved list edits, or of a
whole version) and the diff between two versions. They read only; the admin wires them up
behind the lead check (admin.LeadOnlyAdmin)."""

from django.contrib.admin.utils import unquote
from django.forms.formsets import all_valid
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from supportdesk.converters import InvalidId, id_parse

from .diff import ruleset_diff
from .models import RuleSetVersion
from .selectors import (
    DRY_RUN_DEFAULT_LIMIT,
    dry_run,
    rule_snapshot,
    ruleset_snapshot_live,
    ruleset_version_current,
)

DRY_RUN_MAX_LIMIT = 50_000
ROWS_SHOWN = 500


def _limit(request) -> int:
    raw = request.POST.get("dry_run_limit") or request.GET.get("limit") or ""
    try:
        value = int(raw)
    except ValueError:
        return DRY_RUN_DEFAULT_LIMIT
    return max(1, min(value, DRY_RUN_MAX_LIMIT))


def _render_dry_run(request, model_admin, *, candidate, label, errors, limit, back_url):
    result = dry_run(candidate=candidate, limit=limit) if candidate and not errors else None
    context = {
        **model_admin.admin_site.each_context(request),
        "opts": model_admin.opts,
        "title": "Dry run",
        "label": label,
        "errors": errors,
        "limit": limit,
        "result": result,
        "rows": result.rows[:ROWS_SHOWN] if result else [],
        "rows_hidden": max(0, len(result.rows) - ROWS_SHOWN) if result else 0,
        "fired": sorted({*result.fired_before, *result.fired_after}) if result else [],
        "versions": RuleSetVersion.objects.order_by("-number").only(
            "number", "summary", "created_at"
        )[:100],
        "back_url": back_url,
    }
    return render(request, "admin/routing/dry_run.html", context)


def changelist_candidate(request, *, model_admin) -> tuple[dict | None, str, list[str]]:
    """The live rules with the rule list's unsaved order / enabled edits (a POST of the
    changelist form): (candidate snapshot or None, label, errors)."""
    formset_class = model_admin.get_changelist_formset(request)
    prefix = formset_class.get_default_prefix()
    queryset = model_admin._get_list_editable_queryset(request, prefix)
    formset = formset_class(request.POST, request.FILES, queryset=queryset)
    if not formset.is_valid():
        return None, "", [str(e) for form_errors in formset.errors for e in form_errors.values()]
    candidate = ruleset_snapshot_live()
    by_id = {r["id"]: r for r in candidate["rules"]}
    for form in formset.forms:
        rule = by_id.get(form.instance.pk)
        if rule is not None:
            rule["enabled"], rule["order"] = form.instance.enabled, form.instance.order
    return candidate, "the unsaved order / enabled changes in the rule list", []


def rule_form_candidate(
    request, *, model_admin, object_id=None
) -> tuple[dict | None, str, list[str]]:
    """The live rules with one rule as edited (or added) in the posted, unsaved rule form and
    its condition rows: (candidate snapshot or None, label, errors). Saves nothing."""
    obj = None
    if object_id is not None:
        obj = model_admin.get_object(request, unquote(object_id))
        if obj is None:
            raise Http404("No such rule.")
    form_class = model_admin.get_form(request, obj, change=obj is not None)
    form = form_class(request.POST, request.FILES, instance=obj)
    form_ok = form.is_valid()
    formsets, _ = model_admin._create_formsets(request, form.instance, change=obj is not None)
    formsets_ok = all_valid(formsets)
    errors: list[str] = []
    candidate = None
    if form_ok and formsets_ok:
        conditions = [
            (f.cleaned_data["fact"], f.cleaned_data["operator"], f.cleaned_data.get("value", ""))
            for fs in formsets
            for f in fs.forms
            if f.cleaned_data and not (fs.can_delete and fs._should_delete_form(f))
        ]
        edited = rule_snapshot(rule=form.instance, conditions=conditions)
        candidate = ruleset_snapshot_live()
        if obj is None:
            candidate["rules"].append(edited)
        else:
            candidate["rules"] = [edited if r["id"] == obj.pk else r for r in candidate["rules"]]
    else:
        for field, field_errors in form.errors.items():
            errors += [f"{field if field != '__all__' else 'Rule'}: {e}" for e in field_errors]
        for fs in formsets:
            errors += [str(e) for e in fs.non_form_errors()]
            for i, form_errors in enumerate(fs.errors, start=1):
                for field, field_errors in form_errors.items():
                    errors += [f"Condition row {i}, {field}: {e}" for e in field_errors]
    name = form.cleaned_data.get("name") if form_ok else ""
    label = f"rule '{name}' as edited (not saved)" if name else "the edited rule (not saved)"
    return candidate, label, errors


@require_http_methods(["GET", "POST"])
def ruleset_dry_run(request, *, model_admin):
    """GET ?candidate=N: what version N would decide instead of the current version.
    POST (from the rule list): the unsaved order / enabled edits of the list."""
    limit = _limit(request)
    candidate, label, errors = None, "", []
    if request.method == "POST":
        candidate, label, errors = changelist_candidate(request, model_admin=model_admin)
    elif request.GET.get("candidate"):
        try:
            version = RuleSetVersion.objects.get(number=id_parse(request.GET["candidate"]))
        except (ValueError, RuleSetVersion.DoesNotExist):
            errors = [f"There is no version {request.GET['candidate']!r}."]
        else:
            candidate, label = version.snapshot, f"version {version.number} ({version.summary})"
    return _render_dry_run(
        request,
        model_admin,
        candidate=candidate,
        label=label,
        errors=errors,
        limit=limit,
        back_url=reverse("admin:routing_rule_changelist"),
    )


def _back_url(object_id) -> str:
    if object_id is not None:
        return reverse("admin:routing_rule_change", args=[object_id])
    return reverse("admin:routing_rule_add")


@require_POST
def rule_dry_run(request, *, model_admin, object_id=None):
    """The rule change form, posted without saving: the current rule set with this rule as
    edited (or added) is the candidate."""
    candidate, label, errors = rule_form_candidate(
        request, model_admin=model_admin, object_id=object_id
    )
    return _render_dry_run(
        request,
        model_admin,
        candidate=candidate,
        label=label,
        errors=errors,
        limit=_limit(request),
        back_url=_back_url(object_id),
    )


# The unsaved rule edit a lead holds for a replay (the replay page reads it from the session
# and offers it as a candidate; nothing is saved until the replay's candidate is published).
RULES_EDIT_HELD = "routing.rules_edit_held"


def rules_edit_held(request) -> dict | None:
    """{"snapshot", "label", "base"} of the rule edit held in this session, or None."""
    return request.session.get(RULES_EDIT_HELD)


def rules_edit_release(request) -> None:
    request.session.pop(RULES_EDIT_HELD, None)


@require_POST
def rules_edit_hold(request, *, model_admin, object_id=None, changelist=False):
    """ "Replay with this edit": the posted, unsaved rule form (or rule-list edits) compiled
    as a candidate rule set and held in the session, then on to the replay page. A form with
    errors shows them on the dry-run page, as the dry run does. Saves nothing."""
    if changelist:
        candidate, label, errors = changelist_candidate(request, model_admin=model_admin)
        back = reverse("admin:routing_rule_changelist")
    else:
        candidate, label, errors = rule_form_candidate(
            request, model_admin=model_admin, object_id=object_id
        )
        back = _back_url(object_id)
    if errors or candidate is None:
        return _render_dry_run(
            request,
            model_admin,
            candidate=None,
            label=label,
            errors=errors or ["Nothing to replay."],
            limit=_limit(request),
            back_url=back,
        )
    current = ruleset_version_current()
    request.session[RULES_EDIT_HELD] = {
        "snapshot": candidate,
        "label": label,
        "base": current.number if current else None,
    }
    return HttpResponseRedirect(reverse("replay:list") + "?rules=edit")


@require_GET
def ruleset_version_diff(request, *, model_admin):
    """?a=N&b=M (defaults: the previous and the current version)."""
    current = ruleset_version_current()
    try:
        b_number = id_parse(request.GET.get("b") or (current.number if current else 0))
        a_number = id_parse(request.GET.get("a") or max(1, b_number - 1))
    except InvalidId:
        return HttpResponseRedirect(reverse("admin:routing_rulesetversion_diff"))
    found = {v.number: v for v in RuleSetVersion.objects.filter(number__in=[a_number, b_number])}
    a, b = found.get(a_number), found.get(b_number)
    context = {
        **model_admin.admin_site.each_context(request),
        "opts": model_admin.opts,
        "title": f"Rule-set changes from v{a_number} to v{b_number}",
        "a": a,
        "b": b,
        "a_number": a_number,
        "b_number": b_number,
        "changes": ruleset_diff(a.snapshot, b.snapshot) if a and b else None,
        "versions": RuleSetVersion.objects.order_by("-number").only(
            "number", "summary", "created_at"
        )[:200],
    }
    return render(request, "admin/routing/version_diff.html", context)
