"""Ship default rules that send a ticket of a high-risk request class to the team its class
implies. Before, a ticket the class model put in a high-risk class (an outage, say) while the
risk layer read no kind over its threshold was escalated by the built-in invariant alone: to
no team, so no team's members saw it (9 of 27 escalated demo tickets). The risk layer's rules
come first (their team wins when they fire); these follow them. Leads can edit or disable them.
A new rule-set version records the change."""

from django.db import migrations

from ._shipped import ruleset_version_record

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


def forwards(apps, schema_editor):
    Rule = apps.get_model("routing", "Rule")
    Condition = apps.get_model("routing", "Condition")
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
    ruleset_version_record(
        apps, summary="Shipped rules: high-risk classes to their teams (issue 19)"
    )


class Migration(migrations.Migration):

    dependencies = [
        ("routing", "0008_condition_fact_unfamiliar_quiet"),
        ("tickets", "0002_roles_classes_teams"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
