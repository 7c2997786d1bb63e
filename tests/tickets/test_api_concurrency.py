"""Idempotent creates under concurrency: real threads, real PostgreSQL transactions."""

import hashlib
import json
import threading
import time

import pytest
from django.db import connection, connections, transaction
from django.test import Client

from tickets.inbound import InboundMessage
from tickets.models import (
    Customer,
    IdempotencyKey,
    Message,
    RawInbound,
    RawInboundStatus,
    Ticket,
)
from tickets.services import inbound_ingest
from tickets.tokens import api_token_create

pytestmark = pytest.mark.django_db(transaction=True)

BODY = json.dumps(
    {
        "customer": {"email": "race@example.com", "name": "Rae"},
        "subject": "Twice?",
        "body": "Sent by a client that retries fast.",
    }
).encode()


def _post(key: str, token_key: str, results: list, barrier: threading.Barrier | None = None):
    try:
        if barrier is not None:
            barrier.wait(timeout=10)
        response = Client().generic(
            "POST",
            "/api/v1/tickets",
            BODY,
            content_type="application/json",
            headers={"Authorization": f"Bearer {token_key}", "Idempotency-Key": key},
        )
        results.append((response.status_code, response.json()))
    finally:
        connections.close_all()


def test_concurrent_identical_requests_open_one_ticket():
    issued = api_token_create(name="racer")
    results: list = []
    barrier = threading.Barrier(6)
    threads = [
        threading.Thread(target=_post, args=("same-key", issued.key, results, barrier))
        for _ in range(6)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert len(results) == 6
    assert {status for status, _ in results} <= {200, 201}
    assert [status for status, _ in results].count(201) == 1
    assert len({body["id"] for _, body in results}) == 1
    assert Ticket.objects.count() == 1 and Message.objects.count() == 1
    assert IdempotencyKey.objects.count() == 1 and Customer.objects.count() == 1
    # Every request's raw body is kept: one parsed, the rest marked as retries of it.
    statuses = sorted(RawInbound.objects.values_list("status", flat=True))
    assert statuses.count(RawInboundStatus.PARSED) == 1
    assert statuses.count(RawInboundStatus.IGNORED) == 5


def _inserts_waiting_on_the_key() -> int:
    with connection.cursor() as cursor:
        # The second request's key insert, blocked on the unique index entry the holder wrote.
        cursor.execute(
            "SELECT count(*) FROM pg_stat_activity "
            "WHERE datname = current_database() AND wait_event_type = 'Lock' "
            "AND query LIKE 'INSERT INTO \"tickets_idempotencykey\"%%'"
        )
        return cursor.fetchone()[0]


def test_the_loser_of_a_race_rolls_back_its_ticket_and_returns_the_winners():
    """Deterministic interleaving: the winner has written its ticket and key but not committed
    when the second request arrives, so the second's key insert waits on the unique index,
    fails when the winner commits, rolls its own ticket back and replays the winner's."""
    issued = api_token_create(name="racer")
    Customer.objects.create(email="race@example.com", name="Rae")
    holding, release = threading.Event(), threading.Event()
    winner: dict = {}

    def first_request_mid_transaction():
        try:
            with transaction.atomic():
                result = inbound_ingest(
                    inbound=InboundMessage(
                        from_address="race@example.com",
                        subject="Twice?",
                        body_text="Sent by a client that retries fast.",
                    ),
                    channel="api",
                )
                IdempotencyKey.objects.create(
                    token=issued.token,
                    key="k-race",
                    request_hash=hashlib.sha256(BODY).hexdigest(),
                    ticket=result.ticket,
                )
                winner["id"] = result.ticket.pk
                holding.set()
                assert release.wait(timeout=30)
        finally:
            connections.close_all()

    holder = threading.Thread(target=first_request_mid_transaction)
    holder.start()
    assert holding.wait(timeout=30)
    results: list = []
    second = threading.Thread(target=_post, args=("k-race", issued.key, results))
    second.start()
    deadline = time.monotonic() + 30
    while _inserts_waiting_on_the_key() == 0:
        assert time.monotonic() < deadline, "the second request never waited on the key"
        assert second.is_alive(), results
        time.sleep(0.02)
    release.set()
    holder.join(timeout=30)
    second.join(timeout=30)

    assert results == [(200, results[0][1])]
    assert results[0][1]["id"] == winner["id"]
    assert list(Ticket.objects.values_list("pk", flat=True)) == [winner["id"]]
    assert Message.objects.count() == 1
    raw = RawInbound.objects.get()
    assert raw.status == RawInboundStatus.IGNORED and raw.ticket_id == winner["id"]
