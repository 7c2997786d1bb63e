"""`dev.py up`: set up (migrate, demo), start the web server and the worker under the
supervisor, print the banner with the URL and the logins last, keep them running."""

from __future__ import annotations

import argparse
import json
import os
import signal
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from .common import (
    LauncherError,
    base_env,
    manage_checked,
    say,
    var_dir,
    venv_bin,
    venv_ensure,
    venv_eval,
)
from .supervisor import Child, LogFollower, log_rotate

DEFAULT_PORT = 8000
WEB_WORKERS = 2
START_TIMEOUT = 60.0
WORKER_READY = " ready."  # celery's "celery@host ready." line, at INFO level

DEMO_LOGINS_SNIPPET = """
import json
from tickets.demo import DEMO_USERS
print(json.dumps([[u.username, u.password, u.role] for u in DEMO_USERS]))
"""


def demo_logins(env: dict[str, str]) -> list[list[str]]:
    """The demo users' [username, password, role], asked of the demo loader."""
    return json.loads(venv_eval(DEMO_LOGINS_SNIPPET, env=env).strip().splitlines()[-1])


def production_mode(env: dict[str, str]) -> bool:
    return env.get("DJANGO_DEBUG", "true").lower() in ("0", "false", "no", "off")


def console_setup(env: dict[str, str]) -> list[list[str]]:
    """Migrate, load the demo (idempotent), collect static files for production settings.
    Returns the demo logins (none in production)."""
    say("migrating the database")
    manage_checked("migrate", "--noinput", env=env)
    if production_mode(env):
        say("skipped demo data: DJANGO_DEBUG=false (demo users have published passwords)")
        say("collecting static files (DJANGO_DEBUG=false serves them from STATIC_ROOT)")
        manage_checked("collectstatic", "--noinput", env=env)
        return []
    say("loading the demo company (idempotent: existing rows are kept, not duplicated)")
    manage_checked("load_demo", env=env)
    return demo_logins(env)


def port_free(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def http_ok(url: str, timeout: float = 2.0) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:  # noqa: S310 (local URL)
            return response.status == 200
    except (urllib.error.URLError, OSError):
        return False


def broker_described(env: dict[str, str]) -> str:
    """The broker for the banner, without any password in its URL."""
    url = env.get("CELERY_BROKER_URL", "")
    if not url or url.startswith("embedded+"):
        return f"embedded (SQLite file {var_dir(env) / 'broker.sqlite3'})"
    parts = urllib.parse.urlsplit(url)
    return urllib.parse.urlunsplit(parts._replace(netloc=parts.netloc.rpartition("@")[2]))


def banner(
    *, url: str, env: dict[str, str], logins: list[list[str]], worker: Child | None, logs: Path
) -> str:
    if production_mode(env):
        users = ["No demo data (DJANGO_DEBUG=false): create users with manage.py createsuperuser."]
    else:
        users = [
            "Demo logins (username / password):",
            *(f"  {u:<8} / {p:<18} {role}" for u, p, role in logins),
        ]
    if worker is None:
        work = "Worker: not started (--no-worker)"
    else:
        work = f"Worker: running (restarted if it dies), broker {broker_described(env)}"
    return "\n".join(
        [
            "",
            "=" * 72,
            f"Supportdesk is running at {url}",
            *users,
            work,
            f"Logs: {logs}/ (web.log, worker.log; `dev.py up --logs` shows them here)",
            "Press Ctrl-C to stop.",
            "=" * 72,
            "",
        ]
    )


class Stop(Exception):
    """Raised by the signal handler so the main loop unwinds and stops the children."""


def stop_on_signal(signum, frame) -> None:
    raise Stop(signal.Signals(signum).name)


def cmd_up(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="dev.py up", description="Run the console.")
    parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", DEFAULT_PORT)))
    parser.add_argument("--no-worker", action="store_true", help="do not start a Celery worker")
    parser.add_argument(
        "--logs", action="store_true", help="show the web and worker logs on this terminal too"
    )
    parser.add_argument(
        "--setup-only", action="store_true", help="install, migrate, load the demo, then exit"
    )
    args = parser.parse_args(argv)

    venv_ensure()
    env = base_env()
    logins = console_setup(env)
    if args.setup_only:
        say("setup done (--setup-only): nothing started")
        return 0
    if not port_free(args.port):
        raise LauncherError(f"port {args.port} is in use; pick another with --port N")

    var = var_dir(env)
    logs, run = var / "log", var / "run"
    web_command = [str(venv_bin("gunicorn")), "supportdesk.wsgi", "--workers", str(WEB_WORKERS)]
    web_command += ["--bind", f"127.0.0.1:{args.port}", "--graceful-timeout", "10"]
    web = Child("web server", web_command, env=env, log_path=logs / "web.log", run_dir=run)
    children = [web]
    worker = None
    if not args.no_worker:
        worker_command = [str(venv_bin("celery")), "-A", "supportdesk", "worker"]
        worker_command += ["--pool=threads", "--concurrency=2", "-l", "info"]
        # One machine: the worker also runs beat (the pipeline sweeper, chain sealing).
        # In production run `celery -A supportdesk beat` once, beside any number of workers.
        worker_command += ["--beat", "--schedule", str(var / "celerybeat-schedule")]
        worker = Child("worker", worker_command, env=env, log_path=logs / "worker.log", run_dir=run)
        children.append(worker)

    signal.signal(signal.SIGTERM, stop_on_signal)
    signal.signal(signal.SIGINT, stop_on_signal)
    follower = LogFollower(children) if args.logs else None
    url = f"http://127.0.0.1:{args.port}/"
    try:
        for child in children:
            log_rotate(child.log_path)
            say(f"starting the {child.name} (log: {child.log_path})")
            child.start()
        if follower:
            follower.start()
        started_wait(url, web, worker)
        print(banner(url=url, env=env, logins=logins, worker=worker, logs=logs), flush=True)
        while True:
            for child in children:
                child.check()
            time.sleep(0.5)
    except Stop as stop:
        say(f"{stop.args[0]} received: stopping")
        return 0
    finally:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        if follower:
            follower.stopping.set()
        for child in reversed(children):
            code = child.stop()
            say(f"{child.name} stopped (exit code {code})")


def started_wait(url: str, web: Child, worker: Child | None) -> None:
    """Until the web server answers /healthz and the worker says it is ready. A child that
    dies meanwhile is restarted like later on; the web server must answer within a minute."""
    deadline = time.monotonic() + START_TIMEOUT
    while not http_ok(url + "healthz"):
        web.check()
        if worker:
            worker.check()
        if time.monotonic() > deadline:
            raise LauncherError(f"{url}healthz did not answer within {START_TIMEOUT:.0f}s")
        time.sleep(0.3)
    while worker and WORKER_READY not in worker.log_path.read_text(errors="replace"):
        worker.check()
        if time.monotonic() > deadline:
            say(f"the worker is not ready yet (see {worker.log_path}); the console is up anyway")
            return
        time.sleep(0.3)
