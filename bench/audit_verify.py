"""audit_verify over 1,000,000 events: events per second and peak memory, against a baseline.

    .venv/bin/python bench/audit_verify.py                  # 1,000,000 events, 3 rounds
    .venv/bin/python bench/audit_verify.py --events 200000  # quicker

1. Database supportdesk_bench_audit_1m (created, migrated). Events are seeded with COPY, the
   chain computed here with the same functions the sealer uses (audit.chain), continuing from
   the current head, until the table holds --events sealed events. Payloads are a realistic mix
   (status changes, customer messages of a few hundred characters, retrieval with candidates,
   drafts, routing decisions). Idempotent; --reset empties the table first (this database only;
   it sets audit.allow_truncate for its own session, as the test suite does).
2. Rounds, alternating: the baseline (a separate process streaming the same rows with the same
   query and chunk size, touching every column, no hashing) and `manage.py audit_verify` (run
   through call_command in a fresh process). Each process reports its wall time and its own
   peak RSS (getrusage ru_maxrss).
3. Medians, events per second, and the ratio to the baseline. Written to
   bench/results/audit_verify-<UTC time>.json.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from _harness import ROOT, database_ensure, django_env, log, manage, python, results_write  # noqa: E402

DATABASE_URL = "postgres://postgres@127.0.0.1:5432/supportdesk_bench_audit_1m"
COPY_BATCH = 50_000

MEASURE = r"""
import json, resource, sys, time
import django
django.setup()
mode = sys.argv[1]
started = time.perf_counter()
if mode == "verify":
    import io
    from django.core.management import call_command
    out = io.StringIO()
    call_command("audit_verify", stdout=out)
    ok = "The chain verifies." in out.getvalue()
    from audit.models import Event
    rows = Event.objects.exclude(seq=None).count()
    seconds = time.perf_counter() - started  # includes the count, a few ms
else:
    from audit.chain import VERIFY_COLUMNS
    from audit.models import Event
    rows = 0
    for row in (Event.objects.exclude(seq=None).order_by("seq")
                .values_list(*VERIFY_COLUMNS).iterator(chunk_size=2000)):
        rows += len(row)  # touch the row
    rows //= len(VERIFY_COLUMNS)
    ok = True
    seconds = time.perf_counter() - started
print(json.dumps({"mode": mode, "rows": rows, "seconds": seconds, "ok": ok,
                  "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def payload_for(i: int, rng: random.Random) -> tuple[str, dict, dict]:
    kind = i % 8
    if kind in (0, 5):
        return (
            "tickets.status_changed",
            {"from": "new", "to": "in_pipeline", "reason": "pipeline started"},
            {},
        )
    if kind == 1:
        words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(40, 120)))
        return (
            "tickets.message_received",
            {
                "message_id": i,
                "raw_id": i,
                "channel": "email",
                "from": f"c{i % 5000}@example.com",
                "subject": "Where is my station",
                "text": words,
                "attachments": [],
                "warnings": [],
            },
            {},
        )
    if kind == 2:
        candidates = [
            {
                "fragment_id": rng.randint(1, 300),
                "version_id": rng.randint(1, 40),
                "document": "shipping",
                "heading": "Delivery times",
                "score": round(rng.random() * 9, 4),
            }
            for _ in range(5)
        ]
        return (
            "drafts.context_assembled",
            {
                "run_id": i,
                "stage": "context",
                "attempt": 1,
                "duration_ms": 12.5,
                "inputs": {
                    "retrieval_query": "where is my parcel",
                    "request_class": "shipping-status",
                },
                "outputs": {
                    "retrieval": {
                        "query": "where is my parcel",
                        "method": "bm25",
                        "candidates": candidates,
                        "chosen": candidates[:3],
                    }
                },
            },
            {"policy_versions": [3, 7], "provider": "offline", "model": ""},
        )
    if kind == 3:
        return (
            "drafts.draft_generated",
            {
                "run_id": i,
                "stage": "draft",
                "outputs": {
                    "text": "Hi, your order ships within two working days [P1]. The support team",
                    "citations": [{"key": "P1", "fragment_id": 12, "version_id": 3}],
                    "basis": ["Policy shipping"],
                    "provider": "offline",
                    "prompt_tokens": 0,
                    "completion_tokens": 0,
                    "cost": 0.0,
                },
            },
            {"provider": "offline", "reply_template": "ab12cd34ef56ab78"},
        )
    if kind == 4:
        return (
            "routing.decided",
            {
                "decision_id": i,
                "run_ref": f"run:{i}",
                "fired": [
                    {
                        "rule": "Legal request",
                        "why": "all 1 condition(s) matched",
                        "conditions": [
                            {
                                "condition": "Legal request is yes",
                                "actual": True,
                                "matched": True,
                                "why": "is yes",
                            }
                        ],
                    }
                ],
                "invariants": [],
                "action": {"team": "legal", "priority": 3, "needs_human": True},
                "reasons": ["Legal must approve any reply."],
                "auto_send_allowed": False,
                "auto_send_reason": "a rule fired",
            },
            {"rules": 4, "rules_hash": "0123456789ab"},
        )
    return (
        "routing.applied",
        {
            "decision_id": i,
            "status": "escalated",
            "team": "legal",
            "priority": 3,
            "needs_human": True,
        },
        {},
    )


WORDS = (
    "station parcel order tracking courier refund weather sensor dashboard alert plan "
    "invoice billing password login warranty battery firmware display humidity wind"
).split()


def seed(database_url: str, target: int, reset: bool) -> dict:
    import psycopg

    from audit.chain import GENESIS, canonical_json, event_hash, json_digest

    with psycopg.connect(database_url, autocommit=True) as conn:
        if reset:
            conn.execute("SET audit.allow_truncate = 'on'")
            conn.execute("TRUNCATE audit_event RESTART IDENTITY")
        count = conn.execute("SELECT count(*) FROM audit_event WHERE seq IS NOT NULL").fetchone()[0]
        if count >= target:
            return {"seeded": 0, "present": count}
        head = conn.execute(
            "SELECT seq, hash FROM audit_event ORDER BY seq DESC NULLS LAST LIMIT 1"
        ).fetchone()
        seq, prev = head if head and head[0] else (0, GENESIS)
        next_id = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM audit_event").fetchone()[0]
        rng = random.Random(seq)
        base = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
        started = time.perf_counter()
        todo = target - count
        done = 0
        columns = (
            "id, name, created_at, ticket_id, actor_id, actor_label, payload, versions, "
            "payload_digest, seq, prev_hash, hash, erased_at"
        )
        while done < todo:
            n = min(COPY_BATCH, todo - done)
            with conn.transaction(), conn.cursor() as cur:
                with cur.copy(f"COPY audit_event ({columns}) FROM STDIN") as copy:
                    for _ in range(n):
                        seq += 1
                        name, payload, versions = payload_for(seq, rng)
                        created = base + dt.timedelta(microseconds=seq * 37_001)
                        ticket_id = seq // 25 + 1
                        digest = json_digest(payload)
                        current = event_hash(
                            prev_hash=prev,
                            seq=seq,
                            name=name,
                            created_at=created,
                            ticket_id=ticket_id,
                            actor_id=None,
                            actor_label="worker",
                            payload_digest=digest,
                            versions_digest=json_digest(versions),
                        )
                        copy.write_row(
                            (
                                next_id,
                                name,
                                created,
                                ticket_id,
                                None,
                                "worker",
                                canonical_json(payload).decode(),
                                canonical_json(versions).decode(),
                                digest,
                                seq,
                                prev,
                                current,
                                None,
                            )
                        )
                        next_id += 1
                        prev = current
            done += n
            rate = done / (time.perf_counter() - started)
            log(f"seeded {done:,}/{todo:,} events ({rate:,.0f}/s)")
        conn.execute(f"SELECT setval(pg_get_serial_sequence('audit_event', 'id'), {next_id})")
        conn.execute("ANALYZE audit_event")
        return {
            "seeded": done,
            "present": count + done,
            "seed_seconds": round(time.perf_counter() - started, 1),
        }


def measure(mode: str, env: dict) -> dict:
    result = subprocess.run(
        [python(), "-c", MEASURE, mode],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise SystemExit(f"{mode} failed: {result.stderr[-3000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--database-url", default=DATABASE_URL)
    parser.add_argument("--reset", action="store_true")
    args = parser.parse_args()
    if "bench" not in args.database_url:
        raise SystemExit("refusing: the database name must contain 'bench'")

    env = django_env(args.database_url)
    database_ensure(args.database_url)
    manage("migrate", "--noinput", "-v", "0", env=env)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "supportdesk.settings")
    seeding = seed(args.database_url, args.events, args.reset)
    log(f"seed: {seeding}")

    runs: dict[str, list[dict]] = {"baseline": [], "verify": []}
    for round_ in range(args.rounds):
        for mode in ("baseline", "verify"):
            result = measure(mode, env)
            if not result["ok"]:
                raise SystemExit("audit_verify reported a failure")
            runs[mode].append(result)
            log(
                f"round {round_ + 1} {mode}: {result['rows']:,} rows in {result['seconds']:.2f}s "
                f"({result['rows'] / result['seconds']:,.0f}/s), peak RSS {result['maxrss_mb']:.0f} MB"
            )

    def med(mode, key):
        return statistics.median(r[key] for r in runs[mode])

    rows = runs["verify"][0]["rows"]
    summary = {
        "events": rows,
        "baseline_seconds": round(med("baseline", "seconds"), 2),
        "verify_seconds": round(med("verify", "seconds"), 2),
        "baseline_events_per_s": round(rows / med("baseline", "seconds")),
        "verify_events_per_s": round(rows / med("verify", "seconds")),
        "verify_over_baseline": round(med("verify", "seconds") / med("baseline", "seconds"), 2),
        "baseline_peak_rss_mb": round(med("baseline", "maxrss_mb"), 1),
        "verify_peak_rss_mb": round(med("verify", "maxrss_mb"), 1),
        "load_average": os.getloadavg(),
    }
    print(json.dumps(summary, indent=2))
    path = results_write(
        "audit_verify",
        {"summary": summary, "seed": seeding, "runs": runs, "command": " ".join(sys.argv)},
    )
    log(f"written {path}")


if __name__ == "__main__":
    main()
