"""The embedded default's broker (supportdesk/broker.py) under concurrency: several processes
publish while several others consume from the same SQLite file, and every message arrives
exactly once, whole. kombu's filesystem transport, which it replaced, lost the worker to a
JSONDecodeError in this situation (a reader opened a file still being written)."""

import json
import multiprocessing
import sqlite3
from queue import Empty

from kombu import Connection

import supportdesk.celery  # noqa: F401 (registers the "embedded" transport name with kombu)

PRODUCERS = 3
CONSUMERS = 3
PER_PRODUCER = 150
OPTIONS = {"polling_interval": 0.01}


def _produce(url: str, producer: int) -> None:
    with Connection(url, transport_options=dict(OPTIONS)) as connection:
        queue = connection.SimpleQueue("work")
        for number in range(PER_PRODUCER):
            # A body big enough that a torn read would not parse.
            queue.put({"producer": producer, "number": number, "pad": "x" * 4000})
        queue.close()


def _consume(url: str, results) -> None:
    seen = []
    with Connection(url, transport_options=dict(OPTIONS)) as connection:
        queue = connection.SimpleQueue("work")
        idle = 0
        while idle < 20:
            try:
                message = queue.get(timeout=0.1)
            except Empty:
                idle += 1
                continue
            idle = 0
            seen.append((message.payload["producer"], message.payload["number"]))
            assert len(message.payload["pad"]) == 4000
            message.ack()
        queue.close()
    results.put(json.dumps(seen))


def test_concurrent_publishers_and_consumers_get_each_message_exactly_once(tmp_path):
    path = tmp_path / "broker.sqlite3"
    url = f"embedded+sqlite:///{path}"
    context = multiprocessing.get_context("spawn")
    results = context.Queue()
    consumers = [context.Process(target=_consume, args=(url, results)) for _ in range(CONSUMERS)]
    producers = [context.Process(target=_produce, args=(url, n)) for n in range(PRODUCERS)]
    for process in consumers + producers:
        process.start()
    for process in producers:
        process.join(120)
        assert process.exitcode == 0
    received = [tuple(item) for _ in consumers for item in json.loads(results.get(timeout=180))]
    for process in consumers:
        process.join(30)
        assert process.exitcode == 0

    expected = {(p, n) for p in range(PRODUCERS) for n in range(PER_PRODUCER)}
    assert len(received) == len(expected)  # nothing delivered twice
    assert set(received) == expected  # nothing lost
    # A fetched message leaves the file (kombu's own transport keeps it forever, invisible).
    with sqlite3.connect(path) as db:
        assert db.execute("select count(*) from kombu_message").fetchone() == (0,)
        assert db.execute("pragma journal_mode").fetchone() == ("wal",)
