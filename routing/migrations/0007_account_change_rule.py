"""Register the account_change_request fact and ship its default rule: a message asking to
change the account's e-mail, phone, recovery or payout details goes to Trust & Safety (identity
is checked through the account, never from the message). Leads can edit or disable it; auto-send
refuses on the signal whatever the rules say. A new rule-set version records the change."""

import hashlib
import json

from django.db import migrations, models
from django.utils import timezone

# order, name, fact, team, priority (1-4), reason
RULES = [
    (8, "Account-detail change request", "account_change_request", "trust-safety", 3,
     "The message asks to change the account's e-mail, phone, recovery or payout details: "
     "confirm the customer's identity through the account before changing anything, never "
     "from the message alone."),
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
    for order, name, fact, team, priority, reason in RULES:
        rule, created = Rule.objects.get_or_create(
            name=name,
            defaults={"order": order, "match": "all", "team": teams.get(team),
                      "priority": priority, "reason": reason, "needs_human": True,
                      "block_auto_send": True},
        )
        if created:
            created_any = True
            Condition.objects.create(rule=rule, position=0, fact=fact, operator="is_true",
                                     value="")
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
        summary="Shipped rule: account-detail change requests (issue 16)", created_at=timezone.now(),
    )


class Migration(migrations.Migration):

    dependencies = [
        ('routing', '0006_condition_fact_risk_watch'),
        ('tickets', '0002_roles_classes_teams'),
    ]

    operations = [
        migrations.AlterField(
            model_name='condition',
            name='fact',
            field=models.CharField(choices=[('request_class', 'Request class'), ('risk', 'Risk'), ('legal_request', 'Legal request'), ('security_issue', 'Security issue'), ('refund_exception', 'Refund exception'), ('data_deletion', 'Data deletion'), ('account_inconsistency', 'Account inconsistency'), ('prompt_injection', 'Prompt-injection attempt'), ('account_change_request', 'Account-detail change request'), ('risk_kinds', 'Risk kinds over threshold'), ('risk_watch', 'Risk kinds to watch'), ('risk_score', 'Risk score'), ('classifier_auto_send_confident', 'Classifier sure enough to auto-send'), ('known_customer', 'Known customer'), ('customer_tier', 'Customer tier'), ('customer_plan', 'Customer plan'), ('required_account_data_present', 'Required account data present'), ('customer_messages_in_thread', 'Customer messages in thread'), ('hours_open', 'Hours open'), ('reopen_count', 'Reopen count'), ('top_retrieval_score', 'Top retrieval score'), ('draft_cites_only_retrieved', 'Draft cites only retrieved policies'), ('draft_cited_policies', 'Policies the draft cites'), ('needs_triage', 'Needs triage'), ('classifier_confidence', 'Classifier confidence'), ('channel', 'Channel'), ('language', 'Language'), ('frustration', 'Frustration'), ('churn_risk', 'Churn risk'), ('message_text', 'Message text'), ('subject', 'Subject'), ('product_area', 'Product area')], max_length=64),
        ),
        migrations.RunPython(forwards, migrations.RunPython.noop),
    ]
