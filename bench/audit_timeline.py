"""Ticket timeline bench: a ticket with 200 events against one with 5: SQL queries per page (must
be equal) and the median server time over gunicorn, with /healthz as the baseline.

    .venv/bin/python bench/audit_timeline.py                  # 200 requests per URL
    .venv/bin/python bench/audit_timeline.py --requests 50    # quicker, noisier

1. Database supportdesk_bench_audit (created, migrated). Two tickets come in through the real
   intake (inbound_ingest); their events are written by event_record with payloads shaped like
   the pipeline's (classified, context with five candidates, draft, routing with fired rules,
   status changes, agent actions with a draft to diff against), until they hold 200 and 5
   events. Idempotent: a second run reuses them.
2. Query counts in-process (Django test client, CaptureQueriesContext) for both pages.
3. gunicorn (2 sync workers, production settings), login through the form, the two timelines,
   the htmx stage fragment of the big one and /healthz timed interleaved; gunicorn's own
   request time is the server time.
Results: printed and written to bench/results/audit_timeline-<UTC time>.json.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _harness import (  # noqa: E402
    HttpSession,
    agent_ensure,
    database_ensure,
    django_env,
    gunicorn,
    log,
    manage,
    requests_interleaved,
    results_write,
    static_collect,
)

DATABASE_URL = "postgres://postgres@127.0.0.1:5432/supportdesk_bench_audit"

SEED = r"""
import json
from django.db import transaction
from audit.models import Event
from audit.names import register
from audit.services import event_record
from tickets.inbound import InboundMessage
from tickets.models import Customer, Ticket
from tickets.services import inbound_ingest

register("bench.draft_sent", "An agent sent a draft (bench stand-in for the review queue)")
ids = {}
for size, email in ((200, "timeline-200@example.com"), (5, "timeline-5@example.com")):
    ticket = Ticket.objects.filter(customer__email=email).first()
    if ticket is None:
        ticket = inbound_ingest(inbound=InboundMessage(
            from_address=email, subject="Where is my station <b>now</b>",
            body_text="Order 48213 has not arrived; tracking shows nothing. " * 8), channel="email").ticket
    have = Event.objects.filter(ticket_id=ticket.pk).count()
    cands = [{"fragment_id": 10 + i, "version_id": 3, "document": "shipping",
              "heading": f"Section {i}", "score": 7.5 - i} for i in range(5)]
    kinds = [
        ("drafts.classified", {"run_id": 1, "stage": "classify", "inputs": {"subject": "s", "text": "t" * 400},
          "outputs": {"request_class": "shipping-status", "label": "delivery", "confidence": 0.91,
                      "needs_triage": False, "signals": {"legal_request": False, "prompt_injection": False},
                      "evidence": {}, "frustration": 0.2, "churn_risk": 0.1, "urgency": "normal",
                      "product_area": "hardware", "language": "en", "raw_output": "{}" * 50}}),
        ("drafts.context_assembled", {"run_id": 1, "stage": "context", "inputs": {"retrieval_query": "q" * 200},
          "outputs": {"retrieval": {"query": "q" * 200, "method": "bm25", "candidates": cands, "chosen": cands[:3]},
                      "context": {"customer": {"name": "A", "tier": "business", "plan": "B"}, "thread": [{}] * 3,
                                  "previous_tickets": [], "missing_account_data": []}}}),
        ("drafts.draft_generated", {"run_id": 1, "stage": "draft", "outputs": {
            "text": "Hi,\nyour order ships within two working days [P1].\nThe support team",
            "citations": [{"key": "P1", "document": "shipping", "heading": "Delivery", "fragment_id": 10, "version_id": 3}],
            "basis": ["Policy shipping / Delivery"], "provider": "offline", "raw_output": "x" * 300}}),
        ("routing.decided", {"decision_id": 1, "fired": [{"rule": "Legal request", "why": "matched",
            "conditions": [{"condition": "Legal request is yes", "actual": True, "matched": True, "why": "is yes"}]}],
            "invariants": [], "reasons": ["Legal must approve"], "auto_send_allowed": False, "auto_send_reason": "rule"}),
        ("bench.draft_sent", {"draft_id": None, "sent_text": "Hi,\nyour order ships today [P1].\nThe support team"}),
    ]
    with transaction.atomic():
        i = have
        while i < size:
            name, payload = kinds[i % len(kinds)]
            event_record(name=name, ticket_id=ticket.pk, actor_label="worker", payload=payload,
                         versions={"provider": "offline", "rules": 4})
            i += 1
    ids[size] = ticket.pk
print(json.dumps(ids))
"""

COUNT = r"""
import json
from django.contrib.auth import get_user_model
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
client = Client(HTTP_X_FORWARDED_PROTO="https")
client.force_login(get_user_model().objects.get(username="bench-agent"))
out = {}
for name, path in json.loads('PATHS').items():
    with CaptureQueriesContext(connection) as q:
        response = client.get(path, secure=True)
    assert response.status_code == 200, (path, response.status_code)
    out[name] = len(q)
print(json.dumps(out))
"""


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--warmup", type=int, default=20)
    parser.add_argument("--database-url", default=DATABASE_URL)
    args = parser.parse_args()

    env = django_env(args.database_url)
    database_ensure(args.database_url)
    manage("migrate", "--noinput", "-v", "0", env=env)
    static_collect(env=env)
    username, password = agent_ensure(env=env)
    ids = json.loads(manage("shell", "-c", SEED, env=env, capture=True).strip().splitlines()[-1])
    big, small = ids["200"], ids["5"]
    paths = {
        "timeline_200": f"/tickets/{big}/timeline/",
        "timeline_5": f"/tickets/{small}/timeline/",
        "timeline_200_fragment_context": f"/tickets/{big}/timeline/?stage=context",
    }
    counted = manage(
        "shell", "-c", COUNT.replace("PATHS", json.dumps(paths)), env=env, capture=True
    )
    queries = json.loads(counted.strip().splitlines()[-1])
    log(f"queries per page: {queries}")

    with gunicorn(env=env) as server:
        session = HttpSession(server.base_url)
        session.login(username, password)
        timings = requests_interleaved(
            server,
            session,
            {
                "healthz": ("/healthz", {}),
                "timeline_5": (paths["timeline_5"], {}),
                "timeline_200": (paths["timeline_200"], {}),
                "timeline_200_fragment_context": (
                    paths["timeline_200_fragment_context"],
                    {"HX-Request": "true"},
                ),
            },
            requests=args.requests,
            warmup=args.warmup,
        )
    base = timings["healthz"]["server"]["median_ms"]
    summary = {
        name: {
            "server_median_ms": t["server"]["median_ms"],
            "server_p90_ms": t["server"]["p90_ms"],
            "x_healthz": round(t["server"]["median_ms"] / base, 1) if base else None,
            "bytes": t["bytes"],
            "queries": queries.get(name),
        }
        for name, t in timings.items()
    }
    summary["constant_queries"] = queries["timeline_200"] == queries["timeline_5"]
    summary["load_average"] = os.getloadavg()
    print(json.dumps(summary, indent=2))
    path = results_write("audit_timeline", {"summary": summary, "timings": timings, "ids": ids})
    log(f"written {path}")
    if not summary["constant_queries"]:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
