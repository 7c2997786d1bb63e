"""Policy admin for team leads: edit a document's markdown (each save makes a new version through
policy_version_create), read old versions, compare two versions. Agents have no access, even if
someone grants them model permissions: every check also requires the lead role."""

import difflib

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import escape, format_html, format_html_join
from django.utils.safestring import mark_safe

from supportdesk.converters import InvalidId, id_parse
from supportdesk.roles import is_lead

from .models import PolicyDocument, PolicyFragment, PolicyVersion


class LeadOnlyMixin:
    def has_module_permission(self, request):
        return is_lead(request.user) and super().has_module_permission(request)

    def has_view_permission(self, request, obj=None):
        return is_lead(request.user) and super().has_view_permission(request, obj)

    def has_add_permission(self, request, *args):
        return is_lead(request.user) and super().has_add_permission(request, *args)

    def has_change_permission(self, request, obj=None):
        return is_lead(request.user) and super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        # Versions and fragments are immutable; documents are retired with is_active instead.
        return False


class PolicyDocumentForm(forms.ModelForm):
    body = forms.CharField(
        label="Policy text (markdown)",
        widget=forms.Textarea(attrs={"rows": 32, "cols": 110, "class": "vLargeTextField"}),
        help_text="Each ## section becomes a fragment drafts can cite. Saving a changed text "
        "creates a new version; earlier versions and their fragments stay as they were. "
        "Optional front matter 'classes: [refund-policy, ...]' lists the request classes served. "
        "Text a draft may quote is written to the customer ('you'). Guidance for agents only "
        "goes in a paragraph or blockquote that starts with 'Agent note:' or 'Internal:' "
        "(e.g. '> **Agent note:** hand the ticket to Trust & Safety'), or under a heading that "
        "starts with 'Internal' or ends with '(internal)': it is shown to the agent in the "
        "draft's basis and never quoted in a reply.",
    )
    change_note = forms.CharField(
        max_length=300, required=False, help_text="What changed and why (shown in the history)."
    )

    class Meta:
        model = PolicyDocument
        fields = ["slug", "title", "is_active"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk and self.instance.current_version_id:
            self.fields["body"].initial = self.instance.current_version.body

    def clean_body(self):
        # The services (and the encoders they import) on first use: the admin modules load in
        # every process that starts Django, most of which never edit a policy.
        from .services import PolicyInvalid, policy_body_check

        body = self.cleaned_data["body"]
        try:
            policy_body_check(body=body, fallback_title=self.cleaned_data.get("title", ""))
        except PolicyInvalid as exc:
            raise forms.ValidationError(str(exc)) from exc
        return body


@admin.register(PolicyDocument)
class PolicyDocumentAdmin(LeadOnlyMixin, admin.ModelAdmin):
    form = PolicyDocumentForm
    list_display = ["title", "slug", "is_active", "current_number", "source_path"]
    list_filter = ["is_active"]
    search_fields = ["title", "slug"]
    readonly_fields = ["version_history"]
    fieldsets = [
        (None, {"fields": ["title", "slug", "is_active"]}),
        ("Text", {"fields": ["body", "change_note"]}),
        ("History", {"fields": ["version_history"]}),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("current_version")

    def get_prepopulated_fields(self, request, obj=None):
        return {} if obj else {"slug": ("title",)}

    @admin.display(description="current version")
    def current_number(self, obj):
        return obj.current_version.number if obj.current_version else "-"

    @admin.display(description="versions")
    def version_history(self, obj):
        if not obj.pk:
            return "-"
        items = []
        for v in obj.versions.select_related("author").order_by("-number"):
            item = format_html(
                '<a href="{}">v{}</a> {} by {}: {}',
                reverse("admin:knowledge_policyversion_change", args=[v.pk]),
                v.number,
                v.created_at.strftime("%Y-%m-%d %H:%M"),
                v.author.get_username() if v.author else "system",
                v.change_note or "-",
            )
            if v.number > 1:
                diff = reverse("admin:knowledge_policyversion_diff", args=[v.pk])
                item = format_html('{} (<a href="{}">diff with v{}</a>)', item, diff, v.number - 1)
            items.append((item,))
        return format_html("<ul>{}</ul>", format_html_join("", "<li>{}</li>", items))

    def save_model(self, request, obj, form, change):
        from .services import PolicyUnchanged, policy_version_create

        super().save_model(request, obj, form, change)
        try:
            version = policy_version_create(
                document=obj,
                body=form.cleaned_data["body"],
                author=request.user,
                change_note=form.cleaned_data["change_note"] or ("Edited" if change else "Created"),
            )
        except PolicyUnchanged:
            messages.info(request, "The text is unchanged: no new version was made.")
        else:
            messages.success(
                request,
                f"Saved version {version.number} with {version.fragments.count()} fragments.",
            )


class PolicyFragmentInline(admin.TabularInline):
    model = PolicyFragment
    fields = ["position", "anchor", "heading", "text", "content_hash"]
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_view_permission(self, request, obj=None):
        return is_lead(request.user) and super().has_view_permission(request, obj)


@admin.register(PolicyVersion)
class PolicyVersionAdmin(LeadOnlyMixin, admin.ModelAdmin):
    """Read-only: a version is never edited. Edits happen on the document."""

    list_display = ["document", "number", "author", "created_at", "change_note"]
    list_filter = ["document"]
    list_select_related = ["document", "author"]
    readonly_fields = [
        "document",
        "number",
        "title",
        "author",
        "created_at",
        "change_note",
        "content_hash",
        "request_classes",
        "body",
    ]
    fields = readonly_fields
    inlines = [PolicyFragmentInline]

    def has_add_permission(self, request, *args):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def get_urls(self):
        return [
            path(
                "<id:version_id>/diff/",
                self.admin_site.admin_view(self.diff_view),
                name="knowledge_policyversion_diff",
            ),
            *super().get_urls(),
        ]

    def diff_view(self, request, version_id: int):
        """Compare a version with another of the same document (?against=<id>, default: the
        one before it). difflib escapes &, < and > in the lines; the headers are escaped here."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        version = get_object_or_404(PolicyVersion.objects.select_related("document"), pk=version_id)
        siblings = version.document.versions.order_by("number")
        against_id = request.GET.get("against", "")
        if against_id:
            try:
                other = get_object_or_404(siblings, pk=id_parse(against_id))
            except InvalidId:
                raise Http404("No such version.") from None
        else:
            other = siblings.filter(number__lt=version.number).last() or version
        old, new = sorted([other, version], key=lambda v: v.number)
        table = difflib.HtmlDiff(wrapcolumn=90).make_table(
            old.body.splitlines(),
            new.body.splitlines(),
            escape(f"{old.document.slug} v{old.number}"),
            escape(f"{new.document.slug} v{new.number}"),
            context=True,
            numlines=3,
        )
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": f"Changes in {version.document.title}: v{old.number} -> v{new.number}",
            "document": version.document,
            "old": old,
            "new": new,
            "versions": siblings,
            # Safe: HtmlDiff escapes every line of both bodies; the two headers are escaped above.
            "diff_table": mark_safe(table),  # noqa: S308
        }
        return TemplateResponse(request, "admin/knowledge/policyversion/diff.html", context)


@admin.register(PolicyFragment)
class PolicyFragmentAdmin(LeadOnlyMixin, admin.ModelAdmin):
    """Read-only lookup of what a citation points at."""

    list_display = ["id", "version", "anchor", "heading"]
    list_select_related = ["version__document"]
    search_fields = ["heading", "anchor", "version__document__slug"]
    readonly_fields = [
        "version",
        "anchor",
        "heading",
        "heading_path",
        "position",
        "text",
        "content_hash",
    ]
    fields = readonly_fields
    show_full_result_count = False

    def has_add_permission(self, request, *args):
        return False

    def has_change_permission(self, request, obj=None):
        return False
