"""Shared pieces for the benches in bench/: a PostgreSQL bench database, manage.py with production
settings, gunicorn started and stopped around a block, an HTTP session that logs in through the
login form, timing with medians, and results written to bench/results/.

Standard library plus psycopg (in the lock). Benches run with the venv's python
(`python3 dev.py bench NAME` takes care of that). Machines here have 2 cores and are noisy: report
medians and always a baseline measured in the same command.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import http.client
import json
import os
import re
import signal
import socket
import statistics
import subprocess
import sys
import time
import urllib.parse
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS_DIR = ROOT / "bench" / "results"
BENCH_VAR_DIR = ROOT / "var" / "bench"
DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/supportdesk_bench"
BENCH_PASSWORD = "bench-agent-pass"  # noqa: S105 (a throwaway user in a throwaway database)


def log(message: str) -> None:
    print(f"[bench] {message}", flush=True)


def python() -> str:
    venv = ROOT / ".venv" / "bin" / "python"
    return str(venv if venv.exists() else sys.executable)


# --- settings and databases ------------------------------------------------------------------------


def django_env(database_url: str, *, var_dir: Path = BENCH_VAR_DIR, **extra: str) -> dict[str, str]:
    """Production settings (DEBUG off: no query log, cached templates) on a bench database.

    HTTPS is what production serves; the bench speaks plain HTTP on loopback and says
    `X-Forwarded-Proto: https` (SECURE_PROXY_SSL_HEADER), so no redirect is involved. Give each
    bench its own `var_dir` (static files, broker folders) so benches can run side by side."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "DATABASE_", "CELERY_", "SUPPORTDESK_"))
    }
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "supportdesk.settings",
            "DJANGO_DEBUG": "false",
            "DJANGO_SECRET_KEY": "bench-only-" + "k" * 50,
            "ANYMAIL_WEBHOOK_SECRET": "bench:bench-only-webhook-secret",
            "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
            "DJANGO_SECURE_SSL_REDIRECT": "false",
            "DATABASE_URL": database_url,
            "SUPPORTDESK_VAR_DIR": str(var_dir),
            "LOG_LEVEL": "WARNING",
            "PYTHONUNBUFFERED": "1",
        }
    )
    env.update(extra)
    return env


def database_ensure(database_url: str) -> bool:
    """Create the PostgreSQL database the URL names when it does not exist. True if created."""
    import psycopg
    from psycopg import sql

    parts = urllib.parse.urlsplit(database_url)
    name = parts.path.lstrip("/")
    admin_url = urllib.parse.urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(admin_url, autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if exists:
            return False
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    log(f"created database {name}")
    return True


def manage(*args: str, env: dict[str, str], capture: bool = False) -> str:
    result = subprocess.run(
        [python(), str(ROOT / "manage.py"), *args],
        cwd=ROOT,
        env=env,
        capture_output=capture,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        detail = (result.stderr or "")[-3000:] if capture else "(see the output above)"
        raise SystemExit(f"manage.py {' '.join(args)} failed: {detail}")
    return result.stdout if capture else ""


def database_prepare(database_url: str, *, tickets: int, env: dict[str, str]) -> None:
    """Create and migrate the database, seed `tickets` tickets unless already there."""
    database_ensure(database_url)
    log(f"migrating {database_url}")
    manage("migrate", "--noinput", "-v", "0", env=env)
    command = [python(), str(ROOT / "bench" / "seed_tickets.py")]
    command += ["--tickets", str(tickets), "--database-url", database_url]
    if subprocess.run(command, cwd=ROOT, env=env, check=False).returncode != 0:
        raise SystemExit("seeding failed (see above)")


AGENT_SNIPPET = """
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
user, _ = get_user_model().objects.get_or_create(username={username!r})
user.set_password({password!r})
user.save()
user.groups.add(Group.objects.get(name="Agent"))
"""


def agent_ensure(*, env: dict[str, str], username: str = "bench-agent") -> tuple[str, str]:
    """An Agent-role user with a known password; returns (username, password)."""
    manage("shell", "-c", AGENT_SNIPPET.format(username=username, password=BENCH_PASSWORD), env=env)
    return username, BENCH_PASSWORD


def static_collect(*, env: dict[str, str]) -> None:
    """DEBUG off serves hashed static files from STATIC_ROOT (whitenoise); pages need the manifest."""
    manage("collectstatic", "--noinput", "-v", "0", env=env)


# --- gunicorn --------------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


# Gunicorn's own per-request time (%(D)s, microseconds) is the server time; the client's
# round trip adds the loopback connection on top.
ACCESS_FORMAT = "%(m)s %(U)s?%(q)s hx=%({hx-request}i)s %(s)s %(D)s"


def request_key(method: str, path: str, headers: dict[str, str] | None = None) -> str:
    """How a request appears in the access log: method, path?query, whether htmx asked."""
    hx = any(k.lower() == "hx-request" and v == "true" for k, v in (headers or {}).items())
    return f"{method} {path.rstrip('?')}{' hx' if hx else ''}"


@dataclass
class Server:
    port: int
    access_log: Path
    process: subprocess.Popen
    base_url: str = field(init=False)

    def __post_init__(self) -> None:
        self.base_url = f"http://127.0.0.1:{self.port}"

    def access_offset(self) -> int:
        return self.access_log.stat().st_size

    def server_times_since(self, offset: int) -> list[tuple[str, float]]:
        """(request_key, seconds) for each request gunicorn logged after `offset`."""
        with self.access_log.open("rb") as handle:
            handle.seek(offset)
            lines = handle.read().decode(errors="replace").splitlines()
        times = []
        for line in lines:
            if not line.strip():
                continue
            method, url, hx, _status, micros = line.split(" ")
            key = request_key(method, url, {"HX-Request": hx.removeprefix("hx=")})
            times.append((key, int(micros) / 1e6))
        return times


@contextlib.contextmanager
def gunicorn(
    *,
    env: dict[str, str],
    workers: int = 2,
    port: int | None = None,
    extra_args: list[str] | tuple[str, ...] = (),
    access_log: bool = True,
) -> Iterator[Server]:
    """Gunicorn on 127.0.0.1 with `workers` sync workers (or what `extra_args` asks for), up
    until the block ends. access_log=False: no per-request log line (throughput benches)."""
    port = port or free_port()
    var_dir = Path(env.get("SUPPORTDESK_VAR_DIR", BENCH_VAR_DIR))
    var_dir.mkdir(parents=True, exist_ok=True)
    log_path = var_dir / f"gunicorn-{port}.access.log"
    log_path.write_text("")
    command = [str(ROOT / ".venv" / "bin" / "gunicorn"), "supportdesk.wsgi"]
    command += ["--workers", str(workers), "--bind", f"127.0.0.1:{port}", *extra_args]
    if access_log:
        command += ["--access-logfile", str(log_path), "--access-logformat", ACCESS_FORMAT]
    process = subprocess.Popen(command, cwd=ROOT, env=env, start_new_session=True)
    server = Server(port=port, access_log=log_path, process=process)
    try:
        deadline = time.monotonic() + 60
        while True:
            if process.poll() is not None:
                raise SystemExit(f"gunicorn exited with {process.returncode}")
            try:
                if HttpSession(server.base_url).get("/healthz").status == 200:
                    break
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise SystemExit("gunicorn did not answer /healthz within 60s")
            time.sleep(0.2)
        log(f"gunicorn up on {server.base_url} ({workers} workers)")
        yield server
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
        log_path.unlink(missing_ok=True)


# --- HTTP ------------------------------------------------------------------------------------------


@dataclass
class Response:
    status: int
    headers: dict[str, str]
    body: str
    seconds: float


class HttpSession:
    """A logged-in client over http.client: one request per connection (gunicorn's sync workers
    close it anyway), cookies kept by hand (production cookies are Secure; this is loopback)."""

    def __init__(self, base_url: str):
        parts = urllib.parse.urlsplit(base_url)
        self.host, self.port = parts.hostname, parts.port
        self.cookies: dict[str, str] = {}

    def request(
        self, method: str, path: str, body: bytes | None = None, headers: dict | None = None
    ) -> Response:
        all_headers = {
            "Host": f"{self.host}:{self.port}",
            "X-Forwarded-Proto": "https",
            "Accept": "text/html",
        }
        if self.cookies:
            all_headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        all_headers.update(headers or {})
        started = time.perf_counter()
        connection = http.client.HTTPConnection(self.host, self.port, timeout=60)
        try:
            connection.request(method, path, body=body, headers=all_headers)
            response = connection.getresponse()
            payload = response.read()
        finally:
            connection.close()
        seconds = time.perf_counter() - started
        for name, value in response.getheaders():
            if name.lower() == "set-cookie":
                cookie_name, _, rest = value.partition("=")
                self.cookies[cookie_name.strip()] = rest.split(";", 1)[0]
        return Response(
            response.status,
            {k.lower(): v for k, v in response.getheaders()},
            payload.decode(errors="replace"),
            seconds,
        )

    def get(self, path: str) -> Response:
        return self.request("GET", path)

    def login(self, username: str, password: str, *, path: str = "/login/") -> None:
        """Log in through the login form, CSRF cookie and token included, like a browser."""
        page = self.get(path)
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.body)
        if page.status != 200 or not token:
            raise SystemExit(f"GET {path}: {page.status}, no CSRF token field")
        body = urllib.parse.urlencode(
            {"username": username, "password": password, "csrfmiddlewaretoken": token.group(1)}
        ).encode()
        origin = f"https://{self.host}:{self.port}"
        response = self.request(
            "POST",
            path,
            body=body,
            headers={
                "Content-Type": "application/x-www-form-urlencoded",
                "Origin": origin,
                "Referer": origin + path,
            },
        )
        if response.status != 302 or "sessionid" not in self.cookies:
            raise SystemExit(f"login as {username} failed: {response.status}")


# --- timing ----------------------------------------------------------------------------------------


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def summary_ms(samples: list[float]) -> dict[str, float]:
    return {
        "n": len(samples),
        "median_ms": round(statistics.median(samples) * 1000, 2),
        "p90_ms": round(percentile(samples, 0.9) * 1000, 2),
        "min_ms": round(min(samples) * 1000, 2),
        "mean_ms": round(statistics.fmean(samples) * 1000, 2),
    }


def requests_timed(
    server: Server,
    send: Callable[[], Response],
    *,
    requests: int,
    warmup: int,
    check: Callable[[Response], bool] = lambda r: r.status == 200,
) -> dict[str, dict]:
    """`warmup` untimed calls, then `requests` sequential timed ones. Returns client round-trip
    and gunicorn server-time summaries; any response failing `check` stops the bench."""
    for _ in range(warmup):
        send()
    time.sleep(0.3)
    offset = server.access_offset()
    client: list[float] = []
    size = 0
    for _ in range(requests):
        response = send()
        if not check(response):
            raise SystemExit(f"unexpected response {response.status}: {response.body[:300]}")
        client.append(response.seconds)
        size = len(response.body)
    time.sleep(0.2)  # gunicorn writes the access line after the response
    server_times = [seconds for _, seconds in server.server_times_since(offset)][-requests:]
    return {"server": summary_ms(server_times), "client": summary_ms(client), "bytes": size}


@dataclass
class Target:
    """One URL to time: on which server, through which logged-in session, with which headers."""

    server: Server
    session: HttpSession
    path: str
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def key(self) -> str:
        return f"{self.server.port} {request_key('GET', self.path, self.headers)}"


def requests_interleaved(
    server: Server,
    session: HttpSession,
    targets: dict[str, tuple[str, dict[str, str]]],
    *,
    requests: int,
    warmup: int,
) -> dict[str, dict]:
    """`targets_interleaved` for targets on one server: name -> (path, headers)."""
    return targets_interleaved(
        {name: Target(server, session, path, headers) for name, (path, headers) in targets.items()},
        requests=requests,
        warmup=warmup,
    )


def targets_interleaved(
    targets: dict[str, Target], *, requests: int, warmup: int
) -> dict[str, dict]:
    """GET each target in turn, `requests` rounds after `warmup` untimed ones, so noise on a
    shared machine falls on every target alike (targets may sit on different servers). Every
    response must be 200. Returns per name: gunicorn server time and client round trip."""
    if len({t.key for t in targets.values()}) != len(targets):
        raise ValueError("two targets would be indistinguishable in the access log")
    for _ in range(warmup):
        for target in targets.values():
            target.session.request("GET", target.path, headers=target.headers)
    time.sleep(0.3)  # let the warm-up's last access lines land before the timed part starts
    servers = {t.server.port: t.server for t in targets.values()}
    offsets = {port: server.access_offset() for port, server in servers.items()}
    client: dict[str, list[float]] = {name: [] for name in targets}
    size: dict[str, int] = {}
    for _ in range(requests):
        for name, target in targets.items():
            response = target.session.request("GET", target.path, headers=target.headers)
            if response.status != 200:
                raise SystemExit(f"GET {target.path}: {response.status}: {response.body[:300]}")
            client[name].append(response.seconds)
            size[name] = len(response.body)
    time.sleep(0.3)  # gunicorn writes the access line after the response
    logged: dict[str, list[float]] = {}
    for port, server in servers.items():
        for key, seconds in server.server_times_since(offsets[port]):
            logged.setdefault(f"{port} {key}", []).append(seconds)
    results = {}
    for name, target in targets.items():
        server_times = logged.get(target.key, [])[-requests:]
        if len(server_times) != requests:
            raise SystemExit(
                f"{name}: {len(server_times)} access-log lines for {requests} requests"
            )
        results[name] = {
            "server": summary_ms(server_times),
            "client": summary_ms(client[name]),
            "bytes": size[name],
        }
    return results


def results_write(name: str, data: dict) -> Path:
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    path = RESULTS_DIR / f"{name}-{stamp}.json"
    data = {"bench": name, "at": stamp, "host_cpus": os.cpu_count(), **data}
    path.write_text(json.dumps(data, indent=2) + "\n")
    (RESULTS_DIR / f"{name}-latest.json").write_text(json.dumps(data, indent=2) + "\n")
    return path
