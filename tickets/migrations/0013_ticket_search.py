# ruff: noqa: S608 (the f-strings build SQL from this module's constants only, never input)
"""Full-text search for the inbox: the subject and every inbound and outbound message body of a
ticket, as one document per ticket, kept in sync by database triggers.

Triggers rather than services: messages are written by intake, sending, the demo loader, reply
memory, the benches' bulk_create, and erased by UPDATE ... (audit.erasure); a trigger cannot be
forgotten by the next writer, and erasing a text takes its words out of the index in the same
statement. Internal notes are not indexed.

PostgreSQL: Ticket.search_document (tsvector, config 'simple': customers write in English,
German, French and Spanish, so no stemming or stop words) with a GIN index. A BEFORE trigger on
the ticket recomputes it when the subject changes; statement-level triggers on the messages
(transition tables: one UPDATE per statement, whatever the number of rows) recompute the
tickets whose bodies changed. The text is capped at 100,000 characters per ticket so no ticket
can reach tsvector's 1 MB limit (which would make the message's INSERT fail). A hyphen before
a digit becomes a space: PostgreSQL's parser reads "SD-169" as "sd" and the number "-169",
which a search for 169 would miss (tickets.search does the same to the query).

SQLite (the embedded default): an FTS5 table tickets_ticket_search (rowid = ticket id) kept by
row triggers; search_document stays null. Django rebuilds a SQLite table (and so drops its
triggers) for many schema changes: a later migration that alters tickets_ticket or
tickets_message must create these triggers again (tests/tickets/test_search_sqlite.py fails
when it does not)."""

import django.contrib.postgres.search
from django.db import migrations

DOCUMENT_CHARS_MAX = 100_000

POSTGRESQL_FORWARDS = [
    f"""
    CREATE OR REPLACE FUNCTION tickets_search_document(ticket_id bigint, subject text)
    RETURNS tsvector LANGUAGE sql STABLE AS $$
        SELECT to_tsvector('simple', regexp_replace(left(
            coalesce($2, '') || E'\\n' || coalesce((
                SELECT string_agg(m.body_text, E'\\n' ORDER BY m.created_at, m.id)
                FROM tickets_message m
                WHERE m.ticket_id = $1 AND m.direction IN ('inbound', 'outbound')
            ), ''),
            {DOCUMENT_CHARS_MAX}), '-([0-9])', ' \\1', 'g'))
    $$
    """,
    """
    CREATE OR REPLACE FUNCTION tickets_ticket_search_refresh() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
        NEW.search_document := tickets_search_document(NEW.id, NEW.subject);
        RETURN NEW;
    END
    $$
    """,
    """
    CREATE TRIGGER tickets_ticket_search BEFORE INSERT OR UPDATE OF subject ON tickets_ticket
    FOR EACH ROW EXECUTE FUNCTION tickets_ticket_search_refresh()
    """,
    """
    CREATE OR REPLACE FUNCTION tickets_message_search_refresh() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP = 'INSERT' THEN
            UPDATE tickets_ticket t SET search_document = tickets_search_document(t.id, t.subject)
            WHERE t.id IN (
                SELECT ticket_id FROM new_rows WHERE direction IN ('inbound', 'outbound'));
        ELSIF TG_OP = 'DELETE' THEN
            UPDATE tickets_ticket t SET search_document = tickets_search_document(t.id, t.subject)
            WHERE t.id IN (
                SELECT ticket_id FROM old_rows WHERE direction IN ('inbound', 'outbound'));
        ELSE
            UPDATE tickets_ticket t SET search_document = tickets_search_document(t.id, t.subject)
            WHERE t.id IN (
                SELECT unnest(ARRAY[o.ticket_id, n.ticket_id])
                FROM old_rows o JOIN new_rows n ON n.id = o.id
                WHERE (o.body_text, o.direction, o.ticket_id)
                    IS DISTINCT FROM (n.body_text, n.direction, n.ticket_id));
        END IF;
        RETURN NULL;
    END
    $$
    """,
    """
    CREATE TRIGGER tickets_message_search_insert AFTER INSERT ON tickets_message
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION tickets_message_search_refresh()
    """,
    """
    CREATE TRIGGER tickets_message_search_update AFTER UPDATE ON tickets_message
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION tickets_message_search_refresh()
    """,
    """
    CREATE TRIGGER tickets_message_search_delete AFTER DELETE ON tickets_message
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION tickets_message_search_refresh()
    """,
    "UPDATE tickets_ticket SET search_document = tickets_search_document(id, subject)",
    """
    CREATE INDEX IF NOT EXISTS ticket_search_document_idx ON tickets_ticket
    USING gin (search_document)
    """,
    # Element statistics for the planner: a common word walks the newest-first index and stops
    # after a page, a rare one reads the GIN index (see tickets/search.py).
    "ANALYZE tickets_ticket",
]

POSTGRESQL_BACKWARDS = [
    "DROP TRIGGER IF EXISTS tickets_message_search_insert ON tickets_message",
    "DROP TRIGGER IF EXISTS tickets_message_search_update ON tickets_message",
    "DROP TRIGGER IF EXISTS tickets_message_search_delete ON tickets_message",
    "DROP TRIGGER IF EXISTS tickets_ticket_search ON tickets_ticket",
    "DROP FUNCTION IF EXISTS tickets_message_search_refresh()",
    "DROP FUNCTION IF EXISTS tickets_ticket_search_refresh()",
    "DROP FUNCTION IF EXISTS tickets_search_document(bigint, text)",
    "DROP INDEX IF EXISTS ticket_search_document_idx",
]


def _sqlite_refresh(ticket_id: str) -> str:
    """The FTS5 row of one ticket made again from its subject and bodies (inside a trigger)."""
    return f"""
        DELETE FROM tickets_ticket_search WHERE rowid = {ticket_id};
        INSERT INTO tickets_ticket_search(rowid, document)
        SELECT t.id, coalesce(t.subject, '') || char(10) || coalesce((
            SELECT group_concat(m.body_text, char(10)) FROM tickets_message m
            WHERE m.ticket_id = t.id AND m.direction IN ('inbound', 'outbound')
        ), '')
        FROM tickets_ticket t WHERE t.id = {ticket_id};
    """


SQLITE_FORWARDS = [
    # unicode61 is language-neutral; remove_diacritics 2 lets "resume" find "résumé".
    """
    CREATE VIRTUAL TABLE IF NOT EXISTS tickets_ticket_search
    USING fts5(document, tokenize = 'unicode61 remove_diacritics 2')
    """,
    f"""
    CREATE TRIGGER IF NOT EXISTS tickets_ticket_search_insert AFTER INSERT ON tickets_ticket
    BEGIN {_sqlite_refresh("NEW.id")} END
    """,
    f"""
    CREATE TRIGGER IF NOT EXISTS tickets_ticket_search_update
    AFTER UPDATE OF subject ON tickets_ticket
    BEGIN {_sqlite_refresh("NEW.id")} END
    """,
    """
    CREATE TRIGGER IF NOT EXISTS tickets_ticket_search_delete AFTER DELETE ON tickets_ticket
    BEGIN DELETE FROM tickets_ticket_search WHERE rowid = OLD.id; END
    """,
    f"""
    CREATE TRIGGER IF NOT EXISTS tickets_message_search_insert AFTER INSERT ON tickets_message
    WHEN NEW.direction IN ('inbound', 'outbound')
    BEGIN {_sqlite_refresh("NEW.ticket_id")} END
    """,
    f"""
    CREATE TRIGGER IF NOT EXISTS tickets_message_search_update
    AFTER UPDATE OF body_text, direction, ticket_id ON tickets_message
    BEGIN {_sqlite_refresh("OLD.ticket_id")} {_sqlite_refresh("NEW.ticket_id")} END
    """,
    f"""
    CREATE TRIGGER IF NOT EXISTS tickets_message_search_delete AFTER DELETE ON tickets_message
    WHEN OLD.direction IN ('inbound', 'outbound')
    BEGIN {_sqlite_refresh("OLD.ticket_id")} END
    """,
    # The tickets already there.
    "DELETE FROM tickets_ticket_search",
    """
    INSERT INTO tickets_ticket_search(rowid, document)
    SELECT t.id, coalesce(t.subject, '') || char(10) || coalesce((
        SELECT group_concat(m.body_text, char(10)) FROM tickets_message m
        WHERE m.ticket_id = t.id AND m.direction IN ('inbound', 'outbound')
    ), '')
    FROM tickets_ticket t
    """,
]

SQLITE_BACKWARDS = [
    *(
        f"DROP TRIGGER IF EXISTS {name}"
        for name in (
            "tickets_ticket_search_insert",
            "tickets_ticket_search_update",
            "tickets_ticket_search_delete",
            "tickets_message_search_insert",
            "tickets_message_search_update",
            "tickets_message_search_delete",
        )
    ),
    "DROP TABLE IF EXISTS tickets_ticket_search",
]


def _run(schema_editor, statements) -> None:
    for statement in statements:
        schema_editor.execute(statement, params=None)


def forwards(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        _run(schema_editor, POSTGRESQL_FORWARDS)
    elif vendor == "sqlite":
        _run(schema_editor, SQLITE_FORWARDS)


def backwards(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        _run(schema_editor, POSTGRESQL_BACKWARDS)
    elif vendor == "sqlite":
        _run(schema_editor, SQLITE_BACKWARDS)


class Migration(migrations.Migration):
    dependencies = [
        ("tickets", "0012_message_pipeline_pending"),
    ]

    operations = [
        migrations.AddField(
            model_name="ticket",
            name="search_document",
            field=django.contrib.postgres.search.SearchVectorField(editable=False, null=True),
        ),
        migrations.RunPython(forwards, backwards, elidable=False),
    ]
