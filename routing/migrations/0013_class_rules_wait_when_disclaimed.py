"""The shipped rules that send an outage or a billing dispute / refund exception to its team by
the class alone now also give way when the class reading is quiet (fact class_reading_quiet).
For these classes the fact is true only when the customer says it is only a question and
nothing but the class model and the learned risk heads reads risk in the message (fact
disclaimed; drafts.stages.reading_facts): the class's "quiet waits for review" setting stays off
for them, so nothing else changes. A rule a lead has already edited to test that fact is left
alone. A new rule-set version records the change."""

from django.db import migrations

from ._shipped import ruleset_version_record

RULES = ("High-risk class: outage", "High-risk class: billing dispute or refund exception")
FACT = "class_reading_quiet"


def forwards(apps, schema_editor):
    Rule = apps.get_model("routing", "Rule")
    Condition = apps.get_model("routing", "Condition")
    changed = False
    for rule in Rule.objects.filter(name__in=RULES, match="all"):
        conditions = Condition.objects.filter(rule=rule)
        if conditions.filter(fact=FACT).exists():
            continue
        last = conditions.order_by("-position").first()
        Condition.objects.create(
            rule=rule,
            position=(last.position + 1) if last else 0,
            fact=FACT,
            operator="is_false",
            value="",
        )
        changed = True
    if changed:
        ruleset_version_record(
            apps,
            summary="Shipped rules: an outage, billing or refund class reading the customer says "
            "is only a question, with nothing else reading risk in it, waits for review (issue 16)",
        )


class Migration(migrations.Migration):
    dependencies = [("routing", "0012_condition_fact_disclaimed")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
