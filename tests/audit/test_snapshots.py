"""Configuration snapshots: the versions in force, shared by identical configurations,
referenced by every run; the list with its metrics and the comparison of two."""

import pytest

from audit.models import ConfigSnapshot
from audit.snapshots import snapshot_current
from drafts.models import PipelineRun
from drafts.runs import pipeline_regenerate
from drafts.services import prompt_template_version_create
from routing.models import Condition, Rule
from routing.services import ruleset_version_create

pytestmark = pytest.mark.django_db

CHANGED_PROMPT_LINE = "Always mention the <station> serial & warranty status."


def test_identical_configurations_share_one_snapshot_and_changes_make_a_new_one(settings):
    first = snapshot_current()
    assert snapshot_current().pk == first.pk
    content = first.content
    assert set(content) == {
        "prompts",
        "reply_templates",
        "policies",
        "ruleset",
        "classifier",
        "provider",
    }
    assert content["prompts"]["draft"]["version"] == 1
    assert content["ruleset"]["number"] >= 1
    assert content["provider"] == {"name": "offline"}

    settings.SUPPORTDESK_MODEL_PROVIDER = "openai"
    settings.OPENAI_API_KEY = "sk-secret-never-stored"
    settings.OPENAI_BASE_URL = "https://llm.internal.example:8443/v1"
    with_openai = snapshot_current()
    assert with_openai.pk != first.pk
    assert with_openai.content["provider"]["base_url_host"] == "llm.internal.example"
    assert "sk-secret" not in str(with_openai.content)
    assert ConfigSnapshot.objects.count() == 2


def test_every_run_references_its_snapshot(pipeline, ingest, policies, trained, lead):
    result = ingest(text="Where is my parcel? Order 48213 has no tracking.", subject="Parcel")
    run = PipelineRun.objects.get(ticket=result.ticket)
    assert run.snapshot_id is not None
    assert run.snapshot.content["classifier"] is not None
    assert set(run.snapshot.content["policies"]) == {"refunds", "shipping"}

    prompt_template_version_create(kind="draft", text="A new draft prompt.", author=lead)
    again = pipeline_regenerate(ticket=result.ticket, actor=lead)
    assert again.snapshot_id not in (None, run.snapshot_id)
    assert again.snapshot.content["prompts"]["draft"]["version"] == 2


def _change_rules_and_prompt(lead):
    rule = Rule.objects.create(
        name="Chargeback from <enterprise> customers",
        order=5,
        reason="Billing handles chargebacks.",
    )
    Condition.objects.create(rule=rule, fact="customer_tier", operator="is", value="enterprise")
    ruleset_version_create(actor=lead, summary="chargeback rule")
    from drafts.models import PromptTemplate

    current = PromptTemplate.objects.filter(kind="draft").order_by("-version").first()
    prompt_template_version_create(
        kind="draft", text=current.text + "\n" + CHANGED_PROMPT_LINE, author=lead
    )


def test_compare_page_shows_the_changed_rule_and_the_changed_prompt(lead_client, lead):
    before = snapshot_current()
    _change_rules_and_prompt(lead)
    after = snapshot_current()
    assert after.pk != before.pk

    response = lead_client.get(f"/audit/snapshots/compare/?a={before.pk}&b={after.pk}")
    assert response.status_code == 200
    html = response.content.decode()
    # The rule diff (routing/diff.py), escaped.
    assert 'id="rules-diff"' in html
    assert "Added: Chargeback from &lt;enterprise&gt; customers" in html
    assert "Customer tier is" in html and "enterprise" in html
    # The prompt's text diff, the new line escaped and marked as added.
    assert 'id="prompt-diff"' in html
    assert "draft prompt" in html and "v1" in html and "v2" in html
    assert (
        '<span class="d-add">+ Always mention the &lt;station&gt; serial &amp; warranty status.</span>'
        in html
    )
    assert "<station>" not in html
    # Metrics side by side, honest about missing review data.
    assert "Metrics side by side" in html and "no reviews yet" in html


def test_compare_same_snapshot_says_nothing_changed(lead_client):
    snapshot = snapshot_current()
    response = lead_client.get(f"/audit/snapshots/compare/?a={snapshot.pk}&b={snapshot.pk}")
    assert response.status_code == 200
    assert "hold the same versions and settings" in response.content.decode()


def test_compare_rejects_bad_ids(lead_client):
    assert lead_client.get("/audit/snapshots/compare/?a=x&b=1").status_code == 404
    assert lead_client.get("/audit/snapshots/compare/?a=998&b=999").status_code == 404


def test_snapshot_list_metrics_from_runs(lead_client, pipeline, ingest, policies, trained):
    ingest(text="Where is my parcel? Order 48213 has no tracking.", subject="Parcel")
    ingest(
        text="You charged my card twice for the Business plan, I dispute it",
        subject="Double charge",
        sender="bo@example.com",
    )
    snapshot = ConfigSnapshot.objects.get()
    response = lead_client.get("/audit/snapshots/")
    assert response.status_code == 200
    row = response.context["rows"][0]
    assert row.snapshot == snapshot
    assert row.metrics.tickets == 2 and row.metrics.runs == 2
    assert row.metrics.escalated == 1 and row.metrics.escalation_rate == 0.5
    assert not row.metrics.reviewed and row.metrics.acceptance_rate is None
    html = response.content.decode()
    assert "50.0%" in html and "no reviews yet" in html and "none resolved yet" in html


def test_snapshot_pages_are_for_leads(agent_client):
    snapshot = snapshot_current()
    assert agent_client.get("/audit/snapshots/").status_code == 403
    url = f"/audit/snapshots/compare/?a={snapshot.pk}&b={snapshot.pk}"
    assert agent_client.get(url).status_code == 403


def test_snapshot_list_query_count_is_constant(
    lead_client, django_assert_max_num_queries, settings
):
    for model in ("m1", "m2", "m3"):
        settings.SUPPORTDESK_MODEL_PROVIDER = "openai"
        settings.OPENAI_MODEL = model
        snapshot_current()
    # 8, plus one grouped query each for re-open and escalation counted as /metrics/ counts them
    # (audit.snapshots._dashboard_rates), whatever the number of snapshots; the navigation's
    # escalation badge runs only for a member of a team.
    with django_assert_max_num_queries(10):
        assert lead_client.get("/audit/snapshots/").status_code == 200


def test_review_metrics_per_snapshot(lead_client, agent, pipeline, ingest, policies, trained):
    from django.utils import timezone

    from drafts.models import Draft, Review

    tickets = [
        ingest(
            text=f"Where is my parcel? Order 4821{i}.", subject="Parcel", sender=f"c{i}@example.com"
        ).ticket
        for i in range(3)
    ]
    decisions = [("approve", 0.0, True), ("edit_send", 0.4, False), ("reject", None, None)]
    for ticket, (action, distance, unchanged) in zip(tickets, decisions, strict=True):
        Review.objects.create(
            ticket=ticket,
            draft=Draft.objects.get(ticket=ticket, is_current=True),
            agent=agent,
            action=action,
            edit_distance=distance,
            accepted_unchanged=unchanged,
            decided_at=timezone.now(),
        )
    Review.objects.create(
        ticket=tickets[0],
        agent=agent,
        action="correction",
        decided_at=timezone.now(),
        draft=Draft.objects.get(ticket=tickets[0], is_current=True),
    )
    m = lead_client.get("/audit/snapshots/").context["rows"][0].metrics
    assert (m.reviewed, m.accepted, m.sent, m.corrections) == (3, 1, 2, 1)
    assert m.acceptance_rate == pytest.approx(1 / 3)
    assert m.edit_distance_median == pytest.approx(0.2)
    assert m.correction_rate == pytest.approx(0.5)
