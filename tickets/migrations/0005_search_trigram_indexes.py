"""Trigram indexes for the inbox search (PostgreSQL only).

The inbox searches with Django's icontains, which PostgreSQL runs as
UPPER(col::text) LIKE UPPER('%term%'); a leading wildcard cannot use a b-tree, so without these
a rare or absent term reads every ticket (about 0.9 s at 100,000 tickets). GIN trigram indexes
on exactly those expressions let the planner find the matches directly. SQLite (the embedded
default) skips this migration's SQL; its search stays a scan, which is fine at demo sizes."""

from django.db import migrations

INDEXES = [
    ("ticket_subject_trgm_idx", "tickets_ticket", "subject"),
    ("customer_email_trgm_idx", "tickets_customer", "email"),
    ("customer_name_trgm_idx", "tickets_customer", "name"),
]


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    # pg_trgm is a trusted extension (PostgreSQL 13+): the database owner may create it.
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for name, table, column in INDEXES:
        schema_editor.execute(
            f'CREATE INDEX IF NOT EXISTS "{name}" ON "{table}" '
            f'USING gin ((UPPER("{column}"::text)) gin_trgm_ops)'
        )


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, _table, _column in INDEXES:
        schema_editor.execute(f'DROP INDEX IF EXISTS "{name}"')


class Migration(migrations.Migration):
    dependencies = [("tickets", "0004_lead_admin_permissions")]

    operations = [migrations.RunPython(forwards, backwards, elidable=False)]
