"""Replay (issue 18, the engine): past tickets through the pipeline as configured now, beside
what was decided then. A rule added since then shows up as changed routes; nothing is written
but one event naming the replay."""

import json
from io import StringIO

import pytest
from django.core.management import call_command

from audit.models import Event
from drafts.models import Draft, PipelineRun, ReplyMemory, StageRecord
from routing.models import Condition, RoutingDecision, Rule
from tests.drafts.review_support import *  # noqa: F403 (the fixtures)
from tickets.models import Ticket, TicketStatus

pytestmark = pytest.mark.django_db

MODELS = (Ticket, PipelineRun, StageRecord, Draft, RoutingDecision, ReplyMemory)


def _replay(*args) -> dict:
    out = StringIO()
    call_command("replay", *args, "--json", stdout=out, stderr=StringIO())
    return json.loads(out.getvalue())


def test_replay_shows_what_a_new_rule_would_change_and_writes_nothing(drafted):
    first, _ = drafted()
    second, _ = drafted(
        text="Where is my weather station parcel? Order 48214, the tracking has not moved.",
        subject="Second order",
    )
    assert {first.status, second.status} == {TicketStatus.AWAITING_REVIEW}

    # The same configuration replays to the same decisions and drafts.
    same = _replay("--last", "10")
    assert same["replayed"] == 2 and same["changed"] == 0 and same["draft_changed"] == 0
    assert same["escalation_rate_before"] == same["escalation_rate_after"] == 0.0

    # A lead adds a rule: every shipping question to a human.
    rule = Rule.objects.create(
        name="Shipping questions to a person",
        order=1,
        reason="Shipping is handled by the warehouse team.",
        needs_human=True,
    )
    Condition.objects.create(
        rule=rule, fact="request_class", operator="is", value="shipping-status"
    )
    counts = {m.__name__: m.objects.count() for m in MODELS}
    events = Event.objects.count()

    report = _replay("--last", "10")
    assert report["replayed"] == 2 and report["changed"] == 2
    assert report["changed_by_field"]["needs_human"] == 2
    assert report["escalation_rate_before"] == 0.0 and report["escalation_rate_after"] == 1.0
    assert report["high_risk_losing_human"] == [] == report["high_risk_becoming_auto_sendable"]
    row = next(r for r in report["rows"] if r["ticket"] == first.reference)
    assert row["before"]["needs_human"] is False and row["after"]["needs_human"] is True
    assert "Shipping is handled by the warehouse team." in row["after"]["reasons"]

    # Nothing written: same rows, the tickets as they were, one event naming the replay.
    assert {m.__name__: m.objects.count() for m in MODELS} == counts
    assert set(Ticket.objects.values_list("status", flat=True)) == {TicketStatus.AWAITING_REVIEW}
    assert Event.objects.count() == events + 1
    ran = Event.objects.latest("id")
    assert ran.name == "drafts.replay_ran" and ran.payload["changed"] == 2
    assert ran.actor_label == "replay command"
