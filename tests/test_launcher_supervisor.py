"""`dev.py up`'s supervisor (devtools/supervisor.py) with real child processes: a child that is
SIGKILLed is started again after a backoff that doubles while it keeps dying, its output goes to
its log file, and stopping it leaves nothing running. (`dev.py smoke` does the same to the real
worker, end to end.)"""

import os
import signal
import sys
import time

from devtools import supervisor
from devtools.supervisor import Child, log_rotate

SLEEPER = [
    sys.executable,
    "-c",
    "import os, time; print('up', os.getpid(), flush=True); time.sleep(60)",
]


def _wait_for(condition, seconds=15.0):
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def test_a_killed_child_is_started_again_with_a_doubling_backoff(tmp_path, capsys):
    log = tmp_path / "log" / "sleeper.log"
    log_rotate(log)
    child = Child("sleeper", SLEEPER, env=dict(os.environ), log_path=log, run_dir=tmp_path / "run")
    child.start()
    try:
        pids = [int((tmp_path / "run" / "sleeper.pid").read_text())]
        delays = []
        for round_ in range(2):
            _wait_for(lambda n=round_: log.read_text().count("up ") == n + 1)  # it is running
            os.killpg(pids[-1], signal.SIGKILL)
            _wait_for(lambda: child.exited())
            child.check()  # notices the exit and schedules the restart
            assert child.restart_due is not None
            delays.append(child.restart_due - time.monotonic())
            _wait_for(lambda: (child.check(), child.restart_due is None and not child.exited())[1])
            pids.append(int((tmp_path / "run" / "sleeper.pid").read_text()))
        assert len(set(pids)) == 3 and all(not _alive(pid) for pid in pids[:2])
        assert _alive(pids[-1])
        # 1 s, then 2 s: a child that keeps dying is not restarted in a tight loop.
        assert supervisor.BACKOFF_FIRST - 0.5 < delays[0] <= supervisor.BACKOFF_FIRST
        assert 2 * supervisor.BACKOFF_FIRST - 0.5 < delays[1] <= 2 * supervisor.BACKOFF_FIRST
        assert child.restarts == 2
        _wait_for(lambda: log.read_text().count("up ") == 3)  # each run's output, in one file
        assert "exited with code -9" in capsys.readouterr().out
    finally:
        child.stop()
    assert not _alive(pids[-1])
    assert not (tmp_path / "run" / "sleeper.pid").exists()


def test_log_rotate_keeps_the_previous_run(tmp_path):
    log = tmp_path / "web.log"
    log.write_text("first run\n")
    log_rotate(log)
    assert not log.exists()
    assert (tmp_path / "web.log.1").read_text() == "first run\n"
