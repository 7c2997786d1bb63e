"""supportdesk.db.insert_row writes the same row save() would, through the real database."""

import datetime as dt

import pytest
from django.db import IntegrityError, transaction

from audit.models import Event
from supportdesk.db import insert_row
from tickets.models import ApiToken, Customer, IdempotencyKey, Message, Ticket

pytestmark = pytest.mark.django_db


def _row(model, pk):
    values = model.objects.filter(pk=pk).values().get()
    values.pop("id")
    return values


def test_the_row_matches_what_save_writes():
    customer = Customer.objects.create(email="row@example.com")
    now = dt.datetime(2026, 11, 1, 12, 0, tzinfo=dt.UTC)
    fields = dict(customer=customer, subject="Same row", channel="api", created_at=now)
    saved = Ticket(**fields)
    saved.save()
    inserted = insert_row(Ticket(**fields))

    assert inserted.pk is not None and inserted.pk != saved.pk
    assert not inserted._state.adding and inserted._state.db == "default"
    a, b = _row(Ticket, saved.pk), _row(Ticket, inserted.pk)
    # auto_now ran for both (pre_save), a moment apart.
    assert abs(a.pop("updated_at") - b.pop("updated_at")) < dt.timedelta(seconds=5)
    assert a == b


def test_json_and_foreign_keys_round_trip():
    ticket = Ticket.objects.create(subject="t", channel="api", created_at=dt.datetime.now(dt.UTC))
    message = insert_row(
        Message(
            ticket=ticket,
            direction="inbound",
            parse_warnings=["odd charset", {"at": 3}],
            created_at=ticket.created_at,
            pipeline_pending=True,
        )
    )
    stored = Message.objects.get(pk=message.pk)
    assert stored.ticket_id == ticket.pk and stored.pipeline_pending is True
    assert stored.parse_warnings == ["odd charset", {"at": 3}]


def test_a_model_with_its_own_save_goes_through_save():
    # Event.save refuses a second save: the helper must call it, not bypass it.
    event = insert_row(Event(name="tickets.created", created_at=dt.datetime.now(dt.UTC)))
    assert Event.objects.filter(pk=event.pk).exists()


def test_a_constraint_violation_raises_and_rolls_back_with_the_transaction():
    token = ApiToken.objects.create(name="t", key_prefix="sdk_x", key_hash="h" * 64)
    ticket = Ticket.objects.create(subject="t", channel="api", created_at=dt.datetime.now(dt.UTC))
    insert_row(IdempotencyKey(token=token, key="k", request_hash="x", ticket=ticket))
    with pytest.raises(IntegrityError), transaction.atomic():
        insert_row(IdempotencyKey(token=token, key="k", request_hash="y", ticket=ticket))
    assert IdempotencyKey.objects.filter(key="k").count() == 1
