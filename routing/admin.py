"""The admin is where team leads edit escalation rules and auto-send policies. Every save path
that changes rules (add, edit with inline rows, delete, bulk delete, list reorder/disable) ends
in services.ruleset_version_create, in the same transaction; the dry-run and diff pages only
read. Every page here is for team leads and admins: anyone else gets 403."""

from functools import update_wrapper

from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import HttpResponseRedirect
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join

from supportdesk.roles import access_lead_pages

from . import views
from .diff import condition_text
from .facts import FACTS, TYPE_LABELS
from .forms import AutoSendPolicyForm, ConditionForm, ConditionFormSet, RuleForm
from .models import AutoSendPolicy, Condition, RoutingDecision, Rule, RuleSetVersion
from .services import autosend_policy_resume, autosend_policy_save, ruleset_version_create


def _lead_only(view):
    """Answer 403 to a signed-in user who is not a lead or admin, before the admin's own
    staff check (which would send them to a login page instead)."""

    def wrapper(request, *args, **kwargs):
        if request.user.is_authenticated:
            access_lead_pages(request.user)
        return view(request, *args, **kwargs)

    return update_wrapper(wrapper, view)


class LeadOnlyAdmin(admin.ModelAdmin):
    def get_urls(self):
        patterns = self.extra_urls() + super().get_urls()
        for pattern in patterns:
            pattern.callback = _lead_only(pattern.callback)
        return patterns

    def extra_urls(self) -> list:
        return []

    def _lead_view(self, view):
        return self.admin_site.admin_view(view)


class ConditionInline(admin.TabularInline):
    model = Condition
    form = ConditionForm
    formset = ConditionFormSet
    fields = ["fact", "operator", "value"]
    extra = 3
    verbose_name = "condition"
    verbose_name_plural = "conditions (fact, operator, value)"


@admin.register(Rule)
class RuleAdmin(LeadOnlyAdmin):
    class Media:
        css = {"all": ["css/admin-rules.css"]}

    form = RuleForm
    inlines = [ConditionInline]
    list_display = [
        "name",
        "order",
        "enabled",
        "conditions_summary",
        "team",
        "assignee",
        "priority",
        "block_auto_send",
        "stop",
    ]
    list_display_links = ["name"]
    list_editable = ["order", "enabled"]
    list_filter = ["enabled", "team"]
    search_fields = ["name", "reason"]
    change_form_template = "admin/routing/rule/change_form.html"
    change_list_template = "admin/routing/rule/change_list.html"
    fieldsets = [
        (None, {"fields": ["name", "enabled", "order", "match"]}),
        (
            "When it fires",
            {
                "fields": [
                    "team",
                    "assignee",
                    "priority",
                    "needs_human",
                    "block_auto_send",
                    "reason",
                    "stop",
                ]
            },
        ),
        ("Notes", {"fields": ["description"], "classes": ["collapse"]}),
    ]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .select_related("team", "assignee")
            .prefetch_related("conditions")
        )

    @admin.display(description="conditions")
    @admin.display(description="Conditions (all with AND, any with OR)")
    def conditions_summary(self, rule):
        joiner = " AND " if rule.match == "all" else " OR "
        return joiner.join(str(c) for c in rule.conditions.all())

    # --- save paths: each ends in one new rule-set version ------------------------------------

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        if getattr(request, "_routing_batch", None) is not None:
            request._routing_batch.append(form.instance.name)
            return
        verb = "Edited" if change else "Added"
        ruleset_version_create(actor=request.user, summary=f"{verb} rule '{form.instance.name}'")

    def delete_model(self, request, obj):
        name = obj.name
        super().delete_model(request, obj)
        ruleset_version_create(actor=request.user, summary=f"Deleted rule '{name}'")

    def delete_queryset(self, request, queryset):
        names = sorted(queryset.values_list("name", flat=True))
        super().delete_queryset(request, queryset)
        ruleset_version_create(
            actor=request.user, summary=f"Deleted rules: {', '.join(names)}"[:500]
        )

    def changelist_view(self, request, extra_context=None):
        # Ten columns beside the filter: the admin's app sidebar would push the last ones out of
        # a 1440 px window (the console's own navigation is one click away).
        extra_context = {"is_nav_sidebar_enabled": False, **(extra_context or {})}
        # A list edit (reorder, enable/disable) of several rows is one change: one version.
        if request.method == "POST" and "_save" in request.POST:
            with transaction.atomic():
                request._routing_batch = []
                response = super().changelist_view(request, extra_context)
                if request._routing_batch:
                    ruleset_version_create(
                        actor=request.user,
                        summary=f"Reordered/enabled: {', '.join(request._routing_batch)}"[:500],
                    )
            return response
        return super().changelist_view(request, extra_context)

    # --- dry run ------------------------------------------------------------------------------

    def extra_urls(self):
        info = self.opts.app_label, self.opts.model_name
        return [
            path(
                "dry-run/",
                self._lead_view(self.ruleset_dry_run_view),
                name="{}_{}_dryrun".format(*info),
            ),
            path(
                "add/dry-run/",
                self._lead_view(self.rule_dry_run_view),
                name="{}_{}_dryrun_add".format(*info),
            ),
            path(
                "<path:object_id>/dry-run/",
                self._lead_view(self.rule_dry_run_view),
                name="{}_{}_dryrun_change".format(*info),
            ),
            path(
                "replay/",
                self._lead_view(self.rules_list_replay_view),
                name="{}_{}_replay".format(*info),
            ),
            path(
                "add/replay/",
                self._lead_view(self.rule_replay_view),
                name="{}_{}_replay_add".format(*info),
            ),
            path(
                "<path:object_id>/replay/",
                self._lead_view(self.rule_replay_view),
                name="{}_{}_replay_change".format(*info),
            ),
        ]

    def ruleset_dry_run_view(self, request):
        return views.ruleset_dry_run(request, model_admin=self)

    def rule_dry_run_view(self, request, object_id=None):
        return views.rule_dry_run(request, model_admin=self, object_id=object_id)

    def rule_replay_view(self, request, object_id=None):
        return views.rules_edit_hold(request, model_admin=self, object_id=object_id)

    def rules_list_replay_view(self, request):
        return views.rules_edit_hold(request, model_admin=self, changelist=True)

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        context["dry_run_url"] = (
            reverse("admin:routing_rule_dryrun_change", args=[obj.pk])
            if obj is not None
            else reverse("admin:routing_rule_dryrun_add")
        )
        context["replay_url"] = (
            reverse("admin:routing_rule_replay_change", args=[obj.pk])
            if obj is not None
            else reverse("admin:routing_rule_replay_add")
        )
        context["facts"] = [
            {
                "name": f.name,
                "label": f.label,
                "type": TYPE_LABELS[f.type],
                "operators": ", ".join(o.label for o in f.operators),
                "description": f.description,
                "values": ", ".join(f.choices)
                or ("request class slugs" if f.dynamic_choices else ""),
            }
            for f in FACTS.values()
        ]
        return super().render_change_form(request, context, add, change, form_url, obj)


@admin.register(RuleSetVersion)
class RuleSetVersionAdmin(LeadOnlyAdmin):
    list_display = ["number", "created_at", "author_label", "summary", "rule_count", "diff_link"]
    readonly_fields = [
        "number",
        "created_at",
        "author_label",
        "summary",
        "content_hash",
        "rules_table",
    ]
    exclude = ["snapshot", "author"]
    actions = ["compare_selected"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.display(description="changes")
    def diff_link(self, version):
        if version.number == 1:
            return "first version"
        url = reverse("admin:routing_rulesetversion_diff")
        return format_html(
            '<a href="{}?a={}&amp;b={}">diff with v{}</a>',
            url,
            version.number - 1,
            version.number,
            version.number - 1,
        )

    @admin.display(description="rules in this version")
    def rules_table(self, version):
        rows = format_html_join(
            "",
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            (
                (
                    r.get("order"),
                    r["name"],
                    "yes" if r.get("enabled", True) else "no",
                    (" AND " if r.get("match") == "all" else " OR ").join(
                        condition_text(c) for c in r["conditions"]
                    ),
                    r["action"].get("team_name") or r["action"].get("assignee") or "—",
                )
                for r in version.snapshot.get("rules", [])
            ),
        )
        return format_html(
            "<table><tr><th>order</th><th>rule</th><th>enabled</th>"
            "<th>conditions</th><th>routes to</th></tr>{}</table>",
            rows,
        )

    @admin.action(description="Compare the two selected versions")
    def compare_selected(self, request, queryset):
        numbers = sorted(queryset.values_list("number", flat=True))
        if len(numbers) != 2:
            self.message_user(request, "Select exactly two versions to compare.", messages.WARNING)
            return None
        url = reverse("admin:routing_rulesetversion_diff")
        return HttpResponseRedirect(f"{url}?a={numbers[0]}&b={numbers[1]}")

    def extra_urls(self):
        return [path("diff/", self._lead_view(self.diff_view), name="routing_rulesetversion_diff")]

    def diff_view(self, request):
        return views.ruleset_version_diff(request, model_admin=self)


@admin.register(RoutingDecision)
class RoutingDecisionAdmin(LeadOnlyAdmin):
    list_display = [
        "id",
        "ticket",
        "created_at",
        "ruleset_version",
        "fired_rules",
        "team",
        "priority",
        "needs_human",
        "auto_send_allowed",
    ]
    list_filter = ["needs_human", "auto_send_allowed", "team"]
    list_select_related = ["ticket", "ruleset_version", "team"]
    show_full_result_count = False
    raw_id_fields = ["ticket"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(AutoSendPolicy)
class AutoSendPolicyAdmin(LeadOnlyAdmin):
    form = AutoSendPolicyForm
    list_display = [
        "request_class",
        "class_risk",
        "enabled",
        "status",
        "min_confidence",
        "evidence",
        "hold_minutes",
    ]
    list_select_related = ["request_class"]
    readonly_fields = ["status", "evidence", "evidence_updated_at"]
    actions = ["resume_selected"]

    @admin.display(description="risk")
    def class_risk(self, policy):
        return policy.request_class.get_risk_display()

    @admin.display(description="status")
    def status(self, policy):
        if policy.suspended:
            return format_html(
                "<strong>Suspended</strong> since {}: {}",
                policy.suspended_at.strftime("%Y-%m-%d %H:%M"),
                policy.suspended_reason,
            )
        return "On" if policy.enabled else "Off"

    @admin.display(description="evidence (last N reviewed drafts)")
    def evidence(self, policy):
        if not policy.reviewed:
            return f"none yet (needs {policy.evidence_window} reviewed drafts)"
        return (
            f"{policy.reviewed} reviewed, {policy.accepted / policy.reviewed:.0%} accepted, "
            f"{policy.corrections / policy.reviewed:.0%} corrected "
            f"(window {policy.evidence_window})"
        )

    def save_model(self, request, obj, form, change):
        autosend_policy_save(policy=obj, actor=request.user, changed=form.changed_data)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        policy = self.get_object(request, object_id)
        if policy is not None and policy.suspended and request.method == "GET":
            self.message_user(
                request,
                f"Auto-send for {policy.request_class} is suspended: "
                f"{policy.suspended_reason} Use the 'Resume' action once the evidence "
                f"holds again.",
                messages.WARNING,
            )
        return super().change_view(request, object_id, form_url, extra_context)

    @admin.action(description="Resume auto-send (checks the evidence first)")
    def resume_selected(self, request, queryset):
        for policy in queryset.select_related("request_class"):
            try:
                autosend_policy_resume(policy=policy, actor=request.user)
            except ValidationError as exc:
                self.message_user(
                    request, f"{policy.request_class}: {exc.messages[0]}", messages.ERROR
                )
            else:
                self.message_user(request, f"{policy.request_class}: auto-send resumed.")
