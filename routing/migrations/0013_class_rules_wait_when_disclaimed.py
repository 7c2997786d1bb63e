"""The shipped rules that send an outage or a billing dispute / refund exception to its team by
the class alone now also give way when the class reading is quiet (fact class_reading_quiet).
For these classes the fact is true only when the customer says it is only a question and
nothing but the class model and the learned risk heads reads risk in the message (fact
disclaimed; drafts.stages.reading_facts): the class's "quiet waits for review" setting stays off
for them, so nothing else changes. A rule a lead has already edited to test that fact is left
alone. A new rule-set version records the change."""

from django.db import migrations

from ._shipped import condition_forwards

RULES = ("High-risk class: outage", "High-risk class: billing dispute or refund exception")


forwards = condition_forwards(
    rules=RULES,
    fact="class_reading_quiet",
    operator="is_false",
    summary="Shipped rules: an outage, billing or refund class reading the customer says "
    "is only a question, with nothing else reading risk in it, waits for review (issue 16)",
)


class Migration(migrations.Migration):
    dependencies = [("routing", "0012_condition_fact_disclaimed")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
