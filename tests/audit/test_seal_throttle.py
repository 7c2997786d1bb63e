"""Sealing after commit is throttled per process; nothing is left unsealed for long."""

import pytest

from audit import chain
from audit.models import Event
from audit.services import event_record

pytestmark = pytest.mark.django_db


def test_a_second_commit_within_the_interval_leaves_sealing_to_the_next(
    settings, django_capture_on_commit_callbacks
):
    settings.AUDIT_SEAL_MIN_INTERVAL_SECONDS = 60
    chain._last_seal = 0.0
    with django_capture_on_commit_callbacks(execute=True):
        first = event_record(name="tickets.created", payload={"n": 1})
    with django_capture_on_commit_callbacks(execute=True):
        second = event_record(name="tickets.created", payload={"n": 2})
    first.refresh_from_db()
    second.refresh_from_db()
    assert first.hash and not second.hash  # the second commit did not pay for a seal
    assert chain.events_seal() == 1  # the periodic task picks it up
    assert Event.objects.get(pk=second.pk).hash
