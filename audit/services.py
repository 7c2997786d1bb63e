"""Writes to the event trail and the configuration snapshots. Every state change that matters
calls event_record() in the same transaction as the change itself."""

import contextlib
import json
from contextvars import ContextVar
from typing import Any

from django.core.serializers.json import DjangoJSONEncoder
from django.db import connection, transaction
from django.utils import timezone

from supportdesk.rows import rows_insert

from . import chain
from .models import Event
from .names import EVENT_NAMES


class UnknownEventName(ValueError):
    pass


# Events recorded inside events_batched(), written together when the block ends.
_batch: ContextVar[list[Event] | None] = ContextVar("events_batch", default=None)


def json_safe(value: Any) -> Any:
    return json.loads(json.dumps(value, cls=DjangoJSONEncoder))


def _seal_on_commit() -> None:
    # One sealer per transaction is enough (it seals everything pending). Django keeps pending
    # callbacks as (savepoint ids, func, robust); an existing one only covers this event if no
    # rollback can drop it without also dropping this event.
    if connection.in_atomic_block:
        current = set(connection.savepoint_ids)
        if any(
            func is chain.seal_after_commit_skipping_most and set(sids) <= current
            for sids, func, _ in connection.run_on_commit
        ):
            return
    # robust: the writer's data is committed by then; a failed seal leaves rows for the next.
    transaction.on_commit(chain.seal_after_commit_skipping_most, robust=True)


def event_record(
    *,
    name: str,
    ticket_id: int | None = None,
    actor=None,
    actor_label: str = "",
    payload: dict | None = None,
    versions: dict | None = None,
) -> Event:
    """Append one event. Call inside the transaction that makes the change it describes.

    The payload's digest is computed here; the event gets its place in the hash chain right
    after the transaction commits (chain.events_seal), so `hash` is empty on the returned row."""
    if name not in EVENT_NAMES:
        raise UnknownEventName(f"{name!r} is not a registered event name (audit/names.py)")
    if actor is not None and not actor_label:
        actor_label = actor.get_username()
    payload = json_safe(payload or {})
    event = Event(
        name=name,
        created_at=timezone.now(),
        ticket_id=ticket_id,
        actor=actor,
        actor_label=actor_label or "system",
        payload=payload,
        versions=json_safe(versions) if versions else {},
        payload_digest=chain.json_digest(payload),
    )
    batch = _batch.get()
    if batch is not None:
        batch.append(event)  # written when events_batched() ends; no id until then
        return event
    event.save()
    _seal_on_commit()
    return event


@contextlib.contextmanager
def events_batched():
    """Within the block (this thread or task only), event_record queues its events and the
    block's end writes them all in one insert, in the order they were recorded. Use it inside
    the transaction that makes the changes: the events commit or roll back with them (an
    exception in the block writes none). The hash chain is then computed exactly as for
    single appends: after commit, by chain.events_seal under the chain lock, in id order, and
    bulk_create gives the queued events ascending ids in recording order. So batched events
    chain in the order they were recorded, and chain_verify reads them like any other."""
    if _batch.get() is not None:  # nested: the outer block writes them
        yield
        return
    queued: list[Event] = []
    token = _batch.set(queued)
    try:
        yield
    finally:
        _batch.reset(token)
    if queued:
        _events_insert(queued)
        _seal_on_commit()


def _events_insert(events: list[Event]) -> None:
    """Event.objects.bulk_create(events), with each row's values in its own typed placeholders
    on PostgreSQL (supportdesk.rows.rows_insert): Django 5.2 sends a PostgreSQL bulk insert as
    one array per column, and psycopg quotes every JSON payload in those arrays in Python,
    about a tenth of a pipeline chunk's CPU. Ids ascend in the list's order, which the chain's
    sealing relies on (see events_batched)."""
    rows_insert(events)


def events_seal() -> int:
    """Seal every pending event now (normally done after each commit). Returns how many."""
    return chain.events_seal()
