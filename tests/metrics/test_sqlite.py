"""The metric definitions on SQLite, the embedded default, from the PostgreSQL run.

PostgreSQL computes medians with percentile_cont; SQLite has none, so the same figures come from
grouped values interpolated in Python. To prove both give the known answers, this test runs
test_definitions.py in a child pytest whose DATABASE_URL is a fresh SQLite file (settings are
read once per process, so a second backend needs a second process; a second database alias
would need `using=` threaded through every query the dashboard makes). The child must pass
every test and skip none."""

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MODULE = "tests/metrics/test_definitions.py"


def test_metric_definitions_pass_on_sqlite(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DATABASE_", "PYTEST_"))}
    env["DATABASE_URL"] = f"sqlite:///{tmp_path / 'metrics.sqlite3'}"
    env["SUPPORTDESK_VAR_DIR"] = str(tmp_path / "var")
    collected = subprocess.run(
        [sys.executable, "-m", "pytest", MODULE, "--collect-only", "-q", "-p", "no:cacheprovider"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    expected = len([line for line in collected.stdout.splitlines() if "::" in line])
    assert expected >= 15, collected.stdout[-2000:] + collected.stderr[-2000:]
    result = subprocess.run(
        [sys.executable, "-m", "pytest", MODULE, "-q", "-p", "no:cacheprovider", "-p", "no:xdist"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    output = result.stdout[-4000:] + result.stderr[-2000:]
    assert result.returncode == 0, output
    summary = result.stdout.strip().splitlines()[-1]
    assert re.search(rf"\b{expected} passed\b", summary), output
    assert "skipped" not in summary and "failed" not in summary, output
