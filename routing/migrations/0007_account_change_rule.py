"""Register the account_change_request fact and ship its default rule: a message asking to
change the account's e-mail, phone, recovery or payout details goes to Trust & Safety (identity
is checked through the account, never from the message). Leads can edit or disable it; auto-send
refuses on the signal whatever the rules say. A new rule-set version records the change."""

from django.db import migrations, models

from ._shipped import ruleset_version_record

# order, name, fact, team, priority (1-4), reason
RULES = [
    (8, "Account-detail change request", "account_change_request", "trust-safety", 3,
     "The message asks to change the account's e-mail, phone, recovery or payout details: "
     "confirm the customer's identity through the account before changing anything, never "
     "from the message alone."),
]


def forwards(apps, schema_editor):
    Rule = apps.get_model("routing", "Rule")
    Condition = apps.get_model("routing", "Condition")
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
    ruleset_version_record(apps, summary="Shipped rule: account-detail change requests (issue 16)")


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
