"""CPU per API create, in one process, one request at a time: the figure for deciding whether a
change to the intake path pays, on a machine too busy for throughput figures to compare.

    .venv/bin/python bench/api_intake_cpu.py [--requests 1000] [--runs 5] [--env NAME=VALUE ...]

What it does: drops and recreates the database `supportdesk_bench_api_cpu` (production
settings, as api_intake.py), migrates it, issues an API token, then in this process drives
`POST /api/v1/tickets` through Django's test client (the whole stack: middleware, URL conf,
view, intake, the pipeline hook after commit on a file-system broker) with the same payloads
as api_intake.py (400 customers), 200 warm-up creates first. Per round it reports the CPU this
process spent per create (time.process_time) and the CPU its PostgreSQL backend spent
(/proc/<backend pid>/stat, 10 ms ticks, so rounds of 1,000 creates or more), and prints the
medians over the rounds. CPU time is what a busy machine distorts least: it does not count
the time spent waiting for a core. --env NAME=VALUE sets a setting before Django starts
(e.g. CACHE_URL=redis://127.0.0.1:6379/13)."""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _harness import ROOT, database_ensure, django_env, log, manage  # noqa: E402
from api_intake import database_drop, ticket_request_builder  # noqa: E402

DATABASE_URL = "postgres://postgres@127.0.0.1:5432/supportdesk_bench_api_cpu"
VAR_DIR = ROOT / "var" / "bench" / "api_intake_cpu"
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def backend_cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS  # utime + stime


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=1000, help="creates per round")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--env", action="append", default=[], metavar="NAME=VALUE")
    parser.add_argument("--database-url", default=DATABASE_URL)
    parser.add_argument(
        "--profile", type=int, default=0, metavar="N", help="then cProfile N more creates"
    )
    args = parser.parse_args()

    extra = {"SUPPORTDESK_VAR_DIR": str(VAR_DIR), "DATABASE_CONN_MAX_AGE": "600"}
    extra.update(item.split("=", 1) for item in args.env)
    env = django_env(args.database_url, **extra)
    database_drop(args.database_url)
    database_ensure(args.database_url)
    log(f"migrating {args.database_url}")
    manage("migrate", "--noinput", "-v", "0", env=env)
    os.environ.update(env)

    import django

    django.setup()
    from django.db import connection
    from django.test import Client

    from tickets.tokens import api_token_create

    key = api_token_create(name="bench api_intake_cpu").key
    client = Client()

    def run(requests: int, tag: str) -> None:
        build = ticket_request_builder(key, idempotency_keys=True, run_tag=tag)
        for i in range(requests):
            _, path, body, headers = build(i)
            response = client.post(
                path,
                body,
                content_type="application/json",
                HTTP_AUTHORIZATION=headers["Authorization"],
                HTTP_IDEMPOTENCY_KEY=headers["Idempotency-Key"],
                HTTP_HOST="127.0.0.1",
                HTTP_X_FORWARDED_PROTO="https",
            )
            if response.status_code != 201:
                raise SystemExit(
                    f"create failed: {response.status_code} {response.content[:300]!r}"
                )

    run(200, "warmup")
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        (backend,) = cursor.fetchone()
    python_ms, database_ms = [], []
    for round_no in range(1, args.runs + 1):
        cpu0, db0, wall0 = time.process_time(), backend_cpu_seconds(backend), time.perf_counter()
        run(args.requests, f"run{round_no}")
        cpu1, db1, wall1 = time.process_time(), backend_cpu_seconds(backend), time.perf_counter()
        python_ms.append((cpu1 - cpu0) * 1000 / args.requests)
        database_ms.append((db1 - db0) * 1000 / args.requests)
        log(
            f"round {round_no}: {python_ms[-1]:.3f} ms CPU/create in Django + "
            f"{database_ms[-1]:.3f} ms in PostgreSQL = {python_ms[-1] + database_ms[-1]:.3f} "
            f"({(wall1 - wall0) * 1000 / args.requests:.2f} ms wall)"
        )
    med = statistics.median
    totals = [p + d for p, d in zip(python_ms, database_ms, strict=True)]
    log(
        f"median of {args.runs} rounds x {args.requests} creates: {med(python_ms):.3f} ms Django "
        f"+ {med(database_ms):.3f} ms PostgreSQL = {med(totals):.3f} ms CPU per create "
        f"(load average {os.getloadavg()[0]:.2f})"
    )
    if args.profile:
        import cProfile
        import pstats

        profiler = cProfile.Profile(time.process_time)
        profiler.runcall(run, args.profile, "profile")
        stats = pstats.Stats(profiler).sort_stats("cumulative")
        # The project's own functions and the library calls intake is known to spend on, by
        # cumulative time; then the 25 functions with the most time of their own.
        stats.print_stats(
            r"^(?!.*site-packages).*/(tickets|drafts|audit|supportdesk)/|celery/app/task|"
            r"kombu.*publish|base.py.*\(save\)|cache",
            45,
        )
        stats.sort_stats("tottime").print_stats(25)
    connection.close()
    database_drop(args.database_url)
    return 0


if __name__ == "__main__":
    sys.exit(main())
