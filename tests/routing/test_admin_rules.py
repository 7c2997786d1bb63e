"""Leads edit rules in the Django admin (change form with inline condition rows, the list's
editable columns, delete); every change makes one new rule-set version; invalid rows are
rejected with a message that says what to fix; agents get 403 on every rule page."""

import pytest
from django.urls import reverse

from audit.models import Event
from routing.evaluation import evaluate
from routing.models import Condition, Rule, RuleSetVersion
from routing.selectors import ruleset_version_current
from routing.services import route_decide
from tickets.models import Team

from .admin_posts import changelist_data, existing_rows, rule_form_data

pytestmark = pytest.mark.django_db


def change_url(rule):
    return reverse("admin:routing_rule_change", args=[rule.pk])


def test_lead_edits_a_condition_in_the_admin_and_a_version_is_made(lead_client, lead):
    rule = Rule.objects.get(name="Long unresolved thread")
    rows = existing_rows(rule)
    assert rows[1] == ("hours_open", "gt", "72")
    rows[1] = ("hours_open", "gt", "48")

    response = lead_client.post(change_url(rule), rule_form_data(rule=rule, conditions=rows))

    assert response.status_code == 302, response.content.decode()[:2000]
    version = ruleset_version_current()
    assert version.number == 2
    assert version.author == lead and version.summary == "Edited rule 'Long unresolved thread'"
    snap = next(r for r in version.snapshot["rules"] if r["name"] == "Long unresolved thread")
    assert snap["conditions"][1] == {"fact": "hours_open", "operator": "gt", "value": 48}
    assert Event.objects.filter(name="routing.ruleset_versioned", actor=lead).count() == 1
    # Evaluation uses the new version at once.
    facts = {"hours_open": 50}
    assert evaluate(facts, version.snapshot).fired_names == ["Long unresolved thread"]
    assert evaluate(facts, RuleSetVersion.objects.get(number=1).snapshot).fired_names == []

    diff = lead_client.get(reverse("admin:routing_rulesetversion_diff") + "?a=1&b=2")
    assert diff.status_code == 200
    body = diff.content.decode()
    assert "Changed: Long unresolved thread" in body
    assert "Hours open is greater than 72" in body and "Hours open is greater than 48" in body
    changes = diff.context["changes"]
    assert [(c.kind, c.name) for c in changes] == [("changed", "Long unresolved thread")]
    assert changes[0].conditions == [
        ("changed", "Hours open is greater than 72", "Hours open is greater than 48")
    ]


def test_saving_without_changes_makes_no_version(lead_client):
    rule = Rule.objects.get(name="Legal request")
    response = lead_client.post(
        change_url(rule), rule_form_data(rule=rule, conditions=existing_rows(rule))
    )
    assert response.status_code == 302
    assert ruleset_version_current().number == 1


def test_lead_adds_the_chargeback_rule_and_it_fires(lead_client, benign, ticket):
    billing = Team.objects.get(slug="billing")
    data = rule_form_data(
        name="Enterprise chargeback",
        order=15,
        team=billing.pk,
        priority=3,
        reason="Enterprise customer mentions a chargeback: Billing owns it.",
        conditions=[
            ("customer_tier", "is", "enterprise"),
            ("message_text", "contains_any", "chargeback, charge back"),
            ("", "", ""),
        ],
    )
    response = lead_client.post(reverse("admin:routing_rule_add"), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    assert ruleset_version_current().summary == "Added rule 'Enterprise chargeback'"
    assert Condition.objects.filter(rule__name="Enterprise chargeback").count() == 2

    facts = {
        **benign,
        "customer_tier": "enterprise",
        "message_text": "We will file a CHARGEBACK with our bank if this is not fixed.",
    }
    decision = route_decide(ticket_id=ticket.pk, facts=facts)
    assert decision.fired_rules == ["Enterprise chargeback"]
    assert decision.team == billing
    conds = decision.explanation["fired_rules"][0]["conditions"]
    assert conds[1]["why"] == "contains 'chargeback'"
    quiet = route_decide(ticket_id=ticket.pk, facts={**facts, "customer_tier": "business"})
    assert quiet.fired_rules == []


@pytest.mark.parametrize(
    ("row", "message"),
    [
        (("tier_level", "is", "enterprise"), "Unknown fact &#x27;tier_level&#x27;"),
        (
            ("customer_tier", "contains_any", "enterprise"),
            "&#x27;contains any of&#x27; does not fit Customer tier (one of a fixed set)",
        ),
        (("hours_open", "gt", "three days"), "&#x27;three days&#x27; is not a number"),
        (
            ("customer_tier", "is", "enterprize"),
            "&#x27;enterprize&#x27; is not a valid customer "
            "tier. Use one of: free, starter, business",
        ),
        (("classifier_confidence", "lt", "80"), "Classifier confidence is never above 1"),
        (("legal_request", "is_true", "yes"), "takes no value: leave the value empty"),
        (
            ("request_class", "is", "chargebacks"),
            "&#x27;chargebacks&#x27; is not a valid request class",
        ),
        (("message_text", "contains_any", ""), "needs a value"),
    ],
)
def test_invalid_rows_are_rejected_with_what_to_fix(lead_client, row, message):
    rule = Rule.objects.get(name="Legal request")
    rows = [*existing_rows(rule), row]
    response = lead_client.post(change_url(rule), rule_form_data(rule=rule, conditions=rows))
    assert response.status_code == 200
    body = response.content.decode()
    assert "Please correct the error" in body
    assert message in body
    assert ruleset_version_current().number == 1
    assert rule.conditions.count() == 1


def test_a_rule_without_conditions_or_effect_is_rejected(lead_client):
    data = rule_form_data(
        name="Empty",
        reason="x",
        needs_human=False,
        block_auto_send=False,
        conditions=[("", "", "")],
    )
    response = lead_client.post(reverse("admin:routing_rule_add"), data)
    assert response.status_code == 200
    body = response.content.decode()
    assert "Add at least one condition row" in body
    assert "This rule would do nothing when it fires" in body
    assert not Rule.objects.filter(name="Empty").exists()


def test_list_reorder_and_disable_is_one_version(lead_client, lead):
    rules = list(Rule.objects.order_by("order", "id"))
    legal = Rule.objects.get(name="Legal request")
    refund = Rule.objects.get(name="Refund exception")
    data = changelist_data(rules, {legal.pk: {"order": 35}, refund.pk: {"enabled": False}})
    response = lead_client.post(reverse("admin:routing_rule_changelist"), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert RuleSetVersion.objects.count() == 2
    version = ruleset_version_current()
    snap = {r["name"]: r for r in version.snapshot["rules"]}
    assert snap["Legal request"]["order"] == 35 and snap["Refund exception"]["enabled"] is False
    assert version.author == lead


def test_delete_and_bulk_delete_make_versions(lead_client):
    shipped = Rule.objects.count()  # the defaults, risk-layer rules included
    rule = Rule.objects.get(name="Prompt-injection attempt")
    response = lead_client.post(
        reverse("admin:routing_rule_delete", args=[rule.pk]), {"post": "yes"}
    )
    assert response.status_code == 302
    assert ruleset_version_current().number == 2
    assert ruleset_version_current().summary == "Deleted rule 'Prompt-injection attempt'"

    ids = list(
        Rule.objects.filter(name__in=["Legal request", "Security issue"]).values_list(
            "pk", flat=True
        )
    )
    response = lead_client.post(
        reverse("admin:routing_rule_changelist"),
        {"action": "delete_selected", "_selected_action": ids, "post": "yes", "index": 0},
    )
    assert response.status_code == 302
    version = ruleset_version_current()
    assert version.number == 3 and version.rule_count == shipped - 3
    assert "Legal request" in version.summary


def test_removing_a_condition_row_is_a_version(lead_client):
    rule = Rule.objects.get(name="Long unresolved thread")
    rows = [(*r, i == 2) for i, r in enumerate(existing_rows(rule))]
    response = lead_client.post(change_url(rule), rule_form_data(rule=rule, conditions=rows))
    assert response.status_code == 302
    assert rule.conditions.count() == 2
    diff = lead_client.get(reverse("admin:routing_rulesetversion_diff"))  # previous -> current
    assert diff.context["changes"][0].conditions == [("removed", "Reopen count is at least 2", "")]


RULE_PAGES = [
    ("admin:routing_rule_changelist", False),
    ("admin:routing_rule_add", False),
    ("admin:routing_rule_change", True),
    ("admin:routing_rule_dryrun", False),
    ("admin:routing_rulesetversion_changelist", False),
    ("admin:routing_rulesetversion_diff", False),
    ("admin:routing_autosendpolicy_changelist", False),
    ("admin:routing_routingdecision_changelist", False),
]


@pytest.mark.parametrize(("name", "needs_rule"), RULE_PAGES)
def test_agent_gets_403_on_rule_pages(agent_client, name, needs_rule):
    args = [Rule.objects.first().pk] if needs_rule else []
    assert agent_client.get(reverse(name, args=args)).status_code == 403


def test_agent_even_with_staff_flag_gets_403_and_cannot_post(client, make_user):
    staff_agent = make_user("agent-staff", "Agent", is_staff=True)
    client.force_login(staff_agent)
    rule = Rule.objects.get(name="Legal request")
    data = rule_form_data(rule=rule, conditions=existing_rows(rule), name="Hijacked")
    assert client.post(change_url(rule), data).status_code == 403
    assert (
        client.post(reverse("admin:routing_rule_dryrun_change", args=[rule.pk]), data).status_code
        == 403
    )
    assert Rule.objects.filter(name="Legal request").exists()
    assert ruleset_version_current().number == 1


@pytest.mark.parametrize(("name", "needs_rule"), RULE_PAGES)
def test_lead_can_open_rule_pages(lead_client, name, needs_rule):
    args = [Rule.objects.first().pk] if needs_rule else []
    assert lead_client.get(reverse(name, args=args)).status_code == 200


def test_rule_page_offers_dry_run_and_explains_facts(lead_client):
    rule = Rule.objects.get(name="Legal request")
    body = lead_client.get(change_url(rule)).content.decode()
    dry_run = reverse("admin:routing_rule_dryrun_change", args=[rule.pk])
    assert f'formaction="{dry_run}"' in body
    assert "Customer messages in thread" in body and "is greater than" in body
    assert "a high-risk request class always goes to a human" in body
    listing = lead_client.get(reverse("admin:routing_rule_changelist")).content.decode()
    assert f'formaction="{reverse("admin:routing_rule_dryrun")}"' in listing
