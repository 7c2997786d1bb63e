"""Ship the risk layer's default escalation rules: a high-risk kind over its threshold sends the
ticket to a human, to the team and at the priority the kind implies (an outage is urgent, for
engineering). A new rule-set version records the change. Leads can edit or disable them."""

from django.db import migrations

from ._shipped import ruleset_version_record

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


def forwards(apps, schema_editor):
    Rule = apps.get_model("routing", "Rule")
    Condition = apps.get_model("routing", "Condition")
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
    ruleset_version_record(apps, summary="Shipped risk-layer rules (issue 16)")


class Migration(migrations.Migration):
    dependencies = [
        ("routing", "0004_condition_fact_risk_layer"),
        ("tickets", "0002_roles_classes_teams"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
