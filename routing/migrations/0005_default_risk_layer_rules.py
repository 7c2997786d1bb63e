"""Ship the risk layer's default escalation rules: a high-risk kind over its threshold sends the
ticket to a human, to the team and at the priority the kind implies (an outage is urgent, for
engineering). A new rule-set version records the change. Leads can edit or disable them."""

import hashlib
import json

from django.db import migrations
from django.utils import timezone

# order, name, kinds, team, priority (1-4), reason
RISK_RULES = [
    (2, "High risk: security, lost or stolen, unrecognised payment",
     ["security", "lost_stolen", "unrecognised_payment"], "trust-safety", 4,
     "The risk layer reads a security problem, a lost or stolen card or device, or a payment "
     "the customer did not make: act now (block, secure), then reply. Evidence is on the run."),
    (3, "High risk: outage", ["outage"], "engineering", 4,
     "The risk layer reads a report that the service is down: check the status and reply "
     "with what is known."),
    (4, "High risk: billing dispute or refund", ["billing_dispute", "refund_exception"],
     "billing", 3,
     "The risk layer reads a disputed charge or a refund request: Billing checks the account "
     "before anything is promised."),
    (6, "High risk: legal, deletion or closure", ["legal", "account_closure"], "trust-safety", 3,
     "The risk layer reads a legal matter, a data deletion, an account closure or a "
     "cancellation: a person handles it."),
    (7, "High risk: complaint", ["complaint"], "support", 3,
     "The risk layer reads a complaint or strong frustration: a person answers it."),
]


def _typed(operator, value):
    if operator in ("is_true", "is_false", "is_empty", "is_not_empty"):
        return None
    if operator in ("includes_any", "includes_all", "excludes_all", "in", "not_in",
                    "contains_any", "contains_none"):
        return [part.strip() for part in value.split(",") if part.strip()]
    try:
        number = float(value)
    except ValueError:
        return value
    return int(number) if number.is_integer() else number


def forwards(apps, schema_editor):
    Rule = apps.get_model("routing", "Rule")
    Condition = apps.get_model("routing", "Condition")
    RuleSetVersion = apps.get_model("routing", "RuleSetVersion")
    Team = apps.get_model("tickets", "Team")

    teams = {t.slug: t for t in Team.objects.all()}
    created_any = False
    for order, name, kinds, team, priority, reason in RISK_RULES:
        rule, created = Rule.objects.get_or_create(
            name=name,
            defaults={"order": order, "match": "all", "team": teams.get(team),
                      "priority": priority, "reason": reason, "needs_human": True,
                      "block_auto_send": True},
        )
        if created:
            created_any = True
            Condition.objects.create(rule=rule, position=0, fact="risk_kinds",
                                     operator="includes_any", value=", ".join(kinds))
    if not created_any:
        return
    # The same shape as routing.selectors.ruleset_snapshot_live, written out here so this
    # migration keeps working whatever the code becomes.
    rules = []
    for rule in Rule.objects.select_related("team", "assignee").order_by("order", "id"):
        rules.append({
            "id": rule.pk, "name": rule.name, "enabled": rule.enabled, "order": rule.order,
            "match": rule.match,
            "conditions": [
                {"fact": c.fact, "operator": c.operator, "value": _typed(c.operator, c.value)}
                for c in Condition.objects.filter(rule=rule).order_by("position", "id")
            ],
            "action": {
                "team": rule.team.slug if rule.team_id else None,
                "team_name": rule.team.name if rule.team_id else None,
                "assignee_id": rule.assignee_id,
                "assignee": rule.assignee.get_username() if rule.assignee_id else None,
                "priority": rule.priority, "needs_human": rule.needs_human,
                "block_auto_send": rule.block_auto_send, "reason": rule.reason,
                "stop": rule.stop,
            },
        })
    snapshot = {"format": 1, "rules": rules}
    canonical = json.dumps(snapshot, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    content_hash = hashlib.sha256(canonical.encode()).hexdigest()
    versions = list(RuleSetVersion.objects.order_by("-number")[:2])
    if len(versions) == 1 and versions[0].number == 1 and versions[0].author_label == "system":
        # A fresh install: nothing has decided with v1 yet that a lead made, so the shipped
        # defaults simply include these rules (v1 stays "the shipped default rules").
        shipped = versions[0]
        if not apps.get_model("routing", "RoutingDecision").objects.filter(
            ruleset_version=shipped
        ).exists():
            shipped.snapshot, shipped.content_hash = snapshot, content_hash
            shipped.save(update_fields=["snapshot", "content_hash"])
            return
    latest = versions[0] if versions else None
    RuleSetVersion.objects.create(
        number=(latest.number + 1) if latest else 1, snapshot=snapshot,
        content_hash=content_hash, author_label="system",
        summary="Shipped risk-layer rules (issue 16)", created_at=timezone.now(),
    )


class Migration(migrations.Migration):
    dependencies = [
        ("routing", "0004_condition_fact_risk_layer"),
        ("tickets", "0002_roles_classes_teams"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
