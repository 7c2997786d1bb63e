"""Inbox list bench: server time over HTTP at 100,000 tickets, and query counts at 1,000 vs 100,000.

    python3 dev.py bench inbox                     # or: .venv/bin/python bench/inbox.py
    .venv/bin/python bench/inbox.py --requests 50  # quicker, noisier

1. Prepares two PostgreSQL databases (created if missing, migrated, seeded by seed_tickets.py when
   they hold fewer tickets than asked): supportdesk_bench (100,000) and supportdesk_bench_1k (1,000).
2. Starts gunicorn (2 sync workers, production settings) on the big one, logs in as an agent
   through the login form, and finds the inbox's URLs from the page itself: the status and class
   filters (selects whose options are ticket statuses / class slugs), the search box, and page 5
   by following the rel="next" link four times. So it measures `/` whatever the view looks like.
   Searches: a word in about 3% of subjects, a word only in reply bodies (outbound messages), a
   word in no ticket (the full-text index's worst case: nothing to walk towards) and a ticket
   number (SD-n, n taken from page 5).
3. Times each URL `--requests` times after `--warmup` untimed calls, interleaved round-robin so
   machine noise hits all of them alike. Server time is gunicorn's own per-request time (%(D)s);
   the client round trip is reported beside it. `/healthz` through the same server is the
   baseline, so each figure also reads as a ratio; `/` on a second gunicorn serving the
   1,000-ticket database, interleaved with the rest, shows what the ticket count costs.
4. Counts SQL queries per URL in-process (Django test client + CaptureQueriesContext) on both
   databases. They must be equal: the list's query count may not grow with the ticket count.

Results: printed, and written to bench/results/inbox-<UTC time>.json (and inbox-latest.json).
Exit status 1 when the query counts differ or a request fails.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from html.parser import HTMLParser
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
    targets_interleaved,
)
from seed_tickets import SEARCH_TERM  # noqa: E402

BODY_TERM = "warehouse"  # only in seed_tickets' AGENT_LINES: reply bodies, never a subject
ABSENT_TERM = "zeppelin"  # in no seeded ticket

BIG_URL = "postgres://postgres@127.0.0.1:5432/supportdesk_bench"
SMALL_URL = "postgres://postgres@127.0.0.1:5432/supportdesk_bench_1k"
STATUS_VALUE = "awaiting_review"  # the agent's working queue
CLASS_VALUE = "shipping-status"  # the most common class
PAGE = 5
GOAL_MS = 50.0
VAR_DIR = BENCH_VAR_DIR / "inbox"
SMALL_ROW = "inbox / at 1,000 tickets"


class PageScan(HTMLParser):
    """Form controls and links of a page: enough to find filters, search and the next link."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.selects: dict[str, list[str]] = {}
        self.inputs: list[dict[str, str]] = []
        self.links: list[dict[str, str]] = []
        self._select: str | None = None
        self._link: dict[str, str] | None = None

    def handle_starttag(self, tag, attrs):
        attrs = {k: v or "" for k, v in attrs}
        if tag == "select":
            self._select = attrs.get("name", "")
            self.selects.setdefault(self._select, [])
        elif tag == "option" and self._select is not None:
            self.selects[self._select].append(attrs.get("value", ""))
        elif tag == "input":
            self.inputs.append(attrs)
        elif tag == "a":
            self._link = {**attrs, "text": ""}
            self.links.append(self._link)

    def handle_endtag(self, tag):
        if tag == "select":
            self._select = None
        elif tag == "a":
            self._link = None

    def handle_data(self, data):
        if self._link is not None:
            self._link["text"] += data


def page_scan(html: str) -> PageScan:
    scan = PageScan()
    scan.feed(html)
    return scan


def select_for(scan: PageScan, value: str) -> str:
    for name, options in scan.selects.items():
        if value in options:
            return name
    raise SystemExit(f"no <select> on the inbox offers {value!r}; pass the URL with --url")


def next_link(scan: PageScan) -> str | None:
    for link in scan.links:
        if "next" in link.get("rel", "").split() and link.get("href"):
            return link["href"]
    for link in scan.links:
        text = link["text"].strip().lower()
        if link.get("href") and (text.startswith("next") or text.startswith("older")):
            return link["href"]
    return None


def ticket_ids_linked(scan: PageScan) -> list[int]:
    ids = []
    for link in scan.links:
        href = link.get("href", "")
        parts = href.strip("/").split("/")
        if len(parts) == 2 and parts[0] == "tickets" and parts[1].isdigit():
            ids.append(int(parts[1]))
    return ids


def inbox_urls(fetch) -> dict[str, str]:
    """The URLs to measure, found on the inbox page. `fetch(path) -> html`."""
    scan = page_scan(fetch("/"))
    search = next(
        (
            i["name"]
            for i in scan.inputs
            if i.get("type") == "search" or i.get("name") in ("q", "search", "query")
        ),
        None,
    )
    if not search:
        raise SystemExit("no search box on the inbox; pass the URL with --url")
    urls = {
        "inbox /": "/",
        f"status={STATUS_VALUE}": f"/?{select_for(scan, STATUS_VALUE)}={STATUS_VALUE}",
        f"class={CLASS_VALUE}": f"/?{select_for(scan, CLASS_VALUE)}={CLASS_VALUE}",
        f"search {SEARCH_TERM!r}": f"/?{search}={SEARCH_TERM}",
        f"search body {BODY_TERM!r}": f"/?{search}={BODY_TERM}",
        f"search absent {ABSENT_TERM!r}": f"/?{search}={ABSENT_TERM}",
    }
    path = "/"
    for _ in range(PAGE - 1):
        href = next_link(page_scan(fetch(path)))
        if not href:
            raise SystemExit(f"the inbox has no next link at {path}; fewer than {PAGE} pages?")
        path = href if href.startswith("/") else "/" + href.lstrip("./")
    urls[f"page {PAGE} (next x{PAGE - 1})"] = path
    linked = ticket_ids_linked(page_scan(fetch(path)))
    if not linked:
        raise SystemExit(f"no ticket links on {path}")
    urls["search number SD-n"] = f"/?{search}=SD-{linked[0]}"
    return urls


# --- query counts, in-process ---------------------------------------------------------------------


def queries_count_here(username: str, paths: dict[str, str] | None) -> dict:
    """Runs inside a process whose settings point at one bench database."""
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from tickets.models import Ticket

    client = Client()
    client.force_login(get_user_model().objects.get(username=username))

    def fetch(path: str) -> str:
        response = client.get(path, secure=True)
        if response.status_code != 200:
            raise SystemExit(f"GET {path}: {response.status_code}")
        return response.content.decode()

    # The page-5 URL carries a cursor from one database; find each database's own.
    paths = inbox_urls(fetch) if paths is None else paths
    paths = {**paths, "rows fragment (htmx)": "/"}
    counts, sql, sql_ms = {}, {}, {}
    for name, path in paths.items():
        headers = {"HX-Request": "true"} if "htmx" in name else {}
        client.get(path, secure=True, headers=headers)  # warm: session, caches
        with CaptureQueriesContext(connection) as captured:
            response = client.get(path, secure=True, headers=headers)
        if response.status_code != 200:
            raise SystemExit(f"GET {path}: {response.status_code}")
        counts[name] = len(captured)
        sql[name] = [query["sql"][:400] for query in captured.captured_queries]
        sql_ms[name] = round(sum(float(q["time"]) for q in captured.captured_queries) * 1000, 1)
    return {"tickets": Ticket.objects.count(), "queries": counts, "sql": sql, "sql_ms": sql_ms}


def queries_count(database_url: str, username: str) -> dict:
    env = django_env(database_url, var_dir=VAR_DIR)
    command = [python(), __file__, "--count-queries-here", "--username", username]
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"query count on {database_url} failed:\n{result.stderr[-3000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


# --- main ------------------------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description="Inbox list bench (see the module docstring).")
    parser.add_argument("--database-url", default=BIG_URL)
    parser.add_argument("--small-database-url", default=SMALL_URL)
    parser.add_argument("--tickets", type=int, default=100_000)
    parser.add_argument("--small-tickets", type=int, default=1_000)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--warmup", type=int, default=20)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--count-queries-here", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--username", default="bench-agent", help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.count_queries_here:
        sys.path.insert(0, str(ROOT))
        print(json.dumps(queries_count_here(args.username, None)))
        return 0

    load_before = os.getloadavg()
    big_env = django_env(args.database_url, var_dir=VAR_DIR)
    small_env = django_env(args.small_database_url, var_dir=VAR_DIR)
    database_prepare(args.small_database_url, tickets=args.small_tickets, env=small_env)
    database_prepare(args.database_url, tickets=args.tickets, env=big_env)
    username, password = agent_ensure(env=small_env)
    agent_ensure(env=big_env)
    static_collect(env=big_env)

    load_start = os.getloadavg()
    # Both servers stay up; requests to them interleave, so the 1,000-ticket inbox is measured
    # under the same conditions as the 100,000-ticket one (an idle server costs nothing).
    with (
        gunicorn(env=big_env, workers=args.workers) as server,
        gunicorn(env=small_env, workers=args.workers) as small_server,
    ):
        session = HttpSession(server.base_url)
        session.login(username, password)
        small_session = HttpSession(small_server.base_url)
        small_session.login(username, password)

        def fetch(path: str) -> str:
            response = session.get(path)
            if response.status != 200:
                raise SystemExit(f"GET {path}: {response.status}")
            return response.body

        urls = inbox_urls(fetch)
        search_page = fetch(urls[f"search {SEARCH_TERM!r}"])
        if SEARCH_TERM not in search_page.lower():
            raise SystemExit(f"the search page does not show {SEARCH_TERM!r}: wrong parameter?")
        number_path = urls["search number SD-n"]
        wanted = int(number_path.rsplit("SD-", 1)[1])
        if ticket_ids_linked(page_scan(fetch(number_path)))[:1] != [wanted]:
            raise SystemExit(f"{number_path} does not list SD-{wanted} first")
        if not ticket_ids_linked(page_scan(fetch(urls[f"search body {BODY_TERM!r}"]))):
            raise SystemExit(f"the search for {BODY_TERM!r} (a reply-body word) found nothing")
        log("measuring: " + ", ".join(f"{name} -> {path}" for name, path in urls.items()))
        targets = {"baseline /healthz": Target(server, session, "/healthz")}
        targets |= {name: Target(server, session, path) for name, path in urls.items()}
        targets["rows fragment (htmx)"] = Target(server, session, "/", {"HX-Request": "true"})
        targets[SMALL_ROW] = Target(small_server, small_session, "/")
        timings = targets_interleaved(targets, requests=args.requests, warmup=args.warmup)
    load_end = os.getloadavg()

    log("counting queries in-process at both sizes")
    small = queries_count(args.small_database_url, username)
    big = queries_count(args.database_url, username)
    equal = small["queries"] == big["queries"]

    baseline = timings["baseline /healthz"]["server"]["median_ms"]
    rows = []
    for name, timing in timings.items():
        server_ms = timing["server"]
        rows.append(
            {
                "name": name,
                "path": targets[name].path,
                "server_median_ms": server_ms["median_ms"],
                "server_p90_ms": server_ms["p90_ms"],
                "client_median_ms": timing["client"]["median_ms"],
                "x_baseline": round(server_ms["median_ms"] / baseline, 1) if baseline else None,
                "queries_small": small["queries"].get(name),
                "queries_big": big["queries"].get(name),
                "sql_ms_big_in_process": big["sql_ms"].get(name),
                "bytes": timing["bytes"],
            }
        )
    inbox_median = timings["inbox /"]["server"]["median_ms"]
    search_medians = {
        name: timing["server"]["median_ms"]
        for name, timing in timings.items()
        if name.startswith("search")
    }
    search_met = max(search_medians.values()) < GOAL_MS
    result = {
        "tickets": {"big": big["tickets"], "small": small["tickets"]},
        "requests": args.requests,
        "warmup": args.warmup,
        "gunicorn_workers": args.workers,
        # Other work on the machine skews every figure; read them beside the load.
        "loadavg_1_5_15": {"before_setup": load_before, "start": load_start, "end": load_end},
        "rows": rows,
        "timings": timings,
        "queries_equal": equal,
        "goal": {"inbox_median_ms_below": GOAL_MS, "met": inbox_median < GOAL_MS},
        "search_goal": {"median_ms_below": GOAL_MS, "met": search_met, "medians": search_medians},
        "inbox_big_over_small": round(inbox_median / timings[SMALL_ROW]["server"]["median_ms"], 2),
        "sql_inbox_big": big["sql"]["inbox /"],
    }
    path = results_write("inbox", result)

    print()
    print(
        f"Inbox at {big['tickets']:,} tickets (queries also at {small['tickets']:,}); "
        f"{args.requests} sequential requests each after {args.warmup} warm-up, "
        f"gunicorn {args.workers} workers"
    )
    header = f"{'':28} {'server med':>10} {'p90':>8} {'client med':>10} {'x /healthz':>10} "
    print(
        header
        + f"{'queries ' + format(small['tickets'], ',') + ' / ' + format(big['tickets'], ','):>22}"
        + f" {'SQL ms':>7}"
    )
    for row in rows:
        queries = (
            f"{row['queries_small']} / {row['queries_big']}"
            if row["queries_big"] is not None
            else "-"
        )
        print(
            f"{row['name']:28} {row['server_median_ms']:>8.1f}ms {row['server_p90_ms']:>6.1f}ms "
            f"{row['client_median_ms']:>8.1f}ms {row['x_baseline']:>10} {queries:>22}"
            f" {row['sql_ms_big_in_process'] if row['sql_ms_big_in_process'] is not None else '-':>7}"
        )
    print(
        f"goal: inbox / median under {GOAL_MS:.0f} ms: "
        f"{'met' if inbox_median < GOAL_MS else 'NOT met'} ({inbox_median:.1f} ms); "
        f"query counts {'equal' if equal else 'DIFFER'} at both sizes"
    )
    slowest = max(search_medians, key=search_medians.get)
    print(
        f"goal: every search median under {GOAL_MS:.0f} ms: {'met' if search_met else 'NOT met'} "
        f"(slowest: {slowest}, {search_medians[slowest]:.1f} ms)"
    )
    cpus = os.cpu_count() or 1
    print(
        f"load average (1 min) at start {load_start[0]:.1f}, at end {load_end[0]:.1f} on {cpus} CPUs"
        + (
            "  <- the machine was busy: figures are inflated"
            if max(load_start[0], load_end[0]) > cpus
            else ""
        )
    )
    print("SQL ms: total database time of one in-process request at the big size (one sample)")
    small_median = timings[SMALL_ROW]["server"]["median_ms"]
    print(
        f"inbox / at {big['tickets']:,} vs {small['tickets']:,} tickets: {inbox_median:.1f} ms vs "
        f"{small_median:.1f} ms median (x{inbox_median / small_median:.2f})"
    )
    print(f"results: {path.relative_to(ROOT)}")
    return 0 if equal else 1


if __name__ == "__main__":
    os.chdir(ROOT)
    sys.exit(main())
