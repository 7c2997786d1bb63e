"""Another provider or model as a replay candidate (issue 18): the tickets decided offline
replayed with a model at the OpenAI-compatible endpoint (the real `openai` client against the
local chat-completions server), and the other way round. The result records which provider
and model produced the "after" column; the estimate and the spend cap apply; publishing
cannot change the provider (it is the environment's) and says what to set instead."""

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from audit.models import Event
from drafts.knowledge.models import PolicyVersion
from drafts.models import ReplayExperiment
from tests.drafts.review_support import *  # noqa: F403 (the fixtures)
from tests.drafts.test_pipeline_openai import CLASSIFIED, DRAFTED
from tests.drafts.test_replay_candidates import EDITED_SHIPPING, live_counts
from tests.fakes.chat_server import Reply

pytestmark = pytest.mark.django_db


def _answer(body: dict) -> Reply:
    """The endpoint answers each stage's call in its shape."""
    schema = body.get("response_format", {}).get("json_schema", {}).get("name")
    return Reply(CLASSIFIED if schema == "classification" else DRAFTED)


@pytest.fixture
def endpoint(settings, chat_server):
    """The OpenAI-compatible endpoint configured, the live provider left offline."""
    settings.OPENAI_BASE_URL = chat_server.base_url
    settings.OPENAI_API_KEY = "test-key"
    settings.OPENAI_MODEL = "configured-model"
    settings.OPENAI_TIMEOUT_SECONDS = 2.0
    chat_server.responder = _answer
    return chat_server


def _replay(*args) -> dict:
    out = StringIO()
    call_command("replay", *args, "--json", stdout=out, stderr=StringIO())
    return json.loads(out.getvalue())


def test_a_lead_replays_offline_tickets_with_another_model_and_cannot_publish_it(
    drafted, endpoint, lead_client, django_capture_on_commit_callbacks
):
    first, _ = drafted()
    second, _ = drafted(text="Where is my parcel? Order 48213 has not moved.", sender="b@x.org")
    assert not endpoint.calls()  # the live pipeline is offline
    counts, events = live_counts(), Event.objects.count()

    # The estimate is for the picked model: no usage was recorded offline, so the messages'
    # length; the form keeps what was picked.
    page = lead_client.post(
        "/replay/",
        {"last": "10", "action": "estimate", "provider": "openai", "model": "fake-2"},
    ).content.decode()
    assert "2 tickets with the openai provider and model fake-2: about" in page
    assert "the messages&#x27; length" in page
    assert '<option value="openai" selected>' in page and 'value="fake-2"' in page
    assert not endpoint.calls() and not ReplayExperiment.objects.exists()

    with django_capture_on_commit_callbacks(execute=True):
        response = lead_client.post(
            "/replay/", {"last": "10", "provider": "openai", "model": "fake-2"}
        )
    assert response.status_code == 302
    experiment = ReplayExperiment.objects.get()
    assert experiment.status == ReplayExperiment.Status.DONE, experiment.error
    assert experiment.candidate == {"provider": {"name": "openai", "model": "fake-2"}}
    # Every call of the replay went to the picked model, through the real client.
    assert len(endpoint.calls("classification")) == 2 and len(endpoint.calls("draft")) == 2
    assert {c["body"]["model"] for c in endpoint.calls()} == {"fake-2"}
    keys = {
        value
        for c in endpoint.calls()
        for name, value in c["headers"].items()
        if name.lower() == "authorization"
    }
    assert keys == {"Bearer test-key"}  # the configured key, to the configured endpoint

    rows = {r["ticket"]: r for r in experiment.rows}
    assert set(rows) == {first.reference, second.reference}
    for row in rows.values():
        assert (row["before"]["provider"], row["before"]["model"]) == ("offline", "offline")
        assert (row["after"]["provider"], row["after"]["model"]) == ("openai", "fake-2")
        assert row["after"]["request_class"] == "refund-policy"  # what the model answered
    summary = experiment.summary
    assert summary["models_before"] == {"offline": 2}
    assert summary["models_after"] == {"openai/fake-2": 2}
    assert summary["tokens"] == 2 * 2 * (120 + 40) and summary["cost"] > 0
    # Both configurations: the candidate snapshot holds the model, the baseline the offline one.
    assert experiment.baseline_snapshot.content["provider"] == {"name": "offline"}
    assert experiment.candidate_snapshot.content["provider"]["model"] == "fake-2"
    assert "api_key" not in json.dumps(experiment.candidate_snapshot.content)
    # Nothing live changed; one event says the replay ran.
    assert live_counts() == counts
    assert Event.objects.count() == events + 1
    ran = Event.objects.latest("id")
    assert ran.name == "drafts.replay_ran"
    assert ran.payload["candidate"] == experiment.candidate
    assert ran.payload["models_after"] == {"openai/fake-2": 2}

    detail = lead_client.get(f"/replay/{experiment.pk}/").content.decode()
    assert "model fake-2 (OpenAI-compatible endpoint) (instead of the offline provider)" in detail
    assert "Decided by: then offline (2); now openai/fake-2 (2)" in detail
    assert "by openai/fake-2" in detail
    assert 'id="replay-provider-note"' in detail
    assert "SUPPORTDESK_MODEL_PROVIDER=openai OPENAI_MODEL=fake-2" in detail
    assert f'action="/replay/{experiment.pk}/promote/"' not in detail  # no Publish button
    csv_lines = lead_client.get(f"/replay/{experiment.pk}/export.csv").content.decode()
    header, *lines = csv_lines.strip().splitlines()
    assert header.endswith(",model_before,model_after")
    assert all(line.endswith(",offline,openai/fake-2") for line in lines)

    # Publishing a provider alone is refused, saying what to set; nothing is recorded.
    refused = lead_client.post(f"/replay/{experiment.pk}/promote/")
    assert refused.status_code == 422
    text = refused.content.decode()
    assert "set in the environment" in text
    assert "SUPPORTDESK_MODEL_PROVIDER=openai OPENAI_MODEL=fake-2" in text
    experiment.refresh_from_db()
    assert experiment.promoted_at is None
    assert not Event.objects.filter(name="drafts.replay_promoted").exists()


def test_the_spend_cap_stops_a_model_candidate(drafted, endpoint):
    for n in range(3):
        drafted(text=f"Where is my parcel? Order 4821{n}.", sender=f"c{n}@x.org")
    estimate = json.loads(_estimate("--provider", "openai", "--model", "fake-3"))
    assert estimate["provider"] == "openai" and estimate["model"] == "fake-3"
    assert estimate["tickets"] == 3 and estimate["cost"] > 0

    report = _replay("--provider", "openai", "--model", "fake-3", "--cost-cap", "0.0000001")
    assert report["stopped_at_cap"] is True
    assert report["replayed"] == 1 and report["selected"] == 3
    assert len(endpoint.calls()) == 2  # one ticket: classify and draft
    assert report["models_after"] == {"openai/fake-3": 1}


def _estimate(*args) -> str:
    out = StringIO()
    call_command("replay", "--estimate", *args, stdout=out, stderr=StringIO())
    return out.getvalue()


def test_the_command_validates_the_provider_and_drops_the_one_in_force(drafted, endpoint):
    drafted()
    with pytest.raises(CommandError, match="Model name"):
        _replay("--provider", "openai", "--model", "bad model; rm -rf")
    with pytest.raises(CommandError, match="Pick the provider"):
        _replay("--model", "fake-2")
    # The provider in force is no candidate.
    report = _replay("--provider", "offline")
    assert report["candidate"] == {} and report["changed"] == 0
    # The configured model, named, is a candidate when the live provider is offline.
    report = _replay("--provider", "openai")
    assert report["candidate"] == {"provider": {"name": "openai", "model": "configured-model"}}
    assert report["models_after"] == {"openai/configured-model": 1}


def test_a_provider_with_a_policy_edit_publishes_the_edit_and_leaves_the_provider(
    drafted, endpoint, lead, tmp_path
):
    drafted()
    edited = tmp_path / "shipping.md"
    edited.write_text(EDITED_SHIPPING)
    report = _replay(
        "--provider", "openai", "--model", "fake-4", "--policy-edit", f"shipping={edited}"
    )
    experiment = ReplayExperiment.objects.get(pk=report["experiment_id"])
    assert set(experiment.candidate) == {"provider", "policy_edits"}
    # The policy edit reached the model's context: its passage is in the draft call.
    sent = json.dumps(endpoint.calls("draft")[-1]["body"]["messages"])
    assert "the same working day" in sent or "3 working days" in sent

    from drafts.replay import replay_candidate_promote

    versions = PolicyVersion.objects.count()
    replay_candidate_promote(experiment=experiment, actor=lead)
    assert PolicyVersion.objects.count() == versions + 1
    event = Event.objects.filter(name="drafts.replay_promoted").get()
    assert event.payload["not_published"] == ["provider"]
    assert event.payload["candidate"]["provider"] == {"name": "openai", "model": "fake-4"}


def test_tickets_decided_by_a_model_replay_offline_without_calling_it(
    pipeline, ingest, policies, openai_provider
):
    openai_provider.responder = _answer
    ingest(text="Can I return my station? Order 48210, bought 10 days ago.")
    calls = len(openai_provider.calls())
    assert calls == 2

    assert json.loads(_estimate("--provider", "offline"))["cost"] == 0
    report = _replay("--provider", "offline")
    assert report["candidate"] == {"provider": {"name": "offline", "model": ""}}
    assert len(openai_provider.calls()) == calls  # the replay called no model
    assert report["models_before"] == {"openai/fake-model": 1}
    assert report["models_after"] == {"offline": 1}
    assert report["tokens"] == 0
