"""A real Celery worker (with embedded beat) as a child process, for the tests that kill one."""

import os
import signal
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PYTHON = sys.executable


def worker_start(environment, tmp_path, *, log_level="info"):
    """Start a worker in its own process group; its output goes to tmp_path/worker.log."""
    return subprocess.Popen(
        [PYTHON, "-m", "celery", "-A", "supportdesk", "worker", "-B"]
        + ["-s", str(tmp_path / "beat-schedule"), "--pool=prefork", "-c", "2", "-l", log_level]
        + ["--without-gossip", "--without-mingle"],
        cwd=ROOT,
        env=environment,
        start_new_session=True,
        stdout=open(tmp_path / "worker.log", "ab"),  # noqa: SIM115 (the child owns it)
        stderr=subprocess.STDOUT,
    )


def worker_kill(process):
    """SIGKILL the worker and every child it forked."""
    os.killpg(process.pid, signal.SIGKILL)
    process.wait(timeout=10)


def intake_run(environment, code):
    """Run intake code in a separate `manage.py shell`, as another process would."""
    subprocess.run(
        [PYTHON, "manage.py", "shell", "-c", code],
        cwd=ROOT,
        env=environment,
        check=True,
        capture_output=True,
        timeout=120,
    )
