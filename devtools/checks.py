"""`dev.py test`, `dev.py lint` and `dev.py bench`."""

from __future__ import annotations

import socket
import subprocess
import urllib.parse

from .common import ROOT, LauncherError, base_env, say, venv_bin, venv_ensure

DEFAULT_TEST_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/supportdesk"


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
