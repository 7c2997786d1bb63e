"""Replay candidates beyond a classifier and a rule-set version (issue 18): unsaved rule edits
from the rules editor, an unpublished policy edit, other risk thresholds, an earlier prompt
version. Each replays without writing anything live (rows counted before and after) and
changes what it should; publishing goes through each part's own service."""

import json
from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse

from audit.models import Event
from drafts.knowledge.models import PolicyDocument, PolicyFragment, PolicyVersion
from drafts.models import (
    Draft,
    OutboundReply,
    PipelineRun,
    PromptTemplate,
    ReplayExperiment,
    ReplyMemory,
    Review,
    StageRecord,
)
from drafts.risk.scoring import heads_get
from routing.models import Condition, RoutingDecision, Rule, RuleSetVersion
from tests.drafts.conftest import REFUND_POLICY, SHIPPING_POLICY
from tests.drafts.review_support import *  # noqa: F403 (the fixtures)
from tests.routing.admin_posts import changelist_data, rule_form_data
from tickets.models import Message, Ticket, TicketStatus

pytestmark = pytest.mark.django_db

LIVE = (
    Ticket,
    Message,
    PipelineRun,
    StageRecord,
    Draft,
    Review,
    OutboundReply,
    RoutingDecision,
    ReplyMemory,
    Rule,
    Condition,
    RuleSetVersion,
    PolicyDocument,
    PolicyVersion,
    PolicyFragment,
    PromptTemplate,
)

EDITED_SHIPPING = SHIPPING_POLICY.replace(
    "If tracking has not changed for 7 working days we open a claim with the carrier and send a\n"
    "replacement.",
    "If tracking has not moved for 3 working days, we send a replacement by express courier\n"
    "the same day and open the carrier claim ourselves.",
).replace("Orders ship within two working days.", "Orders ship the same working day.")


def live_counts() -> dict:
    return {m.__name__: m.objects.count() for m in LIVE}


def _hold_rule_edit(lead_client) -> None:
    """In the rules editor: a new rule sending shipping questions to a person, not saved, held
    for a replay ("Replay with this edit")."""
    data = rule_form_data(
        conditions=[("request_class", "is", "shipping-status")],
        name="Shipping questions to a person",
        order=1,
        reason="Shipping is handled by the warehouse team.",
    )
    data.pop("_save")
    data["_replay"] = "Replay with this edit (don't save)"
    response = lead_client.post(reverse("admin:routing_rule_replay_add"), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    assert response["Location"] == "/replay/?rules=edit"


def test_a_rule_edit_and_a_policy_edit_replay_together_write_nothing_and_publish(
    drafted, lead_client, lead, django_capture_on_commit_callbacks
):
    ticket, draft = drafted()
    assert ticket.status == TicketStatus.AWAITING_REVIEW
    assert "7 working days" in draft.text or "two working days" in draft.text
    version_before = RuleSetVersion.objects.order_by("-number").first()
    counts, events = live_counts(), Event.objects.count()

    _hold_rule_edit(lead_client)
    assert live_counts() == counts  # holding the edit saved nothing
    form = lead_client.get("/replay/?rules=edit").content.decode()
    assert (
        "<option value=\"edit\" selected>the rules with rule 'Shipping questions to a person' "
        "as edited (not saved), from the rules editor</option>"
    ) in form.replace("&#x27;", "'")
    # Picking a policy loads its text to edit (htmx asks for the fragment alone).
    fragment = lead_client.get("/replay/?policy=shipping", headers={"HX-Request": "true"})
    body = fragment.content.decode()
    assert body.lstrip().startswith('<div id="replay-policy-body">')
    assert "Orders ship within two working days." in body

    with django_capture_on_commit_callbacks(execute=True):
        response = lead_client.post(
            "/replay/",
            {"last": "10", "rules": "edit", "policy": "shipping", "policy_body": EDITED_SHIPPING},
        )
    assert response.status_code == 302
    experiment = ReplayExperiment.objects.get()
    assert set(experiment.candidate) == {"rules_edit", "policy_edits"}
    assert experiment.status == ReplayExperiment.Status.DONE
    # Nothing live was written: the rule is not saved, the policy has no new version, the
    # ticket, its run, draft and decision are as they were; one event records the replay.
    assert live_counts() == counts
    assert Event.objects.count() == events + 1
    assert Event.objects.latest("id").name == "drafts.replay_ran"
    assert RuleSetVersion.objects.order_by("-number").first() == version_before
    assert Ticket.objects.get(pk=ticket.pk).status == TicketStatus.AWAITING_REVIEW
    assert Draft.objects.get(pk=draft.pk).text == draft.text

    row = experiment.rows[0]
    assert row["changes"] == ["needs_human"]  # the rule edit escalates the shipping class
    assert row["before"]["needs_human"] is False and row["after"]["needs_human"] is True
    assert "Shipping is handled by the warehouse team." in row["after"]["reasons"]
    assert row["draft_changed"] is True  # the draft reads the edited passage
    assert any(c.endswith("(edited)") for c in row["after"]["citations"])
    assert not any(c.endswith("(edited)") for c in row["before"]["citations"])

    page = lead_client.get(f"/replay/{experiment.pk}/").content.decode().replace("&#x27;", "'")
    assert "the rules with rule 'Shipping questions to a person' as edited (not saved)" in page
    assert "policy 'shipping' as edited (not published; edit of v1)" in page
    assert "Escalation rate 0% → 100%" in page and "(edited)" in page

    # The snapshot compare shows the unsaved rule and the policy text as changes.
    base, cand = experiment.baseline_snapshot, experiment.candidate_snapshot
    compare = lead_client.get(f"/audit/snapshots/compare/?a={base.pk}&b={cand.pk}")
    text = compare.content.decode()
    assert compare.status_code == 200
    assert f"Escalation rules v{version_before.number} → edit of v{version_before.number}" in text
    assert "Added: Shipping questions to a person" in text
    assert "edit of v1 (not published)" in text and "Orders ship the same working day." in text
    assert lead_client.get("/audit/snapshots/").status_code == 200

    # Publish: a new rule-set version through the rules editor's path, a new policy version.
    assert lead_client.post(f"/replay/{experiment.pk}/promote/").status_code == 302
    assert 'value="edit"' not in lead_client.get("/replay/").content.decode()  # released
    rule = Rule.objects.get(name="Shipping questions to a person")
    assert [(c.fact, c.operator, c.value) for c in rule.conditions.all()] == [
        ("request_class", "is", "shipping-status")
    ]
    published = RuleSetVersion.objects.order_by("-number").first()
    assert published.number == version_before.number + 1
    assert published.summary == (
        f"rule 'Shipping questions to a person' as edited published from replay #{experiment.pk}"
    )
    shipping = PolicyDocument.objects.select_related("current_version").get(slug="shipping")
    assert shipping.current_version.number == 2
    assert "Orders ship the same working day." in shipping.current_version.body
    assert shipping.current_version.author == lead
    promoted = Event.objects.get(name="drafts.replay_promoted")
    assert promoted.actor == lead and promoted.payload["experiment_id"] == experiment.pk
    assert promoted.payload["candidate"]["policy_edits"]["shipping"]["number"] == 1
    assert "body" not in json.dumps(promoted.payload["candidate"])
    now = promoted.payload["snapshot_now"]
    from audit.models import ConfigSnapshot

    live = ConfigSnapshot.objects.get(pk=now).content
    assert live["ruleset"]["number"] == published.number
    assert live["policies"]["shipping"]["number"] == 2
    # The experiment is on the trail and in the compare of the configurations it ran on.
    assert Event.objects.filter(name="routing.ruleset_versioned").latest("id").actor == lead
    assert Event.objects.filter(name="knowledge.policy_version_created").latest("id").actor == lead
    compare = lead_client.get(f"/audit/snapshots/compare/?a={base.pk}&b={now}").content.decode()
    assert f'href="/replay/{experiment.pk}/"' in compare and "published" in compare


def test_publishing_an_edit_is_refused_once_what_it_was_made_on_moved(
    drafted, lead_client, lead, django_capture_on_commit_callbacks
):
    from drafts.knowledge.services import policy_version_create
    from routing.services import ruleset_version_create

    drafted()
    nothing_held = lead_client.post("/replay/", {"last": "5", "rules": "edit"})
    assert nothing_held.status_code == 422 and "No rule edit is held" in (
        nothing_held.content.decode()
    )
    _hold_rule_edit(lead_client)
    with django_capture_on_commit_callbacks(execute=True):
        lead_client.post("/replay/", {"last": "5", "rules": "edit"})
        lead_client.post(
            "/replay/", {"last": "5", "policy": "shipping", "policy_body": EDITED_SHIPPING}
        )
    rules_edit, policy_edit = ReplayExperiment.objects.order_by("id")
    assert set(rules_edit.candidate) == {"rules_edit"}
    assert set(policy_edit.candidate) == {"policy_edits"}

    Rule.objects.filter(name="Long unresolved thread").update(order=7)
    ruleset_version_create(actor=lead, summary="someone else's edit")
    refused = lead_client.post(f"/replay/{rules_edit.pk}/promote/")
    assert refused.status_code == 422 and "The rules changed since" in refused.content.decode()
    assert not Rule.objects.filter(name="Shipping questions to a person").exists()

    shipping = PolicyDocument.objects.get(slug="shipping")
    policy_version_create(document=shipping, body=SHIPPING_POLICY + "\nMore.\n", author=lead)
    refused = lead_client.post(f"/replay/{policy_edit.pk}/promote/")
    assert refused.status_code == 422 and "has a newer version" in refused.content.decode()
    assert PolicyVersion.objects.filter(document=shipping).count() == 2
    assert not Event.objects.filter(name="drafts.replay_promoted").exists()

    # An unchanged text is no candidate; an unknown document is refused.
    same = lead_client.post(
        "/replay/", {"last": "5", "policy": "refunds", "policy_body": REFUND_POLICY}
    )
    assert same.status_code == 422 and "the text is the same as version 1" in (
        same.content.decode()
    )
    unknown = lead_client.post("/replay/", {"last": "5", "policy": "nope", "policy_body": "x"})
    assert unknown.status_code == 422 and "No active policy document" in unknown.content.decode()


def test_the_rule_lists_unsaved_order_and_enabled_edits_replay(
    drafted, lead_client, django_capture_on_commit_callbacks
):
    """A rule that would escalate shipping is saved disabled; enabling it in the list, unsaved,
    is the candidate."""
    from routing.services import ruleset_version_create

    rule = Rule.objects.create(
        name="Shipping questions to a person", order=1, enabled=False, reason="Warehouse."
    )
    Condition.objects.create(
        rule=rule, fact="request_class", operator="is", value="shipping-status"
    )
    ruleset_version_create(summary="disabled shipping rule")
    drafted()
    rules = list(Rule.objects.order_by("order", "id"))
    data = changelist_data(rules, {rule.pk: {"enabled": True}})
    data.pop("_save")
    response = lead_client.post(reverse("admin:routing_rule_replay"), data)
    assert response.status_code == 302
    counts = live_counts()
    with django_capture_on_commit_callbacks(execute=True):
        lead_client.post("/replay/", {"last": "5", "rules": "edit"})
    experiment = ReplayExperiment.objects.get()
    assert experiment.rows[0]["after"]["needs_human"] is True
    assert experiment.rows[0]["before"]["needs_human"] is False
    assert live_counts() == counts
    assert Rule.objects.get(pk=rule.pk).enabled is False


def test_other_risk_thresholds_replay_and_cannot_be_published(
    drafted, lead_client, django_capture_on_commit_callbacks
):
    ticket, _ = drafted()
    shipped = heads_get().threshold
    counts, events = live_counts(), Event.objects.count()

    bad = lead_client.post("/replay/", {"last": "5", "risk_threshold": "2"})
    assert bad.status_code == 422 and "give a number from 0 to 1" in bad.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        lead_client.post("/replay/", {"last": "5", "risk_threshold": "0"})
    experiment = ReplayExperiment.objects.get()
    assert experiment.candidate == {"risk_thresholds": {"threshold": 0.0}}
    row = experiment.rows[0]
    # At a bar of 0 every measured kind is over. The class model is sure enough of this
    # familiar shipping question to auto-send it, so kinds the heads alone read under
    # HEAD_STRONG are watched, not sent to a person (drafts.stages.reading_facts).
    assert row["before"]["risk_kinds"] == [] and row["after"]["risk_kinds"]
    assert "risk_kinds" in row["changes"]
    assert row["after"]["needs_human"] is False
    assert heads_get().threshold == shipped  # the live layer is untouched
    assert live_counts() == counts and Event.objects.count() == events + 1

    page = lead_client.get(f"/replay/{experiment.pk}/").content.decode()
    assert 'id="replay-thresholds-note"' in page and "there is nothing else to publish" in page
    assert f'action="/replay/{experiment.pk}/promote/"' not in page
    refused = lead_client.post(f"/replay/{experiment.pk}/promote/")
    assert refused.status_code == 422 and "no live setting" in refused.content.decode()
    compare = lead_client.get(
        f"/audit/snapshots/compare/?a={experiment.baseline_snapshot_id}"
        f"&b={experiment.candidate_snapshot_id}"
    ).content.decode()
    assert "risk.threshold" in compare and "as shipped" in compare

    # A kind's own bar, from the command line: legal at 0 reads every ticket as legal.
    out = StringIO()
    call_command(
        "replay", "--last", "5", "--risk-kind", "legal=0", "--json", stdout=out, stderr=StringIO()
    )
    report = json.loads(out.getvalue())
    assert report["candidate"] == {"risk_thresholds": {"kinds": {"legal": 0.0}}}
    assert "legal" in report["rows"][0]["after"]["risk_kinds"]
    assert heads_get().kind_thresholds["legal"] == 0.5


def test_a_policy_edit_from_the_command_line(drafted, tmp_path):
    drafted()
    edited = tmp_path / "shipping.md"
    edited.write_text(EDITED_SHIPPING)
    counts = live_counts()
    out = StringIO()
    call_command(
        "replay",
        "--last",
        "5",
        "--policy-edit",
        f"shipping={edited}",
        "--json",
        stdout=out,
        stderr=StringIO(),
    )
    report = json.loads(out.getvalue())
    assert report["draft_changed"] == 1 and report["changed"] == 0
    assert live_counts() == counts


def test_an_earlier_prompt_version_replays_with_the_openai_provider_and_publishes_as_new(
    pipeline,
    ingest,
    policies,
    openai_provider,
    lead_client,
    lead,
    django_capture_on_commit_callbacks,
):
    from drafts.services import prompt_template_version_create
    from tests.drafts.test_pipeline_openai import CLASSIFIED, DRAFTED
    from tests.fakes.chat_server import Reply

    first = PromptTemplate.objects.get(kind="draft", version=1)
    prompt_template_version_create(kind="draft", text="Draft in pirate speech.", author=lead)
    openai_provider.set_script(Reply(CLASSIFIED), Reply(DRAFTED), Reply(CLASSIFIED), Reply(DRAFTED))
    ingest(text="Can I return my station? Order 48210, bought 10 days ago.")
    assert "pirate" in openai_provider.calls("draft")[-1]["body"]["messages"][0]["content"]
    counts = live_counts()

    with django_capture_on_commit_callbacks(execute=True):
        lead_client.post("/replay/", {"last": "5", "prompt_draft": "1"})
    experiment = ReplayExperiment.objects.get()
    assert experiment.candidate == {"prompts": {"draft": 1}}
    assert experiment.status == ReplayExperiment.Status.DONE
    # The replay's draft call carried version 1's text, not the prompt in force.
    sent = openai_provider.calls("draft")[-1]["body"]["messages"][0]["content"]
    assert "pirate" not in sent and first.text[:60] in sent
    assert live_counts() == counts
    assert experiment.candidate_snapshot.content["prompts"]["draft"]["version"] == 1
    assert "draft prompt v1" in lead_client.get(f"/replay/{experiment.pk}/").content.decode()

    assert lead_client.post(f"/replay/{experiment.pk}/promote/").status_code == 302
    newest = PromptTemplate.objects.filter(kind="draft").order_by("-version").first()
    assert newest.version == 3 and newest.text == first.text and newest.author == lead


def test_an_earlier_policy_version_is_a_candidate_and_publishing_it_makes_a_new_version(
    drafted, lead_client, lead, tmp_path, django_capture_on_commit_callbacks
):
    from drafts.knowledge.services import policy_version_create

    shipping = PolicyDocument.objects.get(slug="shipping")
    policy_version_create(document=shipping, body=EDITED_SHIPPING, author=lead)
    ticket, draft = drafted()
    counts = live_counts()

    out = StringIO()
    call_command(
        "replay",
        "--last",
        "5",
        "--policy-version",
        "shipping=1",
        "--json",
        stdout=out,
        stderr=StringIO(),
    )
    report = json.loads(out.getvalue())
    assert report["candidate"]["policy_edits"]["shipping"]["restores"] == 1
    assert report["draft_changed"] == 1
    assert live_counts() == counts

    # On the page: the version select loads v1's text into the editor (htmx fragment).
    fragment = lead_client.get(
        "/replay/?policy=shipping&policy_version=1", headers={"HX-Request": "true"}
    ).content.decode()
    assert 'id="replay-policy-version"' in fragment
    assert "Orders ship within two working days." in fragment
    with django_capture_on_commit_callbacks(execute=True):
        lead_client.post(
            "/replay/", {"last": "5", "policy": "shipping", "policy_body": SHIPPING_POLICY}
        )
    experiment = ReplayExperiment.objects.latest("id")
    page = lead_client.get(f"/replay/{experiment.pk}/").content.decode().replace("&#x27;", "'")
    assert "policy 'shipping' v1 (instead of v2)" in page
    assert lead_client.post(f"/replay/{experiment.pk}/promote/").status_code == 302
    shipping.refresh_from_db()
    current = shipping.current_version
    assert current.number == 3 and "Orders ship within two working days." in current.body
    assert current.change_note == f"v1's text published from replay #{experiment.pk}"
    bad = StringIO()
    with pytest.raises(Exception, match="No version 9 of policy 'shipping'"):
        call_command("replay", "--policy-version", "shipping=9", stdout=bad, stderr=bad)
