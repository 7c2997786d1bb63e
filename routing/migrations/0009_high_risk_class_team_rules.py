"""Ship default rules that send a ticket of a high-risk request class to the team its class
implies. Before, a ticket the class model put in a high-risk class (an outage, say) while the
risk layer read no kind over its threshold was escalated by the built-in invariant alone: to
no team, so no team's members saw it (9 of 27 escalated demo tickets). The risk layer's rules
come first (their team wins when they fire); these follow them. Leads can edit or disable them.
A new rule-set version records the change."""

import hashlib
import json

from django.db import migrations
from django.utils import timezone

# order, name, classes, team, priority (1-4), reason
RULES = [
    (9, "High-risk class: outage", ["outage"], "engineering", 3,
     "The request class is Outage: Engineering on call checks the status, then replies with "
     "what is known."),
    (10, "High-risk class: security, legal or deletion",
     ["security-report", "legal-compliance", "data-deletion"], "trust-safety", 3,
     "The request class is a security report, a legal matter or a data deletion: Trust & "
     "Safety handles it."),
    (11, "High-risk class: billing dispute or refund exception",
     ["billing-dispute", "refund-exception"], "billing", 3,
     "The request class is a billing dispute or a refund exception: Billing checks the account "
     "before anything is promised."),
    (12, "High-risk class: complaint", ["complaint"], "support", 3,
     "The request class is a complaint: a person answers it."),
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
    for order, name, classes, team, priority, reason in RULES:
        rule, created = Rule.objects.get_or_create(
            name=name,
            defaults={"order": order, "match": "all", "team": teams.get(team),
                      "priority": priority, "reason": reason, "needs_human": True,
                      "block_auto_send": True},
        )
        if created:
            created_any = True
            Condition.objects.create(rule=rule, position=0, fact="request_class",
                                     operator="in", value=", ".join(classes))
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
        summary="Shipped rules: high-risk classes to their teams (issue 19)", created_at=timezone.now(),
    )


class Migration(migrations.Migration):

    dependencies = [
        ("routing", "0008_condition_fact_unfamiliar_quiet"),
        ("tickets", "0002_roles_classes_teams"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
