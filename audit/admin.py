"""Read-only admin views of the trail and the snapshots: nothing here can add, change or
delete a row (the model and, on PostgreSQL, the trigger refuse anyway)."""

from django.contrib import admin

from .models import ConfigSnapshot, Event


class ReadOnlyAdmin(admin.ModelAdmin):
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Event)
class EventAdmin(ReadOnlyAdmin):
    list_display = ("id", "seq", "name", "created_at", "ticket_id", "actor_label", "erased_at")
    list_filter = ("name",)
    search_fields = ("=ticket__id", "name")
    show_full_result_count = False
    readonly_fields = [f.name for f in Event._meta.fields]


@admin.register(ConfigSnapshot)
class ConfigSnapshotAdmin(ReadOnlyAdmin):
    list_display = ("id", "content_hash", "created_at")
    readonly_fields = ("content_hash", "content", "created_at")
