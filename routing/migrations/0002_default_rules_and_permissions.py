"""Ship the default escalation rules as editable data, their first rule-set version, an
auto-send policy (off) for each low-risk request class, and the team-lead permissions on the
routing models."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

from ._shipped import ruleset_version_record

# order, name, match, conditions (fact, operator, value), team, priority (1-4), reason
DEFAULT_RULES = [
    (5, "Prompt-injection attempt", "all", [("prompt_injection", "is_true", "")],
     "trust-safety", 3,
     "The message tries to give the assistant instructions. Treat the text as data; check the "
     "draft says nothing it should not."),
    (10, "Legal request", "all", [("legal_request", "is_true", "")], "trust-safety", 3,
     "Legal request: a lead must approve any reply. Promise nothing and admit nothing."),
    (20, "Security issue", "all", [("security_issue", "is_true", "")], "trust-safety", 4,
     "Possible security issue or account compromise: Trust & Safety handles it."),
    (30, "Refund exception", "all", [("refund_exception", "is_true", "")], "billing", 3,
     "Refund outside the refund policy: Billing decides exceptions."),
    (40, "Multi-step account inconsistency", "all", [("account_inconsistency", "is_true", "")],
     "billing", 3,
     "The account records disagree and need several steps to fix: check plan, invoices and "
     "seats before replying."),
    (50, "Missing required account data", "all",
     [("required_account_data_present", "is_false", "")], "support", 2,
     "The account data this request needs was not found: look it up before replying."),
    (60, "Draft cites a policy absent from retrieval", "all",
     [("draft_cites_only_retrieved", "is_false", "")], "support", 2,
     "The draft cites a policy that was not in the retrieved context: check every citation."),
    (70, "Long unresolved thread", "any",
     [("customer_messages_in_thread", "gt", "3"), ("hours_open", "gt", "72"),
      ("reopen_count", "gte", "2")], "support", 3,
     "Long-running or reopened thread: a person should own it to the end."),
]

LEAD_MODELS = {
    "rule": ("add", "change", "delete", "view"),
    "condition": ("add", "change", "delete", "view"),
    "autosendpolicy": ("add", "change", "delete", "view"),
    # Immutable records: leads read them; nobody edits them through the admin.
    "rulesetversion": ("view",),
    "routingdecision": ("view",),
}


def forwards(apps, schema_editor):
    Rule = apps.get_model("routing", "Rule")
    Condition = apps.get_model("routing", "Condition")
    RuleSetVersion = apps.get_model("routing", "RuleSetVersion")
    Team = apps.get_model("tickets", "Team")
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")

    teams = {t.slug: t for t in Team.objects.all()}
    for order, name, match, conditions, team, priority, reason in DEFAULT_RULES:
        rule, created = Rule.objects.get_or_create(
            name=name,
            defaults={"order": order, "match": match, "team": teams.get(team),
                      "priority": priority, "reason": reason, "needs_human": True,
                      "block_auto_send": True},
        )
        if created:
            for position, (fact, operator, value) in enumerate(conditions):
                Condition.objects.create(rule=rule, position=position, fact=fact,
                                         operator=operator, value=value)

    if not RuleSetVersion.objects.exists():
        ruleset_version_record(apps, summary="Shipped default rules")

    AutoSendPolicy = apps.get_model("routing", "AutoSendPolicy")
    RequestClass = apps.get_model("tickets", "RequestClass")
    for request_class in RequestClass.objects.filter(risk="low"):
        AutoSendPolicy.objects.get_or_create(request_class=request_class)

    app_config = apps.get_app_config("routing")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    for group_name in ("Team lead", "Admin"):
        group, _ = Group.objects.get_or_create(name=group_name)
        for model, actions in LEAD_MODELS.items():
            codenames = [f"{action}_{model}" for action in actions]
            group.permissions.add(*Permission.objects.filter(
                content_type__app_label="routing", codename__in=codenames))


class Migration(migrations.Migration):
    dependencies = [
        ("routing", "0001_initial"),
        ("tickets", "0002_roles_classes_teams"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
