"""`dev.py smoke`: the embedded default end to end. Brings the console up with no configuration
(SQLite, the embedded SQLite broker) in a temporary var dir; checks the banner comes last and the
logs went to files; logs in through the form; loads the inbox; proves the worker consumes a task
sent from another process; SIGKILLs the worker and proves the console recovers (the supervisor
starts it again, the web server never stopped, a ticket created through the API afterwards gets
its draft); stops cleanly; checks a second setup duplicates nothing."""

from __future__ import annotations

import argparse
import html
import http.cookiejar
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from .common import ROOT, LauncherError, base_env, log_tail, say, venv_ensure, venv_eval
from .supervisor import STOP_TIMEOUT
from .up import demo_logins, http_ok, port_free

# Environment that selects a server-backed setup; the embedded smoke runs without all of it.
SERVER_ENV = (
    "DATABASE_URL",
    "DATABASE_TEST_NAME",
    "CELERY_BROKER_URL",
    "CACHE_URL",
    "DJANGO_DEBUG",
    "DJANGO_SECRET_KEY",
    "DJANGO_ALLOWED_HOSTS",
    "ANYMAIL_WEBHOOK_SECRET",
    "CELERY_TASK_ALWAYS_EAGER",
)
BANNER_END = "Press Ctrl-C to stop."
RECOVERY_TIMEOUT = 120.0


class Browser:
    """Just enough of a browser: cookies, redirects, Django's CSRF form field."""

    def __init__(self, base_url: str):
        self.base_url = base_url
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))

    def get(self, path: str) -> tuple[int, str, str]:
        return self._open(urllib.request.Request(self.base_url + path))

    def post_form(self, path: str, fields: dict[str, str]) -> tuple[int, str, str]:
        body = urllib.parse.urlencode(fields).encode()
        request = urllib.request.Request(self.base_url + path, data=body, method="POST")
        request.add_header("Content-Type", "application/x-www-form-urlencoded")
        request.add_header("Referer", self.base_url + path)
        return self._open(request)

    def post_json(self, path: str, payload: dict, token: str) -> tuple[int, str, str]:
        request = urllib.request.Request(
            self.base_url + path, data=json.dumps(payload).encode(), method="POST"
        )
        request.add_header("Content-Type", "application/json")
        request.add_header("Authorization", f"Bearer {token}")
        return self._open(request)

    def _open(self, request: urllib.request.Request) -> tuple[int, str, str]:
        try:
            with self.opener.open(request, timeout=30) as response:
                return response.status, response.geturl(), response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.geturl(), error.read().decode(errors="replace")


def smoke_check(condition: bool, message: str) -> None:
    if not condition:
        raise LauncherError(f"smoke failed: {message}")
    say(f"ok: {message}")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def snippet_json(code: str, env: dict[str, str]):
    return json.loads(venv_eval(code, env=env).strip().splitlines()[-1])


DEMO_COUNTS_SNIPPET = """
import json
from django.contrib.auth import get_user_model
from tickets.models import Customer, Message, Ticket
print(json.dumps({
    "users": get_user_model().objects.count(),
    "customers": Customer.objects.count(),
    "tickets": Ticket.objects.count(),
    "messages": Message.objects.count(),
    "subjects": list(Ticket.objects.exclude(subject="").values_list("subject", flat=True)),
}))
"""

PING_SNIPPET = """
from supportdesk.tasks import ping
ping.delay({token!r})
print("sent")
"""

TOKEN_SNIPPET = """
import json
from tickets.tokens import api_token_create
print(json.dumps(api_token_create(name="dev.py smoke").key))
"""

DRAFT_SNIPPET = """
import json
from drafts.models import Draft
print(json.dumps(Draft.objects.filter(ticket_id={ticket_id}, is_current=True).exists()))
"""


def process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def cmd_smoke(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="dev.py smoke", description=__doc__)
    parser.add_argument("--timeout", type=float, default=900, help="seconds allowed for setup")
    parser.add_argument("--keep", action="store_true", help="keep the temporary var dir")
    args = parser.parse_args(argv)
    venv_ensure()
    var_dir = Path(tempfile.mkdtemp(prefix="supportdesk-smoke-"))
    env = {key: value for key, value in base_env().items() if key not in SERVER_ENV}
    env["SUPPORTDESK_VAR_DIR"] = str(var_dir)
    port = free_port()
    base_url = f"http://127.0.0.1:{port}"
    log_path = var_dir / "dev-up.log"
    worker_log = var_dir / "log" / "worker.log"
    say(f"smoke: var dir {var_dir}, port {port}, log {log_path}")
    started = time.monotonic()
    with log_path.open("w") as log:
        up = subprocess.Popen(
            [sys.executable, str(ROOT / "dev.py"), "up", "--port", str(port)],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
    try:
        deadline = time.monotonic() + args.timeout
        while not http_ok(f"{base_url}/healthz"):
            if up.poll() is not None:
                raise LauncherError(f"dev.py up exited with {up.returncode}:\n{log_tail(log_path)}")
            if time.monotonic() > deadline:
                raise LauncherError(f"no /healthz after {args.timeout:.0f}s:\n{log_tail(log_path)}")
            time.sleep(1)
        smoke_check(True, f"/healthz answers ({time.monotonic() - started:.0f}s after dev.py up)")
        deadline = time.monotonic() + 90
        while BANNER_END not in log_path.read_text():
            if time.monotonic() > deadline:
                raise LauncherError(f"dev.py up never printed its banner:\n{log_tail(log_path)}")
            time.sleep(0.3)
        output = log_path.read_text()
        smoke_check(
            output.rstrip().endswith("=" * 72) and output.count(BANNER_END) == 1,
            "the banner is the last thing dev.py up printed",
        )
        smoke_check(
            "celery@" not in output and "Booting worker" not in output,
            "no worker or web server log lines on the terminal",
        )
        smoke_check(
            " ready." in worker_log.read_text(errors="replace"),
            f"the worker logs to {worker_log.relative_to(var_dir)} and said it is ready",
        )
        smoke_check(f"Supportdesk is running at {base_url}/" in output, "banner prints the URL")
        logins = demo_logins(env)
        username, password, _role = next(
            (login for login in logins if login[0] == "agent"), logins[0]
        )
        smoke_check(f"{username:<8} / {password}" in output, "banner prints the demo logins")

        browser = Browser(base_url)
        status, _, page = browser.get("/login/")
        smoke_check(status == 200, f"GET /login/ is 200 (got {status})")
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
        smoke_check(token is not None, "login page has a CSRF token field")
        status, final_url, inbox = browser.post_form(
            "/login/",
            {"username": username, "password": password, "csrfmiddlewaretoken": token.group(1)},
        )
        final_path = urllib.parse.urlsplit(final_url).path
        smoke_check(
            status == 200 and final_path == "/",
            f"logging in as {username!r} lands on the inbox / (got {status} at {final_path})",
        )
        status, _, inbox = browser.get("/")
        smoke_check(status == 200, f"GET / is 200 (got {status})")
        counts = snippet_json(DEMO_COUNTS_SNIPPET, env)
        smoke_check(counts["tickets"] > 0, f"the demo loaded {counts['tickets']} tickets")
        shown = [subject for subject in counts["subjects"] if html.escape(subject) in inbox]
        smoke_check(bool(shown), f"the inbox lists demo tickets (e.g. {shown[:1]})")

        ping_check(env, var_dir, log_path)
        worker_kill_check(env, var_dir, log_path, browser, base_url)
        counts = snippet_json(DEMO_COUNTS_SNIPPET, env)  # the smoke's own ticket included
    finally:
        if up.poll() is None:
            os.killpg(up.pid, signal.SIGTERM)
            try:
                up.wait(timeout=2 * STOP_TIMEOUT + 15)
            except subprocess.TimeoutExpired:
                os.killpg(up.pid, signal.SIGKILL)
                up.wait()
    smoke_check(up.returncode == 0, f"dev.py up stops cleanly on SIGTERM (exit {up.returncode})")
    smoke_check(port_free(port), "the web server released its port")

    second = subprocess.run(
        [sys.executable, str(ROOT / "dev.py"), "up", "--setup-only"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    smoke_check(second.returncode == 0, "a second `dev.py up --setup-only` succeeds")
    again = snippet_json(DEMO_COUNTS_SNIPPET, env)
    keys = ("users", "customers", "tickets", "messages")
    smoke_check(
        all(again[key] == counts[key] for key in keys),
        "running it twice duplicates nothing: " + ", ".join(f"{k}={again[k]}" for k in keys),
    )
    if not args.keep:
        shutil.rmtree(var_dir, ignore_errors=True)
    say(f"smoke passed in {time.monotonic() - started:.0f}s")
    return 0


def ping_check(env: dict[str, str], var_dir: Path, log_path: Path) -> None:
    ping = secrets.token_hex(8)
    venv_eval(PING_SNIPPET.format(token=ping), env=env)
    marker = var_dir / "ping" / ping
    # The ping queues behind the demo's pipeline tasks.
    sent, deadline = time.monotonic(), time.monotonic() + 600
    while not marker.exists():
        if time.monotonic() > deadline:
            raise LauncherError(f"the worker never ran the ping task:\n{log_tail(log_path)}")
        time.sleep(0.2)
    smoke_check(
        marker.read_text().strip() != f"pid={os.getpid()}",
        f"the worker consumed a task sent from another process "
        f"({marker.read_text().strip()}, {time.monotonic() - sent:.1f}s after sending)",
    )


def worker_kill_check(
    env: dict[str, str], var_dir: Path, log_path: Path, browser: Browser, base_url: str
) -> None:
    pid_path = var_dir / "run" / "worker.pid"
    old_pid = int(pid_path.read_text())
    os.killpg(old_pid, signal.SIGKILL)
    killed = time.monotonic()
    say(f"killed the worker (SIGKILL to process group {old_pid})")
    deadline = killed + RECOVERY_TIMEOUT
    while True:
        new_pid = int(pid_path.read_text()) if pid_path.exists() else old_pid
        if new_pid != old_pid and process_alive(new_pid):
            break
        if time.monotonic() > deadline:
            raise LauncherError(f"the worker was not started again:\n{log_tail(log_path)}")
        time.sleep(0.2)
    smoke_check(
        "restarting the worker" in log_path.read_text(),
        f"the supervisor started the worker again (pid {new_pid}, "
        f"{time.monotonic() - killed:.1f}s after the kill)",
    )
    smoke_check(http_ok(f"{base_url}/healthz"), "the web server kept answering")

    key = snippet_json(TOKEN_SNIPPET, env)
    status, _, body = browser.post_json(
        "/api/v1/tickets",
        {
            "customer": {"email": "after-the-kill@example.com", "name": "Smoke Test"},
            "subject": "Where is my parcel?",
            "body": "I ordered a lamp last week and it has not arrived yet.",
        },
        key,
    )
    smoke_check(status == 201, f"POST /api/v1/tickets after the kill is 201 (got {status})")
    ticket_id = int(json.loads(body)["id"])
    created = time.monotonic()
    while not snippet_json(DRAFT_SNIPPET.format(ticket_id=ticket_id), env):
        if time.monotonic() - created > RECOVERY_TIMEOUT:
            raise LauncherError(
                f"ticket {ticket_id} got no draft:\n{log_tail(var_dir / 'log' / 'worker.log')}"
            )
        time.sleep(0.5)
    smoke_check(
        True,
        f"ticket {ticket_id}, created after the kill, got its draft "
        f"({time.monotonic() - created:.1f}s after creation, "
        f"{time.monotonic() - killed:.1f}s after the kill)",
    )
