"""A real Celery worker on Redis, killed mid-run and started again: every ticket ends with
exactly one current draft or a recorded failure. None lost, none duplicated.

Everything runs as separate processes against the test database: intake (manage.py shell),
the worker (celery with an embedded beat for the sweeper), and the model endpoint (a local
chat-completions server in this process, slow enough that the kill lands mid-run)."""

import os
import sys
import time
from pathlib import Path

import pytest
import redis
from django.conf import settings as django_settings
from django.db import connection

from drafts.models import Draft, PipelineRun, RunStatus
from tests.drafts.worker_support import intake_run, worker_kill, worker_start
from tests.fakes.chat_server import ChatServer, Hang, Reply
from tickets.models import Message

pytestmark = [
    pytest.mark.integration,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

ROOT = Path(__file__).resolve().parents[2]
PYTHON = sys.executable
REDIS_DB = 13
TICKETS = 16

INTAKE = f"""
from tickets.inbound import InboundMessage
from tickets.services import inbound_ingest
for i in range({TICKETS}):
    inbound_ingest(inbound=InboundMessage(from_address=f"crash{{i}}@example.com",
                   subject=f"Parcel {{i}}", body_text=f"Where is my parcel? order {{10000 + i}}"),
                   channel="email")
"""


def _responder(body):
    name = body.get("response_format", {}).get("json_schema", {}).get("name")
    if name == "classification":
        return Hang(
            0.4,
            Reply(
                {
                    "request_class": "shipping-status",
                    "confidence": 0.9,
                    "language": "en",
                    "urgency": "normal",
                    "product_area": "shipping",
                    "frustration": 0.0,
                    "churn_risk": 0.0,
                }
            ),
        )
    return Hang(
        0.4,
        Reply(
            {
                "reply": "Your parcel ships within two working days.",
                "citations": [],
                "basis": ["shipping policy"],
            }
        ),
    )


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
        **os.environ,
        "DATABASE_URL": f"postgres://{db['USER'] or 'postgres'}@{db['HOST'] or '127.0.0.1'}:"
        f"{db['PORT'] or 5432}/{db['NAME']}",
        "CELERY_BROKER_URL": broker,
        "CELERY_VISIBILITY_TIMEOUT": "5",
        "SUPPORTDESK_MODEL_PROVIDER": "openai",
        "OPENAI_BASE_URL": server.base_url,
        "OPENAI_API_KEY": "test",
        "SUPPORTDESK_SWEEP_SECONDS": "2",
        "SUPPORTDESK_PIPELINE_STUCK_SECONDS": "6",
        "SUPPORTDESK_VAR_DIR": str(tmp_path),
        "DATABASE_CONN_MAX_AGE": "0",
    }
    yield environment, server
    server.stop()
    redis.Redis.from_url(broker).flushdb()


def test_killed_worker_loses_and_duplicates_nothing(env, tmp_path, policies):
    environment, server = env
    worker = worker_start(environment, tmp_path, log_level="warning")
    try:
        intake_run(environment, INTAKE)
        # Let some runs get part way, then kill the worker and its children outright.
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if PipelineRun.objects.filter(stage__in=["draft", "route", "done"]).count() >= 3:
                break
            time.sleep(0.2)
        worker_kill(worker)
        unfinished_at_kill = PipelineRun.objects.exclude(status=RunStatus.DONE).count()
        assert unfinished_at_kill > 0, "the kill came too late to test anything"

        worker = worker_start(environment, tmp_path, log_level="warning")
        deadline = time.monotonic() + 150
        while time.monotonic() < deadline:
            if (
                PipelineRun.objects.count() == TICKETS
                and not PipelineRun.objects.filter(
                    status__in=[RunStatus.PENDING, RunStatus.RUNNING]
                ).exists()
            ):
                break
            time.sleep(0.5)
    finally:
        worker_kill(worker)

    log = (tmp_path / "worker.log").read_text(errors="replace")[-3000:]
    inbound = Message.objects.filter(direction="inbound")
    assert inbound.count() == TICKETS
    assert PipelineRun.objects.count() == TICKETS, log
    for message in inbound:
        run = PipelineRun.objects.get(message=message)
        # The endpoint is healthy: every run must finish (a failure here means a lost stage).
        assert run.status == RunStatus.DONE, (run.pk, run.stage, run.status, run.error, log)
        assert Draft.objects.filter(message=message, is_current=True).count() == 1
        assert Draft.objects.filter(run=run).count() == 1
    # Some model calls were cut off by the kill and made again; none after a draft was stored.
    assert len(server.calls("draft")) >= TICKETS
