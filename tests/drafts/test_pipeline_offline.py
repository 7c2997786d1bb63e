"""The embedded default: the offline provider (trained classifier, detectors, reply templates
filled with account facts and retrieved policies), through the real stage tasks."""

import json
from io import StringIO

import pytest
from django.core.management import call_command

from audit.models import Event
from drafts.models import Draft, PipelineRun, RunStatus
from drafts.runs import pipeline_regenerate
from drafts.services import pipeline_dispatch, pipeline_sweep
from tests.drafts.classifier_data import history_write, label_map_write
from tickets.models import Customer, Ticket, TicketStatus

pytestmark = pytest.mark.django_db


@pytest.fixture
def trained(tmp_path):
    call_command(
        "import_history",
        str(history_write(tmp_path / "h.csv")),
        "--label-map",
        str(label_map_write(tmp_path / "m.json")),
        stdout=StringIO(),
    )
    call_command("train_classifier", stdout=StringIO())


def test_offline_draft_is_cited_labelled_offline_and_awaits_review(
    pipeline, ingest, policies, trained
):
    Customer.objects.create(
        email="ada@example.com",
        name="Ada Lovelace",
        tier="business",
        plan="Business annual",
        external_id="C-1",
    )
    result = ingest(
        text="Where is my weather station parcel? Order 48213, tracking shows nothing.",
        subject="Where is my order",
    )
    run = PipelineRun.objects.get(ticket=result.ticket)
    assert run.status == RunStatus.DONE, run.error
    assert run.provider == "offline"
    assert run.request_class.slug == "shipping-status" and run.risk == "low"
    assert run.versions["classifier"] and run.versions["provider"] == "offline"
    draft = Draft.objects.get(ticket=result.ticket, is_current=True)
    assert draft.is_offline
    assert draft.text.startswith("Hi Ada,\n\n")
    # The answer comes right after the greeting: the subject and the reference are not echoed
    # back (the reply's subject line carries the reference).
    assert f"SD-{result.ticket.pk}" not in draft.text and "Thanks for writing" not in draft.text
    assert draft.citations and draft.citations[0]["document"] == "shipping"
    assert f"[{draft.citations[0]['key']}]" in draft.text
    assert any("Policy" in item for item in draft.basis)
    retrieval = run.retrieval
    assert retrieval["query"] and retrieval["candidates"] and retrieval["chosen"]
    assert all("score" in c for c in retrieval["candidates"])
    ticket = Ticket.objects.get(pk=result.ticket.pk)
    assert ticket.request_class.slug == "shipping-status" and ticket.class_source == "model"
    assert ticket.status == TicketStatus.AWAITING_REVIEW, run.decision


def test_high_risk_class_goes_to_a_human(pipeline, ingest, policies, trained):
    result = ingest(
        text="You charged my card twice for the Business plan, I dispute it",
        subject="Double charge",
    )
    ticket = Ticket.objects.get(pk=result.ticket.pk)
    run = PipelineRun.objects.get(ticket=ticket)
    assert run.risk == "high" and ticket.status == TicketStatus.ESCALATED
    assert ticket.needs_human
    assert Draft.objects.filter(ticket=ticket, is_current=True).count() == 1


def test_no_trained_model_means_needs_triage_not_a_guess(pipeline, ingest, policies):
    result = ingest(text="Hello, a question about my station")
    run = PipelineRun.objects.get(ticket=result.ticket)
    assert run.needs_triage and run.request_class is None
    assert Ticket.objects.get(pk=result.ticket.pk).status == TicketStatus.ESCALATED


def test_detectors_record_readable_evidence(pipeline, ingest, policies, trained):
    result = ingest(text="I want you to delete my account and all my data under GDPR article 17.")
    run = PipelineRun.objects.get(ticket=result.ticket)
    assert run.signal_data_deletion and run.signal_legal_request
    assert run.signal_evidence["data_deletion"][0]["pattern"]
    assert Ticket.objects.get(pk=result.ticket.pk).status == TicketStatus.ESCALATED


def test_customer_reply_gets_its_own_run_and_draft(pipeline, ingest, policies, trained):
    first = ingest(text="Where is my parcel? order 55555", subject="Parcel")
    second = ingest(
        text="Any news? The courier still has nothing.",
        subject=f"Re: [SD-{first.ticket.pk}] Parcel",
    )
    assert second.ticket.pk == first.ticket.pk
    assert PipelineRun.objects.filter(ticket=first.ticket).count() == 2
    assert (
        Draft.objects.filter(ticket=first.ticket, is_current=True).count() == 2
    )  # one per message


def test_regenerate_supersedes_the_current_draft(
    pipeline, ingest, policies, trained, agent, django_capture_on_commit_callbacks
):
    result = ingest(text="Where is my parcel? order 55555", subject="Parcel")
    old = Draft.objects.get(ticket=result.ticket, is_current=True)
    with django_capture_on_commit_callbacks(execute=True):
        pipeline_regenerate(ticket=result.ticket, actor=agent, instruction="Be shorter")
    drafts = Draft.objects.filter(ticket=result.ticket).order_by("id")
    assert drafts.count() == 2
    assert not drafts.get(pk=old.pk).is_current and drafts.last().is_current
    assert drafts.last().run.instruction == "Be shorter"


def test_sweeper_reenqueues_a_stuck_run(
    pipeline, policies, trained, django_capture_on_commit_callbacks
):
    from datetime import timedelta

    from tickets.inbound import InboundMessage
    from tickets.services import inbound_ingest

    # Intake and a dispatch without executing on-commit work: the run is created and marked
    # dispatched, but its first task is "lost".
    with django_capture_on_commit_callbacks(execute=False):
        result = inbound_ingest(
            inbound=InboundMessage(
                from_address="z@example.com",
                subject="Parcel",
                body_text="Where is my parcel, order 12345",
            ),
            channel="email",
        )
    with django_capture_on_commit_callbacks(execute=False):
        assert pipeline_dispatch() == 1
    run = PipelineRun.objects.get(message=result.message)
    PipelineRun.objects.filter(pk=run.pk).update(updated_at=run.updated_at - timedelta(hours=1))
    with django_capture_on_commit_callbacks(execute=True):
        assert pipeline_sweep() == 1
    run.refresh_from_db()
    assert run.status == RunStatus.DONE
    assert Draft.objects.filter(run=run).count() == 1
    assert (
        Event.objects.filter(ticket_id=result.ticket.pk, name="drafts.draft_generated").count() == 1
    )


def test_offline_draft_quotes_prose_not_tables():
    from drafts.providers.base import DraftInput, FragmentRef
    from drafts.providers.offline import OfflineProvider

    fragment = FragmentRef(
        key="P1",
        fragment_id=1,
        version_id=1,
        document="pricing",
        heading="Plans",
        score=1.0,
        text="## Plans\n\n| Plan | Monthly |\n| --- | --- |\n| Free | USD 0 |\n\n"
        "- **Starter:** unlimited alerts for USD 6 a month.",
    )
    out = OfflineProvider().draft(
        DraftInput(
            ticket_reference="SD-1",
            subject="Price",
            customer={"name": "Ada Lovelace"},
            thread=[],
            request_class=None,
            fragments=[fragment],
            facts={},
        )
    )
    assert "|" not in out.text and "**" not in out.text
    assert "Starter: unlimited alerts for USD 6 a month. [P1]" in out.text
    assert out.citations == ["P1"]


def test_the_sign_off_is_the_teams_own_and_never_another_companys(
    pipeline, ingest, policies, trained, settings, tmp_path
):
    """With no sent replies to learn from and no team templates, the draft signs as "the support
    team"; once the team has sent replies, it signs as they do (the agent adds their name)."""
    settings.REPLY_TEMPLATES_DIR = str(tmp_path)  # a team without reply templates
    first = ingest(text="Where is my parcel? Order 48213, tracking shows nothing.")
    draft = Draft.objects.get(ticket=first.ticket, is_current=True)
    assert draft.text.endswith("\n\nBest regards,\nThe support team"), draft.text
    assert "Fernhill" not in draft.text.rsplit("\n\n", 1)[-1]

    rows = [
        {
            "id": f"signed-{n}",
            "language": "en",
            "customer_name": "Kim Lee",
            "customer_email": f"kim{n}@example.com",
            "subject": f"Question {n}",
            "message": f"Can the rain gauge number {n} be mounted on a fence post?",
            "reply": f"Hi Kim,\n\nYes, it can.\n\nCheers,\n{agent}\nAcme Weather Help",
        }
        for n, agent in enumerate(["Alex", "Jordan", "Alex", "Robin", "Alex"])
    ]
    path = tmp_path / "sent.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    call_command("import_sent_replies", str(path), stdout=StringIO(), stderr=StringIO())
    second = ingest(
        text="Where is my parcel? Order 48213, tracking shows nothing.", sender="bo@example.com"
    )
    draft = Draft.objects.get(ticket=second.ticket, is_current=True)
    assert draft.text.endswith("\n\nCheers,\nAcme Weather Help"), draft.text


def test_hours_open_is_the_threads_age_when_the_message_came_in_not_when_the_run_started(
    pipeline, ingest, policies, trained, settings, django_capture_on_commit_callbacks
):
    """A message that waited for the pipeline (a worker down for days, a backlog, a history
    loaded at once) is routed as it was when it arrived: the 'Long unresolved thread' rule
    (hours open > 72) does not fire on a new ticket because its run started late, and does
    fire on a customer's follow-up that came in four days after the ticket was opened."""
    from datetime import timedelta

    from django.utils import timezone

    from routing.models import RoutingDecision
    from tickets.models import Message

    settings.SUPPORTDESK_PIPELINE_ENABLED = False
    first = ingest(text="Where is my parcel? order 55555", subject="Parcel")
    days_ago = timezone.now() - timedelta(hours=100)
    Ticket.objects.filter(pk=first.ticket.pk).update(created_at=days_ago)
    # Waiting for the pipeline since it came in (what intake marks when the pipeline is on).
    Message.objects.filter(ticket=first.ticket).update(created_at=days_ago, pipeline_pending=True)
    assert not PipelineRun.objects.filter(ticket=first.ticket).exists()

    settings.SUPPORTDESK_PIPELINE_ENABLED = True
    with django_capture_on_commit_callbacks(execute=True):
        assert pipeline_dispatch() == 1
    decision = RoutingDecision.objects.filter(ticket=first.ticket).latest("id")
    assert decision.facts["hours_open"] == 0
    assert "Long unresolved thread" not in decision.fired_rules

    follow_up = ingest(
        text="Any news? The courier still has nothing.",
        subject=f"Re: [SD-{first.ticket.pk}] Parcel",
    )
    assert follow_up.ticket.pk == first.ticket.pk
    decision = RoutingDecision.objects.filter(ticket=first.ticket).latest("id")
    assert 99.9 <= decision.facts["hours_open"] <= 100.1
    assert "Long unresolved thread" in decision.fired_rules


def test_a_low_risk_class_with_a_high_risk_reading_shows_as_high_risk(
    pipeline, ingest, policies, trained
):
    """The class model reads a shipping question; the risk layer reads a takeover in the same
    message. The ticket is shown, filtered and ordered as high risk; the run keeps the class's
    own risk (the rules' "risk" fact)."""
    result = ingest(
        text="My parcel for order 55555 has not arrived and someone logged into my account "
        "from abroad and changed my e-mail.",
        subject="Parcel",
    )
    run = PipelineRun.objects.get(ticket=result.ticket)
    assert run.request_class.slug == "shipping-status" and run.risk == "low"
    assert "security" in run.risk_kinds
    ticket = Ticket.objects.get(pk=result.ticket.pk)
    assert ticket.risk == "high" and ticket.needs_human


QUIET_TEXT = "Can I bring my dog to the hotel breakfast?"


def test_an_unsure_quiet_class_reading_waits_for_review_whatever_the_class(
    pipeline, ingest, policies, trained
):
    """The test team's class model guesses its security-report class, unsure (under its triage
    bar), for a question it has never seen the like of; the risk layer and the detectors read
    nothing. An unsure guess weighs no more for a high-risk class than for a low-risk one: the
    ticket waits in the review queue (never auto-sent, the quiet-triage reason on the decision),
    with the class's 'quiet waits for review' setting off (as shipped for security reports).
    Where the message shouts, it goes to a person. (A confident reading of such text follows
    the class's setting: tests/routing/test_default_rules.py.)"""
    from routing.evaluation import HIGH_RISK_REASON, QUIET_TRIAGE_REASON
    from routing.models import RoutingDecision
    from tickets.models import RequestClass

    assert not RequestClass.objects.get(slug="security-report").quiet_waits_for_review

    def decided(text, sender):
        result = ingest(text=text, subject="Question", sender=sender)
        run = PipelineRun.objects.get(ticket=result.ticket)
        assert run.request_class.slug == "security-report" and run.unfamiliar
        assert run.needs_triage and run.risk_kinds == []
        ticket = Ticket.objects.get(pk=result.ticket.pk)
        return ticket, RoutingDecision.objects.filter(ticket=ticket).latest("id")

    ticket, decision = decided(QUIET_TEXT, "dog@example.com")
    assert decision.facts["class_reading_quiet"] is True
    assert ticket.status == TicketStatus.AWAITING_REVIEW and not ticket.needs_human
    assert not decision.needs_human and decision.block_auto_send
    assert not decision.auto_send_allowed and QUIET_TRIAGE_REASON in decision.reasons
    assert HIGH_RISK_REASON not in decision.reasons

    # Exclamation marks put frustration at 0.3: not quiet, a person answers it.
    ticket, decision = decided(QUIET_TEXT + "!!!!!!", "dog3@example.com")
    assert decision.facts["frustration"] >= 0.25
    assert decision.facts["class_reading_quiet"] is False
    assert ticket.status == TicketStatus.ESCALATED and decision.needs_human
    assert HIGH_RISK_REASON in decision.reasons
