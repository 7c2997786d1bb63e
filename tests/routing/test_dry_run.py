"""A dry run re-evaluates the recorded facts of the latest decision per ticket with candidate
rules: it writes nothing (row counts and the latest version unchanged) and its counts match a
direct re-evaluation."""

import copy

import pytest
from django.contrib.sessions.models import Session
from django.urls import reverse

from audit.models import Event
from routing.evaluation import evaluate
from routing.models import Condition, RoutingDecision, Rule, RuleSetVersion
from routing.selectors import latest_decisions, ruleset_version_current
from routing.services import route_decide
from tickets.models import Ticket

from .admin_posts import changelist_data, existing_rows, rule_form_data

pytestmark = pytest.mark.django_db

MODELS = [Rule, Condition, RuleSetVersion, RoutingDecision, Event, Ticket, Session]


def counts() -> dict:
    return {m.__name__: m.objects.count() for m in MODELS}


@pytest.fixture
def recorded(make_ticket, benign):
    """20 tickets with decisions; hours_open spread over 0..95; ticket 0 decided twice (only
    the latest counts)."""
    tickets = [make_ticket() for _ in range(20)]
    route_decide(ticket_id=tickets[0].pk, facts={**benign, "hours_open": 90})
    for i, t in enumerate(tickets):
        facts = {**benign, "hours_open": i * 5, "legal_request": i % 7 == 0}
        if i % 4 == 1:
            del facts["hours_open"]  # missing fact: never matches, before or after
        route_decide(ticket_id=t.pk, facts=facts)
    return tickets


def direct(candidate: dict, limit: int = 1000) -> set[int]:
    current = ruleset_version_current().snapshot
    return {
        d.ticket_id
        for d in latest_decisions(limit=limit)
        if evaluate(d.facts, current).outcome() != evaluate(d.facts, candidate).outcome()
    }


def test_unsaved_rule_form_dry_run_writes_nothing_and_matches_reevaluation(lead_client, recorded):
    rule = Rule.objects.get(name="Long unresolved thread")
    rows = existing_rows(rule)
    rows[1] = ("hours_open", "gt", "24")
    data = rule_form_data(rule=rule, conditions=rows)
    data.pop("_save")
    data.update({"_dryrun": "Dry run (don't save)", "dry_run_limit": "1000"})
    before, version = counts(), ruleset_version_current()

    response = lead_client.post(reverse("admin:routing_rule_dryrun_change", args=[rule.pk]), data)

    assert response.status_code == 200, response.content.decode()[:2000]
    assert counts() == before
    assert ruleset_version_current() == version
    assert rule.conditions.get(fact="hours_open").value == "72"
    result = response.context["result"]

    candidate = copy.deepcopy(version.snapshot)
    target = next(r for r in candidate["rules"] if r["name"] == "Long unresolved thread")
    target["conditions"][1]["value"] = 24
    expected = direct(candidate)
    assert result.evaluated == 20
    assert result.changed == len(expected) == len({r.ticket_id for r in result.rows})
    assert {r.ticket_id for r in result.rows} == expected
    # hours 25..70 on tickets whose hours_open is present, excluding ticket 0 (latest: 0 h)
    assert len(expected) == 7
    row = result.rows[0]
    assert row.before["fired"] == [] or "Long unresolved thread" not in row.before["fired"]
    assert "Long unresolved thread" in row.after["fired"]
    body = response.content.decode()
    assert f'<strong id="dry-run-changed">{len(expected)}</strong>' in body
    assert f"SD-{row.ticket_id}" in body


def test_new_rule_dry_run_and_limit(lead_client, recorded):
    data = rule_form_data(
        name="Everything over 10 hours",
        reason="test",
        priority=4,
        conditions=[("hours_open", "gte", "10")],
    )
    data.pop("_save")
    data["dry_run_limit"] = "5"
    before = counts()
    response = lead_client.post(reverse("admin:routing_rule_dryrun_add"), data)
    assert response.status_code == 200
    assert counts() == before
    result = response.context["result"]
    assert result.evaluated == 5
    candidate = copy.deepcopy(ruleset_version_current().snapshot)
    candidate["rules"].append(
        {
            "id": None,
            "name": "Everything over 10 hours",
            "enabled": True,
            "order": 100,
            "match": "all",
            "conditions": [{"fact": "hours_open", "operator": "gte", "value": 10}],
            "action": {
                "priority": 4,
                "needs_human": True,
                "block_auto_send": True,
                "reason": "test",
            },
        }
    )
    assert {r.ticket_id for r in result.rows} == direct(candidate, limit=5)
    # A lead reads names and labels, not codes ("team: support", "priority: 4").
    page = response.content.decode()
    assert "Priority: Urgent" in page and "priority: 4" not in page
    assert "Rules fired: " in page and "Everything over 10 hours" in page


def test_invalid_form_dry_run_lists_the_errors(lead_client, recorded):
    rule = Rule.objects.get(name="Legal request")
    data = rule_form_data(rule=rule, conditions=[("hours_open", "gt", "soon")])
    response = lead_client.post(reverse("admin:routing_rule_dryrun_change", args=[rule.pk]), data)
    assert response.status_code == 200
    assert response.context["result"] is None
    assert any("is not a number" in e for e in response.context["errors"])


def test_rule_list_dry_run_of_unsaved_disable(lead_client, recorded):
    rules = list(Rule.objects.order_by("order", "id"))
    legal = Rule.objects.get(name="Legal request")
    data = changelist_data(rules, {legal.pk: {"enabled": False}})
    before, version = counts(), ruleset_version_current()
    response = lead_client.post(reverse("admin:routing_rule_dryrun"), data)
    assert response.status_code == 200
    assert counts() == before and ruleset_version_current() == version
    assert Rule.objects.get(pk=legal.pk).enabled is True
    candidate = copy.deepcopy(version.snapshot)
    next(r for r in candidate["rules"] if r["id"] == legal.pk)["enabled"] = False
    result = response.context["result"]
    assert {r.ticket_id for r in result.rows} == direct(candidate)
    assert result.changed == 3  # tickets 0, 7, 14: legal_request true in their latest decision
    assert result.fired_before["Legal request"] == 3 and "Legal request" not in result.fired_after


def test_whole_version_dry_run(lead_client, recorded):
    rule = Rule.objects.get(name="Long unresolved thread")
    rows = existing_rows(rule)
    rows[1] = ("hours_open", "gt", "50")
    lead_client.post(
        reverse("admin:routing_rule_change", args=[rule.pk]),
        rule_form_data(rule=rule, conditions=rows),
    )
    assert ruleset_version_current().number == 2
    before = counts()
    response = lead_client.get(reverse("admin:routing_rule_dryrun") + "?candidate=1&limit=1000")
    assert response.status_code == 200
    assert counts() == before
    result = response.context["result"]
    assert result.baseline_version == 2
    assert result.recorded_under_older_version == 20
    assert {r.ticket_id for r in result.rows} == direct(
        RuleSetVersion.objects.get(number=1).snapshot
    )
    assert result.changed == 3  # hours 55, 60, 70 (50 < h <= 72; 65 is a missing fact)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_dry_run_transaction_is_read_only_in_the_database(benign, make_ticket):
    """Outside a test transaction (as in production) the database itself refuses writes on the
    dry run's path."""
    from django.db import InternalError, connection

    from routing.selectors import _read_only, dry_run

    route_decide(ticket_id=make_ticket().pk, facts={**benign, "legal_request": True})
    result = dry_run(candidate={"rules": []})
    assert result.evaluated == 1 and result.changed == 1
    if connection.vendor != "postgresql":
        pytest.skip("read-only transactions are enforced on PostgreSQL only")
    with pytest.raises(InternalError, match="read-only transaction"), _read_only():
        Rule.objects.update(order=1)
    assert not Rule.objects.filter(order=1).exists()
