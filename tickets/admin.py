from django.contrib import admin, messages

from .models import (
    ApiToken,
    Attachment,
    Customer,
    Message,
    RawInbound,
    RequestClass,
    SlaTarget,
    Team,
    Ticket,
)
from .tokens import api_token_create, api_token_revoke


@admin.register(RequestClass)
class RequestClassAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "risk", "quiet_waits_for_review", "is_active", "position"]
    list_editable = ["position"]
    list_filter = ["risk", "is_active"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Team)
class TeamAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "email", "notify_by_email"]
    filter_horizontal = ["members"]


@admin.register(SlaTarget)
class SlaTargetAdmin(admin.ModelAdmin):
    """Leads edit the targets here. A ticket takes the most specific row: its class and tier,
    its class (any tier), its tier (any class), the catch-all. A change applies to a ticket
    from its next SLA event (created, reclassified); docs/sla.md."""

    list_display = [
        "__str__",
        "request_class",
        "tier",
        "first_response_minutes",
        "resolution_minutes",
    ]
    list_editable = ["first_response_minutes", "resolution_minutes"]
    list_filter = ["tier", "request_class"]
    list_select_related = ["request_class"]


@admin.register(Customer)
class CustomerAdmin(admin.ModelAdmin):
    list_display = ["email", "name", "tier", "plan", "seats", "last_active_at"]
    list_filter = ["tier"]
    search_fields = ["email", "name", "external_id"]


class MessageInline(admin.TabularInline):
    model = Message
    fields = ["direction", "from_address", "body_text", "created_at"]
    readonly_fields = fields
    extra = 0
    show_change_link = True


@admin.register(Ticket)
class TicketAdmin(admin.ModelAdmin):
    list_display = [
        "id",
        "subject",
        "customer",
        "status",
        "request_class",
        "risk",
        "priority",
        "assignee",
        "created_at",
    ]
    list_filter = ["status", "risk", "channel", "request_class"]
    # Nullable keys: the admin's default select_related() leaves them out (a query per row).
    list_select_related = ["customer", "request_class", "assignee"]
    search_fields = ["subject", "customer__email"]
    raw_id_fields = ["customer", "assignee"]
    show_full_result_count = False
    inlines = [MessageInline]


@admin.register(Message)
class MessageAdmin(admin.ModelAdmin):
    list_display = ["id", "ticket", "direction", "from_address", "created_at"]
    raw_id_fields = ["ticket", "raw", "author_user"]
    show_full_result_count = False


@admin.register(RawInbound)
class RawInboundAdmin(admin.ModelAdmin):
    list_display = ["id", "channel", "source", "size", "status", "received_at", "ticket"]
    list_filter = ["status", "channel"]
    list_select_related = ["ticket"]
    readonly_fields = [
        "channel",
        "source",
        "content_type",
        "size",
        "sha256",
        "received_at",
        "status",
        "error",
        "ignored_reason",
        "ticket",
    ]
    exclude = ["content"]
    show_full_result_count = False

    def get_queryset(self, request):
        return super().get_queryset(request).defer("content")  # not shown; can be megabytes


@admin.register(Attachment)
class AttachmentAdmin(admin.ModelAdmin):
    list_display = ["id", "filename", "content_type", "size", "message"]
    exclude = ["content"]
    raw_id_fields = ["message"]

    def get_queryset(self, request):
        return super().get_queryset(request).defer("content")  # not shown; can be megabytes


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    """Creating a token issues a new key through api_token_create: only its hash and prefix are
    stored, and the key itself is shown once, to its creator, in a message."""

    list_display = ["name", "key_prefix", "created_by", "created_at", "last_used_at", "revoked_at"]
    list_filter = [("revoked_at", admin.EmptyFieldListFilter)]
    list_select_related = ["created_by"]
    search_fields = ["name", "key_prefix"]
    readonly_fields = ["key_prefix", "created_by", "created_at", "last_used_at", "revoked_at"]
    actions = ["revoke"]

    def get_fields(self, request, obj=None):
        return ["name"] if obj is None else ["name", *self.readonly_fields]

    def save_model(self, request, obj, form, change):
        if change:
            super().save_model(request, obj, form, change)  # only the name is editable
            return
        issued = api_token_create(name=obj.name, created_by=request.user)
        # The admin goes on with the instance it built (log entry, redirect): make it the
        # issued token.
        obj.pk = issued.token.pk
        obj.refresh_from_db()
        messages.warning(
            request,
            f"The API key for “{obj.name}” is {issued.key} — copy it now: only its "
            "hash is stored and it will not be shown again.",
        )

    @admin.action(description="Revoke selected API tokens")
    def revoke(self, request, queryset):
        revoked = 0
        for token in queryset.filter(revoked_at__isnull=True):
            api_token_revoke(token=token, actor=request.user)
            revoked += 1
        self.message_user(request, f"Revoked {revoked} API token(s).", messages.SUCCESS)
