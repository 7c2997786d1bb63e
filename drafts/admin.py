from django.contrib import admin

from supportdesk.roles import is_lead

from .macros import placeholder_help
from .models import Draft, Macro, PipelineRun, PromptTemplate, ReplyTemplate, StageRecord


class LeadOnlyAdmin(admin.ModelAdmin):
    """Prompts and templates shape every reply: team leads and admins only."""

    def has_module_permission(self, request):
        return is_lead(request.user) and super().has_module_permission(request)


@admin.register(PromptTemplate)
class PromptTemplateAdmin(LeadOnlyAdmin):
    """Prompts are versioned: saving creates a new version; existing versions never change."""

    list_display = ["kind", "version", "author", "created_at", "content_hash_short"]
    list_select_related = ["author"]  # nullable: Django would fetch it row by row
    list_filter = ["kind"]
    fields = ["kind", "text"]

    @admin.display(description="content hash")
    def content_hash_short(self, obj):
        return obj.content_hash[:12]

    def has_change_permission(self, request, obj=None):
        return obj is None and super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        return False

    def save_model(self, request, obj, form, change):
        # On first use: the admin loads in every process, the pipeline's services only here.
        from .services import prompt_template_version_create

        created = prompt_template_version_create(
            kind=form.cleaned_data["kind"], text=form.cleaned_data["text"], author=request.user
        )
        obj.pk = created.pk

    def get_changeform_initial_data(self, request):
        initial = super().get_changeform_initial_data(request)
        kind = request.GET.get("kind")
        latest = (
            PromptTemplate.objects.filter(kind=kind).order_by("-version").first() if kind else None
        )
        if latest is not None:
            initial["text"] = latest.text
        return initial


@admin.register(ReplyTemplate)
class ReplyTemplateAdmin(LeadOnlyAdmin):
    list_display = ["request_class", "updated_at"]
    readonly_fields = ["updated_at"]


@admin.register(Macro)
class MacroAdmin(LeadOnlyAdmin):
    """Saved replies agents insert (drafts.macros fills the placeholders per ticket)."""

    list_display = ["name", "team", "is_active", "updated_at"]
    list_select_related = ["team"]
    list_filter = ["team", "is_active"]
    search_fields = ["name", "text"]
    fields = ["name", "team", "text", "is_active"]

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        field = super().formfield_for_dbfield(db_field, request, **kwargs)
        if db_field.name == "text":
            field.help_text = (
                "Placeholders, filled from the ticket when an agent inserts the macro: "
                f"{placeholder_help()}. Anything else in braces is left as written and pointed "
                "out to the agent."
            )
        return field


class StageRecordInline(admin.TabularInline):
    model = StageRecord
    extra = 0
    can_delete = False
    fields = ["stage", "attempt", "outcome", "duration_ms", "error", "started_at"]
    readonly_fields = fields


@admin.register(PipelineRun)
class PipelineRunAdmin(admin.ModelAdmin):
    list_display = [
        "id",
        "ticket",
        "trigger",
        "stage",
        "status",
        "request_class",
        "risk",
        "confidence",
        "provider",
        "created_at",
    ]
    list_select_related = ["ticket", "request_class"]  # request_class is nullable: one join
    list_filter = ["status", "stage", "provider", "signal_prompt_injection"]
    raw_id_fields = ["ticket", "message"]
    inlines = [StageRecordInline]
    show_full_result_count = False

    def has_change_permission(self, request, obj=None):
        return False

    def has_add_permission(self, request):
        return False


@admin.register(Draft)
class DraftAdmin(admin.ModelAdmin):
    list_display = [
        "id",
        "ticket",
        "provider",
        "model_name",
        "is_current",
        "prompt_tokens",
        "cost",
        "created_at",
    ]
    list_filter = ["provider", "is_current"]
    raw_id_fields = ["ticket", "message", "run"]
    show_full_result_count = False

    def has_change_permission(self, request, obj=None):
        return False

    def has_add_permission(self, request):
        return False
