"""Review services through the real stack: tickets built by intake and the offline pipeline,
decisions through drafts.reviews, replies sent by the real send task to a local SMTP server."""

import pytest
from django.utils import timezone

from audit.models import Event
from drafts import reviews
from drafts.models import Draft, OutboundReply, Review, ReviewAction, SendStatus
from drafts.tasks import send_reply
from routing.models import AutoSendPolicy
from tests.drafts.review_support import *  # noqa: F403 (the fixtures)
from tickets.models import Message, MessageDirection, Team, Ticket, TicketStatus

pytestmark = pytest.mark.django_db


def names(ticket):
    return list(Event.objects.filter(ticket_id=ticket.pk).values_list("name", flat=True))


def test_approve_records_the_decision_and_sends_exactly_one_threaded_mail(
    drafted, smtp, agent, django_capture_on_commit_callbacks
):
    ticket, draft = drafted()
    assert ticket.status == TicketStatus.AWAITING_REVIEW and draft is not None
    inbound = Message.objects.get(ticket=ticket, direction=MessageDirection.INBOUND)
    Message.objects.filter(pk=inbound.pk).update(message_id="<cust-1@example.com>")
    assert reviews.ticket_claim(ticket=ticket, agent=agent)

    with django_capture_on_commit_callbacks(execute=True):
        review = reviews.draft_approve(ticket_id=ticket.pk, draft_id=draft.pk, agent=agent)

    review.refresh_from_db()
    assert review.action == ReviewAction.APPROVE and review.agent == agent
    assert review.draft == draft and review.final_text == draft.text
    assert review.edit_distance == 0 and review.accepted_unchanged is True
    assert review.opened_at is not None and review.review_seconds >= 0
    assert review.request_class.slug == "shipping-status"
    reply = review.outbound
    assert reply.status == SendStatus.SENT and reply.attempts == 1 and reply.draft == draft
    # One mail, threaded to the customer's message, with the ticket token and our Message-ID.
    assert len(smtp.messages) == 1
    mail = smtp.messages[0]
    assert mail["To"] == "ada@example.com"
    assert f"[SD-{ticket.pk}]" in mail["Subject"] and mail["Subject"].startswith("Re: ")
    assert mail["In-Reply-To"] == "<cust-1@example.com>"
    assert "<cust-1@example.com>" in mail["References"]
    assert mail["Message-ID"] == f"<sd-{reply.idempotency_key}@fernhill.example>"
    assert "[P1]" not in mail.get_content()  # citation marks are for the agent only
    outbound = reply.message
    assert outbound.direction == MessageDirection.OUTBOUND
    assert outbound.message_id == mail["Message-ID"] and outbound.author_user == agent
    ticket.refresh_from_db()
    assert ticket.status == TicketStatus.WAITING_ON_CUSTOMER
    assert ticket.first_response_at is not None and ticket.claimed_by is None
    assert ticket.message_count == 2
    assert {"reviews.claimed", "reviews.approved", "reviews.reply_sent"} <= set(names(ticket))
    approved = Event.objects.get(ticket_id=ticket.pk, name="reviews.approved")
    assert approved.payload["draft_id"] == draft.pk and approved.payload["final_text"] == draft.text
    # The class's auto-send evidence now counts this review.
    policy = AutoSendPolicy.objects.get(request_class__slug="shipping-status")
    assert (policy.reviewed, policy.accepted, policy.corrections) == (1, 1, 0)

    # The task running again (a redelivery) sends nothing.
    assert send_reply.apply(args=[reply.pk]).get() == "skipped"
    assert len(smtp.messages) == 1


def test_a_second_approval_and_a_stale_draft_are_conflicts(
    drafted, smtp, agent, make_user, django_capture_on_commit_callbacks
):
    other = make_user("dana", "Agent", first_name="Dana")
    ticket, draft = drafted()
    with django_capture_on_commit_callbacks(execute=True):
        reviews.draft_approve(ticket_id=ticket.pk, draft_id=draft.pk, agent=other)
    with pytest.raises(reviews.ReviewConflict, match="Already answered: Dana"):
        reviews.draft_approve(ticket_id=ticket.pk, draft_id=draft.pk, agent=agent)
    with pytest.raises(reviews.ReviewConflict, match="Already answered"):
        reviews.draft_edit_send(ticket_id=ticket.pk, draft_id=draft.pk, agent=agent, text="Hi")
    assert len(smtp.messages) == 1
    assert OutboundReply.objects.filter(ticket=ticket).count() == 1

    ticket2, draft2 = drafted(
        text="Tracking for order 77777 has not moved", sender="bo@example.com"
    )
    with django_capture_on_commit_callbacks(execute=True):
        reviews.draft_regenerate(ticket_id=ticket2.pk, agent=agent, instruction="Shorter")
    assert Draft.objects.get(pk=draft2.pk).is_current is False
    with pytest.raises(reviews.ReviewConflict, match="newer draft replaced"):
        reviews.draft_approve(ticket_id=ticket2.pk, draft_id=draft2.pk, agent=agent)


def test_edit_then_send_records_the_normalized_edit_distance(
    drafted, smtp, agent, django_capture_on_commit_callbacks
):
    ticket, draft = drafted()
    edited = draft.text.replace("Hi Ada", "Hello Ada") + "\n\nKind regards, Sam"
    with django_capture_on_commit_callbacks(execute=True):
        review = reviews.draft_edit_send(
            ticket_id=ticket.pk, draft_id=draft.pk, agent=agent, text=edited
        )
    assert review.action == ReviewAction.EDIT_SEND and review.accepted_unchanged is False
    assert review.final_text == edited.strip()
    assert review.edit_distance == pytest.approx(reviews.edit_distance(draft.text, edited))
    assert 0 < review.edit_distance < 0.5
    assert "Kind regards, Sam" in smtp.messages[0].get_content()

    # Whitespace-only changes count as sent unchanged.
    ticket2, draft2 = drafted(
        text="Where is parcel 90001? No tracking update", sender="cy@example.com"
    )
    spaced = "  " + draft2.text.replace(" ", "   ").replace("\n", "\n\n") + "\n"
    with django_capture_on_commit_callbacks(execute=True):
        review2 = reviews.draft_edit_send(
            ticket_id=ticket2.pk, draft_id=draft2.pk, agent=agent, text=spaced
        )
    assert review2.edit_distance == 0 and review2.accepted_unchanged is True
    with pytest.raises(reviews.ReviewInvalid):
        reviews.draft_edit_send(ticket_id=ticket2.pk, draft_id=draft2.pk, agent=agent, text="  ")


def test_reject_needs_a_reason_and_blocks_a_plain_approve(
    drafted, smtp, agent, django_capture_on_commit_callbacks
):
    ticket, draft = drafted()
    with pytest.raises(reviews.ReviewInvalid, match="reason"):
        reviews.draft_reject(ticket_id=ticket.pk, draft_id=draft.pk, agent=agent, reason=" ")
    with django_capture_on_commit_callbacks(execute=True):
        review = reviews.draft_reject(
            ticket_id=ticket.pk, draft_id=draft.pk, agent=agent, reason="Wrong order number"
        )
    assert review.action == ReviewAction.REJECT and review.accepted_unchanged is False
    assert "reviews.rejected" in names(ticket)
    with pytest.raises(reviews.ReviewConflict, match="already rejected"):
        reviews.draft_reject(ticket_id=ticket.pk, draft_id=draft.pk, agent=agent, reason="again")
    with pytest.raises(reviews.ReviewConflict, match="rejected"):
        reviews.draft_approve(ticket_id=ticket.pk, draft_id=draft.pk, agent=agent)
    assert Ticket.objects.get(pk=ticket.pk).status == TicketStatus.AWAITING_REVIEW
    policy = AutoSendPolicy.objects.get(request_class__slug="shipping-status")
    assert (policy.reviewed, policy.accepted) == (1, 0)
    assert smtp.messages == []


def test_escalate_regenerate_reclassify_resolve_reopen_and_their_guards(
    drafted, agent, django_capture_on_commit_callbacks
):
    from tickets.models import RequestClass

    ticket, draft = drafted()
    team = Team.objects.first()
    with pytest.raises(reviews.ReviewInvalid, match="team"):
        reviews.ticket_escalate(ticket_id=ticket.pk, agent=agent, team_id="", reason="x")
    review = reviews.ticket_escalate(
        ticket_id=ticket.pk, agent=agent, team_id=team.pk, reason="Customer is a reseller"
    )
    ticket.refresh_from_db()
    assert ticket.status == TicketStatus.ESCALATED and ticket.team == team and ticket.needs_human
    assert review.team == team and "reseller" in ticket.flag_reason

    pricing = RequestClass.objects.get(slug="pricing")
    review = reviews.ticket_reclassify(
        ticket_id=ticket.pk, agent=agent, request_class_id=pricing.pk
    )
    ticket.refresh_from_db()
    assert ticket.request_class == pricing and ticket.class_source == "agent"
    assert review.request_class == pricing and "tickets.class_corrected" in names(ticket)
    with pytest.raises(reviews.ReviewInvalid, match="already"):
        reviews.ticket_reclassify(ticket_id=ticket.pk, agent=agent, request_class_id=pricing.pk)

    with django_capture_on_commit_callbacks(execute=True):
        review = reviews.draft_regenerate(ticket_id=ticket.pk, agent=agent, instruction="Shorter")
    assert review.action == ReviewAction.REGENERATE and review.reason == "Shorter"
    new = Draft.objects.get(ticket=ticket, is_current=True)
    assert new.pk != draft.pk and new.run.instruction == "Shorter"

    review = reviews.ticket_resolve(ticket_id=ticket.pk, agent=agent)
    assert Ticket.objects.get(pk=ticket.pk).status == TicketStatus.RESOLVED
    with pytest.raises(reviews.ReviewConflict, match="already resolved"):
        reviews.ticket_resolve(ticket_id=ticket.pk, agent=agent)
    with pytest.raises(reviews.ReviewConflict, match="resolved"):
        reviews.draft_approve(ticket_id=ticket.pk, draft_id=new.pk, agent=agent)
    with pytest.raises(reviews.ReviewConflict, match="resolved"):
        reviews.draft_regenerate(ticket_id=ticket.pk, agent=agent)
    reviews.ticket_reopen(ticket_id=ticket.pk, agent=agent)
    assert Ticket.objects.get(pk=ticket.pk).status == TicketStatus.REOPENED
    with pytest.raises(reviews.ReviewConflict, match="Only a resolved"):
        reviews.ticket_reopen(ticket_id=ticket.pk, agent=agent)
    assert {
        "reviews.escalated",
        "reviews.reclassified",
        "reviews.regenerate_requested",
        "reviews.resolved",
        "reviews.reopened",
    } <= set(names(ticket))


def test_correction_goes_out_threaded_to_the_reply_and_counts_as_evidence(
    drafted, smtp, agent, django_capture_on_commit_callbacks
):
    ticket, draft = drafted()
    with django_capture_on_commit_callbacks(execute=True):
        first = reviews.draft_approve(ticket_id=ticket.pk, draft_id=draft.pk, agent=agent)
    with pytest.raises(reviews.ReviewInvalid):
        reviews.reply_correct(ticket_id=ticket.pk, agent=agent, reply_id=first.outbound.pk, text="")
    with django_capture_on_commit_callbacks(execute=True):
        review = reviews.reply_correct(
            ticket_id=ticket.pk,
            agent=agent,
            reply_id=first.outbound.pk,
            text="Sorry, the order number is 48214.",
        )
    correction = review.outbound
    correction.refresh_from_db()
    assert correction.is_correction and correction.corrects == first.outbound
    assert correction.status == SendStatus.SENT
    assert len(smtp.messages) == 2
    mail = smtp.messages[1]
    assert mail["Subject"].startswith("Correction: Re: ")
    original = OutboundReply.objects.select_related("message").get(pk=first.outbound.pk)
    assert mail["In-Reply-To"] == original.message.message_id
    policy = AutoSendPolicy.objects.get(request_class__slug="shipping-status")
    assert (policy.reviewed, policy.accepted, policy.corrections) == (1, 1, 1)
    # Only a sent reply can be corrected.
    with pytest.raises(reviews.ReviewConflict):
        OutboundReply.objects.filter(pk=correction.pk).update(status=SendStatus.QUEUED)
        reviews.reply_correct(ticket_id=ticket.pk, agent=agent, reply_id=correction.pk, text="x")


def test_smtp_failure_is_retried_then_sent_once(
    drafted, smtp, agent, django_capture_on_commit_callbacks
):
    ticket, draft = drafted()
    smtp.handler.fail_next = 1
    with django_capture_on_commit_callbacks(execute=True):
        review = reviews.draft_approve(ticket_id=ticket.pk, draft_id=draft.pk, agent=agent)
    reply = OutboundReply.objects.get(pk=review.outbound.pk)
    assert reply.status == SendStatus.SENT and reply.attempts == 2 and reply.last_error == ""
    assert len(smtp.messages) == 1
    failed = Event.objects.get(ticket_id=ticket.pk, name="reviews.send_failed")
    assert "451" in failed.payload["error"] and failed.payload["attempt"] == 1


def test_smtp_failing_for_good_gives_up_and_flags_the_ticket(
    drafted, smtp, agent, client, django_capture_on_commit_callbacks, settings
):
    settings.SUPPORTDESK_SEND_MAX_ATTEMPTS = 3
    ticket, draft = drafted()
    smtp.handler.fail_next = 99
    with django_capture_on_commit_callbacks(execute=True):
        review = reviews.draft_approve(ticket_id=ticket.pk, draft_id=draft.pk, agent=agent)
    reply = OutboundReply.objects.get(pk=review.outbound.pk)
    assert reply.status == SendStatus.GAVE_UP and reply.attempts == 3 and "451" in reply.last_error
    ticket.refresh_from_db()
    assert ticket.needs_human and "could not be sent after 3 attempt" in ticket.flag_reason
    assert ticket.status == TicketStatus.AWAITING_REVIEW and ticket.first_response_at is None
    assert smtp.messages == []
    assert names(ticket).count("reviews.send_failed") == 2
    assert "reviews.send_gave_up" in names(ticket)
    # Visible on the ticket page and in the review pane.
    client.force_login(agent)
    assert "could not be sent after 3 attempt" in client.get(f"/tickets/{ticket.pk}/").text
    pane = client.get(f"/queue/{ticket.pk}/", HTTP_HX_REQUEST="true").text
    assert "A reply could not be sent" in pane and "451" in pane


def _autosend_on(hold_minutes: int):
    policy, _ = AutoSendPolicy.objects.get_or_create(
        request_class=__import__("tickets.models").models.RequestClass.objects.get(
            slug="shipping-status"
        )
    )
    policy.enabled = True
    policy.min_confidence = 0.0
    policy.evidence_window = 1
    policy.min_acceptance = 0.0
    policy.max_correction_rate = 1.0
    policy.hold_minutes = hold_minutes
    policy.reviewed, policy.accepted = 5, 5
    policy.save()


def test_auto_send_is_held_stoppable_and_then_the_draft_is_the_agents(
    drafted, smtp, agent, django_capture_on_commit_callbacks
):
    _autosend_on(hold_minutes=10)
    ticket, draft = drafted()
    reply = OutboundReply.objects.get(ticket=ticket)
    assert reply.auto_sent and reply.status == SendStatus.HELD and reply.draft == draft
    assert reply.hold_until > timezone.now()
    assert reply.review.action == ReviewAction.AUTO_SEND and reply.review.agent is None
    # The countdown task ran (eagerly, too early): a held reply waits for its window.
    assert send_reply.apply(args=[reply.pk]).get() == "held"
    assert smtp.messages == []
    with pytest.raises(reviews.ReviewConflict, match="held until"):
        reviews.draft_approve(ticket_id=ticket.pk, draft_id=draft.pk, agent=agent)

    assert reviews.ticket_claim(ticket=Ticket.objects.get(pk=ticket.pk), agent=agent)
    review = reviews.autosend_stop(ticket_id=ticket.pk, reply_id=reply.pk, agent=agent)
    assert review.action == ReviewAction.STOP_AUTO_SEND
    # Recorded like every other decision: the draft's configuration and the time it took.
    assert review.draft == draft and review.snapshot_id == draft.run.snapshot_id is not None
    assert review.opened_at is not None and review.review_seconds >= 0
    reply.refresh_from_db()
    assert reply.status == SendStatus.CANCELLED
    with pytest.raises(reviews.ReviewConflict, match="Too late"):
        reviews.autosend_stop(ticket_id=ticket.pk, reply_id=reply.pk, agent=agent)
    assert send_reply.apply(args=[reply.pk]).get() == "skipped"
    with django_capture_on_commit_callbacks(execute=True):
        reviews.draft_approve(ticket_id=ticket.pk, draft_id=draft.pk, agent=agent)
    assert len(smtp.messages) == 1


def test_auto_send_goes_out_after_the_hold_through_the_sweeper(
    drafted, smtp, django_capture_on_commit_callbacks
):
    from drafts.tasks import send_due

    _autosend_on(hold_minutes=10)
    ticket, draft = drafted()
    reply = OutboundReply.objects.get(ticket=ticket)
    assert send_due.apply().get() == 0  # not due yet
    OutboundReply.objects.filter(pk=reply.pk).update(hold_until=timezone.now())
    send_due.apply().get()
    reply.refresh_from_db()
    assert reply.status == SendStatus.SENT and len(smtp.messages) == 1
    assert smtp.messages[0]["Auto-Submitted"] == "auto-generated"
    assert Ticket.objects.get(pk=ticket.pk).status == TicketStatus.WAITING_ON_CUSTOMER
    assert (
        Review.objects.get(ticket=ticket, action=ReviewAction.AUTO_SEND).accepted_unchanged is None
    )


def test_claims_are_first_come_and_expire(drafted, agent, make_user):
    ticket, _ = drafted()
    other = make_user("dana", "Agent")
    stale_copy = Ticket.objects.get(pk=ticket.pk)
    assert reviews.ticket_claim(ticket=ticket, agent=agent) is True
    assert ticket.claimed_by == agent
    # Dana's page read the ticket before the claim: the conditional UPDATE still refuses.
    assert reviews.ticket_claim(ticket=stale_copy, agent=other) is False
    assert reviews.ticket_claim(ticket=Ticket.objects.get(pk=ticket.pk), agent=other) is False
    assert reviews.ticket_claim(ticket=Ticket.objects.get(pk=ticket.pk), agent=agent) is False
    Ticket.objects.filter(pk=ticket.pk).update(
        claimed_at=timezone.now() - reviews.CLAIM_TTL - timezone.timedelta(minutes=1)
    )
    assert reviews.ticket_claim(ticket=Ticket.objects.get(pk=ticket.pk), agent=other) is True
    assert Ticket.objects.get(pk=ticket.pk).claimed_by == other
    assert Event.objects.filter(ticket_id=ticket.pk, name="reviews.claimed").count() == 2


def test_a_held_auto_send_is_dropped_when_the_customer_writes_again(drafted, smtp):
    from drafts.tasks import send_due

    _autosend_on(hold_minutes=10)
    ticket, draft = drafted()
    reply = OutboundReply.objects.get(ticket=ticket)
    drafted(text="Also, can you send it to my office instead?", subject=f"Re: [SD-{ticket.pk}] x")
    OutboundReply.objects.filter(pk=reply.pk).update(hold_until=timezone.now())
    send_due.apply().get()
    reply.refresh_from_db()
    assert reply.status == SendStatus.CANCELLED and "wrote again" in reply.last_error
    assert smtp.messages == []  # the newer message's own draft waits for its own hold


def test_regenerate_is_refused_while_a_new_message_waits_for_its_run(
    drafted, agent, django_capture_on_commit_callbacks
):
    from drafts.models import PipelineRun
    from drafts.services import pipeline_dispatch
    from tickets.inbound import InboundMessage
    from tickets.services import inbound_ingest

    ticket, draft = drafted()
    # The customer writes again; intake committed but the dispatcher has not run yet.
    with django_capture_on_commit_callbacks(execute=False):
        result = inbound_ingest(
            inbound=InboundMessage(
                from_address="ada@example.com",
                subject=f"Re: [SD-{ticket.pk}] Where is my order",
                body_text="Also, can you send it to my office instead?",
            ),
            channel="email",
        )
    newer = result.message
    assert result.ticket.pk == ticket.pk and newer.pipeline_pending
    runs = PipelineRun.objects.filter(ticket=ticket).count()
    with pytest.raises(reviews.ReviewConflict, match="already being written"):
        reviews.draft_regenerate(ticket_id=ticket.pk, agent=agent, instruction="Shorter")
    assert PipelineRun.objects.filter(ticket=ticket).count() == runs
    assert not Review.objects.filter(ticket=ticket, action=ReviewAction.REGENERATE).exists()

    # Once the dispatcher has turned it into its run and that run is done, regenerate drafts
    # for the newer message.
    with django_capture_on_commit_callbacks(execute=True):
        assert pipeline_dispatch() == 1
    with django_capture_on_commit_callbacks(execute=True):
        reviews.draft_regenerate(ticket_id=ticket.pk, agent=agent, instruction="Shorter")
    current = Draft.objects.get(message=newer, is_current=True)
    assert current.run.trigger == "regenerate" and current.run.instruction == "Shorter"
