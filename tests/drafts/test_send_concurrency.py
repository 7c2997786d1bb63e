"""Two agents approve the same draft at the same moment (two sessions, two threads, real
transactions): one wins, the other gets the conflict, the customer gets one mail. And the send
task run twice at once sends once."""

import threading

import pytest
from django.db import IntegrityError, connection, transaction
from django.test import Client

from drafts.models import OutboundReply, Review, ReviewAction, SendStatus
from drafts.sending import reply_send
from tests.drafts.review_support import *  # noqa: F403 (the fixtures)

HX = {"HTTP_HX_REQUEST": "true"}


def _in_threads(*calls):
    barrier = threading.Barrier(len(calls))
    results: list = [None] * len(calls)

    def run(index, call):
        try:
            barrier.wait(timeout=10)
            results[index] = call()
        except Exception as error:  # surfaced by the assertions below
            results[index] = error
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(i, c)) for i, c in enumerate(calls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return results


@pytest.mark.django_db(transaction=True)
def test_two_sessions_approve_the_same_draft_at_once(drafted, smtp, make_user):
    ticket, draft = drafted()
    sessions = []
    for name in ("ana", "ben"):
        client = Client()
        client.force_login(make_user(name, "Agent"))
        sessions.append(client)

    def approve(client):
        return lambda: client.post(f"/queue/{ticket.pk}/approve/", {"draft": draft.pk}, **HX)

    responses = _in_threads(*(approve(c) for c in sessions))
    codes = sorted(r.status_code for r in responses)
    assert codes == [200, 409], responses
    loser = next(r for r in responses if r.status_code == 409)
    assert "Already answered" in loser.text and 'id="review-pane"' in loser.text
    assert Review.objects.filter(ticket=ticket, action=ReviewAction.APPROVE).count() == 1
    reply = OutboundReply.objects.get(ticket=ticket)
    assert reply.status == SendStatus.SENT
    assert len(smtp.messages) == 1


@pytest.mark.django_db(transaction=True)
def test_the_send_task_running_twice_at_once_sends_once(drafted, smtp, agent):
    ticket, draft = drafted()
    # A queued reply whose task is delivered twice (a redelivery racing the original).
    review = Review.objects.create(
        ticket=ticket,
        draft=draft,
        agent=agent,
        action=ReviewAction.APPROVE,
        decided_at=draft.created_at,
    )
    reply = OutboundReply.objects.create(
        ticket=ticket,
        review=review,
        draft=draft,
        idempotency_key="twice",
        to_address="ada@example.com",
        subject="Re: Where is my order [SD-1]",
        text=draft.text,
    )
    results = _in_threads(
        lambda: reply_send(reply_id=reply.pk).result, lambda: reply_send(reply_id=reply.pk).result
    )
    assert sorted(results) == ["sent", "skipped"], results
    assert len(smtp.messages) == 1
    assert OutboundReply.objects.get(pk=reply.pk).attempts == 1


@pytest.mark.django_db
def test_the_database_refuses_a_second_live_send_of_one_draft(drafted, agent):
    ticket, draft = drafted()
    review = Review.objects.create(
        ticket=ticket,
        draft=draft,
        agent=agent,
        action=ReviewAction.APPROVE,
        decided_at=draft.created_at,
    )
    common = {
        "ticket": ticket,
        "draft": draft,
        "to_address": "a@example.com",
        "subject": "s",
        "text": "t",
    }
    OutboundReply.objects.create(review=review, idempotency_key="k1", **common)
    second = Review.objects.create(
        ticket=ticket,
        draft=draft,
        agent=agent,
        action=ReviewAction.APPROVE,
        decided_at=draft.created_at,
    )
    with pytest.raises(IntegrityError), transaction.atomic():
        OutboundReply.objects.create(review=second, idempotency_key="k2", **common)
    # A stopped auto-send does not hold the draft.
    OutboundReply.objects.filter(idempotency_key="k1").update(status=SendStatus.CANCELLED)
    OutboundReply.objects.create(review=second, idempotency_key="k2", **common)
