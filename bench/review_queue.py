"""Review queue bench: the queue page, the review pane and approve, over HTTP against gunicorn,
at 100,000 tickets with 10,000 awaiting review; query counts at two sizes. (Named
review_queue.py: a bench/queue.py would shadow the standard library's queue module for every
script run from bench/, the seeder included.)

    python3 dev.py bench review_queue             # or: .venv/bin/python bench/review_queue.py
    .venv/bin/python bench/review_queue.py --requests 50  # quicker, noisier

1. Prepares two PostgreSQL databases of its own (created, migrated, seeded by seed_tickets.py
   when they hold fewer tickets): supportdesk_bench_queue (100,000 tickets) and
   supportdesk_bench_queue_1k (1,000). Then, in-process with bulk inserts, brings the number of
   tickets awaiting review to exactly --awaiting (10,000; 200 on the small one) and gives each
   one what the pipeline would have left: an inbound PipelineRun with signals, a current Draft
   with citations and basis, and a RoutingDecision. Earlier bench decisions (reviews, replies,
   claims) are removed first, so every run starts from the same queue. VACUUM ANALYZE after.
2. Starts gunicorn (2 sync workers, production settings, CELERY_BROKER_URL=memory:// so the
   send task approve enqueues goes nowhere: no mail is sent) and logs in as an agent.
3. GETs, interleaved round-robin with /healthz as the baseline: the queue page, its htmx list
   fragment, a filtered list (class), page 5 (following rel=next), the "new since" poll, the
   review pane as an htmx partial and as a full page (opening claims nothing since issue 19:
   only Take or starting an edit does).
4. Approve: POSTs (htmx, CSRF token from the page) approving --requests distinct drafts, one
   after another; server time from gunicorn's access log.
5. Query counts per request in-process (Django test client + CaptureQueriesContext) on both
   databases; they must be equal (exit status 1 otherwise). The pane must stay at 15 or fewer.

Goals (issue 6): queue < 50 ms, review pane < 30 ms with <= 15 queries, approve < 30 ms, median.
Results: printed, and bench/results/queue-<UTC time>.json (and queue-latest.json).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import time
import urllib.parse
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _harness import (  # noqa: E402
    BENCH_VAR_DIR,
    ROOT,
    HttpSession,
    Target,
    agent_ensure,
    database_prepare,
    django_env,
    gunicorn,
    log,
    python,
    results_write,
    static_collect,
    summary_ms,
    targets_interleaved,
)

BIG_URL = "postgres://postgres@127.0.0.1:5432/supportdesk_bench_queue"
SMALL_URL = "postgres://postgres@127.0.0.1:5432/supportdesk_bench_queue_1k"
VAR_DIR = BENCH_VAR_DIR / "queue"
GOALS_MS = {"queue /queue/": 50.0, "review pane (htmx)": 30.0, "approve (POST)": 30.0}
PANE_MAX_QUERIES = 15
BATCH = 2_000

DRAFT_TEXT = (
    "Hi {name},\n\nThanks for getting in touch about your order. Orders ship within two working "
    "days and EU delivery takes 3 to 5 working days; tracking is emailed when the parcel leaves "
    "our warehouse [P1]. If tracking has not changed for 7 working days we open a claim with the "
    "carrier and send a replacement [P2].\n\nI have checked ticket {ref}: the parcel left on "
    "time.\n\nBest regards,\nFernhill Support"
)


# --- seeding the queue, in-process ------------------------------------------------------------------


def _sla_deadlines_give(Ticket, status) -> None:
    """Tickets moved into the queue by the seeding above (bulk updates) have the SLA deadlines
    tickets.sla would have stored (from their creation, by class and tier; answered ones on
    their resolution clock), so ?order=sla is measured over real deadlines."""
    from tickets.sla import sla_target_for, ticket_sla_rebuild

    targets: dict = {}
    batch = []
    missing = (
        Ticket.objects.filter(status=status, sla_due_at__isnull=True)
        .select_related("customer")
        .only(
            "id",
            "status",
            "created_at",
            "updated_at",
            "resolved_at",
            "first_response_at",
            "request_class_id",
            "customer__id",
            "customer__tier",
        )
    )
    for ticket in missing.iterator(chunk_size=2000):
        key = (ticket.request_class_id, ticket.customer.tier if ticket.customer else "")
        if key not in targets:
            targets[key] = sla_target_for(
                request_class_id=ticket.request_class_id, customer_id=ticket.customer_id
            )
        ticket_sla_rebuild(ticket=ticket, target=targets[key])
        batch.append(ticket)
    Ticket.objects.bulk_update(
        batch,
        [
            "sla_first_response_due_at",
            "sla_resolution_started_at",
            "sla_resolution_due_at",
            "sla_resolution_stopped_at",
            "sla_due_at",
        ],
        batch_size=2000,
    )


def seed_queue_here(awaiting: int, username: str) -> dict:
    """Runs inside a process whose settings point at one bench database."""
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.db import connection, transaction
    from django.utils import timezone

    from drafts.models import Draft, OutboundReply, PipelineRun, Review, RunStatus, Stage
    from routing.models import RoutingDecision
    from routing.selectors import ruleset_version_current
    from routing.services import ruleset_version_create
    from tickets.models import Message, MessageDirection, Ticket, TicketStatus

    started = time.monotonic()
    awaiting_status = TicketStatus.AWAITING_REVIEW
    with transaction.atomic():
        # Every run starts from the same queue: no earlier bench decisions, sends or claims.
        OutboundReply.objects.all().delete()
        Review.objects.all().delete()
        Ticket.objects.filter(claimed_by__isnull=False).update(claimed_by=None, claimed_at=None)
        current = Ticket.objects.filter(status=awaiting_status).count()
        if current < awaiting:
            ids = list(
                Ticket.objects.filter(
                    status__in=[TicketStatus.WAITING_ON_CUSTOMER, TicketStatus.RESOLVED]
                )
                .order_by("-created_at")
                .values_list("id", flat=True)[: awaiting - current]
            )
            Ticket.objects.filter(id__in=ids).update(status=awaiting_status)
        elif current > awaiting:
            ids = list(
                Ticket.objects.filter(status=awaiting_status)
                .order_by("created_at")
                .values_list("id", flat=True)[: current - awaiting]
            )
            Ticket.objects.filter(id__in=ids).update(status=TicketStatus.WAITING_ON_CUSTOMER)
        _sla_deadlines_give(Ticket, awaiting_status)
        version = ruleset_version_current() or ruleset_version_create(summary="bench")

        # The latest inbound message of each awaiting ticket without a current draft.
        needing = Ticket.objects.filter(status=awaiting_status).exclude(
            id__in=Draft.objects.filter(is_current=True).values("ticket_id")
        )
        latest = dict(
            Message.objects.filter(ticket__in=needing, direction=MessageDirection.INBOUND)
            .order_by("ticket_id", "-created_at", "-id")
            .distinct("ticket_id")
            .values_list("ticket_id", "id")
        )
        have_run = set(
            PipelineRun.objects.filter(
                message_id__in=latest.values(), trigger="inbound"
            ).values_list("message_id", flat=True)
        )
        tickets = {
            t.pk: t for t in Ticket.objects.filter(pk__in=latest.keys()).select_related("customer")
        }
        now = timezone.now()
        runs = []
        for ticket_id, message_id in latest.items():
            if message_id in have_run:
                continue
            ticket = tickets[ticket_id]
            runs.append(
                PipelineRun(
                    ticket_id=ticket_id,
                    message_id=message_id,
                    status=RunStatus.DONE,
                    stage=Stage.DONE,
                    finished_at=now,
                    provider="offline",
                    request_class_id=ticket.request_class_id,
                    risk=ticket.risk,
                    urgency="normal",
                    product_area="delivery",
                    frustration=0.1,
                    churn_risk=0.05,
                    language="en",
                    confidence=0.93,
                    signal_evidence={},
                    versions={"classifier": "bench", "provider": "offline"},
                )
            )
        PipelineRun.objects.bulk_create(runs, batch_size=BATCH)
        runs = list(
            PipelineRun.objects.filter(message_id__in=latest.values(), trigger="inbound").exclude(
                id__in=Draft.objects.values("run_id")
            )
        )
        citations = [
            {
                "key": "P1",
                "fragment_id": 1,
                "version_id": 1,
                "document": "shipping",
                "heading": "Delivery times",
            },
            {
                "key": "P2",
                "fragment_id": 2,
                "version_id": 1,
                "document": "shipping",
                "heading": "Lost parcels",
            },
        ]
        drafts = [
            Draft(
                ticket_id=run.ticket_id,
                message_id=run.message_id,
                run=run,
                text=DRAFT_TEXT.format(
                    name=(tickets[run.ticket_id].customer.name or "there").split()[0],
                    ref=f"SD-{run.ticket_id}",
                ),
                basis=["Policy: shipping (Delivery times, Lost parcels)", "Customer tier business"],
                citations=citations,
                provider="offline",
            )
            for run in runs
        ]
        Draft.objects.bulk_create(drafts, batch_size=BATCH)
        decisions = [
            RoutingDecision(
                ticket_id=run.ticket_id,
                run_ref=f"run:{run.pk}",
                created_at=now,
                ruleset_version=version,
                facts={"request_class": "shipping-status"},
                explanation={"fired_rules": [], "auto_send": {"allowed": False}},
                fired_rules=[],
                needs_human=False,
                block_auto_send=False,
                reasons=[],
                auto_send_allowed=False,
                auto_send_reason="Auto-send is off for this class.",
                applied_at=now,
            )
            for run in runs
        ]
        RoutingDecision.objects.bulk_create(decisions, batch_size=BATCH)
    connection.close()
    with connection.cursor() as cursor:  # autocommit: VACUUM cannot run in a transaction
        for table in (
            "tickets_ticket",
            "drafts_draft",
            "drafts_pipelinerun",
            "routing_routingdecision",
            "drafts_review",
            "drafts_outboundreply",
        ):
            cursor.execute(f"VACUUM ANALYZE {table}")

    agent = get_user_model().objects.get(username=username)
    queue_ids = list(
        Ticket.objects.filter(status=awaiting_status)
        .order_by("-priority", "risk", "created_at", "id")
        .values_list("id", flat=True)
    )
    drafts_by_ticket = dict(
        Draft.objects.filter(ticket_id__in=queue_ids, is_current=True).values_list(
            "ticket_id", "id"
        )
    )
    return {
        "tickets": Ticket.objects.count(),
        "awaiting": len(queue_ids),
        "escalated": Ticket.objects.filter(status=TicketStatus.ESCALATED).count(),
        "drafts_added": len(drafts),
        "pane_ticket": queue_ids[len(queue_ids) // 2],
        # Approve targets from the end of the queue (the pane ticket stays untouched).
        "approve": [[t, drafts_by_ticket[t]] for t in reversed(queue_ids[-600:])],
        "agent_id": agent.pk,
        "seconds": round(time.monotonic() - started, 1),
    }


def run_here(mode: str, database_url: str, **kwargs) -> dict:
    env = django_env(database_url, var_dir=VAR_DIR, CELERY_BROKER_URL="memory://")
    command = [python(), __file__, mode, json.dumps(kwargs)]
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"{mode} on {database_url} failed:\n{result.stderr[-3000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


# --- query counts, in-process -------------------------------------------------------------------


def queries_count_here(username: str, seed: dict) -> dict:
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    client.force_login(get_user_model().objects.get(username=username))
    hx = {"HX-Request": "true"}
    pane = f"/queue/{seed['pane_ticket']}/"
    first = client.get("/queue/", secure=True).content.decode()
    body = first
    for _ in range(4):
        page5 = re.search(r'rel="next" href="([^"]+)"', body).group(1).replace("&amp;", "&")
        body = client.get(page5, secure=True).content.decode()
    body = client.get("/queue/?order=sla", secure=True).content.decode()
    for _ in range(4):
        sla_page5 = re.search(r'rel="next" href="([^"]+)"', body).group(1).replace("&amp;", "&")
        body = client.get(sla_page5, secure=True).content.decode()
    since = re.search(r"/queue/new/\?since=(\d+)", first).group(1)
    paths = {
        "queue /queue/": ("/queue/", {}),
        "queue list (htmx)": ("/queue/", hx),
        "queue, class filter": ("/queue/?class=shipping-status", {}),
        "queue by time left": ("/queue/?order=sla", {}),
        "queue page 5": (page5, {}),
        "queue by time left, page 5": (sla_page5, {}),
        "new-since poll": (f"/queue/new/?since={since}", hx),
        "review pane (htmx)": (pane, hx),
        "review pane full page": (pane, {}),
    }
    counts, sql_ms, sql = {}, {}, {}
    for name, (path, headers) in paths.items():
        client.get(path, secure=True, headers=headers)  # warm
        with CaptureQueriesContext(connection) as captured:
            response = client.get(path, secure=True, headers=headers)
        if response.status_code != 200:
            raise SystemExit(f"GET {path}: {response.status_code}")
        counts[name] = len(captured)
        sql_ms[name] = round(sum(float(q["time"]) for q in captured.captured_queries) * 1000, 1)
        sql[name] = [q["sql"][:300] for q in captured.captured_queries]
    # Approve: one draft, in-process, to count its queries (the task goes to memory://).
    ticket_id, draft_id = seed["approve"][-1]
    client.get(f"/queue/{ticket_id}/", secure=True, headers=hx)
    with CaptureQueriesContext(connection) as captured:
        response = client.post(
            f"/queue/{ticket_id}/approve/", {"draft": draft_id}, secure=True, headers=hx
        )
    if response.status_code != 200:
        raise SystemExit(f"approve: {response.status_code} {response.content[:300]}")
    counts["approve (POST)"] = len(captured)
    sql_ms["approve (POST)"] = round(
        sum(float(q["time"]) for q in captured.captured_queries) * 1000, 1
    )
    sql["approve (POST)"] = [q["sql"][:300] for q in captured.captured_queries]
    return {
        "queries": counts,
        "sql_ms": sql_ms,
        "sql": sql,
        "paths": {k: v[0] for k, v in paths.items()},
    }


# --- approve over HTTP -----------------------------------------------------------------------------


def approve_timed(server, session: HttpSession, pairs: list, *, requests: int, warmup: int) -> dict:
    page = session.get("/queue/")
    token = re.search(r'"X-CSRFToken": "([^"]+)"', page.body).group(1)
    origin = f"https://{session.host}:{session.port}"
    headers = {
        "Content-Type": "application/x-www-form-urlencoded",
        "HX-Request": "true",
        "X-CSRFToken": token,
        "Origin": origin,
        "Referer": origin + "/queue/",
    }
    if len(pairs) < requests + warmup:
        raise SystemExit(f"only {len(pairs)} drafts to approve; lower --requests")
    client_times = []

    def approve(ticket_id, draft_id):
        session.get(f"/queue/{ticket_id}/")  # open it first, as an agent does
        body = urllib.parse.urlencode({"draft": draft_id}).encode()
        response = session.request(
            "POST", f"/queue/{ticket_id}/approve/", body=body, headers=headers
        )
        if response.status != 200 or "Approved" not in response.body:
            raise SystemExit(f"approve {ticket_id}: {response.status} {response.body[:300]}")
        return response

    for ticket_id, draft_id in pairs[:warmup]:
        approve(ticket_id, draft_id)
    time.sleep(0.3)
    offset = server.access_offset()
    for ticket_id, draft_id in pairs[warmup : warmup + requests]:
        client_times.append(approve(ticket_id, draft_id).seconds)
    time.sleep(0.3)
    server_times = [
        seconds
        for key, seconds in server.server_times_since(offset)
        if key.startswith("POST /queue/") and key.endswith("/approve/ hx")
    ]
    if len(server_times) != requests:
        raise SystemExit(f"approve: {len(server_times)} access-log lines for {requests} requests")
    return {"server": summary_ms(server_times), "client": summary_ms(client_times), "bytes": 0}


# --- main ------------------------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description="Review queue bench (see the module docstring).")
    parser.add_argument("--database-url", default=BIG_URL)
    parser.add_argument("--small-database-url", default=SMALL_URL)
    parser.add_argument("--tickets", type=int, default=100_000)
    parser.add_argument("--awaiting", type=int, default=10_000)
    parser.add_argument("--small-tickets", type=int, default=1_000)
    parser.add_argument("--small-awaiting", type=int, default=200)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--approvals", type=int, default=100)
    parser.add_argument("--warmup", type=int, default=20)
    parser.add_argument("--workers", type=int, default=2)
    args, rest = parser.parse_known_args()

    if rest and rest[0] in ("--seed-queue-here", "--count-queries-here"):
        sys.path.insert(0, str(ROOT))
        options = json.loads(rest[1])
        if rest[0] == "--seed-queue-here":
            print(json.dumps(seed_queue_here(options["awaiting"], options["username"])))
        else:
            print(json.dumps(queries_count_here(options["username"], options["seed"])))
        return 0

    load_before = os.getloadavg()
    envs = {}
    for url, tickets in (
        (args.small_database_url, args.small_tickets),
        (args.database_url, args.tickets),
    ):
        envs[url] = django_env(url, var_dir=VAR_DIR, CELERY_BROKER_URL="memory://")
        database_prepare(url, tickets=tickets, env=envs[url])
        username, password = agent_ensure(env=envs[url])
    static_collect(env=envs[args.database_url])

    log("seeding the queues (drafts, runs, decisions) in-process")
    small_seed = run_here(
        "--seed-queue-here",
        args.small_database_url,
        awaiting=args.small_awaiting,
        username=username,
    )
    big_seed = run_here(
        "--seed-queue-here", args.database_url, awaiting=args.awaiting, username=username
    )
    log(
        f"queue: {big_seed['awaiting']:,} awaiting of {big_seed['tickets']:,} tickets "
        f"({big_seed['drafts_added']:,} drafts added in {big_seed['seconds']} s)"
    )

    load_start = os.getloadavg()
    with gunicorn(env=envs[args.database_url], workers=args.workers) as server:
        session = HttpSession(server.base_url)
        session.login(username, password)
        first = session.get("/queue/").body
        page5 = "/queue/"
        body = first
        for _ in range(4):
            page5 = re.search(r'rel="next" href="([^"]+)"', body).group(1).replace("&amp;", "&")
            body = session.get(page5).body
        body = session.get("/queue/?order=sla").body
        for _ in range(4):
            sla_page5 = re.search(r'rel="next" href="([^"]+)"', body).group(1).replace("&amp;", "&")
            body = session.get(sla_page5).body
        since = re.search(r"/queue/new/\?since=(\d+)", first).group(1)
        pane = f"/queue/{big_seed['pane_ticket']}/"
        hx = {"HX-Request": "true"}
        targets = {
            "baseline /healthz": Target(server, session, "/healthz"),
            "queue /queue/": Target(server, session, "/queue/"),
            "queue list (htmx)": Target(server, session, "/queue/", hx),
            "queue, class filter": Target(server, session, "/queue/?class=shipping-status"),
            "queue page 5": Target(server, session, page5),
            "queue by time left": Target(server, session, "/queue/?order=sla"),
            "queue by time left, page 5": Target(server, session, sla_page5),
            "new-since poll": Target(server, session, f"/queue/new/?since={since}", hx),
            "review pane (htmx)": Target(server, session, pane, hx),
            "review pane full page": Target(server, session, pane),
        }
        timings = targets_interleaved(targets, requests=args.requests, warmup=args.warmup)
        log(f"approving {args.approvals} drafts over HTTP")
        timings["approve (POST)"] = approve_timed(
            server, session, big_seed["approve"], requests=args.approvals, warmup=10
        )
    load_end = os.getloadavg()

    log("counting queries in-process at both sizes")
    small = run_here(
        "--count-queries-here", args.small_database_url, username=username, seed=small_seed
    )
    big = run_here("--count-queries-here", args.database_url, username=username, seed=big_seed)
    equal = small["queries"] == big["queries"]
    pane_ok = big["queries"]["review pane (htmx)"] <= PANE_MAX_QUERIES

    baseline = timings["baseline /healthz"]["server"]["median_ms"]
    rows = []
    for name, timing in timings.items():
        server_ms = timing["server"]
        rows.append(
            {
                "name": name,
                "path": targets[name].path if name in targets else "/queue/<id>/approve/",
                "server_median_ms": server_ms["median_ms"],
                "server_p90_ms": server_ms["p90_ms"],
                "client_median_ms": timing["client"]["median_ms"],
                "x_baseline": round(server_ms["median_ms"] / baseline, 1) if baseline else None,
                "queries_small": small["queries"].get(name),
                "queries_big": big["queries"].get(name),
                "sql_ms_big_in_process": big["sql_ms"].get(name),
            }
        )
    goals = {
        name: {
            "goal_ms": goal,
            "median_ms": timings[name]["server"]["median_ms"],
            "met": timings[name]["server"]["median_ms"] < goal,
        }
        for name, goal in GOALS_MS.items()
    }
    result = {
        "tickets": {"big": big_seed["tickets"], "small": small_seed["tickets"]},
        "awaiting": {"big": big_seed["awaiting"], "small": small_seed["awaiting"]},
        "escalated_big": big_seed["escalated"],
        "requests": args.requests,
        "approvals": args.approvals,
        "warmup": args.warmup,
        "gunicorn_workers": args.workers,
        "broker": "memory:// (the send task is enqueued and never run: no mail)",
        "loadavg_1_5_15": {"before_setup": load_before, "start": load_start, "end": load_end},
        "rows": rows,
        "goals": goals,
        "queries_equal": equal,
        "pane_queries_within_15": pane_ok,
        "sql_big": big["sql"],
    }
    path = results_write("queue", result)

    print()
    print(
        f"Review queue at {big_seed['tickets']:,} tickets, {big_seed['awaiting']:,} awaiting "
        f"review (queries also at {small_seed['tickets']:,} / {small_seed['awaiting']:,}); "
        f"{args.requests} requests per GET, {args.approvals} approvals; gunicorn "
        f"{args.workers} workers"
    )
    print(
        f"{'':24} {'server med':>10} {'p90':>8} {'client med':>10} {'x /healthz':>10} "
        f"{'queries small/big':>18} {'SQL ms':>7}"
    )
    for row in rows:
        queries = (
            f"{row['queries_small']} / {row['queries_big']}"
            if row["queries_big"] is not None
            else "-"
        )
        sql_ms = row["sql_ms_big_in_process"]
        print(
            f"{row['name']:24} {row['server_median_ms']:>8.1f}ms {row['server_p90_ms']:>6.1f}ms "
            f"{row['client_median_ms']:>8.1f}ms {row['x_baseline']:>10} {queries:>18} "
            f"{sql_ms if sql_ms is not None else '-':>7}"
        )
    for name, goal in goals.items():
        print(
            f"goal: {name} median under {goal['goal_ms']:.0f} ms: "
            f"{'met' if goal['met'] else 'NOT met'} ({goal['median_ms']:.1f} ms)"
        )
    print(
        f"query counts {'equal' if equal else 'DIFFER'} at both sizes; review pane "
        f"{big['queries']['review pane (htmx)']} queries "
        f"({'within' if pane_ok else 'OVER'} {PANE_MAX_QUERIES})"
    )
    print(f"load average (1/5/15 min) start {load_start}, end {load_end} on {os.cpu_count()} CPUs")
    print(f"results: {path.relative_to(ROOT)}")
    return 0 if equal and pane_ok else 1


if __name__ == "__main__":
    sys.exit(main())
