"""Give the Team lead group the admin permissions it needs for the ticket domain's settings
(request classes, teams, customers, API tokens), and the Admin group every tickets permission.
Agents get none: they work in the console, not the admin.

Permissions are normally created by post_migrate, which has not run yet on a fresh database,
so the ones needed here are created (get_or_create, same codenames and names as Django's)."""

from django.db import migrations

LEAD_MODELS = ["requestclass", "team", "customer", "apitoken"]
LEAD_ACTIONS = ["view", "change", "add"]
ALL_ACTIONS = ["view", "change", "add", "delete"]


def _permission(apps, model_name: str, action: str):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    model = apps.get_model("tickets", model_name)
    content_type, _ = ContentType.objects.get_or_create(app_label="tickets", model=model_name)
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type,
        codename=f"{action}_{model_name}",
        defaults={"name": f"Can {action} {model._meta.verbose_name}"},
    )
    return permission


def forwards(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    lead, _ = Group.objects.get_or_create(name="Team lead")
    admin, _ = Group.objects.get_or_create(name="Admin")
    lead.permissions.add(
        *[_permission(apps, m, a) for m in LEAD_MODELS for a in LEAD_ACTIONS]
    )
    every_model = [m._meta.model_name for m in apps.get_app_config("tickets").get_models()]
    admin.permissions.add(*[_permission(apps, m, a) for m in every_model for a in ALL_ACTIONS])


def backwards(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    tickets_permissions = Permission.objects.filter(content_type__app_label="tickets")
    for group in Group.objects.filter(name__in=["Team lead", "Admin"]):
        group.permissions.remove(*tickets_permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("tickets", "0003_class_source"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
