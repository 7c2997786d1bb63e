"""With the broker down, a review action that committed answers success and says the send is
queued; the periodic sweeper (drafts.send_due) sends the reply once the broker is back
(issue 15, item 6). Real view, real commit (transactional test: on_commit runs when the
action's transaction commits, as in production), real Celery publishing to a closed port."""

import datetime as dt

import pytest
from django.test import Client
from django.utils import timezone

from audit.models import Event
from drafts.models import OutboundReply, Review, ReviewAction, SendStatus
from drafts.tasks import send_due
from supportdesk.celery import app
from tests.drafts.review_support import *  # noqa: F403 (the fixtures)

CLOSED_BROKER = "redis://127.0.0.1:1/0"  # nothing listens on port 1: connection refused


def _connections_drop() -> None:
    """Forget the app's pooled broker connections and producers, so the next publish connects
    anew with the current configuration. Celery has no public call for this (app.close() also
    deregisters the app and keeps the producer pool), so its two caches are dropped here."""
    app._pool = None
    app.amqp._producer_pool = None


@pytest.fixture
def broker_down(pipeline):
    """Publishing goes to a broker that refuses connections (no eager shortcut)."""
    saved = (app.conf.broker_url, app.conf.task_always_eager, app.conf.broker_transport_options)
    app.conf.broker_url = CLOSED_BROKER
    app.conf.broker_transport_options = {}
    app.conf.task_always_eager = False
    _connections_drop()
    yield
    app.conf.broker_url, app.conf.task_always_eager, app.conf.broker_transport_options = saved
    _connections_drop()


@pytest.mark.django_db(transaction=True)
def test_approve_with_the_broker_down_answers_queued_and_the_sweeper_sends_it(
    request, agent, drafted, smtp
):
    ticket, draft = drafted()
    client = Client()
    client.force_login(agent)
    request.getfixturevalue("broker_down")

    response = client.post(
        f"/queue/{ticket.pk}/approve/", {"draft": draft.pk}, HTTP_HX_REQUEST="true"
    )

    assert response.status_code == 200, response.content[:500]
    assert "queued" in response.text
    reply = OutboundReply.objects.get(ticket=ticket)
    assert reply.status == SendStatus.QUEUED
    assert Review.objects.filter(ticket=ticket, action=ReviewAction.APPROVE).count() == 1
    assert Event.objects.filter(ticket_id=ticket.pk, name="reviews.approved").exists()
    assert smtp.messages == []

    # The broker is back; a minute later the sweeper finds the queued reply and sends it.
    app.conf.task_always_eager = True
    OutboundReply.objects.filter(pk=reply.pk).update(
        created_at=timezone.now() - dt.timedelta(minutes=2)
    )
    assert send_due() == 1
    reply.refresh_from_db()
    assert reply.status == SendStatus.SENT
    assert len(smtp.messages) == 1


@pytest.mark.django_db(transaction=True)
def test_plain_form_approve_with_the_broker_down_redirects_with_the_queued_notice(
    request, agent, drafted, smtp
):
    ticket, draft = drafted()
    client = Client()
    client.force_login(agent)
    request.getfixturevalue("broker_down")

    response = client.post(f"/queue/{ticket.pk}/approve/", {"draft": draft.pk}, follow=True)

    assert response.status_code == 200
    assert "queued" in response.text
    assert OutboundReply.objects.get(ticket=ticket).status == SendStatus.QUEUED
