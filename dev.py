#!/usr/bin/env python3
"""Supportdesk's launcher: the two README commands and a few more.

    python3 dev.py up      [--port N] [--no-worker] [--setup-only]   run the console
    python3 dev.py test    [pytest args...]                          run the test suite
    python3 dev.py lint                                              ruff check + format check
    python3 dev.py smoke                                             embedded-default smoke test
    python3 dev.py bench   [name...] [-- args]                       run benchmarks in bench/

Standard library only: this is the first thing run on a fresh clone, before `.venv` exists.
"""

from __future__ import annotations

import argparse
import hashlib
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

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
LOCK = ROOT / "requirements.lock"
# The lock's sha256 as last installed; a different lock means install again.
STAMP = VENV / "requirements.lock.sha256"
DEFAULT_TEST_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/supportdesk"
DEFAULT_PORT = 8000
WEB_WORKERS = 2
STOP_TIMEOUT = 20.0

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


class LauncherError(Exception):
    """A failure with a message for the person at the terminal (no traceback)."""


def say(message: str) -> None:
    print(f"[dev] {message}", flush=True)


# --- virtual environment -------------------------------------------------------------------------


def venv_bin(name: str) -> Path:
    folder = "Scripts" if os.name == "nt" else "bin"
    suffix = ".exe" if os.name == "nt" else ""
    return VENV / folder / f"{name}{suffix}"


def lock_digest() -> str:
    return hashlib.sha256(LOCK.read_bytes()).hexdigest()


def venv_ensure() -> None:
    """Create .venv when missing; install requirements.lock when it changed since last install."""
    if sys.version_info < (3, 11):  # noqa: UP036 (dev.py may run on an older system python)
        raise LauncherError(f"Python 3.11+ is required; this is {sys.version.split()[0]}")
    python = venv_bin("python")
    if not python.exists():
        say(f"creating the virtual environment in {VENV.relative_to(ROOT)}/")
        result = subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=False)
        if result.returncode != 0 or not python.exists():
            raise LauncherError(
                "could not create .venv (on Debian/Ubuntu: apt-get install python3-venv)"
            )
    digest = lock_digest()
    if STAMP.exists() and STAMP.read_text().strip() == digest:
        return
    say("installing requirements.lock (first run or the lock changed)")
    started = time.monotonic()
    command = [str(python), "-m", "pip", "install", "--disable-pip-version-check"]
    command += ["--require-hashes", "-r", str(LOCK)]
    if subprocess.run(command, cwd=ROOT, check=False).returncode != 0:
        raise LauncherError("pip install -r requirements.lock failed (see the output above)")
    STAMP.write_text(digest + "\n")
    say(f"installed in {time.monotonic() - started:.0f}s")


def base_env(**overrides: str) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("DJANGO_SETTINGS_MODULE", "supportdesk.settings")
    env["PYTHONUNBUFFERED"] = "1"
    env.update(overrides)
    return env


def manage(*args: str, env: dict[str, str], capture: bool = False) -> subprocess.CompletedProcess:
    command = [str(venv_bin("python")), str(ROOT / "manage.py"), *args]
    return subprocess.run(
        command, cwd=ROOT, env=env, check=False, capture_output=capture, text=True
    )


def manage_checked(*args: str, env: dict[str, str]) -> None:
    if manage(*args, env=env).returncode != 0:
        raise LauncherError(f"manage.py {' '.join(args)} failed (see the output above)")


def venv_eval(code: str, *, env: dict[str, str]) -> str:
    """Run a snippet with Django set up, in the venv, and return its stdout."""
    prelude = "import django; django.setup()\n"
    result = subprocess.run(
        [str(venv_bin("python")), "-c", prelude + code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise LauncherError(f"snippet failed:\n{code}\n{result.stderr.strip()}")
    return result.stdout


# --- up --------------------------------------------------------------------------------------------

DEMO_LOGINS_SNIPPET = """
import json
from tickets.demo import DEMO_USERS
print(json.dumps([[u.username, u.password, u.role] for u in DEMO_USERS]))
"""


def demo_logins(env: dict[str, str]) -> list[list[str]]:
    """The demo users' [username, password, role], asked of tickets.demo."""
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


def child_start(name: str, command: list[str], env: dict[str, str]) -> subprocess.Popen:
    say(
        f"starting {name}: {' '.join(Path(command[0]).name if i == 0 else c for i, c in enumerate(command))}"
    )
    # Own session: Ctrl-C reaches only this launcher, which then stops each child once, in order.
    return subprocess.Popen(command, cwd=ROOT, env=env, start_new_session=True)


def child_stop(name: str, process: subprocess.Popen) -> int | None:
    if process.poll() is None:
        try:
            os.killpg(process.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        try:
            process.wait(timeout=STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            say(f"{name} did not stop within {STOP_TIMEOUT:.0f}s; killing it")
            try:
                os.killpg(process.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            process.wait()
    return process.returncode


def broker_described(env: dict[str, str]) -> str:
    """The broker for the banner, without any password in its URL."""
    url = env.get("CELERY_BROKER_URL", "")
    if not url or url.startswith("filesystem://"):
        var_dir = Path(env.get("SUPPORTDESK_VAR_DIR") or ROOT / "var")
        return f"filesystem:// (files under {var_dir / 'broker'})"
    parts = urllib.parse.urlsplit(url)
    return urllib.parse.urlunsplit(parts._replace(netloc=parts.netloc.rpartition("@")[2]))


class Stop(Exception):
    """Raised by the signal handler so the main loop unwinds and stops the children."""


def stop_on_signal(signum, frame) -> None:
    raise Stop(signal.Signals(signum).name)


def cmd_up(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="dev.py up", description="Run the console.")
    parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", DEFAULT_PORT)))
    parser.add_argument("--no-worker", action="store_true", help="do not start a Celery worker")
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

    signal.signal(signal.SIGTERM, stop_on_signal)
    signal.signal(signal.SIGINT, stop_on_signal)
    children: list[tuple[str, subprocess.Popen]] = []
    url = f"http://127.0.0.1:{args.port}/"
    try:
        web = [str(venv_bin("gunicorn")), "supportdesk.wsgi", "--workers", str(WEB_WORKERS)]
        web += ["--bind", f"127.0.0.1:{args.port}", "--graceful-timeout", "10"]
        children.append(("web server", child_start("web server", web, env)))
        if not args.no_worker:
            worker = [str(venv_bin("celery")), "-A", "supportdesk", "worker"]
            worker += ["--pool=threads", "--concurrency=2", "-l", "info"]
            # One machine: the worker also runs beat (the pipeline sweeper, chain sealing).
            # In production run `celery -A supportdesk beat` once, beside any number of workers.
            worker += [
                "--beat",
                "--schedule",
                str(Path(env.get("SUPPORTDESK_VAR_DIR") or ROOT / "var") / "celerybeat-schedule"),
            ]
            children.append(("worker", child_start("worker", worker, env)))

        deadline = time.monotonic() + 60
        while not http_ok(url + "healthz"):
            if any(process.poll() is not None for _, process in children):
                raise LauncherError("a child process exited during start-up (see above)")
            if time.monotonic() > deadline:
                raise LauncherError(f"{url}healthz did not answer within 60s")
            time.sleep(0.3)

        broker = broker_described(env)
        lines = [
            "",
            f"Supportdesk is running at {url}",
            *(
                ["No demo data (DJANGO_DEBUG=false): create users with manage.py createsuperuser."]
                if production_mode(env)
                else [
                    "Demo logins (username / password):",
                    *(f"  {u:<8} / {p:<18} {role}" for u, p, role in logins),
                ]
            ),
            f"Worker: {'not started (--no-worker)' if args.no_worker else 'running, broker ' + broker}",
            "Press Ctrl-C to stop.",
            "",
        ]
        print("\n".join(lines), flush=True)

        while True:
            for name, process in children:
                if process.poll() is not None:
                    raise LauncherError(f"{name} exited with code {process.returncode}")
            time.sleep(0.5)
    except Stop as stop:
        say(f"{stop.args[0]} received: stopping")
        return 0
    finally:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        for name, process in reversed(children):
            code = child_stop(name, process)
            say(f"{name} stopped (exit code {code})")


# --- test / lint / bench ---------------------------------------------------------------------------


def database_reachable(url: str) -> bool:
    parts = urllib.parse.urlsplit(url)
    if not parts.scheme.startswith("postgres"):
        return True
    try:
        with socket.create_connection((parts.hostname or "127.0.0.1", parts.port or 5432), 3):
            return True
    except OSError:
        return False


def cmd_test(argv: list[str]) -> int:
    venv_ensure()
    env = base_env()
    env.setdefault("DATABASE_URL", DEFAULT_TEST_DATABASE_URL)
    if not database_reachable(env["DATABASE_URL"]):
        say(
            f"warning: nothing answers at {env['DATABASE_URL']}; start PostgreSQL "
            "(or set DATABASE_URL) first"
        )
    command = [str(venv_bin("pytest")), *argv]
    say(f"DATABASE_URL={env['DATABASE_URL']} {' '.join(['pytest', *argv])}")
    code = subprocess.run(command, cwd=ROOT, env=env, check=False).returncode
    if code == 5:
        say("pytest collected no tests: that is a failure, not a pass")
    return code


def cmd_lint(argv: list[str]) -> int:
    venv_ensure()
    ruff = str(venv_bin("ruff"))
    check = subprocess.run([ruff, "check", ".", *argv], cwd=ROOT, check=False).returncode
    fmt = subprocess.run([ruff, "format", "--check", "."], cwd=ROOT, check=False).returncode
    return check or fmt


def bench_scripts() -> list[str]:
    return sorted(
        path.stem
        for path in (ROOT / "bench").glob("*.py")
        if not path.name.startswith("_") and not path.name.startswith("seed_")
    )


def cmd_bench(argv: list[str]) -> int:
    """`dev.py bench` runs every bench; `dev.py bench inbox -- --requests 50` runs one with args."""
    names, extra = (
        (argv[: argv.index("--")], argv[argv.index("--") + 1 :]) if "--" in argv else (argv, [])
    )
    available = bench_scripts()
    unknown = [name for name in names if name not in available]
    if unknown:
        raise LauncherError(f"unknown bench {unknown}; available: {', '.join(available)}")
    venv_ensure()
    env = base_env()
    failures = []
    for name in names or available:
        say(f"bench {name}")
        command = [str(venv_bin("python")), str(ROOT / "bench" / f"{name}.py"), *extra]
        if subprocess.run(command, cwd=ROOT, env=env, check=False).returncode != 0:
            failures.append(name)
    if failures:
        say(f"failed: {', '.join(failures)}")
    return 1 if failures else 0


# --- smoke: the embedded default, end to end ------------------------------------------------------


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


def cmd_smoke(argv: list[str]) -> int:
    """Bring the console up with no configuration (SQLite, filesystem broker) in a temporary
    var dir; log in through the form; load the inbox; prove the worker consumes a task sent
    from another process; stop cleanly; check a second setup duplicates nothing."""
    parser = argparse.ArgumentParser(prog="dev.py smoke")
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
        deadline = time.monotonic() + 30
        while "Press Ctrl-C to stop." not in log_path.read_text():
            if time.monotonic() > deadline:
                raise LauncherError("dev.py up never printed its banner")
            time.sleep(0.3)
        banner = log_path.read_text()
        smoke_check(f"Supportdesk is running at {base_url}/" in banner, "banner prints the URL")
        logins = demo_logins(env)
        username, password, _role = next(
            (login for login in logins if login[0] == "agent"), logins[0]
        )
        smoke_check(f"{username:<8} / {password}" in banner, "banner prints the demo logins")

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
        counts = json.loads(venv_eval(DEMO_COUNTS_SNIPPET, env=env).strip().splitlines()[-1])
        smoke_check(counts["tickets"] > 0, f"the demo loaded {counts['tickets']} tickets")
        shown = [subject for subject in counts["subjects"] if html.escape(subject) in inbox]
        smoke_check(bool(shown), f"the inbox lists demo tickets (e.g. {shown[:1]})")

        ping = secrets.token_hex(8)
        venv_eval(PING_SNIPPET.format(token=ping), env=env)
        marker = var_dir / "ping" / ping
        # The ping queues behind the demo's pipeline tasks (a few hundred on a fresh load).
        sent, deadline = time.monotonic(), time.monotonic() + 600
        while not marker.exists():
            if time.monotonic() > deadline:
                raise LauncherError(f"the worker never ran the ping task:\n{log_tail(log_path)}")
            time.sleep(0.5)
        smoke_check(
            marker.read_text().strip() != f"pid={os.getpid()}",
            f"the worker consumed a task sent from another process "
            f"({marker.read_text().strip()}, {time.monotonic() - sent:.0f}s after sending)",
        )
    finally:
        if up.poll() is None:
            os.killpg(up.pid, signal.SIGTERM)
            try:
                up.wait(timeout=STOP_TIMEOUT + 15)
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
    again = json.loads(venv_eval(DEMO_COUNTS_SNIPPET, env=env).strip().splitlines()[-1])
    keys = ("users", "customers", "tickets", "messages")
    smoke_check(
        all(again[key] == counts[key] for key in keys),
        "running it twice duplicates nothing: " + ", ".join(f"{k}={again[k]}" for k in keys),
    )
    if not args.keep:
        shutil.rmtree(var_dir, ignore_errors=True)
    say(f"smoke passed in {time.monotonic() - started:.0f}s")
    return 0


def log_tail(path: Path, lines: int = 40) -> str:
    return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])


# --- entry point -----------------------------------------------------------------------------------

COMMANDS = {
    "up": cmd_up,
    "test": cmd_test,
    "lint": cmd_lint,
    "smoke": cmd_smoke,
    "bench": cmd_bench,
}


def main(argv: list[str]) -> int:
    if not argv or argv[0] in ("-h", "--help", "help") or argv[0] not in COMMANDS:
        print(__doc__.strip())
        return 0 if argv and argv[0] in ("-h", "--help", "help") else 2
    try:
        return COMMANDS[argv[0]](argv[1:])
    except LauncherError as error:
        say(f"error: {error}")
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
