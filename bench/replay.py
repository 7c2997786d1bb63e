"""Replay throughput on PostgreSQL, with the offline provider, in one process.

    .venv/bin/python bench/replay.py                    # 1,000 tickets (the goal names 10,000)
    .venv/bin/python bench/replay.py --tickets 10000    # the goal's size (seeding takes long)

1. Prepares the bench database supportdesk_bench_replay (created if missing, migrated, the demo
   loaded for its classifier, policies and reply memory), then takes in `--tickets` customer
   messages through intake with the pipeline run in process (Celery eager), once: later runs
   reuse them.
2. In one process, interleaved `--rounds` times: the baseline, the classify, context and draft
   stages called directly on the same runs (what replay cannot go below), and
   `drafts.replay.pipeline_replay` over the same runs (its bookkeeping: reading what was decided,
   one rolled-back transaction per ticket, routing, comparing, sent-reply distances).
   Reported: medians of tickets/s, the ratio replay/baseline, queries per ticket, and the
   time 10,000 tickets would take at that rate.

The issue's goal (10,000 tickets in under 60 s on 2 cores) needs about 167 tickets/s.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench._harness import database_ensure, django_env, log, manage, python, results_write  # noqa: E402

DATABASE_URL = "postgres://postgres@127.0.0.1:5432/supportdesk_bench_replay"
TEXTS = [
    ("Where is my order", "Where is my weather station parcel? Order {n}, tracking shows nothing."),
    ("Return", "Can I return my station? I bought it {d} days ago and want my money back."),
    ("Login", "I cannot log in, the password reset email never arrives. Account {n}."),
    ("Rain gauge", "The rain gauge reads 0 mm although it rained all night, unit {n}."),
    ("Price", "How much is the Business plan for {d} stations, and are SMS alerts included?"),
    ("Charged twice", "You charged my card twice this month for order {n}, please refund one."),
    ("Bestellung", "Meine Bestellung {n} ist seit {d} Tagen unterwegs, wo ist das Paket?"),
    ("Connexion", "Je n'arrive plus à me connecter depuis {d} jours, compte {n}."),
]


def inner(tickets: int, rounds: int) -> dict:
    import django

    django.setup()
    from celery import current_app
    from django.db import connection, transaction
    from django.test.utils import CaptureQueriesContext

    from drafts import stages
    from drafts.models import PipelineRun
    from drafts.replay import pipeline_replay
    from tickets.inbound import InboundMessage
    from tickets.services import inbound_ingest

    have = PipelineRun.objects.filter(status="done", trigger="inbound").count()
    if have < tickets:
        current_app.conf.task_always_eager = True
        started = time.perf_counter()
        for i in range(have, tickets):
            subject, body = TEXTS[i % len(TEXTS)]
            message = InboundMessage(
                from_address=f"bench{i % 500}@example.com",
                subject=f"{subject} {i}",
                body_text=body.format(n=40000 + i, d=3 + i % 20),
            )
            with transaction.atomic():
                inbound_ingest(inbound=message, channel="email")
            if (i + 1) % 100 == 0:
                print(f"[bench] seeded {i + 1}/{tickets}", file=sys.stderr, flush=True)
        print(
            f"[bench] seeding took {time.perf_counter() - started:.0f} s",
            file=sys.stderr,
            flush=True,
        )
    runs = list(
        PipelineRun.objects.filter(status="done", trigger="inbound")
        .select_related("ticket__customer", "message", "request_class")
        .order_by("-id")[:tickets]
    )

    def baseline() -> None:
        for run in runs:
            with transaction.atomic():
                again = PipelineRun(ticket=run.ticket, message=run.message)
                for stage in (stages.stage_classify, stages.stage_context, stages.stage_draft):
                    result = stage(again)
                    for key, value in result.run_updates.items():
                        setattr(again, key, value)
                transaction.set_rollback(True)

    def replay() -> None:
        pipeline_replay(last=len(runs))

    baseline()  # warm: models loaded, caches filled
    rates: dict[str, list[float]] = {"baseline": [], "replay": []}
    for _ in range(rounds):
        for name, work in (("baseline", baseline), ("replay", replay)):
            started = time.perf_counter()
            work()
            rates[name].append(len(runs) / (time.perf_counter() - started))
    with CaptureQueriesContext(connection) as queries:
        replay()
    return {
        "tickets": len(runs),
        "rounds": rounds,
        "tickets_per_second": {k: round(statistics.median(v), 1) for k, v in rates.items()},
        "all_rates": {k: [round(x, 1) for x in v] for k, v in rates.items()},
        "queries_per_ticket": round(len(queries.captured_queries) / len(runs), 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tickets", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--inner", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.inner:
        print(json.dumps(inner(args.tickets, args.rounds)))
        return
    env = django_env(DATABASE_URL, var_dir=ROOT / "var" / "bench-replay")
    env["SUPPORTDESK_PIPELINE_ENABLED"] = "true"
    if database_ensure(DATABASE_URL):
        log("new database: migrating and loading the demo")
    manage("migrate", "--noinput", "-v", "0", env=env)
    manage("load_demo", "--allow-production", env=env, capture=True)
    command = [python(), __file__, "--inner", "--tickets", str(args.tickets)]
    command += ["--rounds", str(args.rounds)]
    started = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    sys.stderr.write(done.stderr[-2000:] if done.returncode else "")
    if done.returncode:
        raise SystemExit("the bench failed (see above)")
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    rates = figures["tickets_per_second"]
    figures["ratio_replay_to_baseline"] = round(rates["replay"] / rates["baseline"], 3)
    figures["seconds_for_10000_at_replay_rate"] = round(10000 / rates["replay"], 1)
    figures["load_average"] = os.getloadavg()
    figures["command"] = "bench/replay.py " + " ".join(sys.argv[1:])
    figures["wall_seconds"] = round(time.perf_counter() - started, 1)
    log(
        f"{figures['tickets']} tickets: baseline (stages alone) {rates['baseline']}/s, replay "
        f"{rates['replay']}/s (ratio {figures['ratio_replay_to_baseline']}), "
        f"{figures['queries_per_ticket']} queries per ticket; 10,000 would take "
        f"{figures['seconds_for_10000_at_replay_rate']} s (goal: under 60 s)"
    )
    log(f"written to {results_write('replay', figures)}")


if __name__ == "__main__":
    main()
