from django.contrib import admin

from .models import Attachment, Customer, Message, RawInbound, RequestClass, Team, Ticket


@admin.register(RequestClass)
class RequestClassAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "risk", "auto_send_enabled", "is_active", "position"]
    list_editable = ["position"]
    list_filter = ["risk", "is_active"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Team)
class TeamAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "email"]


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
    list_display = ["id", "subject", "customer", "status", "request_class", "risk", "priority",
                    "assignee", "created_at"]
    list_filter = ["status", "risk", "channel", "request_class"]
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
    readonly_fields = ["channel", "source", "content_type", "size", "sha256", "received_at",
                       "status", "error", "ignored_reason", "ticket"]
    exclude = ["content"]
    show_full_result_count = False


@admin.register(Attachment)
class AttachmentAdmin(admin.ModelAdmin):
    list_display = ["id", "filename", "content_type", "size", "message"]
    exclude = ["content"]
    raw_id_fields = ["message"]
