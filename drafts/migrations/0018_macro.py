"""Macros (saved replies agents insert), and the Team lead and Admin groups' permissions to
add, change, view and delete them in the admin, as 0017 gave them the prompt and reply
templates. Agents only use them (drafts.admin.LeadOnlyAdmin checks the role too)."""

import django.db.models.deletion
from django.contrib.auth.management import create_permissions
from django.db import migrations, models

GROUPS = ["Team lead", "Admin"]
CODENAMES = [f"{action}_macro" for action in ("add", "change", "view", "delete")]


def permissions_grant(apps, schema_editor):
    app_config = apps.get_app_config("drafts")
    app_config.models_module = True  # historical app configs have none; create_permissions needs it
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    perms = Permission.objects.filter(content_type__app_label="drafts", codename__in=CODENAMES)
    for name in GROUPS:
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(*perms)


def permissions_revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    perms = Permission.objects.filter(content_type__app_label="drafts", codename__in=CODENAMES)
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.remove(*perms)


class Migration(migrations.Migration):
    dependencies = [
        ("drafts", "0017_lead_template_permissions"),
        ("tickets", "0015_team_notify_by_email"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.CreateModel(
            name="Macro",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("name", models.CharField(max_length=120)),
                ("text", models.TextField()),
                ("is_active", models.BooleanField(default=True)),
                ("created_at", models.DateTimeField(auto_now_add=True)),
                ("updated_at", models.DateTimeField(auto_now=True)),
                (
                    "team",
                    models.ForeignKey(
                        blank=True,
                        help_text="Leave empty to share the macro with every team.",
                        null=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="macros",
                        to="tickets.team",
                    ),
                ),
            ],
            options={
                "ordering": ["name", "id"],
                "constraints": [
                    models.UniqueConstraint(fields=("team", "name"), name="macro_team_name_unique")
                ],
            },
        ),
        migrations.RunPython(permissions_grant, permissions_revoke),
    ]
