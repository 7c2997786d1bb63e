"""The hash chain over the event trail: canonical digests, sealing, and verification.

Each event's payload gets a digest when it is written (`payload_digest`, sha256 of the payload's
canonical JSON). After the writing transaction commits, `events_seal` gives every new event its
place in the chain: `seq` (1, 2, 3, ... in seal order), `prev_hash` (the previous event's hash,
GENESIS for the first) and

    hash = sha256(prev_hash, seq, name, created_at, ticket id, actor id, actor label,
                  payload_digest, sha256(canonical versions))

(each part length-prefixed, so no two different rows hash the same string). The hash covers the
payload's digest, not the payload, so erasure can replace a payload and the chain still verifies.

Why seal after commit instead of chaining inside `event_record`: chaining at insert time needs a
global lock held from the first event to the end of the writer's transaction. Writers that lock a
ticket row after recording an event (routing does) and writers that record an event after locking
that ticket (intake does) would then deadlock. The sealer takes the chain lock in a transaction
of its own, holding no other lock, for a few milliseconds. Commit order, not id order, is chain
order: an event committed later gets a later seq even if its id is lower.

Serialization of sealers: `pg_advisory_xact_lock` on PostgreSQL; on SQLite every transaction is
BEGIN IMMEDIATE (settings), which already admits one writer at a time. The unique `seq` makes a
fork impossible even if the lock were bypassed: the second writer of a seq fails.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.db import connection, transaction

from .models import Event

GENESIS = "0" * 64
CHAIN_LOCK_KEY = 0x5D_A0D17  # pg_advisory_xact_lock key of the event chain
SEAL_BATCH = 1000
REDACTION_KEY = "redacted"


def canonical_json(value: Any) -> bytes:
    """Sorted keys, no whitespace, UTF-8, integral floats as ints (PostgreSQL's jsonb prints
    1e16 as 10000000000000000, which reads back as an int: both sides must agree)."""
    return json.dumps(
        _numbers_normalize(value), sort_keys=True, separators=(",", ":"), ensure_ascii=False
    ).encode()


def _numbers_normalize(value: Any) -> Any:
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, dict):
        return {k: _numbers_normalize(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_numbers_normalize(v) for v in value]
    return value


def json_digest(value: Any) -> str:
    return hashlib.sha256(canonical_json(value)).hexdigest()


def timestamp_text(value: dt.datetime) -> str:
    return value.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def event_hash(
    *,
    prev_hash: str,
    seq: int,
    name: str,
    created_at: dt.datetime,
    ticket_id: int | None,
    actor_id: int | None,
    actor_label: str,
    payload_digest: str,
    versions_digest: str,
) -> str:
    digest = hashlib.sha256()
    for part in (
        prev_hash,
        str(seq),
        name,
        timestamp_text(created_at),
        "" if ticket_id is None else str(ticket_id),
        "" if actor_id is None else str(actor_id),
        actor_label,
        payload_digest,
        versions_digest,
    ):
        encoded = part.encode()
        digest.update(b"%d:" % len(encoded))
        digest.update(encoded)
    return digest.hexdigest()


def chain_lock(*, durable: bool = True, wait: bool = True) -> bool:
    """Take the chain lock for the rest of the current transaction. durable=False: the commit
    does not wait for the WAL flush (for seal transactions only: a seal lost in a crash leaves
    its rows unsealed, and the next sealer computes exactly the same hashes again).
    wait=False: return False at once when another process holds it."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            if wait:
                cursor.execute("SELECT pg_advisory_xact_lock(%s)", [CHAIN_LOCK_KEY])
            else:
                cursor.execute("SELECT pg_try_advisory_xact_lock(%s)", [CHAIN_LOCK_KEY])
                if not cursor.fetchone()[0]:
                    return False
            if not durable and not connection.savepoint_ids:
                cursor.execute("SET LOCAL synchronous_commit = off")
    return True


_SEAL_COLUMNS = ("id", "name", "created_at", "ticket_id", "actor_id", "actor_label")


def events_seal(*, batch: int = SEAL_BATCH, wait: bool = True) -> int:
    """Seal every committed event that has no place in the chain yet, oldest id first, in
    batches (one short transaction each, under the chain lock). Safe to call any time, from
    any process, as often as wanted: it only ever seals rows that are not sealed."""
    sealed = 0
    looked_again = False
    while True:
        with transaction.atomic():
            if not chain_lock(durable=False, wait=wait):
                return sealed  # another process is sealing; what it misses, the next one takes
            head = Event.objects.exclude(seq=None).order_by("-seq").values_list("seq", "hash")
            seq, prev = head.first() or (0, GENESIS)
            rows = list(
                Event.objects.filter(hash="")
                .order_by("id")
                .values_list(*_SEAL_COLUMNS, "payload_digest", "versions")[:batch]
            )
            updates = []
            for event_id, name, created_at, ticket_id, actor_id, label, p_digest, versions in rows:
                seq += 1
                current = event_hash(
                    prev_hash=prev,
                    seq=seq,
                    name=name,
                    created_at=created_at,
                    ticket_id=ticket_id,
                    actor_id=actor_id,
                    actor_label=label,
                    payload_digest=p_digest,
                    versions_digest=json_digest(versions),
                )
                updates.append((seq, prev, current, event_id))
                prev = current
            if updates:
                table = connection.ops.quote_name(Event._meta.db_table)
                with connection.cursor() as cursor:
                    cursor.executemany(
                        f"UPDATE {table} SET seq = %s, prev_hash = %s, hash = %s WHERE id = %s",  # noqa: S608 (table name from the model)
                        updates,
                    )
            sealed += len(rows)
        if len(rows) == batch:
            continue
        # The lock is free again. A writer that committed while this sealer held it found the
        # lock taken and left its rows here (wait=False): look once more, now, or those rows
        # would wait for the next commit or the periodic task. Once only: under a steady stream
        # of writes a sealer that kept looking would never return to its request.
        if looked_again or not Event.objects.filter(hash="").exists():
            return sealed
        looked_again = True


_last_seal = 0.0  # time.monotonic() of this process's last seal_after_commit_skipping_most


def seal_after_commit_skipping_most() -> None:
    """The on_commit hook event_record registers (once per transaction). It never queues behind
    another sealer (under concurrent writes one process seals for all), and it skips every
    commit within AUDIT_SEAL_MIN_INTERVAL_SECONDS of this process's last seal: a busy intake
    path does not pay a sealing transaction per request. What is left, the next commit or the
    periodic audit.events_seal task seals, within seconds.

    A bypass kept on measurement: sealing after every commit took an API create from 8.3 to
    15.0 ms of CPU (Django + PostgreSQL, single thread, medians of 5 x 600 creates,
    bench/api_intake_cpu.py with and without AUDIT_SEAL_MIN_INTERVAL_SECONDS=0)."""
    global _last_seal
    interval = getattr(settings, "AUDIT_SEAL_MIN_INTERVAL_SECONDS", 1.0)
    now = time.monotonic()
    if interval and now - _last_seal < interval:
        return
    _last_seal = now
    events_seal(wait=False)


# -- verification ------------------------------------------------------------------------------
@dataclass
class Failure:
    event_id: int
    seq: int | None
    name: str
    problem: str


@dataclass
class VerifyResult:
    checked: int = 0
    unsealed: int = 0
    erased: int = 0
    seconds: float = 0.0
    head_seq: int = 0
    head_hash: str = GENESIS
    failure: Failure | None = None
    failures: int = 0
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.failure is None

    @property
    def per_second(self) -> float:
        return self.checked / self.seconds if self.seconds else 0.0


VERIFY_COLUMNS = (
    "id",
    "seq",
    "name",
    "created_at",
    "ticket_id",
    "actor_id",
    "actor_label",
    "payload",
    "versions",
    "payload_digest",
    "prev_hash",
    "hash",
    "erased_at",
)


def rows_verify(
    rows: Iterable[tuple], *, erased_accounted: set[int], result: VerifyResult
) -> Iterator[int]:
    """Check rows in seq order; yields the running count every 10,000 rows (for progress) and
    stops at the first row that does not verify, recording it in `result.failure`."""
    expected_seq, prev = 1, GENESIS
    for (
        event_id,
        seq,
        name,
        created_at,
        ticket_id,
        actor_id,
        actor_label,
        payload,
        versions,
        payload_digest,
        prev_hash,
        stored_hash,
        erased_at,
    ) in rows:
        problem = ""
        if seq != expected_seq:
            problem = f"seq is {seq}, expected {expected_seq}: an event is missing before it"
        elif prev_hash != prev:
            problem = "prev_hash does not match the previous event's hash"
        elif erased_at is None and json_digest(payload) != payload_digest:
            problem = "payload does not match its digest: the payload was changed"
        elif erased_at is not None and not (
            isinstance(payload, dict) and payload.get(REDACTION_KEY) is True
        ):
            problem = "marked erased but the payload is not a redaction marker"
        elif erased_at is not None and event_id not in erased_accounted:
            problem = "payload erased without an audit.customer_erased event naming it"
        elif stored_hash != event_hash(
            prev_hash=prev_hash,
            seq=seq,
            name=name,
            created_at=created_at,
            ticket_id=ticket_id,
            actor_id=actor_id,
            actor_label=actor_label,
            payload_digest=payload_digest,
            versions_digest=json_digest(versions),
        ):
            problem = "hash does not match the event's content (name, time, ticket, actor, digests)"
        if problem:
            result.failure = Failure(event_id, seq, name, problem)
            result.failures += 1
            return
        if erased_at is not None:
            result.erased += 1
        result.checked += 1
        result.head_seq, result.head_hash = seq, stored_hash
        expected_seq, prev = seq + 1, stored_hash
        if result.checked % 10_000 == 0:
            yield result.checked


def chain_verify(*, chunk_size: int = 2000, progress=None) -> VerifyResult:
    """Walk the sealed chain in seq order with a streaming cursor (constant memory) and report
    the first event that does not verify. Unsealed events (committed moments ago, or left by a
    sealer that failed) are counted, not judged; `events_seal` seals them."""
    result = VerifyResult()
    started = time.perf_counter()
    erased_accounted: set[int] = set()
    for payload in Event.objects.filter(name="audit.customer_erased").values_list(
        "payload", flat=True
    ):
        if isinstance(payload, dict):
            erased_accounted.update(int(i) for i in payload.get("event_ids", []))
    rows = (
        Event.objects.exclude(seq=None)
        .order_by("seq")
        .values_list(*VERIFY_COLUMNS)
        .iterator(chunk_size=chunk_size)
    )
    for count in rows_verify(rows, erased_accounted=erased_accounted, result=result):
        if progress is not None:
            progress(count, time.perf_counter() - started)
    result.seconds = time.perf_counter() - started
    result.unsealed = Event.objects.filter(hash="").count()
    return result
