"""Each shipped default rule fires on facts built to trigger it and stays quiet on a benign twin
that differs only in the facts the rule is about; decisions go through route_decide and the
current version stored by the data migration."""

import pytest

from audit.models import Event
from routing.evaluation import HIGH_RISK_REASON, QUIET_CLASS_REASON, evaluate
from routing.models import RoutingDecision, Rule, RuleSetVersion
from routing.selectors import ruleset_snapshot_live
from routing.services import route_decide, ruleset_version_create

pytestmark = pytest.mark.django_db

# rule name, facts that trigger it, the benign twin (closest facts that must not trigger it)
CASES = [
    ("Legal request", {"legal_request": True}, {"legal_request": False}),
    ("Refund exception", {"refund_exception": True}, {"refund_exception": False}),
    ("Security issue", {"security_issue": True}, {"security_issue": False}),
    (
        "Multi-step account inconsistency",
        {"account_inconsistency": True},
        {"account_inconsistency": False},
    ),
    (
        "Missing required account data",
        {"required_account_data_present": False},
        {"required_account_data_present": True},
    ),
    (
        "Draft cites a policy absent from retrieval",
        {"draft_cites_only_retrieved": False},
        {"draft_cites_only_retrieved": True},
    ),
    (
        "Long unresolved thread",
        {"customer_messages_in_thread": 4},
        {"customer_messages_in_thread": 3},
    ),
    ("Long unresolved thread", {"hours_open": 72.5}, {"hours_open": 72}),
    ("Long unresolved thread", {"reopen_count": 2}, {"reopen_count": 1}),
    ("Prompt-injection attempt", {"prompt_injection": True}, {"prompt_injection": False}),
    (
        "Account-detail change request",
        {"account_change_request": True},
        {"account_change_request": False},
    ),
]
TEAMS = {
    "Legal request": "trust-safety",
    "Refund exception": "billing",
    "Security issue": "trust-safety",
    "Multi-step account inconsistency": "billing",
    "Missing required account data": "support",
    "Draft cites a policy absent from retrieval": "support",
    "Long unresolved thread": "support",
    "Prompt-injection attempt": "trust-safety",
    "Account-detail change request": "trust-safety",
    # The risk layer's rules (tests/drafts/test_risk_routing.py drives them through the pipeline).
    "High risk: security, lost or stolen, unrecognised payment": "trust-safety",
    "High risk: outage": "engineering",
    "High risk: billing dispute or refund": "billing",
    "High risk: legal, deletion or closure": "trust-safety",
    "High risk: complaint": "support",
    # A high-risk class with no risk-layer reading over its threshold (issue 19).
    "High-risk class: outage": "engineering",
    "High-risk class: security, legal or deletion": "trust-safety",
    "High-risk class: billing dispute or refund exception": "billing",
    "High-risk class: complaint": "support",
}


def test_shipped_defaults_are_editable_rows_with_a_first_version(db):
    assert set(Rule.objects.values_list("name", flat=True)) == set(TEAMS)
    first = RuleSetVersion.objects.get(number=1)
    assert first.rule_count == len(TEAMS)
    # The migration's snapshot is exactly what the code would build from the rows: saving
    # nothing creates no new version.
    assert first.snapshot == ruleset_snapshot_live()
    assert ruleset_version_create(actor=None).number == 1


@pytest.mark.parametrize(("rule", "trigger", "twin"), CASES)
def test_default_rule_fires_and_its_twin_stays_quiet(rule, trigger, twin, benign, ticket):
    fired = route_decide(ticket_id=ticket.pk, facts={**benign, **trigger}, run_ref="run-1")
    assert fired.fired_rules == [rule]
    assert fired.needs_human and fired.block_auto_send
    assert fired.team.slug == TEAMS[rule]
    assert fired.reasons == [Rule.objects.get(name=rule).reason]
    assert fired.ruleset_version.number == 1
    explained = fired.explanation["fired_rules"][0]
    assert explained["name"] == rule
    assert any(c["matched"] for c in explained["conditions"])

    quiet = route_decide(ticket_id=ticket.pk, facts={**benign, **twin}, run_ref="run-2")
    assert quiet.fired_rules == []
    assert not quiet.needs_human and quiet.team is None and quiet.reasons == []


def test_decision_is_stored_with_its_audit_event(benign, ticket):
    decision = route_decide(
        ticket_id=ticket.pk, facts={**benign, "legal_request": True}, run_ref="run-7"
    )
    event = Event.objects.get(name="routing.decided", ticket_id=ticket.pk)
    assert event.payload["decision_id"] == decision.pk
    assert event.payload["fired"][0]["rule"] == "Legal request"
    assert event.payload["fired"][0]["conditions"][0]["why"] == "is yes"
    assert event.versions["rules"] == 1
    assert RoutingDecision.objects.get(pk=decision.pk).facts["legal_request"] is True


def test_high_risk_class_always_needs_a_human_even_with_no_rules(benign, ticket):
    facts = {**benign, "request_class": "billing-dispute", "risk": "high"}
    decision = evaluate(facts, {"rules": []})
    assert decision.fired == () and decision.needs_human and decision.block_auto_send
    assert decision.invariants == (HIGH_RISK_REASON,)
    stored = route_decide(ticket_id=ticket.pk, facts=facts)
    assert stored.needs_human and HIGH_RISK_REASON in stored.reasons
    assert not stored.auto_send_allowed


@pytest.mark.parametrize(
    ("request_class", "team"),
    [
        ("outage", "engineering"),
        ("security-report", "trust-safety"),
        ("legal-compliance", "trust-safety"),
        ("data-deletion", "trust-safety"),
        ("billing-dispute", "billing"),
        ("refund-exception", "billing"),
        ("complaint", "support"),
    ],
)
def test_a_high_risk_class_reaches_the_team_it_implies(benign, ticket, request_class, team):
    """An outage the class model named, with no risk-layer kind over its threshold, was escalated
    by the built-in invariant alone: to no team, so no team's badge counted it."""
    facts = {**benign, "request_class": request_class, "risk": "high"}
    decision = route_decide(ticket_id=ticket.pk, facts=facts, run_ref="run-9")
    assert decision.needs_human and HIGH_RISK_REASON in decision.reasons
    assert decision.team is not None and decision.team.slug == team
    # A risk-layer rule that fires first keeps its team: the class rules come after it.
    outage_read = {**facts, "risk_kinds": ["outage"]}
    assert evaluate(outage_read, ruleset_snapshot_live()).team == "engineering"
    security_read = {**facts, "request_class": "outage", "risk_kinds": ["security"]}
    assert evaluate(security_read, ruleset_snapshot_live()).team == "trust-safety"


def test_missing_fact_does_not_match_and_says_so(benign):
    snapshot = RuleSetVersion.objects.get(number=1).snapshot
    facts = {k: v for k, v in benign.items() if k != "required_account_data_present"}
    decision = evaluate(facts, snapshot)
    assert decision.fired == ()
    trace = {t["name"]: t for t in decision.trace}
    cond = trace["Missing required account data"]["conditions"][0]
    assert cond["matched"] is False and cond["why"] == "fact missing"
    assert "fact missing" in trace["Missing required account data"]["why"]


def test_same_facts_same_decision(benign):
    snapshot = RuleSetVersion.objects.get(number=1).snapshot
    facts = {**benign, "legal_request": True, "reopen_count": 3, "risk": "high"}
    assert evaluate(facts, snapshot) == evaluate(dict(facts), snapshot)
    assert evaluate(facts, snapshot).fired_names == ["Legal request", "Long unresolved thread"]


def test_several_rules_combine_first_route_highest_priority(benign):
    snapshot = RuleSetVersion.objects.get(number=1).snapshot
    # Legal (trust-safety, High) and Security (trust-safety, Urgent) and Refund (billing, High)
    decision = evaluate({**benign, "refund_exception": True, "security_issue": True}, snapshot)
    assert decision.fired_names == ["Security issue", "Refund exception"]
    assert decision.team == "trust-safety"  # the first firing rule that routes
    assert decision.priority == 4  # the highest
    assert len(decision.reasons) == 2


def test_high_risk_class_is_caught_even_when_the_pipeline_forgets_the_risk(benign, ticket):
    facts = {k: v for k, v in benign.items() if k != "risk"}
    decision = route_decide(ticket_id=ticket.pk, facts={**facts, "request_class": "data-deletion"})
    assert decision.needs_human and decision.facts["risk"] == "high"
    assert decision.explanation["notes"] == [
        "Risk 'high' taken from the request class (the pipeline gave none)."
    ]
    lowered = route_decide(
        ticket_id=ticket.pk, facts={**benign, "request_class": "security-report", "risk": "low"}
    )
    assert lowered.needs_human and HIGH_RISK_REASON in lowered.reasons
    # The stored facts replay to the stored decision.
    replay = evaluate(lowered.facts, lowered.ruleset_version.snapshot)
    assert replay.as_dict()["reasons"] == lowered.reasons


def test_fast_path_gives_the_same_outcome_as_the_explained_path(benign):
    """Dry runs evaluate without explanations; the outcome must be identical."""
    import random

    from routing.evaluation import ruleset_compile

    snapshot = RuleSetVersion.objects.get(number=1).snapshot
    snapshot["rules"].append(
        {
            "id": 999,
            "name": "Any of",
            "enabled": True,
            "order": 1,
            "match": "any",
            "conditions": [
                {"fact": "message_text", "operator": "contains_any", "value": ["Chargeback"]},
                {"fact": "customer_tier", "operator": "in", "value": ["enterprise"]},
                {
                    "fact": "draft_cited_policies",
                    "operator": "includes_all",
                    "value": ["refunds", "warranty"],
                },
            ],
            "action": {
                "team": "billing",
                "priority": 4,
                "needs_human": True,
                "stop": True,
                "reason": "any",
            },
        }
    )
    compiled = ruleset_compile(snapshot)
    rng = random.Random(7)
    for _ in range(300):
        facts = {**benign}
        for key in (
            "legal_request",
            "refund_exception",
            "draft_cites_only_retrieved",
            "required_account_data_present",
        ):
            facts[key] = rng.choice([True, False, None])
        facts["hours_open"] = rng.choice([None, 10, 72, 73, "soon"])
        facts["customer_tier"] = rng.choice(["enterprise", "free", None])
        facts["message_text"] = rng.choice(["a CHARGEBACK", "hello", None])
        facts["draft_cited_policies"] = rng.choice([["refunds"], ["refunds", "warranty"], "x"])
        facts["risk"] = rng.choice(["low", "high", None])
        slow, fast = evaluate(facts, snapshot), evaluate(facts, compiled, explain=False)
        assert slow.outcome() == fast.outcome() and slow.reasons == fast.reasons


def test_decisions_read_the_snapshot_only_when_the_compiled_cache_misses(benign, ticket):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    route_decide(ticket_id=ticket.pk, facts=benign)  # compiles (or finds) version 1
    with CaptureQueriesContext(connection) as queries:
        decision = route_decide(ticket_id=ticket.pk, facts={**benign, "legal_request": True})
    assert decision.fired_rules == ["Legal request"]
    version_reads = [q["sql"] for q in queries if 'FROM "routing_rulesetversion"' in q["sql"]]
    assert version_reads and all('"snapshot"' not in sql for sql in version_reads)


@pytest.mark.parametrize("request_class", ["complaint", "legal-compliance"])
def test_a_quiet_class_reading_waits_for_review_and_is_never_auto_sent(
    benign, ticket, request_class
):
    """Only the class model calls it high risk, on text it has never seen the like of, and the
    readers of that class (risk layer, detectors) find nothing: no person at once, no team, but
    never auto-sent; the reason says why. Without the fact, the class's team rule fires."""
    facts = {**benign, "request_class": request_class, "risk": "high"}
    quiet = route_decide(
        ticket_id=ticket.pk, facts={**facts, "class_reading_quiet": True}, run_ref="run-q"
    )
    assert not quiet.needs_human and quiet.block_auto_send and not quiet.auto_send_allowed
    assert quiet.fired_rules == [] and quiet.team is None
    assert quiet.reasons == [QUIET_CLASS_REASON]

    loud = route_decide(ticket_id=ticket.pk, facts=facts, run_ref="run-l")
    assert loud.needs_human and HIGH_RISK_REASON in loud.reasons
    assert loud.fired_rules == [
        "High-risk class: complaint"
        if request_class == "complaint"
        else "High-risk class: security, legal or deletion"
    ]
