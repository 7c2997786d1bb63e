"""Pipeline throughput through a real Celery worker (Redis broker, PostgreSQL).

    python3 dev.py bench pipeline            # or: .venv/bin/python bench/pipeline.py --tickets 300

Three measurements in one command, on the same bench database and the same ticket texts:
  1. baseline: the stage work alone (classify, context, draft computed in this process, no
     Celery, no bookkeeping) - what the pipeline cannot go below;
  2. offline provider through the worker (2 prefork processes, acks_late, one task per stage);
  3. OpenAI-compatible provider through the worker against a zero-latency local
     chat-completions server (pipeline overhead of the real `openai` client path).
For 2 and 3: tickets/s from first enqueue (the intake process's start) to last run done, and
from the first ticket's commit to last run done (after four warm-up tickets that
load the encoder and the class model in both worker processes; progress is polled with one SQL
query, not a Django process), the per-stage time split (median
StageRecord duration) and prompt size per ticket (3 only: characters sent / 4 as a token
estimate, since the local server does not tokenize).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import signal
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._harness import ROOT, database_ensure, django_env, log, manage, python, results_write  # noqa: E402

DATABASE_URL = "postgres://postgres@127.0.0.1:5432/supportdesk_bench_pipeline"
BROKER = "redis://127.0.0.1:6379/12"
CACHE = "redis://127.0.0.1:6379/11"

TEXTS = [
    (
        "Where is my order",
        "Where is my weather station parcel? Order 48213, tracking shows nothing for days.",
    ),
    (
        "Password reset",
        "I cannot log in to Fernhill Cloud, the password reset email never arrives.",
    ),
    ("Return", "Can I return my station? It arrived 10 days ago and I do not need it."),
    ("Pricing", "What does the Business plan cost per seat if we pay annually?"),
    ("Pairing", "The rain gauge will not pair with my station, the light keeps blinking red."),
    ("Double charge", "You charged my card twice this month, please explain the second charge."),
]

INTAKE = """
import json, sys
from tickets.inbound import InboundMessage
from tickets.services import inbound_ingest
texts = json.loads(sys.argv[-1]) if False else {texts}
for i in range({count}):
    subject, text = texts[i % len(texts)]
    inbound_ingest(inbound=InboundMessage(from_address=f"bench{{i}}-{tag}@example.com",
                   subject=subject, body_text=text), channel="email")
"""

STATS = """
import json, statistics
from django.db.models import Count
from drafts.models import PipelineRun, StageRecord
runs = PipelineRun.objects.filter(ticket__customer__email__endswith="-{tag}@example.com")
done = runs.filter(status__in=["done", "failed"]).count()
out = {{"runs": runs.count(), "finished": done, "failed": runs.filter(status="failed").count()}}
if {final}:
    split = {{}}
    for stage in ["classify", "context", "draft", "route"]:
        values = list(StageRecord.objects.filter(run__in=runs, stage=stage, outcome="ok")
                      .values_list("duration_ms", flat=True))
        split[stage] = round(statistics.median(values), 2) if values else None
    out["stage_median_ms"] = split
    from django.db.models import Max, Min
    span = runs.aggregate(
        first=Min("ticket__created_at"), last=Max("ticket__created_at"), done=Max("finished_at")
    )
    out["intake_seconds"] = round((span["last"] - span["first"]).total_seconds(), 2)
    out["first_intake_to_done_seconds"] = round((span["done"] - span["first"]).total_seconds(), 2)
print(json.dumps(out))
"""

BASELINE = """
import json, time, statistics
from drafts import stages
from drafts.models import PipelineRun
runs = list(PipelineRun.objects.filter(status="done", provider="offline").select_related(
    "ticket__customer", "message", "request_class")[:{count}])
start = time.perf_counter()
for run in runs:
    stages.stage_classify(run)
    stages.stage_context(run)
    stages.stage_draft(run)
elapsed = time.perf_counter() - start
print(json.dumps({{"tickets": len(runs), "seconds": elapsed, "per_second": len(runs) / elapsed}}))
"""


def shell(code: str, env: dict) -> dict:
    return json.loads(manage("shell", "-c", code, env=env, capture=True).strip().splitlines()[-1])


def worker(env: dict, log_path: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [
            python(),
            "-m",
            "celery",
            "-A",
            "supportdesk",
            "worker",
            "--pool=prefork",
            "-c",
            "2",
            "-l",
            "info",  # drafts.chunks' line per chunk and stage (chunk_times)
            "--without-gossip",
            "--without-mingle",
        ],
        cwd=ROOT,
        env=env,
        start_new_session=True,
        stdout=open(log_path, "ab"),
        stderr=subprocess.STDOUT,
    )


PROGRESS_SQL = """
SELECT count(*), count(*) FILTER (WHERE r.status IN ('done', 'failed'))
FROM drafts_pipelinerun r
JOIN tickets_ticket t ON t.id = r.ticket_id
JOIN tickets_customer c ON c.id = t.customer_id
WHERE c.email LIKE %s
"""


def progress(tag: str) -> tuple[int, int]:
    """(runs, finished) for the tag's tickets: one SQL query, no Django process (polling with
    `manage.py shell` cost about a second of CPU per poll on these 2 cores, taken from the
    worker being measured)."""
    import psycopg

    with psycopg.connect(DATABASE_URL.replace("postgres://", "postgresql://")) as conn:
        runs, finished = conn.execute(PROGRESS_SQL, [f"%-{tag}@example.com"]).fetchone()
    return int(runs), int(finished)


def wait_finished(tag: str, count: int, timeout: float = 600) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        runs, finished = progress(tag)
        if runs == count and finished == count:
            return
        time.sleep(0.2)


CHUNK_LINE = re.compile(r"pipeline chunk stage=(\w+) runs=(\d+) (.*)")


def chunk_times(log_path: Path, offset: int) -> dict:
    """The worker's drafts.chunks lines written since `offset`: per stage, how many chunks,
    runs per chunk, and the seconds spent in each part of a chunk (summed over chunks and both
    processes): begin, load, prepare (encoder calls, vectorised scoring, prefetches), work (the
    stage functions, what the stage records time) and apply."""
    with open(log_path, "rb") as handle:
        handle.seek(offset)
        text = handle.read().decode("utf-8", "replace")
    stages: dict[str, dict] = {}
    for stage, runs, rest in CHUNK_LINE.findall(text):
        entry = stages.setdefault(stage, {"chunks": 0, "runs": 0, "seconds": {}})
        entry["chunks"] += 1
        entry["runs"] += int(runs)
        for part in rest.split():
            name, _, value = part.partition("_ms=")
            entry["seconds"][name] = entry["seconds"].get(name, 0.0) + float(value) / 1000
    for entry in stages.values():
        entry["runs_per_chunk"] = round(entry["runs"] / entry["chunks"], 1)
        entry["seconds"] = {k: round(v, 2) for k, v in entry["seconds"].items()}
    return stages


def through_worker(*, env: dict, count: int, tag: str, log_path: Path) -> dict:
    import redis

    redis.Redis.from_url(BROKER).flushdb()
    proc = worker(env, log_path)
    try:
        # Warm-up, not measured: both worker processes load the encoder and the class model.
        manage("shell", "-c", INTAKE.format(texts=TEXTS, count=4, tag=f"w{tag}"), env=env)
        wait_finished(f"w{tag}", 4, timeout=120)
        offset = log_path.stat().st_size
        started = time.perf_counter()
        manage("shell", "-c", INTAKE.format(texts=TEXTS, count=count, tag=tag), env=env)
        wait_finished(tag, count)
        elapsed = time.perf_counter() - started
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=30)
    stats = shell(STATS.format(tag=tag, final=True), env)
    stats["chunks"] = chunk_times(log_path, offset)
    stats.update(
        {
            "tickets": count,
            "seconds": round(elapsed, 2),
            "tickets_per_second": round(count / elapsed, 2),
            # Without the intake process's start (a `manage.py shell`, about 1.5-2.5 s here):
            # from the first ticket's commit to the last run done, read from the database.
            "tickets_per_second_from_first_intake": round(
                count / stats["first_intake_to_done_seconds"], 2
            ),
        }
    )
    return stats


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tickets", type=int, default=300)
    parser.add_argument(
        "--offline-only", action="store_true", help="Skip the OpenAI-compatible measurement."
    )
    args = parser.parse_args()

    env = django_env(
        DATABASE_URL,
        CELERY_BROKER_URL=BROKER,
        SUPPORTDESK_MODEL_PROVIDER="offline",
        # Shared by intake and the worker, as in production (drafts.services.
        # pipeline_dispatch_soon: one dispatch request outstanding, not one per commit).
        CACHE_URL=CACHE,
    )
    database_ensure(DATABASE_URL)
    manage("migrate", "--noinput", "-v", "0", env=env)
    manage("import_policies", str(ROOT / "demo" / "policies"), env=env, capture=True)
    manage(
        "import_history",
        str(ROOT / "demo" / "history.csv"),
        "--label-map",
        str(ROOT / "demo" / "label_map.json"),
        env=env,
        capture=True,
    )
    manage("train_classifier", "--if-missing", env=env, capture=True)
    log_path = ROOT / "var" / "bench-pipeline-worker.log"
    log_path.parent.mkdir(exist_ok=True)
    stamp = str(int(time.time()))

    log(f"offline provider through the worker, {args.tickets} tickets")
    offline = through_worker(env=env, count=args.tickets, tag=f"off{stamp}", log_path=log_path)
    log(f"  {offline}")

    log("baseline: the same stage work in one process, no Celery, no bookkeeping")
    baseline = shell(BASELINE.format(count=args.tickets), env)
    log(f"  {baseline}")

    remote = None if args.offline_only else openai_through_worker(env, args, stamp, log_path)

    result = {
        "tickets": args.tickets,
        "baseline_in_process": baseline,
        "offline_worker": offline,
        "offline_vs_baseline": round(offline["tickets_per_second"] / baseline["per_second"], 3),
        "offline_from_first_intake_vs_baseline": round(
            offline["tickets_per_second_from_first_intake"] / baseline["per_second"], 3
        ),
        "load_average": os.getloadavg(),
        "command": "bench/pipeline.py " + " ".join(sys.argv[1:]),
    }
    if remote is not None:
        result["openai_zero_latency_worker"] = remote
    path = results_write("pipeline", result)
    print(json.dumps(result, indent=2))
    log(f"written to {path}")


def openai_through_worker(env: dict, args, stamp: str, log_path) -> dict:
    """The same tickets through the worker with the OpenAI-compatible provider against a
    zero-latency local chat-completions server; the prompt size per ticket beside the rate."""
    sys.path.insert(0, str(ROOT))
    from tests.fakes.chat_server import ChatServer, Reply

    server = ChatServer().start()
    sent_chars: list[int] = []

    def respond(body):
        sent_chars.append(sum(len(m.get("content") or "") for m in body.get("messages", [])))
        name = body.get("response_format", {}).get("json_schema", {}).get("name")
        if name == "classification":
            return Reply(
                {
                    "request_class": "shipping-status",
                    "confidence": 0.9,
                    "language": "en",
                    "urgency": "normal",
                    "product_area": "shipping",
                    "frustration": 0.0,
                    "churn_risk": 0.0,
                }
            )
        return Reply(
            {
                "reply": "Thanks, here is what applies [P1].",
                "citations": ["P1"],
                "basis": ["shipping policy"],
            }
        )

    server.responder = respond
    openai_env = {
        **env,
        "SUPPORTDESK_MODEL_PROVIDER": "openai",
        "OPENAI_BASE_URL": server.base_url,
        "OPENAI_API_KEY": "bench",
    }
    log(f"OpenAI-compatible provider, zero-latency local endpoint, {args.tickets} tickets")
    try:
        remote = through_worker(
            env=openai_env, count=args.tickets, tag=f"oai{stamp}", log_path=log_path
        )
    finally:
        server.stop()
    per_ticket = [a + b for a, b in zip(sent_chars[0::2], sent_chars[1::2], strict=False)]
    remote["prompt_chars_per_ticket_median"] = statistics.median(per_ticket) if per_ticket else 0
    remote["prompt_tokens_per_ticket_estimate"] = round(
        remote["prompt_chars_per_ticket_median"] / 4
    )
    log(f"  {remote}")
    return remote


if __name__ == "__main__":
    main()
