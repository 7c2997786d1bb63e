"""Team leads (and the Admin group) may add, change and view prompt and reply templates, as the
README says: without these permissions the admin listed neither for a lead and answered 403 on
/admin/drafts/prompttemplate/. Agents get nothing (drafts.admin.LeadOnlyAdmin checks the role
too). Permissions are created here first; create_permissions is idempotent."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUPS = ["Team lead", "Admin"]
MODELS = ["prompttemplate", "replytemplate"]
ACTIONS = ["add", "change", "view"]


def forwards(apps, schema_editor):
    app_config = apps.get_app_config("drafts")
    app_config.models_module = True  # historical app configs have none; create_permissions needs it
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    perms = Permission.objects.filter(
        content_type__app_label="drafts",
        codename__in=[f"{a}_{m}" for a in ACTIONS for m in MODELS],
    )
    for name in GROUPS:
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(*perms)


def backwards(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    perms = Permission.objects.filter(
        content_type__app_label="drafts",
        codename__in=[f"{a}_{m}" for a in ACTIONS for m in MODELS],
    )
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.remove(*perms)


class Migration(migrations.Migration):
    dependencies = [
        ("drafts", "0016_replay_snapshots"),
        ("tickets", "0002_roles_classes_teams"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
