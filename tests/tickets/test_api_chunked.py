"""An API create sent with `Transfer-Encoding: chunked` through a real gunicorn (issue 15,
item 5): gunicorn de-chunks the body into wsgi.input without a CONTENT_LENGTH, and Django
alone reads nothing of it. The body must be read (up to SUPPORTDESK_MAX_REQUEST_BYTES), stored
raw, and the ticket opened; a chunked body over the limit is a 413."""

import json
import os
import signal
import socket
import subprocess
import time
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.db import connection

from tickets.models import Message, RawInbound, RawInboundStatus
from tickets.tokens import api_token_create

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.integration]

ROOT = Path(__file__).resolve().parents[2]
LIMIT = 4096


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _exchange(port: int, request: bytes, timeout: float = 10.0) -> tuple[int, bytes]:
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
        sock.sendall(request)
        sock.shutdown(socket.SHUT_WR)
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    return int(head.split(b" ", 2)[1]), body


@pytest.fixture
def gunicorn(tmp_path):
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL: gunicorn is another process sharing the test database")
    db = django_settings.DATABASES["default"]
    port = _free_port()
    env = {
        **os.environ,
        "DATABASE_URL": f"postgres://{db['USER'] or 'postgres'}@{db['HOST'] or '127.0.0.1'}:"
        f"{db['PORT'] or 5432}/{db['NAME']}",
        "DATABASE_CONN_MAX_AGE": "0",
        "SUPPORTDESK_VAR_DIR": str(tmp_path),
        "SUPPORTDESK_MAX_REQUEST_BYTES": str(LIMIT),
        "SUPPORTDESK_PIPELINE_ENQUEUE": "",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
    }
    process = subprocess.Popen(
        [str(ROOT / ".venv" / "bin" / "gunicorn"), "supportdesk.wsgi", "--workers", "1"]
        + ["--bind", f"127.0.0.1:{port}", "--log-level", "warning"],
        cwd=ROOT,
        env=env,
        start_new_session=True,
        stdout=open(tmp_path / "gunicorn.log", "ab"),
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            assert process.poll() is None, (tmp_path / "gunicorn.log").read_text()
            try:
                if _exchange(port, b"GET /healthz HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n")[0] == 200:
                    break
            except OSError:
                pass
            assert time.monotonic() < deadline, "gunicorn did not answer /healthz"
            time.sleep(0.2)
        yield port
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=20)


def _chunked_post(port: int, token: str, body: bytes, piece: int = 50) -> tuple[int, bytes]:
    chunks = b"".join(
        b"%x\r\n%s\r\n" % (len(body[i : i + piece]), body[i : i + piece])
        for i in range(0, len(body), piece)
    )
    request = (
        b"POST /api/v1/tickets HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        b"Authorization: Bearer " + token.encode() + b"\r\n"
        b"Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n"
        b"Connection: close\r\n\r\n" + chunks + b"0\r\n\r\n"
    )
    return _exchange(port, request)


def test_chunked_api_create_is_read_stored_and_opens_the_ticket(gunicorn):
    issued = api_token_create(name="shop backend")
    payload = {
        "customer": {"email": "ada@example.com", "name": "Ada Park"},
        "subject": "Station offline",
        "body": "My weather station stopped reporting yesterday. " * 10,
    }
    body = json.dumps(payload).encode()
    status, answer = _chunked_post(gunicorn, issued.key, body)
    assert status == 201, answer
    raw = RawInbound.objects.get()
    assert bytes(raw.content) == body and raw.size == len(body)
    assert raw.status == RawInboundStatus.PARSED
    message = Message.objects.get()
    assert message.body_text == payload["body"]
    assert json.loads(answer)["id"] == message.ticket_id


def test_chunked_body_over_the_limit_is_413(gunicorn):
    issued = api_token_create(name="shop backend")
    body = json.dumps({"subject": "x", "body": "y" * (LIMIT + 10)}).encode()
    status, answer = _chunked_post(gunicorn, issued.key, body, piece=1000)
    assert status == 413 and b"limit is 4096 bytes" in answer
    assert RawInbound.objects.count() == 0
