"""Writing back fields of many rows in one statement, each row its own values.

Django's bulk_update builds a CASE expression per field with a WHEN per row, resolved and
compiled in Python (for the pipeline's chunks about a tenth of a chunk's CPU). On PostgreSQL,
rows_update sends one `UPDATE table SET f = v.f, ... FROM (VALUES (...), ...) AS v WHERE
table.id = v.id` instead: the values go through the fields' own conversion (get_db_prep_save,
as bulk_update's do) and are cast to the columns' types. Elsewhere (SQLite, the embedded
default) it is bulk_update. Like bulk_update, it writes exactly the values on the objects:
no auto_now, no signals (set updated_at yourself)."""

from __future__ import annotations

from collections.abc import Sequence

from django.db import connections, router
from django.db.models import Model

# PostgreSQL takes at most 65535 parameters in one statement.
_MAX_PARAMETERS = 60000


def rows_update(objs: Sequence[Model], fields: Sequence[str]) -> int:
    """Write `fields` of every object (all of one model, saved, distinct primary keys) in
    one statement per few thousand rows. Returns how many rows were updated."""
    if not objs:
        return 0
    model = type(objs[0])
    meta = model._meta
    connection = connections[router.db_for_write(model)]
    if connection.vendor != "postgresql":
        return model.objects.bulk_update(objs, list(fields))
    columns = [meta.pk, *(meta.get_field(name) for name in dict.fromkeys(fields))]
    if any(not f.concrete or f.primary_key for f in columns[1:]):
        raise ValueError("rows_update writes concrete fields other than the primary key.")
    quote = connection.ops.quote_name
    table = quote(meta.db_table)
    names = [quote(f.column) for f in columns]
    row = "(" + ", ".join(f"%s::{f.db_type(connection)}" for f in columns) + ")"
    assignments = ", ".join(f"{name} = v.{name}" for name in names[1:])
    per_statement = max(1, _MAX_PARAMETERS // len(columns))
    updated = 0
    with connection.cursor() as cursor:
        for start in range(0, len(objs), per_statement):
            batch = objs[start : start + per_statement]
            params = [
                f.get_db_prep_save(getattr(obj, f.attname), connection=connection)
                for obj in batch
                for f in columns
            ]
            cursor.execute(
                f"UPDATE {table} SET {assignments} FROM (VALUES {', '.join([row] * len(batch))})"  # noqa: S608 (names from the model)
                f" AS v ({', '.join(names)}) WHERE {table}.{names[0]} = v.{names[0]}",
                params,
            )
            updated += cursor.rowcount
    return updated


def rows_insert(objs: Sequence[Model]) -> list[Model]:
    """bulk_create(objs) (all of one model, not saved yet, the primary key left to the
    database), with each row's values in its own placeholders on PostgreSQL. Django 5.2 sends
    a PostgreSQL bulk insert as one array per column (INSERT ... SELECT * FROM UNNEST), and
    psycopg quotes a JSON array element by a regular-expression substitution per quote
    character in Python: for a chunk's routing decisions (facts and explanations, JSON full of
    quoted strings) most of the insert's time. A multi-row VALUES list with typed placeholders costs
    no quoting. The primary keys are set on the objects, as bulk_create does."""
    if not objs:
        return list(objs)
    model = type(objs[0])
    meta = model._meta
    connection = connections[router.db_for_write(model)]
    if connection.vendor != "postgresql":
        return model.objects.bulk_create(objs)
    fields = [f for f in meta.concrete_fields if f is not meta.pk and not f.generated]
    quote = connection.ops.quote_name
    table = quote(meta.db_table)
    row = "(" + ", ".join(f"%s::{f.db_type(connection)}" for f in fields) + ")"
    names = ", ".join(quote(f.column) for f in fields)
    per_statement = max(1, _MAX_PARAMETERS // len(fields))
    with connection.cursor() as cursor:
        for start in range(0, len(objs), per_statement):
            batch = objs[start : start + per_statement]
            params = [
                f.get_db_prep_save(f.pre_save(obj, True), connection=connection)
                for obj in batch
                for f in fields
            ]
            cursor.execute(
                f"INSERT INTO {table} ({names}) VALUES {', '.join([row] * len(batch))}"  # noqa: S608 (names from the model)
                f" RETURNING {quote(meta.pk.column)}",
                params,
            )
            for obj, (pk,) in zip(batch, cursor.fetchall(), strict=True):
                obj.pk = pk
                obj._state.adding, obj._state.db = False, connection.alias
    return list(objs)
