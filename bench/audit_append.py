"""What the hash chain costs per event: event_record (digest, insert, seal after commit under
pg_advisory_xact_lock) against a plain insert of the same row (no digest, no seal), each event in
its own transaction, sequentially and with 4 concurrent writer threads.

    .venv/bin/python bench/audit_append.py                 # 5 rounds of 300 events per mode
    .venv/bin/python bench/audit_append.py --events 100    # quicker

Database supportdesk_bench_audit (migrated; shared with audit_timeline.py). Rounds alternate the
two modes so machine noise falls on both; the plain rows are sealed (untimed) after each plain
round so the next event_record round does not pay for them. Medians of microseconds per event;
results in bench/results/audit_append-<UTC time>.json.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _harness import database_ensure, django_env, log, manage, results_write  # noqa: E402

DATABASE_URL = "postgres://postgres@127.0.0.1:5432/supportdesk_bench_audit"

SNIPPET = r"""
import json, statistics, threading, time
from django.db import connections, transaction
from django.utils import timezone
from audit.chain import events_seal, chain_verify, json_digest
from audit.models import Event
from audit.services import event_record

N, ROUNDS, THREADS = NUMBERS
PAYLOAD = {"from": "new", "to": "in_pipeline", "reason": "pipeline started", "run_id": 123,
           "text": "Where is my station parcel? " * 10}
DIGEST = json_digest(PAYLOAD)  # computed once: the plain rows pay no hashing

def plain():
    with transaction.atomic():
        Event.objects.create(name="tickets.status_changed", created_at=timezone.now(),
                             actor_label="worker", payload=PAYLOAD, versions={"rules": 4},
                             payload_digest=DIGEST)

def chained():
    with transaction.atomic():
        event_record(name="tickets.status_changed", actor_label="worker", payload=PAYLOAD,
                     versions={"rules": 4})

def sequential(fn):
    started = time.perf_counter()
    for _ in range(N):
        fn()
    return (time.perf_counter() - started) / N * 1e6

def concurrent(fn):
    barrier = threading.Barrier(THREADS)
    def work():
        barrier.wait()
        for _ in range(N // THREADS):
            fn()
        connections.close_all()
    threads = [threading.Thread(target=work) for _ in range(THREADS)]
    started = time.perf_counter()
    for t in threads: t.start()
    for t in threads: t.join()
    return (time.perf_counter() - started) / (N // THREADS * THREADS) * 1e6

events_seal()
out = {"plain_seq": [], "chained_seq": [], "plain_4threads": [], "chained_4threads": []}
for _ in range(ROUNDS):
    out["plain_seq"].append(sequential(plain)); events_seal()
    out["chained_seq"].append(sequential(chained))
    out["plain_4threads"].append(concurrent(plain)); events_seal()
    out["chained_4threads"].append(concurrent(chained))
result = chain_verify()
out["chain_ok"] = result.ok and result.unsealed == 0
out["median_us"] = {k: round(statistics.median(v), 1) for k, v in out.items() if isinstance(v, list)}
print(json.dumps(out))
"""


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--events", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--database-url", default=DATABASE_URL)
    args = parser.parse_args()
    env = django_env(args.database_url)
    database_ensure(args.database_url)
    manage("migrate", "--noinput", "-v", "0", env=env)
    snippet = SNIPPET.replace("NUMBERS", f"{args.events}, {args.rounds}, {args.threads}")
    out = json.loads(manage("shell", "-c", snippet, env=env, capture=True).strip().splitlines()[-1])
    med = out["median_us"]
    summary = {
        **med,
        "chain_cost_us_sequential": round(med["chained_seq"] - med["plain_seq"], 1),
        "chained_over_plain_sequential": round(med["chained_seq"] / med["plain_seq"], 2),
        "chained_over_plain_4threads": round(med["chained_4threads"] / med["plain_4threads"], 2),
        "chain_ok": out["chain_ok"],
        "load_average": os.getloadavg(),
    }
    print(json.dumps(summary, indent=2))
    log(f"written {results_write('audit_append', {'summary': summary, 'raw': out})}")
    if not out["chain_ok"]:
        raise SystemExit("the chain does not verify after the bench")


if __name__ == "__main__":
    main()
