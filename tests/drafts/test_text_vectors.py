"""The embeddings the live pipeline keeps for replays (drafts.models.TextVector): a backfill
keeps them for runs that finished without, pruning deletes those of old messages, and a replay
decides the same with them, without them, and with them kept again."""

from datetime import timedelta
from io import StringIO

import numpy as np
import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone

from drafts.models import PipelineRun, TextVector
from drafts.replay import pipeline_replay
from drafts.services import text_vectors_prune_scheduled
from tests.drafts.review_support import *  # noqa: F403 (the fixtures)
from tickets.models import Message

pytestmark = pytest.mark.django_db

TEXTS = (
    "Where is my weather station parcel? Order 48214, the tracking has not moved.",
    "I cannot log in, the password reset email never arrives. Account 48215.",
    "Meine Bestellung 48217 ist seit 9 Tagen unterwegs, wo ist das Paket?",
)


def kept() -> dict:
    return {
        (message_id, encoder, bytes(digest)): np.frombuffer(bytes(vector), dtype="<f4")
        for message_id, encoder, digest, vector in TextVector.objects.values_list(
            "message_id", "encoder", "digest", "vector"
        )
    }


def rows_of(replay) -> list[tuple]:
    """Each row's ticket and both columns (class, risk, route, auto-send, draft, citations)."""
    return [(row.ticket_id, row.before, row.after) for row in replay.rows]


def test_backfill_keeps_what_the_live_chunks_kept_and_a_replay_decides_alike(drafted):
    for n, text in enumerate(TEXTS):
        drafted(text=text, subject=f"Question {n}", sender=f"vector{n}@example.com")
    live = kept()
    assert {message_id for message_id, _, _ in live} == set(
        PipelineRun.objects.values_list("message_id", flat=True)
    )
    replayed = rows_of(pipeline_replay(last=10))

    TextVector.objects.all().delete()
    assert rows_of(pipeline_replay(last=10)) == replayed  # embedded again: the same decisions

    out = StringIO()
    call_command("text_vectors", "--backfill", stdout=out, stderr=StringIO())
    assert "kept vectors for 3 runs" in out.getvalue()
    again = kept()
    # At least what the live chunks kept (it also keeps reply memory's question of an English
    # message where the live draft stage did not ask it), the same vectors.
    assert set(live) <= set(again)
    for key, vector in live.items():
        assert np.allclose(again[key], vector, atol=1e-5)
    assert rows_of(pipeline_replay(last=10)) == replayed

    # Nothing left to keep; --last looks at the newest runs only.
    out = StringIO()
    call_command("text_vectors", "--backfill", "--last", "1", stdout=out, stderr=StringIO())
    assert "kept vectors for 0 runs" in out.getvalue()


def test_pruning_deletes_the_vectors_of_old_messages_only(drafted, settings):
    for n, text in enumerate(TEXTS[:2]):
        drafted(text=text, subject=f"Question {n}", sender=f"prune{n}@example.com")
    old, recent = PipelineRun.objects.order_by("pk").values_list("message_id", flat=True)
    Message.objects.filter(pk=old).update(created_at=timezone.now() - timedelta(days=40))
    assert TextVector.objects.filter(message_id=old).exists()
    replayed = rows_of(pipeline_replay(last=10))

    settings.SUPPORTDESK_TEXT_VECTOR_DAYS = 0
    assert text_vectors_prune_scheduled() == 0  # no retention set: the beat keeps everything
    with pytest.raises(CommandError):
        call_command("text_vectors", "--prune", "0", stdout=StringIO())

    out = StringIO()
    call_command("text_vectors", "--prune", "60", stdout=out)
    assert "pruned 0 text vectors" in out.getvalue()
    settings.SUPPORTDESK_TEXT_VECTOR_DAYS = 30
    assert text_vectors_prune_scheduled() > 0
    assert not TextVector.objects.filter(message_id=old).exists()
    assert TextVector.objects.filter(message_id=recent).exists()
    assert rows_of(pipeline_replay(last=10)) == replayed

    # The backfill keeps the pruned message's vectors again (until the next pruning).
    call_command("text_vectors", "--backfill", stdout=StringIO(), stderr=StringIO())
    assert TextVector.objects.filter(message_id=old).exists()
