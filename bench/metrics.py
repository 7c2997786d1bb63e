"""Metrics dashboard bench: 1,000,000 tickets with ~3,000,000 messages, pipeline runs, drafts,
routing decisions, reviews, replies and status changes on PostgreSQL; the dashboard's server
time over HTTP against gunicorn, beside /healthz, and the rollup refresh time.

    python3 dev.py bench metrics                 # or: .venv/bin/python bench/metrics.py
    .venv/bin/python bench/metrics.py --tickets 20000 --requests 10   # a quick look
    .venv/bin/python bench/metrics.py --reset    # drop the seeded rows and seed again

1. Creates `supportdesk_bench_metrics` when missing and migrates it.
2. Seeds it in SQL (INSERT ... SELECT over generate_series, one transaction, FK triggers off and
   secondary indexes rebuilt afterwards), unless it already holds exactly --tickets tickets:
   customers (1 per 20 tickets), 8 configuration snapshots over the year, tickets over the last
   365 days (recent weeks busier), 1-5 messages each (3 on average), one pipeline run, draft and
   routing decision per ticket (22% routed to a human), reviews in realistic shares (approve 45%,
   edit and send 32%, reject 5%, auto-send 8%, none yet 10%; 3% also escalated by an agent),
   replies for the sends (1.5% later corrected), resolutions (90%), reopens (6% of
   resolutions, within 14 days) and re-resolutions. Deterministic (setseed).
3. Times the rollup rebuild: a full one and a recent-weeks one (what the periodic task does).
4. Starts gunicorn (production settings, 2 sync workers), logs in as a team lead, and times
   interleaved: /healthz (baseline), /metrics/ (default 12 weeks), a year, a class filter, a
   snapshot + channel filter, a drill-down page and the CSV export. Server time is gunicorn's
   own per-request time; the goal is /metrics/ under 500 ms (median) over 12 weeks (issue 8)
   and over 52 weeks (issue 19).
5. Counts the dashboard's SQL queries in-process.

Results: printed, and written to bench/results/metrics-<UTC time>.json (and metrics-latest.json).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
import urllib.parse
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(1, str(Path(__file__).resolve().parents[1]))  # the project, for django.setup()

from _harness import (  # noqa: E402
    BENCH_PASSWORD,
    BENCH_VAR_DIR,
    HttpSession,
    database_ensure,
    django_env,
    gunicorn,
    log,
    manage,
    requests_interleaved,
    results_write,
    static_collect,
)

DATABASE_URL = "postgres://postgres@127.0.0.1:5432/supportdesk_bench_metrics"
VAR_DIR = BENCH_VAR_DIR / "metrics"
GOAL_MS = 500.0
LEAD = "bench-lead"
SNAPSHOTS = 8
SEEDED_TABLES = (
    "tickets_ticketstatuschange",
    "drafts_outboundreply",
    "drafts_review",
    "drafts_draft",
    "routing_routingdecision",
    "drafts_pipelinerun",
    "tickets_message",
    "tickets_ticket",
    "tickets_customer",
    "metrics_metricrollup",
    "metrics_rollupstate",
)
# Shares of the request classes (percent), the common ones first.
CLASS_WEIGHTS = {
    "shipping-status": 22,
    "setup-help": 16,
    "account-access": 12,
    "refund-policy": 10,
    "pricing": 8,
    "general": 8,
    "billing-dispute": 6,
    "outage": 5,
    "complaint": 4,
    "refund-exception": 3,
    "data-deletion": 2,
    "security-report": 2,
    "legal-compliance": 2,
}

LEAD_SNIPPET = """
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
user, _ = get_user_model().objects.get_or_create(username={username!r})
user.set_password({password!r})
user.is_staff = True
user.save()
user.groups.add(Group.objects.get(name="Team lead"))
"""


# --- seeding ---------------------------------------------------------------------------------------


def _columns_sql(model, values: dict[str, str]) -> tuple[str, str, list]:
    """Column list and SELECT list for an INSERT ... SELECT into `model`'s table: the given SQL
    expressions, and for every other non-null column its model default as a parameter (Django
    sets defaults in Python, not in the schema)."""
    from django.db import connection

    columns, exprs, params = [], [], []
    for f in model._meta.concrete_fields:
        if f.column in values:
            columns.append(f.column)
            exprs.append(values[f.column])
        elif f.null or f.primary_key:
            continue
        elif f.has_default():
            columns.append(f.column)
            default = f.get_default()
            if f.get_internal_type() == "JSONField":
                exprs.append("%s::jsonb")
                params.append(json.dumps(default))
            else:
                exprs.append("%s")
                params.append(f.get_db_prep_save(default, connection))
        elif f.get_internal_type() in ("CharField", "TextField", "SlugField", "EmailField"):
            columns.append(f.column)
            exprs.append("''")
        else:
            raise SystemExit(f"{model.__name__}.{f.name}: no value and no default to seed with")
    unknown = set(values) - {f.column for f in model._meta.concrete_fields}
    if unknown:
        raise SystemExit(f"{model.__name__}: no such columns {sorted(unknown)}")
    quoted = ", ".join(connection.ops.quote_name(c) for c in columns)
    return quoted, ", ".join(exprs), params


def _insert(cursor, model, values: dict[str, str], from_sql: str, label: str) -> int:
    # The expressions hold no placeholders: a literal % (modulo) must reach psycopg doubled.
    values = {k: v.replace("%", "%%") for k, v in values.items()}
    from_sql = from_sql.replace("%", "%%")
    columns, exprs, params = _columns_sql(model, values)
    table = model._meta.db_table
    started = time.perf_counter()
    cursor.execute(f"INSERT INTO {table} ({columns}) SELECT {exprs} {from_sql}", params)  # noqa: S608
    count = cursor.rowcount
    log(f"  {label}: {count:,} rows in {time.perf_counter() - started:.1f}s")
    return count


def _secondary_indexes_drop(cursor, tables: list[str]) -> list[str]:
    """Drop the indexes no constraint owns (rebuilt once afterwards: faster than row by row)."""
    cursor.execute(
        """
        SELECT i.indexname, i.indexdef FROM pg_indexes i
        WHERE i.schemaname = 'public' AND i.tablename = ANY(%s)
          AND NOT EXISTS (SELECT 1 FROM pg_constraint c
                          WHERE c.conindid = (quote_ident(i.indexname))::regclass)
        """,
        [tables],
    )
    rows = cursor.fetchall()
    for name, _ in rows:
        cursor.execute(f'DROP INDEX "{name}"')
    return [definition for _, definition in rows]


def seed(*, tickets: int, reset: bool, database_name: str) -> dict:
    from django.db import connection, transaction

    from audit.models import ConfigSnapshot
    from drafts.models import Draft, OutboundReply, PipelineRun, Review
    from routing.models import RoutingDecision, RuleSetVersion
    from tickets.models import Customer, RequestClass, Ticket, TicketStatusChange

    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM tickets_ticket")
        present = cursor.fetchone()[0]
    if present and not reset:
        if present == tickets:
            log(f"{present:,} tickets already seeded: nothing to do (--reset seeds again)")
            return {"seeded": False, "tickets": present}
        raise SystemExit(f"the database holds {present:,} tickets, not {tickets:,}: use --reset")
    if reset and "bench" not in database_name:
        raise SystemExit("--reset only works on a database whose name contains 'bench'")

    classes = dict(RequestClass.objects.values_list("slug", "id"))
    risks = dict(RequestClass.objects.values_list("id", "risk"))
    picks = [classes[slug] for slug, weight in CLASS_WEIGHTS.items() for _ in range(weight)]
    high = [pk for pk, risk in risks.items() if risk == "high"]
    version = RuleSetVersion.objects.order_by("-number").first()
    if version is None:
        raise SystemExit("no rule-set version: is the database migrated?")
    started = time.perf_counter()
    with transaction.atomic(), connection.cursor() as cursor:
        if reset:
            log("resetting: truncating the seeded tables")
            cursor.execute(f"TRUNCATE {', '.join(SEEDED_TABLES)} CASCADE")
            cursor.execute("DELETE FROM audit_configsnapshot WHERE content_hash LIKE 'bench-%%'")
        cursor.execute("SET LOCAL session_replication_role = replica")  # no FK triggers
        cursor.execute("SET LOCAL synchronous_commit = off")
        cursor.execute("SET LOCAL maintenance_work_mem = '512MB'")
        cursor.execute("SET LOCAL work_mem = '256MB'")
        cursor.execute("SELECT setseed(0.42)")
        tables = [
            m._meta.db_table
            for m in (
                Ticket,
                Customer,
                TicketStatusChange,
                PipelineRun,
                Draft,
                Review,
                OutboundReply,
                RoutingDecision,
            )
        ]
        tables.append("tickets_message")
        index_defs = _secondary_indexes_drop(cursor, tables)
        log(f"seeding {tickets:,} tickets (dropped {len(index_defs)} secondary indexes)")

        snapshot_ids = []
        for i in range(SNAPSHOTS):
            snap, _ = ConfigSnapshot.objects.get_or_create(
                content_hash=f"bench-{i:02d}".ljust(64, "0"),
                defaults={"content": {"bench": i}, "created_at": "2000-01-01T00:00:00Z"},
            )
            snapshot_ids.append(snap.pk)

        customers = max(1, tickets // 20)
        _insert(
            cursor,
            Customer,
            {
                "id": "g",
                "email": "'cust' || g || '@bench.example'",
                "name": "'Customer ' || g",
                "tier": "(ARRAY['free','starter','business','enterprise'])[1 + (g % 4)]",
                "created_at": "now() - interval '400 days'",
            },
            f"FROM generate_series(1, {customers}) g",
            "customers",
        )
        # One row of draws per ticket; every table below is derived from it.
        cursor.execute(
            f"""
            CREATE TEMP TABLE seed_t ON COMMIT DROP AS
            SELECT g,
                   now() - interval '365 days' * power(random(), 1.4) AS created_at,
                   (%s::bigint[])[1 + floor(random() * {len(picks)})::int] AS class_id,
                   random() AS r_channel, random() AS r_review, random() AS r_seconds,
                   random() AS r_distance, random() AS r_resolve, random() AS r_reopen,
                   random() AS r_route, random() AS r_extra,
                   sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random()) AS z,
                   1 + floor(random() * 5)::int AS messages
            FROM generate_series(1, {tickets}) g
            """,  # noqa: S608 (numbers we computed, not input)
            [picks],
        )
        # One statement per execute: with server-side binding (the default) PostgreSQL refuses
        # several commands in one prepared statement.
        for statement, params in (
            (
                """ALTER TABLE seed_t ADD COLUMN snapshot_id bigint, ADD COLUMN review text,
                ADD COLUMN first_response_at timestamptz, ADD COLUMN review_seconds float8,
                ADD COLUMN resolved_at timestamptz, ADD COLUMN reopened_at timestamptz,
                ADD COLUMN reresolved_at timestamptz""",
                None,
            ),
            (
                f"""UPDATE seed_t SET
                snapshot_id = (%s::bigint[])[1 + least({SNAPSHOTS - 1},
                floor(extract(epoch FROM created_at - (now() - interval '365 days'))
                / (365 * 86400.0 / {SNAPSHOTS}))::int)],
                review = CASE
                WHEN r_review < 0.08 AND NOT class_id = ANY(%s::bigint[]) THEN 'auto_send'
                WHEN r_review < 0.53 THEN 'approve'
                WHEN r_review < 0.85 THEN 'edit_send'
                WHEN r_review < 0.90 THEN 'reject'
                ELSE NULL END""",  # noqa: S608 (numbers we computed, not input)
                [snapshot_ids, high],
            ),
            (
                """UPDATE seed_t SET
                review_seconds = CASE
                WHEN review IN ('approve', 'reject') THEN least(3600, exp(ln(50) + 0.7 * z))
                WHEN review = 'edit_send' THEN least(3600, exp(ln(160) + 0.8 * z))
                ELSE NULL END,
                first_response_at = CASE
                WHEN review = 'auto_send' THEN created_at + interval '1 second' * (300 + r_seconds * 600)
                WHEN review IN ('approve', 'edit_send')
                THEN created_at + interval '1 second' * least(30 * 86400, exp(ln(2400) + 1.3 * z))
                ELSE NULL END""",
                None,
            ),
            (
                """UPDATE seed_t SET resolved_at = coalesce(first_response_at, created_at)
                + interval '1 hour' * (1 + r_resolve * 40)
                WHERE r_resolve < 0.9 AND (first_response_at IS NOT NULL OR r_resolve < 0.05)""",
                None,
            ),
            (
                """UPDATE seed_t SET resolved_at = NULL WHERE resolved_at > now()""",
                None,
            ),
            (
                """UPDATE seed_t SET reopened_at = resolved_at + interval '1 hour' * (r_reopen * 100 * 3.36)
                WHERE resolved_at IS NOT NULL AND r_reopen < 0.06""",
                None,
            ),
            (
                """UPDATE seed_t SET reopened_at = NULL WHERE reopened_at > now()""",
                None,
            ),
            (
                """UPDATE seed_t SET reresolved_at = reopened_at + interval '1 day'
                WHERE reopened_at IS NOT NULL AND r_extra < 0.8 AND reopened_at + interval '1 day' < now()""",
                None,
            ),
        ):
            cursor.execute(statement, params)  # noqa: S608 (numbers we computed, not input)
        log(f"  draws: {tickets:,} rows in {time.perf_counter() - started:.1f}s")
        status = (
            "CASE WHEN reresolved_at IS NOT NULL THEN 'resolved' WHEN reopened_at IS NOT NULL THEN"
            " 'reopened' WHEN resolved_at IS NOT NULL THEN 'resolved' WHEN review = 'reject'"
            " THEN 'escalated' WHEN first_response_at IS NOT NULL THEN 'waiting_on_customer'"
            " ELSE 'awaiting_review' END"
        )
        _insert(
            cursor,
            Ticket,
            {
                "id": "g",
                "customer_id": f"1 + (g::bigint * 7919) % {customers}",
                "subject": "'Bench ticket ' || g",
                "channel": "CASE WHEN r_channel < 0.7 THEN 'email' WHEN r_channel < 0.9 THEN 'api' ELSE 'web' END",
                "status": status,
                "request_class_id": "class_id",
                "class_source": "'model'",
                "risk": f"CASE WHEN class_id = ANY('{{{','.join(map(str, high))}}}'::bigint[]) THEN 'high' ELSE 'low' END",
                "needs_human": "r_route < 0.22",
                "created_at": "created_at",
                "updated_at": "coalesce(reresolved_at, reopened_at, resolved_at, first_response_at, created_at)",
                "last_customer_message_at": "created_at",
                "first_response_at": "first_response_at",
                "resolved_at": "coalesce(reresolved_at, CASE WHEN reopened_at IS NULL THEN resolved_at END)",
                "reopen_count": "(reopened_at IS NOT NULL)::int",
                "message_count": "messages",
            },
            "FROM seed_t",
            "tickets",
        )
        _insert(
            cursor,
            _message_model(),
            {
                "id": "(g - 1) * 5 + k",
                "ticket_id": "g",
                "direction": "CASE WHEN k % 2 = 1 THEN 'inbound' ELSE 'outbound' END",
                "subject": "'Bench ticket ' || g",
                "body_text": "'Message ' || k || ' about my Fernhill weather station, ticket ' || g",
                "created_at": "created_at + interval '2 hours' * (k - 1)",
            },
            "FROM seed_t, generate_series(1, 5) k WHERE k <= messages",
            "messages",
        )
        _insert(
            cursor,
            PipelineRun,
            {
                "id": "g",
                "ticket_id": "g",
                "message_id": "(g - 1) * 5 + 1",
                "status": "'done'",
                "stage": "'done'",
                "created_at": "created_at",
                "updated_at": "created_at",
                "finished_at": "created_at + interval '20 seconds'",
                "provider": "'offline'",
                "snapshot_id": "snapshot_id",
                "request_class_id": "class_id",
            },
            "FROM seed_t",
            "pipeline runs",
        )
        _insert(
            cursor,
            Draft,
            {
                "id": "g",
                "ticket_id": "g",
                "message_id": "(g - 1) * 5 + 1",
                "run_id": "g",
                "text": "'Hello, thank you for writing to Fernhill support about ticket ' || g",
                "provider": "'offline'",
                "created_at": "created_at + interval '20 seconds'",
            },
            "FROM seed_t",
            "drafts",
        )
        _insert(
            cursor,
            RoutingDecision,
            {
                "id": "g",
                "ticket_id": "g",
                "created_at": "created_at + interval '21 seconds'",
                "ruleset_version_id": str(version.pk),
                "facts": "'{}'::jsonb",
                "explanation": "'{}'::jsonb",
                "needs_human": "r_route < 0.22",
                "block_auto_send": "r_route < 0.22",
                "auto_send_allowed": "coalesce(review = 'auto_send', false)",
            },
            "FROM seed_t",
            "routing decisions",
        )
        distance = (
            "CASE WHEN review IN ('approve', 'auto_send') THEN 0.0 WHEN review = 'edit_send' THEN"
            " CASE WHEN r_distance < 0.06 THEN 0.9 + r_distance ELSE 0.02 + 0.8 * r_distance"
            " * r_distance END END"
        )
        decided = (
            "coalesce(first_response_at, created_at + interval '1 second' * (600 + review_seconds))"
        )
        _insert(
            cursor,
            Review,
            {
                "id": "g",
                "ticket_id": "g",
                "draft_id": "g",
                "action": "review",
                "final_text": "''",
                "edit_distance": distance,
                "accepted_unchanged": "CASE WHEN review = 'auto_send' THEN NULL ELSE review = 'approve' END",
                "snapshot_id": "snapshot_id",
                "decided_at": decided,
                "opened_at": f"CASE WHEN r_extra < 0.92 AND review_seconds IS NOT NULL THEN {decided}"
                " - interval '1 second' * review_seconds END",
                "review_seconds": "CASE WHEN r_extra < 0.92 THEN review_seconds END",
                "request_class_id": "class_id",
            },
            "FROM seed_t WHERE review IS NOT NULL",
            "reviews",
        )
        _insert(
            cursor,
            Review,
            {
                "id": f"{tickets} + g",
                "ticket_id": "g",
                "action": "'escalate'",
                "decided_at": "created_at + interval '30 minutes'",
                "reason": "'Bench escalation'",
                "request_class_id": "class_id",
            },
            "FROM seed_t WHERE g % 33 = 7",
            "escalations by agents",
        )
        _insert(
            cursor,
            OutboundReply,
            {
                "id": "g",
                "ticket_id": "g",
                "review_id": "g",
                "idempotency_key": "md5('r' || g)",
                "to_address": "'cust' || g || '@bench.example'",
                "subject": "'Re: Bench ticket ' || g",
                "text": "'Hello, thank you for writing.'",
                "auto_sent": "coalesce(review = 'auto_send', false)",
                "status": "'sent'",
                "sent_at": "first_response_at",
                "created_at": "first_response_at - interval '2 seconds'",
            },
            "FROM seed_t WHERE first_response_at IS NOT NULL",
            "replies",
        )
        corrected = "FROM seed_t WHERE first_response_at IS NOT NULL AND g % 67 = 5"
        _insert(
            cursor,
            Review,
            {
                "id": f"{2 * tickets} + g",
                "ticket_id": "g",
                "action": "'correction'",
                "final_text": "'Correction'",
                "decided_at": "first_response_at + interval '3 hours'",
                "request_class_id": "class_id",
            },
            corrected,
            "correction reviews",
        )
        _insert(
            cursor,
            OutboundReply,
            {
                "id": f"{tickets} + g",
                "ticket_id": "g",
                "review_id": f"{2 * tickets} + g",
                "idempotency_key": "md5('c' || g)",
                "to_address": "'cust' || g || '@bench.example'",
                "subject": "'Correction: Bench ticket ' || g",
                "text": "'Correction.'",
                "is_correction": "true",
                "corrects_id": "g",
                "status": "'sent'",
                "sent_at": "first_response_at + interval '3 hours'",
                "created_at": "first_response_at + interval '3 hours'",
            },
            corrected,
            "corrections",
        )
        for offset, (frm, to, at, where) in enumerate(
            (
                ("'waiting_on_customer'", "'resolved'", "resolved_at", "resolved_at IS NOT NULL"),
                ("'resolved'", "'reopened'", "reopened_at", "reopened_at IS NOT NULL"),
                ("'reopened'", "'resolved'", "reresolved_at", "reresolved_at IS NOT NULL"),
            )
        ):
            _insert(
                cursor,
                TicketStatusChange,
                {
                    "id": f"{offset * tickets} + g",
                    "ticket_id": "g",
                    "from_status": frm,
                    "to_status": to,
                    "at": at,
                },
                f"FROM seed_t WHERE {where}",
                f"status changes to {to.strip(chr(39))}",
            )
        for table in tables:
            sequence_sql = (
                "SELECT setval(pg_get_serial_sequence(%s, 'id'), coalesce(max(id), 1)) FROM "
            )
            cursor.execute(sequence_sql + table, [table])
        rebuilt = time.perf_counter()
        for definition in index_defs:
            cursor.execute(definition)
        log(f"  rebuilt {len(index_defs)} indexes in {time.perf_counter() - rebuilt:.1f}s")
    with connection.cursor() as cursor:
        analyzed = time.perf_counter()
        for table in tables:
            cursor.execute(f"ANALYZE {table}")
        log(f"  analyzed in {time.perf_counter() - analyzed:.1f}s")
        counts = {}
        for table in tables:
            cursor.execute(f"SELECT count(*) FROM {table}")  # noqa: S608
            counts[table] = cursor.fetchone()[0]
    seconds = time.perf_counter() - started
    log(f"seeded in {seconds:.0f}s: " + ", ".join(f"{t} {n:,}" for t, n in counts.items()))
    return {"seeded": True, "seconds": round(seconds, 1), "rows": counts}


def _message_model():
    from tickets.models import Message

    return Message


# --- the run ----------------------------------------------------------------------------------------


def refresh_times() -> dict:
    from audit.metrics.models import MetricRollup
    from audit.metrics.rollups import rollup_refresh

    log("rollups: full rebuild")
    full = rollup_refresh(full=True)
    log(f"  full: {full.seconds:.1f}s, {MetricRollup.objects.count():,} rollup rows")
    window = rollup_refresh(full=False)
    log(f"  recent weeks (from {window.window_start}): {window.seconds:.1f}s, {window.rows:,} rows")
    return {
        "full_seconds": round(full.seconds, 2),
        "window_seconds": round(window.seconds, 2),
        "window_start": window.window_start.isoformat(),
        "rollup_rows": MetricRollup.objects.count(),
    }


def query_counts(paths: dict[str, str]) -> dict[str, dict]:
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    client.force_login(get_user_model().objects.get(username=LEAD))
    out = {}
    for name, path in paths.items():
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            response = client.get(path, secure=True)
            seconds = time.perf_counter() - started
        if response.status_code != 200:
            raise SystemExit(f"{path}: {response.status_code}")
        sql_ms = sum(float(q["time"]) for q in queries.captured_queries) * 1000
        out[name] = {
            "queries": len(queries),
            "in_process_ms": round(seconds * 1000, 1),
            "sql_ms": round(sql_ms, 1),
        }
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description="Metrics dashboard bench (module docstring).")
    parser.add_argument("--database-url", default=DATABASE_URL)
    parser.add_argument("--tickets", type=int, default=1_000_000)
    parser.add_argument("--reset", action="store_true", help="truncate the seeded tables first")
    parser.add_argument("--requests", type=int, default=30)
    parser.add_argument("--warmup", type=int, default=3)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seed-only", action="store_true")
    args = parser.parse_args()

    env = django_env(args.database_url, var_dir=VAR_DIR)
    database_ensure(args.database_url)
    log(f"migrating {args.database_url}")
    manage("migrate", "--noinput", "-v", "0", env=env)
    os.environ.update(env)
    import django

    django.setup()
    name = urllib.parse.urlsplit(args.database_url).path.lstrip("/")
    seeded = seed(tickets=args.tickets, reset=args.reset, database_name=name)
    if args.seed_only:
        return 0
    refresh = refresh_times()
    manage("shell", "-c", LEAD_SNIPPET.format(username=LEAD, password=BENCH_PASSWORD), env=env)
    static_collect(env=env)

    from audit.models import ConfigSnapshot

    snapshot = ConfigSnapshot.objects.filter(content_hash__startswith="bench-").order_by("-id")
    snapshot_id = snapshot.values_list("id", flat=True).first()
    import datetime as dt

    from django.utils import timezone

    year_ago = (timezone.localdate() - dt.timedelta(days=364)).isoformat()
    paths = {
        "/healthz (baseline)": "/healthz",
        "/metrics/ (12 weeks)": "/metrics/",
        "/metrics/ (52 weeks)": f"/metrics/?from={year_ago}",
        "/metrics/ class filter": "/metrics/?class=shipping-status",
        "/metrics/ snapshot+channel": f"/metrics/?snapshot={snapshot_id}&channel=email",
        "drill-down (re-opened)": "/metrics/tickets/?series=reopen&hits=1",
        "CSV export": "/metrics/export.csv",
    }
    load = os.getloadavg()
    with gunicorn(env=env, workers=args.workers) as server:
        session = HttpSession(server.base_url)
        session.login(LEAD, BENCH_PASSWORD)
        targets = {label: (path, {}) for label, path in paths.items()}
        timed = requests_interleaved(
            server, session, targets, requests=args.requests, warmup=args.warmup
        )
    counts = query_counts({k: v for k, v in paths.items() if v != "/healthz"})
    base = timed["/healthz (baseline)"]["server"]["median_ms"]
    print()
    print(f"{'URL':32} {'median ms':>10} {'p90 ms':>9} {'x /healthz':>10} {'queries':>8}")
    for label, result in timed.items():
        server_ms = result["server"]
        ratio = server_ms["median_ms"] / base if base else 0
        queries = counts.get(label, {}).get("queries", "")
        print(
            f"{label:32} {server_ms['median_ms']:>10.1f} {server_ms['p90_ms']:>9.1f}"
            f" {ratio:>10.1f} {queries!s:>8}"
        )
    dash = max(
        timed["/metrics/ (12 weeks)"]["server"]["median_ms"],
        timed["/metrics/ (52 weeks)"]["server"]["median_ms"],
    )
    print(
        f"\nrollup refresh: full {refresh['full_seconds']}s, recent weeks "
        f"{refresh['window_seconds']}s ({refresh['rollup_rows']:,} rows)"
    )
    print(
        f"goal: /metrics/ median under {GOAL_MS:.0f} ms over 12 and 52 weeks: "
        f"{'met' if dash < GOAL_MS else 'NOT met'} (slower of the two {dash:.1f} ms); load average before timing {load[0]:.2f}"
    )
    path = results_write(
        "metrics",
        {
            "tickets": args.tickets,
            "seed": seeded,
            "refresh": refresh,
            "timed": timed,
            "queries": counts,
            "load_average": load,
            "requests": args.requests,
            "goal_ms": GOAL_MS,
            "goal_met": dash < GOAL_MS,
        },
    )
    log(f"results: {path}")
    return 0 if dash < GOAL_MS else 1


if __name__ == "__main__":
    sys.exit(main())
