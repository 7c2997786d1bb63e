"""Replay (issue 18, the engine): past tickets through the pipeline as configured now, beside
what was decided then. A rule added since then shows up as changed routes; nothing is written
but one event naming the replay."""

import json
from io import StringIO

import pytest
from django.core.management import call_command

from audit.models import Event
from drafts.models import Draft, PipelineRun, ReplayExperiment, ReplyMemory, StageRecord
from routing.models import Condition, RoutingDecision, Rule
from tests.drafts.review_support import *  # noqa: F403 (the fixtures)
from tickets.models import Ticket, TicketStatus

pytestmark = pytest.mark.django_db

MODELS = (Ticket, PipelineRun, StageRecord, Draft, RoutingDecision, ReplyMemory)


def _replay(*args) -> dict:
    out = StringIO()
    call_command("replay", *args, "--json", stdout=out, stderr=StringIO())
    return json.loads(out.getvalue())


def _shipping_to_a_person() -> None:
    """A lead adds a rule: every shipping question to a human."""
    rule = Rule.objects.create(
        name="Shipping questions to a person",
        order=1,
        reason="Shipping is handled by the warehouse team.",
        needs_human=True,
    )
    Condition.objects.create(
        rule=rule, fact="request_class", operator="is", value="shipping-status"
    )


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

    _shipping_to_a_person()
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

    # Nothing written but the kept result: same rows, the tickets as they were, one event.
    assert ReplayExperiment.objects.count() == 2
    assert {m.__name__: m.objects.count() for m in MODELS} == counts
    assert set(Ticket.objects.values_list("status", flat=True)) == {TicketStatus.AWAITING_REVIEW}
    assert Event.objects.count() == events + 1
    ran = Event.objects.latest("id")
    assert ran.name == "drafts.replay_ran" and ran.payload["changed"] == 2
    assert ran.actor_label == "replay command"
    assert ran.payload["experiment_id"] == ReplayExperiment.objects.latest("id").pk


def test_a_lead_replays_from_the_page_and_reads_what_changed(drafted, lead_client, client, agent):
    first, _ = drafted()
    _shipping_to_a_person()

    assert lead_client.post("/replay/", {"last": "0"}).status_code == 422
    response = lead_client.post("/replay/", {"last": "50"})
    experiment = ReplayExperiment.objects.get()
    assert response.status_code == 302 and response["Location"] == f"/replay/{experiment.pk}/"
    assert experiment.created_by is not None and experiment.created_by.username.startswith("lead")

    page = lead_client.get(f"/replay/{experiment.pk}/?changed=1").content.decode()
    assert "1 of 1 tickets decided differently" in page
    assert "Escalation rate 0% → 100%" in page and "needs a human 1" in page
    assert first.reference in page and f"/tickets/{first.pk}/timeline/" in page
    assert "Shipping is handled by the warehouse team." in page
    assert 'id="replay-alarm"' not in page
    listing = lead_client.get("/replay/").content.decode()
    assert f"/replay/{experiment.pk}/" in listing and "Replay now" in listing

    csv_text = lead_client.get(f"/replay/{experiment.pk}/export.csv").content.decode()
    header, row = csv_text.strip().splitlines()
    assert header == "ticket,changes,before,after,draft_changed,high_risk_alarm"
    assert row.startswith(f"{first.reference},needs a human")
    assert "to a human" in row

    client.force_login(agent)  # agents do not run replays
    assert client.get("/replay/").status_code == 403
    assert client.post("/replay/", {"last": "5"}).status_code == 403
    assert ReplayExperiment.objects.count() == 1
