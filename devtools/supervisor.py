"""Child processes for `dev.py up`: each writes its log to a file under var/log/, and one that
dies is started again after a backoff (1 s, 2 s, 4 s ... 30 s; back to 1 s once it has run a
minute) instead of taking the others down. Each child's pid is in var/run/<name>.pid."""

from __future__ import annotations

import os
import signal
import subprocess
import threading
import time
from pathlib import Path

from .common import ROOT, say

STOP_TIMEOUT = 20.0
BACKOFF_FIRST = 1.0
BACKOFF_MAX = 30.0
STABLE_SECONDS = 60.0  # a child that ran this long before dying starts again at once


def log_rotate(path: Path) -> None:
    """Keep the previous run's log as <name>.log.1; start this run's empty."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists():
        path.replace(path.with_name(path.name + ".1"))


class Child:
    def __init__(
        self,
        name: str,
        command: list[str],
        *,
        env: dict[str, str],
        log_path: Path,
        run_dir: Path,
        restart: bool = True,
    ):
        self.name = name
        self.command = command
        self.env = env
        self.log_path = log_path
        self.pid_path = run_dir / f"{name.replace(' ', '-')}.pid"
        self.restart = restart
        self.process: subprocess.Popen | None = None
        self.started_at = 0.0
        self.backoff = BACKOFF_FIRST
        self.restart_due: float | None = None
        self.restarts = 0

    def start(self) -> None:
        self.pid_path.parent.mkdir(parents=True, exist_ok=True)
        with self.log_path.open("ab") as log:
            # Own session: Ctrl-C reaches only the launcher, which stops each child once, in
            # order; a kill of the child's group takes its pool processes with it.
            self.process = subprocess.Popen(
                self.command,
                cwd=ROOT,
                env=self.env,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        self.started_at = time.monotonic()
        self.pid_path.write_text(f"{self.process.pid}\n")

    def exited(self) -> bool:
        return self.process is not None and self.process.poll() is not None

    def check(self) -> None:
        """Called often: notice an exit, schedule the restart, start it when due."""
        now = time.monotonic()
        if self.restart_due is not None:
            if now >= self.restart_due:
                self.restart_due = None
                self.restarts += 1
                say(f"restarting the {self.name} (restart {self.restarts})")
                self.start()
            return
        if not self.exited():
            return
        if now - self.started_at >= STABLE_SECONDS:
            self.backoff = BACKOFF_FIRST
        code = self.process.returncode
        say(
            f"the {self.name} exited with code {code}; starting it again in {self.backoff:.0f}s "
            f"(last lines of {self.log_path}):"
        )
        for line in _tail(self.log_path, 5):
            print(f"    {line}", flush=True)
        self.restart_due = now + self.backoff
        self.backoff = min(BACKOFF_MAX, self.backoff * 2)

    def stop(self) -> int | None:
        self.restart_due = None
        process = self.process
        if process is None:
            return None
        if process.poll() is None:
            _signal_group(process, signal.SIGTERM)
            try:
                process.wait(timeout=STOP_TIMEOUT)
            except subprocess.TimeoutExpired:
                say(f"the {self.name} did not stop within {STOP_TIMEOUT:.0f}s; killing it")
                _signal_group(process, signal.SIGKILL)
                process.wait()
        self.pid_path.unlink(missing_ok=True)
        return process.returncode


def _signal_group(process: subprocess.Popen, signum: int) -> None:
    try:
        os.killpg(process.pid, signum)
    except ProcessLookupError:
        pass


def _tail(path: Path, lines: int) -> list[str]:
    if not path.exists():
        return []
    return path.read_text(errors="replace").splitlines()[-lines:]


class LogFollower(threading.Thread):
    """`dev.py up --logs`: print each child's log lines on the terminal as they are written."""

    def __init__(self, children: list[Child]):
        super().__init__(daemon=True)
        self.children = children
        self.stopping = threading.Event()

    def run(self) -> None:
        offsets = {child.name: 0 for child in self.children}
        width = max(len(child.name) for child in self.children)
        while not self.stopping.wait(0.2):
            for child in self.children:
                try:
                    with child.log_path.open("rb") as log:
                        log.seek(offsets[child.name])
                        chunk = log.read()
                except FileNotFoundError:
                    continue
                end = chunk.rfind(b"\n") + 1
                if not end:
                    continue
                offsets[child.name] += end
                for line in chunk[:end].decode(errors="replace").splitlines():
                    print(f"{child.name:<{width}} | {line}", flush=True)
