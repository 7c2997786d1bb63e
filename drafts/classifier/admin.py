from django.contrib import admin, messages

from .models import ClassifierVersion, LabeledExample, LabelMapping


@admin.register(LabeledExample)
class LabeledExampleAdmin(admin.ModelAdmin):
    list_display = ["id", "label", "short_text", "source", "source_file", "source_line"]
    list_filter = ["source", "label"]
    search_fields = ["text", "subject", "label"]
    raw_id_fields = ["ticket"]
    show_full_result_count = False
    readonly_fields = ["content_hash", "imported_at"]

    @admin.display(description="text")
    def short_text(self, obj: LabeledExample) -> str:
        return obj.text[:80]


@admin.register(LabelMapping)
class LabelMappingAdmin(admin.ModelAdmin):
    list_display = ["label", "request_class", "updated_at"]
    list_select_related = ["request_class"]
    search_fields = ["label"]


@admin.register(ClassifierVersion)
class ClassifierVersionAdmin(admin.ModelAdmin):
    list_display = [
        "id",
        "is_active",
        "created_at",
        "training_size",
        "label_count",
        "validation_accuracy",
        "threshold",
        "auto_send_threshold",
        "training_seconds",
        "short_hash",
    ]
    list_filter = ["is_active"]
    actions = ["activate_selected"]
    # The artifact is trusted bytes written by the training command; nobody edits it here.
    exclude = ["artifact"]
    readonly_fields = [
        "artifact_sha256",
        "algorithm",
        "training_size",
        "labels",
        "label_map",
        "scores",
        "threshold",
        "auto_send_threshold",
        "training_seconds",
        "created_at",
        "is_active",
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).defer("artifact")

    def has_add_permission(self, request) -> bool:
        return False

    @admin.display(description="labels")
    def label_count(self, obj: ClassifierVersion) -> int:
        return len(obj.labels)

    @admin.display(description="validation accuracy")
    def validation_accuracy(self, obj: ClassifierVersion):
        return obj.scores.get("accuracy")

    @admin.display(description="hash")
    def short_hash(self, obj: ClassifierVersion) -> str:
        return obj.artifact_sha256[:12]

    @admin.action(description="Activate the selected version (roll back / forward)")
    def activate_selected(self, request, queryset):
        if queryset.count() != 1:
            self.message_user(request, "Select exactly one version to activate.", messages.ERROR)
            return
        # On first use, as in drafts/admin.py: the admin loads in every process.
        from .services import classifier_version_activate

        version = queryset.get()
        classifier_version_activate(version=version, actor=request.user)
        self.message_user(request, f"{version} is now the active classifier.", messages.SUCCESS)
