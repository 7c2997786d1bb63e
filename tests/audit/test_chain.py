"""The trail is append-only and hash-chained: the model, the queryset and (on PostgreSQL) the
trigger refuse changes; audit_verify finds a row changed behind the trigger's back."""

import threading

import pytest
from django.core.management import CommandError
from django.db import DatabaseError, connection, transaction

from audit.chain import GENESIS, chain_verify, event_hash, json_digest
from audit.models import AppendOnlyViolation, Event
from audit.services import event_record

from .conftest import audit_verify

pytestmark = pytest.mark.django_db

postgres_only = pytest.mark.skipif(
    "connection.vendor != 'postgresql'", reason="the trigger exists on PostgreSQL only"
)


def _events(n, ticket_id=None):
    return [
        event_record(
            name="tickets.status_changed",
            ticket_id=ticket_id,
            payload={"from": "new", "to": "escalated", "i": i, "note": "Zoë <b>ü</b>", "f": 1.0},
            versions={"rules": 3},
        )
        for i in range(n)
    ]


def test_events_are_sealed_after_commit_and_the_chain_verifies(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        with transaction.atomic():
            written = _events(3)
        assert all(e.hash == "" for e in written)  # not sealed before the commit
    rows = list(Event.objects.order_by("seq"))
    assert [e.seq for e in rows] == [1, 2, 3]
    assert rows[0].prev_hash == GENESIS
    assert [e.prev_hash for e in rows[1:]] == [e.hash for e in rows[:-1]]
    first = rows[0]
    assert first.payload_digest == json_digest(first.payload)
    assert first.hash == event_hash(
        prev_hash=GENESIS,
        seq=1,
        name=first.name,
        created_at=first.created_at,
        ticket_id=None,
        actor_id=None,
        actor_label="system",
        payload_digest=first.payload_digest,
        versions_digest=json_digest({"rules": 3}),
    )
    assert "The chain verifies." in audit_verify()


def test_one_sealer_per_transaction(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks() as callbacks:
        with transaction.atomic():
            _events(5)
    assert len(callbacks) == 1


def test_model_and_queryset_refuse_changes(sealed):
    event = _events(1)[0]
    sealed()
    event.refresh_from_db()
    event.actor_label = "someone else"
    with pytest.raises(AppendOnlyViolation):
        event.save()
    with pytest.raises(AppendOnlyViolation):
        event.delete()
    with pytest.raises(AppendOnlyViolation):
        Event.objects.filter(pk=event.pk).update(actor_label="x")
    with pytest.raises(AppendOnlyViolation):
        Event.objects.filter(pk=event.pk).delete()
    assert Event.objects.get(pk=event.pk).actor_label == "system"


@postgres_only
@pytest.mark.parametrize(
    "sql",
    [
        'UPDATE audit_event SET payload = \'{"to": "resolved"}\'::jsonb',
        "UPDATE audit_event SET actor_label = 'mallory'",
        "UPDATE audit_event SET hash = repeat('0', 64)",
        "UPDATE audit_event SET seq = seq + 1",
        # Erasure must go to the marker, once, and leave everything else alone.
        'UPDATE audit_event SET payload = \'{"to": "resolved"}\'::jsonb, erased_at = now()',
        "UPDATE audit_event SET payload = '{\"redacted\": true}'::jsonb, erased_at = now(), "
        "name = 'tickets.created'",
        "DELETE FROM audit_event",
    ],
)
def test_postgres_trigger_rejects_update_and_delete_as_the_application(sealed, sql):
    _events(2)
    sealed()
    before = list(Event.objects.order_by("id").values_list("payload", "actor_label", "hash"))
    with pytest.raises(DatabaseError, match="Cannot (update|delete) rows"):
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(sql)
    assert (
        list(Event.objects.order_by("id").values_list("payload", "actor_label", "hash")) == before
    )


@postgres_only
def test_postgres_trigger_rejects_truncate(sealed):
    _events(2)
    sealed()
    with pytest.raises(DatabaseError, match="append-only; TRUNCATE"):
        with transaction.atomic(), connection.cursor() as cursor:
            # The test suite's connections allow TRUNCATE for pytest-django's flush; the
            # application's connections never set the variable.
            cursor.execute("SET LOCAL audit.allow_truncate = 'off'")
            cursor.execute("TRUNCATE audit_event")
    assert Event.objects.count() == 2


@postgres_only
def test_the_sanctioned_erasure_update_passes_the_trigger(sealed):
    event = _events(1)[0]
    sealed()
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE audit_event SET payload = '{\"redacted\": true}'::jsonb, erased_at = now() "
            "WHERE id = %s",
            [event.pk],
        )
    with pytest.raises(DatabaseError, match="Cannot update rows"):
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(  # and only once
                'UPDATE audit_event SET payload = \'{"redacted": true, "x": 1}\'::jsonb '
                "WHERE id = %s",
                [event.pk],
            )


def _as_superuser_bypassing_triggers(sql, params=()):
    """A superuser can switch triggers off for the session: what audit_verify is for."""
    with connection.cursor() as cursor:
        cursor.execute("SET session_replication_role = replica")
        try:
            cursor.execute(sql, params)
        finally:
            cursor.execute("SET session_replication_role = DEFAULT")


@postgres_only
def test_audit_verify_names_a_payload_changed_by_a_superuser(sealed):
    events = _events(5)
    sealed()
    target = events[2]
    _as_superuser_bypassing_triggers(
        "UPDATE audit_event SET payload = jsonb_set(payload, '{to}', '\"resolved\"') WHERE id = %s",
        [target.pk],
    )
    with pytest.raises(CommandError) as failure:
        audit_verify()
    message = str(failure.value)
    assert f"Event {target.pk} (tickets.status_changed, seq 3)" in message
    assert "payload does not match its digest" in message
    assert "The 2 events before it verify" in message


@postgres_only
@pytest.mark.parametrize(
    ("sql", "problem"),
    [
        (
            "UPDATE audit_event SET payload = '{}'::jsonb, payload_digest = %(digest)s "
            "WHERE id = %(id)s",
            "hash does not match the event's content",
        ),
        ("DELETE FROM audit_event WHERE id = %(id)s", "seq is 4, expected 3"),
        (
            "UPDATE audit_event SET created_at = created_at - interval '1 day' WHERE id = %(id)s",
            "hash does not match",
        ),
        (
            "UPDATE audit_event SET payload = '{\"redacted\": true}'::jsonb, erased_at = now() "
            "WHERE id = %(id)s",
            "erased without an audit.customer_erased event",
        ),
    ],
)
def test_audit_verify_finds_other_superuser_edits(sealed, sql, problem):
    events = _events(5)
    sealed()
    target = events[2]
    _as_superuser_bypassing_triggers(sql, {"id": target.pk, "digest": json_digest({})})
    result = chain_verify()
    assert not result.ok
    assert problem in result.failure.problem
    assert result.failure.event_id in (target.pk, events[3].pk)
    assert result.checked == 2


def test_unsealed_events_are_counted_not_judged_and_seal_flag_seals_them():
    _events(3)
    result = chain_verify()
    assert result.ok and result.checked == 0 and result.unsealed == 3
    from io import StringIO

    from django.core.management import call_command

    out = StringIO()
    call_command("audit_verify", "--seal", stdout=out)
    assert "Sealed 3 pending event(s)." in out.getvalue()
    assert "Checked 3 events" in out.getvalue()


@postgres_only
@pytest.mark.django_db(transaction=True)
def test_concurrent_writers_do_not_fork_the_chain():
    """Four threads, each committing 25 transactions of two events, all at once, each commit
    sealing on its own without waiting for the lock. A commit that finds another sealer at work
    leaves its rows to it; the last of them may be left for the periodic task (audit.events_seal)
    by design (chain.seal_after_commit_skipping_most): it runs here as it would within seconds.
    Then the chain is one line: seq 1..200, each prev_hash the previous hash. Also shows
    pytest-django's flush (TRUNCATE) still works after this test."""
    from django.db import connections

    from audit.tasks import events_seal_task

    barrier = threading.Barrier(4)
    errors = []

    def writer(n):
        try:
            barrier.wait()
            for _ in range(25):
                with transaction.atomic():
                    _events(2)
        except Exception as error:  # pragma: no cover - reported below
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    events_seal_task()
    rows = list(Event.objects.order_by("seq").values_list("seq", "prev_hash", "hash"))
    assert [r[0] for r in rows] == list(range(1, 201))
    assert all(rows[i][1] == rows[i - 1][2] for i in range(1, len(rows)))
    result = chain_verify()
    assert result.ok and result.checked == 200 and result.unsealed == 0
