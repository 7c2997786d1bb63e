"""A default set of SLA targets (a catch-all and one per paid tier), the Team lead group's
admin permissions on them (leads edit targets, like request classes and teams), the Admin
group's, and deadlines for the tickets still open (from their creation, as
tickets.sla.ticket_sla_rebuild computes them; resolved tickets keep none)."""

import datetime as dt

from django.db import migrations

# (tier, first response minutes, resolution minutes); "" = any tier.
DEFAULTS = [
    ("", 24 * 60, 72 * 60),
    ("starter", 8 * 60, 48 * 60),
    ("business", 4 * 60, 24 * 60),
    ("enterprise", 60, 8 * 60),
]
ACTIONS = ["view", "change", "add", "delete"]


def _permission(apps, action: str):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label="tickets", model="slatarget")
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type,
        codename=f"{action}_slatarget",
        defaults={"name": f"Can {action} SLA target"},
    )
    return permission


def forwards(apps, schema_editor):
    SlaTarget = apps.get_model("tickets", "SlaTarget")
    Ticket = apps.get_model("tickets", "Ticket")
    Group = apps.get_model("auth", "Group")
    for tier, first, resolution in DEFAULTS:
        SlaTarget.objects.get_or_create(
            request_class=None,
            tier=tier,
            defaults={"first_response_minutes": first, "resolution_minutes": resolution},
        )
    permissions = [_permission(apps, a) for a in ACTIONS]
    for name in ("Team lead", "Admin"):
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(*permissions)

    targets = {
        (t.request_class_id, t.tier): t for t in SlaTarget.objects.all()
    }

    def target_of(class_id, tier):
        for key in ((class_id, tier), (class_id, ""), (None, tier), (None, "")):
            if key in targets:
                return targets[key]
        return None

    open_tickets = (
        Ticket.objects.exclude(status="resolved")
        .select_related("customer")
        .only(
            "id", "status", "created_at", "updated_at", "first_response_at",
            "request_class_id", "customer__tier",
        )
    )
    batch = []
    for ticket in open_tickets.iterator(chunk_size=2000):
        target = target_of(ticket.request_class_id, ticket.customer.tier if ticket.customer else "")
        if target is None:
            continue
        first_due = ticket.created_at + dt.timedelta(minutes=target.first_response_minutes)
        ticket.sla_first_response_due_at = first_due
        ticket.sla_resolution_started_at = ticket.created_at
        ticket.sla_resolution_due_at = ticket.created_at + dt.timedelta(
            minutes=target.resolution_minutes
        )
        waiting = ticket.status == "waiting_on_customer"
        ticket.sla_resolution_stopped_at = ticket.updated_at if waiting else None
        running = [] if waiting else [ticket.sla_resolution_due_at]
        if ticket.first_response_at is None:
            running.append(first_due)
        ticket.sla_due_at = min(running) if running else None
        batch.append(ticket)
        if len(batch) >= 2000:
            _save(Ticket, batch)
            batch = []
    _save(Ticket, batch)


def _save(Ticket, batch):
    Ticket.objects.bulk_update(
        batch,
        [
            "sla_first_response_due_at",
            "sla_resolution_started_at",
            "sla_resolution_due_at",
            "sla_resolution_stopped_at",
            "sla_due_at",
        ],
    )


def backwards(apps, schema_editor):
    apps.get_model("tickets", "SlaTarget").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [
        ("tickets", "0016_sla_targets"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
