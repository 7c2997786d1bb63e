"""API intake throughput: POST /api/v1/tickets over HTTP, against gunicorn, on PostgreSQL.

    .venv/bin/python bench/api_intake.py [--requests 3000] [--clients 8] [--runs 3]
        [--workers 3] [--threads 4] [--no-idempotency-keys] [--pipeline off] [--keep-database]
        [--env NAME=VALUE ...]
    (or: python3 dev.py bench api_intake -- --requests 3000)

What it does: drops and recreates the database `supportdesk_bench_api` (and drops it again at
the end unless --keep-database), migrates it, issues an API token, starts gunicorn with
production settings (DEBUG off, persistent database connections) and, for each of --runs
rounds, drives first the baseline (`GET /healthz`, the same clients, the same connections
handling) and then `POST /api/v1/tickets` with --clients concurrent clients (threads, one
keep-alive http.client connection each) until --requests requests are done. Every create is
a full intake: token check (read on every request with the default process-local cache;
remembered for 5 s with `--env CACHE_URL=redis://...`, as in production), raw body
stored and committed, parse, customer matched (400 customers, so most creates match an
existing one), ticket + message + event, idempotency key, the message marked for the drafting
pipeline, and a dispatch asked for after each commit (a Celery message on a file-system broker in
var/bench/api_intake; no worker consumes it here). Reports requests/s, median and p90 latency per round and the median
of the rounds, the intake/baseline ratio, CPU per create by process (gunicorn, its PostgreSQL
backends, the bench's clients, the whole machine), and checks that the database holds exactly
one ticket per 201. --env NAME=VALUE passes a setting to the server (to compare one change).
"""

from __future__ import annotations

import argparse
import http.client
import itertools
import json
import os
import shutil
import statistics
import sys
import threading
import time
import urllib.parse
import uuid
import zlib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _harness import (  # noqa: E402
    ROOT,
    database_ensure,
    django_env,
    gunicorn,
    log,
    manage,
    percentile,
    results_write,  # noqa: E402
)

DATABASE_URL = "postgres://postgres@127.0.0.1:5432/supportdesk_bench_api"
VAR_DIR = ROOT / "var" / "bench" / "api_intake"

ISSUE_SNIPPET = """
from tickets.tokens import api_token_create
print("KEY=" + api_token_create(name="bench api_intake").key)
"""

SUBJECTS = [
    "Station stopped reporting",
    "Anemometer reads zero in strong wind",
    "Refund for a damaged rain gauge",
    "Cannot log in to Fernhill Cloud",
    "Invoice shows the wrong plan",
    "How do I add a second station?",
    "Alerts arrive hours late",
    "Shipping status of my order",
]
BODY = (
    "Hello, my station (serial FH-{n:06d}) has been showing odd readings since the last "
    "firmware update. The outdoor sensor drops out every few hours and the dashboard shows "
    "gaps. I tried re-pairing and moving the hub closer, no change. Could you take a look? "
    "Order reference {n}. Thanks!"
)


# --- database and server ---------------------------------------------------------------------


def database_drop(database_url: str) -> None:
    import psycopg
    from psycopg import sql

    parts = urllib.parse.urlsplit(database_url)
    name = parts.path.lstrip("/")
    if "bench" not in name:
        raise SystemExit(f"refusing to drop {name!r}: not a bench database")
    admin_url = urllib.parse.urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
        )


def database_counts(database_url: str) -> dict[str, int]:
    import psycopg

    with psycopg.connect(database_url) as conn:
        return {
            table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608
            for table in (
                "tickets_ticket",
                "tickets_message",
                "tickets_rawinbound",
                "tickets_idempotencykey",
                "tickets_customer",
            )
        }


def _process_cpu_seconds(pid: int) -> float:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0  # exited
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime


def server_pids(*, gunicorn_master: int, database_url: str) -> dict[str, list[int]]:
    """The gunicorn master and workers ("web"), and the PostgreSQL backends serving the bench
    database ("db"; persistent connections, so the same backends live through a round)."""
    import psycopg

    web = [gunicorn_master]
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            if int(stat.read_text().rsplit(")", 1)[1].split()[1]) == gunicorn_master:
                web.append(int(stat.parent.name))
        except (OSError, ValueError, IndexError):
            continue
    name = urllib.parse.urlsplit(database_url).path.lstrip("/")
    with psycopg.connect(database_url) as conn:
        rows = conn.execute(
            "SELECT pid FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()",
            [name],
        ).fetchall()
    return {"web": web, "db": [row[0] for row in rows]}


def cpu_by_pid(pids: list[int]) -> dict[int, float]:
    return {pid: _process_cpu_seconds(pid) for pid in pids}


def cpu_used(before: dict[int, float], after: dict[int, float]) -> float:
    # A process that exited took its counters with it (not counted); one that started during
    # the round (a connection a gunicorn thread opened late) counts from zero.
    return sum(spent - before.get(pid, 0.0) for pid, spent in after.items() if spent)


def machine_cpu_seconds() -> float:
    """CPU seconds spent by everything on the machine (user + nice + system + irq + softirq)."""
    fields = Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]
    busy = sum(int(fields[i]) for i in (0, 1, 2, 5, 6))
    return busy / os.sysconf("SC_CLK_TCK")


# --- load ------------------------------------------------------------------------------------


@dataclass
class Round:
    requests: int
    seconds: float
    latencies: list[float]
    statuses: Counter
    # CPU seconds: "web" gunicorn, "db" its PostgreSQL backends, "client" this process's
    # client threads, "machine" everything on the machine (so also PostgreSQL's WAL writer).
    cpu: dict[str, float] = field(default_factory=dict)

    @property
    def server_cpu(self) -> float:
        return self.cpu.get("web", 0.0) + self.cpu.get("db", 0.0)

    @property
    def cpu_ms_per_request(self) -> float:
        return self.server_cpu / self.requests * 1000

    def cpu_ms(self, kind: str) -> float:
        return self.cpu.get(kind, 0.0) / self.requests * 1000

    @property
    def per_second(self) -> float:
        return self.requests / self.seconds

    def summary(self) -> dict:
        return {
            "requests": self.requests,
            "seconds": round(self.seconds, 3),
            "per_second": round(self.per_second, 1),
            "median_ms": round(statistics.median(self.latencies) * 1000, 2),
            "p90_ms": round(percentile(self.latencies, 0.9) * 1000, 2),
            "statuses": dict(self.statuses),
            "server_cpu_ms_per_request": round(self.cpu_ms_per_request, 2),
            "cpu_ms_per_request": {k: round(self.cpu_ms(k), 2) for k in self.cpu},
        }


def drive(*, port: int, requests: int, clients: int, build, pids=dict) -> Round:
    """`clients` threads, each with one keep-alive connection (http.client reopens it when the
    server closes it), share `requests` requests; build(i) -> (method, path, body, headers)."""
    counter = itertools.count()
    lock = threading.Lock()
    latencies: list[float] = []
    statuses: Counter = Counter()
    failures: list[str] = []
    start = threading.Barrier(clients + 1)

    def client() -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        mine: list[float] = []
        seen: Counter = Counter()
        start.wait()
        while True:
            with lock:
                i = next(counter)
            if i >= requests:
                break
            method, path, body, headers = build(i)
            began = time.perf_counter()
            try:
                conn.request(method, path, body=body, headers=headers)
                response = conn.getresponse()
                payload = response.read()
            except (http.client.HTTPException, OSError) as exc:
                conn.close()
                failures.append(f"{type(exc).__name__}: {exc}")
                seen["error"] += 1
                continue
            mine.append(time.perf_counter() - began)
            seen[response.status] += 1
            if response.status >= 300 and len(failures) < 5:
                failures.append(f"{response.status}: {payload[:200]!r}")
        conn.close()
        with lock:
            latencies.extend(mine)
            statuses.update(seen)

    threads = [threading.Thread(target=client) for _ in range(clients)]
    for t in threads:
        t.start()
    watched = pids()
    cpu_before = {kind: cpu_by_pid(group) for kind, group in watched.items()}
    client_before, machine_before = time.process_time(), machine_cpu_seconds()
    start.wait()
    began = time.perf_counter()
    for t in threads:
        t.join()
    seconds = time.perf_counter() - began
    watched_after = pids()
    cpu = {
        kind: cpu_used(cpu_before.get(kind, {}), cpu_by_pid(group))
        for kind, group in watched_after.items()
    }
    cpu["client"] = time.process_time() - client_before
    cpu["machine"] = machine_cpu_seconds() - machine_before
    if failures:
        log(f"failures (first {len(failures)}): {failures}")
    return Round(
        requests=requests,
        seconds=seconds,
        latencies=latencies,
        statuses=statuses,
        cpu=cpu,
    )


def healthz_request(_i: int):
    return "GET", "/healthz", None, {"Host": "127.0.0.1"}


def ticket_request_builder(key: str, *, idempotency_keys: bool, run_tag: str):
    auth = f"Bearer {key}"

    def build(i: int):
        n = zlib.crc32(f"{run_tag}-{i}".encode()) % 1_000_000
        payload = {
            "customer": {
                "email": f"customer{n % 400}@bench.example",
                "name": f"Bench Customer {n % 400}",
                "external_id": f"cus_{n % 400}",
                "tier": ("free", "starter", "business", "enterprise")[n % 4],
            },
            "subject": SUBJECTS[n % len(SUBJECTS)],
            "body": BODY.format(n=n),
        }
        headers = {"Host": "127.0.0.1", "Authorization": auth, "Content-Type": "application/json"}
        if idempotency_keys:
            headers["Idempotency-Key"] = f"{run_tag}-{i}-{uuid.uuid4().hex}"
        return "POST", "/api/v1/tickets", json.dumps(payload).encode(), headers

    return build


# --- main ------------------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=3000, help="creates per round")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--workers", type=int, default=3, help="gunicorn worker processes")
    parser.add_argument(
        "--threads", type=int, default=4, help="threads per worker (gthread; 1 = sync workers)"
    )
    parser.add_argument(
        "--no-idempotency-keys",
        action="store_true",
        help="send creates without an Idempotency-Key header",
    )
    parser.add_argument(
        "--pipeline",
        choices=["on", "off"],
        default="on",
        help="the drafting pipeline's enqueue hook after each create",
    )
    parser.add_argument(
        "--env",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="an extra setting for the server (repeatable), e.g. DATABASE_SERVER_SIDE_BINDING=false",
    )
    parser.add_argument("--keep-database", action="store_true")
    parser.add_argument("--database-url", default=DATABASE_URL)
    args = parser.parse_args()

    extra = {"SUPPORTDESK_VAR_DIR": str(VAR_DIR), "DATABASE_CONN_MAX_AGE": "600"}
    if args.pipeline == "off":
        extra["SUPPORTDESK_PIPELINE_ENABLED"] = "false"
    extra.update(item.split("=", 1) for item in args.env)
    env = django_env(args.database_url, **extra)

    shutil.rmtree(VAR_DIR, ignore_errors=True)
    database_drop(args.database_url)
    database_ensure(args.database_url)
    log(f"migrating {args.database_url}")
    manage("migrate", "--noinput", "-v", "0", env=env)
    out = manage("shell", "-c", ISSUE_SNIPPET, env=env, capture=True)
    key = next(line[4:] for line in out.splitlines() if line.startswith("KEY="))

    mode = (
        f"{args.workers} gthread workers x {args.threads} threads"
        if args.threads > 1
        else f"{args.workers} sync workers"
    )
    # gthread: each worker serves several keep-alive connections while others wait on
    # PostgreSQL; sync workers close the connection after every response.
    threaded = ["--threads", str(args.threads), "--worker-class", "gthread", "--keep-alive", "30"]
    baseline: list[Round] = []
    intake: list[Round] = []
    with gunicorn(
        env=env,
        workers=args.workers,
        extra_args=threaded if args.threads > 1 else (),
        access_log=False,
    ) as server:
        port = server.port
        log(
            f"{mode}; {args.clients} clients, {args.requests} requests per round, {args.runs} "
            f"rounds; pipeline hook {args.pipeline}; "
            f"idempotency keys {'off' if args.no_idempotency_keys else 'on'}"
        )
        # Warm up both paths (imports, connections, caches) before timing anything.
        drive(port=port, requests=200, clients=args.clients, build=healthz_request)
        drive(
            port=port,
            requests=200,
            clients=args.clients,
            build=ticket_request_builder(
                key, idempotency_keys=not args.no_idempotency_keys, run_tag="warmup"
            ),
        )
        before = database_counts(args.database_url)

        def pids():
            return server_pids(gunicorn_master=server.process.pid, database_url=args.database_url)

        for run in range(1, args.runs + 1):
            base = drive(
                port=port,
                requests=args.requests,
                clients=args.clients,
                build=healthz_request,
                pids=pids,
            )
            baseline.append(base)
            load = drive(
                port=port,
                requests=args.requests,
                clients=args.clients,
                build=ticket_request_builder(
                    key, idempotency_keys=not args.no_idempotency_keys, run_tag=f"run{run}"
                ),
                pids=pids,
            )
            intake.append(load)
            log(
                f"round {run}: healthz {base.per_second:7.1f} req/s "
                f"(median {statistics.median(base.latencies) * 1000:5.1f} ms) | "
                f"create {load.per_second:6.1f} tickets/s (median "
                f"{statistics.median(load.latencies) * 1000:5.1f} ms, p90 "
                f"{percentile(load.latencies, 0.9) * 1000:5.1f} ms; server CPU "
                f"{load.cpu_ms_per_request:4.2f} ms/create (gunicorn {load.cpu_ms('web'):4.2f}, "
                f"PostgreSQL {load.cpu_ms('db'):4.2f}, machine {load.cpu_ms('machine'):4.2f}), "
                f"{base.cpu_ms_per_request:4.2f} ms/healthz) statuses "
                f"{dict(load.statuses)}"
            )
        after = database_counts(args.database_url)

    created = sum(r.statuses.get(201, 0) for r in intake)
    new_tickets = after["tickets_ticket"] - before["tickets_ticket"]
    ok = created == args.requests * args.runs and new_tickets == created
    med = statistics.median
    result = {
        "command": " ".join([".venv/bin/python", "bench/api_intake.py", *sys.argv[1:]]),
        "server": mode,
        "clients": args.clients,
        "pipeline_hook": args.pipeline,
        "idempotency_keys": not args.no_idempotency_keys,
        "baseline_healthz": [r.summary() for r in baseline],
        "intake_create": [r.summary() for r in intake],
        "median": {
            "healthz_per_second": round(med(r.per_second for r in baseline), 1),
            "tickets_per_second": round(med(r.per_second for r in intake), 1),
            "create_median_ms": round(med(med(r.latencies) for r in intake) * 1000, 2),
            "create_p90_ms": round(med(percentile(r.latencies, 0.9) for r in intake) * 1000, 2),
            "healthz_server_cpu_ms": round(med(r.cpu_ms_per_request for r in baseline), 2),
            "create_server_cpu_ms": round(med(r.cpu_ms_per_request for r in intake), 2),
            "create_cpu_ms_by_process": {
                kind: round(med(r.cpu_ms(kind) for r in intake), 2)
                for kind in ("web", "db", "client", "machine")
            },
        },
        "database_rows_added": {k: after[k] - before[k] for k in after},
        "check_one_ticket_per_201": ok,
    }
    m = result["median"]
    m["intake_over_baseline"] = round(m["tickets_per_second"] / m["healthz_per_second"], 3)
    path = results_write("api_intake", result)

    print()
    print(
        f"API intake over HTTP, gunicorn {mode}, {args.clients} clients, "
        f"median of {args.runs} rounds x {args.requests} requests"
    )
    print(f"  baseline GET /healthz : {m['healthz_per_second']:8.1f} req/s")
    print(
        f"  POST /api/v1/tickets  : {m['tickets_per_second']:8.1f} tickets/s  "
        f"median {m['create_median_ms']} ms  p90 {m['create_p90_ms']} ms"
    )
    print(f"  ratio create/baseline : {m['intake_over_baseline']}")
    ceiling = (os.cpu_count() or 1) * 1000 / max(m["create_server_cpu_ms"], 0.01)
    print(
        f"  server CPU per request: create {m['create_server_cpu_ms']} ms, healthz "
        f"{m['healthz_server_cpu_ms']} ms (gunicorn + its PostgreSQL backends; on "
        f"{os.cpu_count()} cores that caps creates at ~{ceiling:.0f}/s with nothing else running)"
    )
    by = m["create_cpu_ms_by_process"]
    print(
        f"  CPU per create        : gunicorn {by['web']} ms, PostgreSQL backends {by['db']} ms, "
        f"bench clients {by['client']} ms, whole machine {by['machine']} ms"
    )
    print(f"  rows added            : {result['database_rows_added']}")
    print(f"  one ticket per 201    : {'yes' if ok else 'NO'}")
    print(f"  results               : {path.relative_to(ROOT)}")

    if args.keep_database:
        log(f"kept {args.database_url}")
    else:
        database_drop(args.database_url)
        log(f"dropped {args.database_url}")
    shutil.rmtree(VAR_DIR, ignore_errors=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
