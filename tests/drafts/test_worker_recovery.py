"""Recovery without a human: a real Celery worker on Redis is SIGKILLed while runs are mid-stage
and started again at once (as `dev.py up`'s supervisor does). With the shipped defaults (the
Redis visibility timeout, the sweeper's period and its stuck threshold derived from the
OpenAI-compatible provider's client timeout), every run finishes within 60 s of the kill.

Separate processes against the test database, like tests/drafts/test_worker_crash.py: intake
(manage.py shell), the worker with an embedded beat (the sweeper), and a local chat-completions
server in this process whose draft answers are slow enough that the kill lands mid-stage."""

import os
import sys
import time
from pathlib import Path

import pytest
import redis
from django.conf import settings as django_settings
from django.db import connection

from drafts.models import Draft, PipelineRun, RunStatus, StageRecord
from tests.drafts.worker_support import intake_run, worker_kill, worker_start
from tests.fakes.chat_server import ChatServer, Hang, Reply
from tickets.models import Message

pytestmark = [
    pytest.mark.integration,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

ROOT = Path(__file__).resolve().parents[2]
PYTHON = sys.executable
REDIS_DB = 11  # this test's own database: it flushes it
TICKETS = 6
RECOVERY_SECONDS = 60

INTAKE = f"""
from tickets.inbound import InboundMessage
from tickets.services import inbound_ingest
for i in range({TICKETS}):
    inbound_ingest(inbound=InboundMessage(from_address=f"recover{{i}}@example.com",
                   subject=f"Refund {{i}}", body_text=f"Please refund order {{20000 + i}}"),
                   channel="email")
"""

CLASSIFICATION = {
    "request_class": "shipping-status",
    "confidence": 0.9,
    "language": "en",
    "urgency": "normal",
    "product_area": "shipping",
    "frustration": 0.0,
    "churn_risk": 0.0,
}
DRAFT = {"reply": "Your refund is on its way.", "citations": [], "basis": ["refund policy"]}


def _responder(body):
    name = body.get("response_format", {}).get("json_schema", {}).get("name")
    if name == "classification":
        return Reply(CLASSIFICATION)
    return Hang(3.0, Reply(DRAFT))  # the draft stage is where the kill lands


@pytest.fixture
def env(tmp_path):
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL: the worker is another process sharing the test database")
    server = ChatServer().start()
    server.responder = _responder
    db = django_settings.DATABASES["default"]
    broker = f"redis://127.0.0.1:6379/{REDIS_DB}"
    redis.Redis.from_url(broker).flushdb()
    environment = {
        key: value
        for key, value in os.environ.items()
        # The shipped defaults for everything recovery depends on.
        if key
        not in (
            "CELERY_VISIBILITY_TIMEOUT",
            "SUPPORTDESK_SWEEP_SECONDS",
            "SUPPORTDESK_PIPELINE_STUCK_SECONDS",
            "SUPPORTDESK_TASK_MAX_SECONDS",
            "OPENAI_TIMEOUT_SECONDS",
        )
    }
    environment.update(
        {
            "DATABASE_URL": f"postgres://{db['USER'] or 'postgres'}@{db['HOST'] or '127.0.0.1'}:"
            f"{db['PORT'] or 5432}/{db['NAME']}",
            "CELERY_BROKER_URL": broker,
            "SUPPORTDESK_MODEL_PROVIDER": "openai",
            "OPENAI_BASE_URL": server.base_url,
            "OPENAI_API_KEY": "test",
            "SUPPORTDESK_VAR_DIR": str(tmp_path),
            "DATABASE_CONN_MAX_AGE": "0",
        }
    )
    yield environment, server
    server.stop()
    redis.Redis.from_url(broker).flushdb()


def _unfinished():
    return PipelineRun.objects.filter(status__in=[RunStatus.PENDING, RunStatus.RUNNING])


def test_runs_left_mid_stage_by_a_killed_worker_finish_within_a_minute(env, tmp_path, policies):
    environment, server = env
    worker = worker_start(environment, tmp_path)
    try:
        intake_run(environment, INTAKE)
        # Kill while a draft stage is waiting on the model: mid-stage, unacknowledged.
        deadline = time.monotonic() + 90
        while not StageRecord.objects.filter(
            stage="draft", outcome=StageRecord.Outcome.STARTED
        ).exists():
            assert time.monotonic() < deadline, "no draft stage ever started"
            time.sleep(0.1)
        worker_kill(worker)
        killed_at = time.monotonic()
        mid_stage = list(
            PipelineRun.objects.filter(status=RunStatus.RUNNING).values_list("pk", "stage")
        )
        assert mid_stage, "the kill came too late: no run was mid-stage"
        assert _unfinished().exists()

        worker = worker_start(environment, tmp_path)
        while _unfinished().exists() or PipelineRun.objects.count() < TICKETS:
            if time.monotonic() - killed_at > RECOVERY_SECONDS + 30:
                break
            time.sleep(0.5)
        recovered_in = time.monotonic() - killed_at
    finally:
        worker_kill(worker)

    whole_log = (tmp_path / "worker.log").read_text(errors="replace")
    log = whole_log[-3000:]  # for the failure messages
    left = list(_unfinished().values_list("pk", "stage", "status"))
    assert not left, (left, mid_stage, log)
    assert recovered_in < RECOVERY_SECONDS, (recovered_in, mid_stage, log)
    assert "pipeline sweep re-enqueued" in whole_log  # recovered by the sweeper, not by luck
    for message in Message.objects.filter(direction="inbound"):
        run = PipelineRun.objects.get(message=message)
        assert run.status == RunStatus.DONE, (run.pk, run.stage, run.error)
        assert Draft.objects.filter(message=message, is_current=True).count() == 1
    print(f"recovered {len(mid_stage)} mid-stage runs in {recovered_in:.1f}s after SIGKILL")
