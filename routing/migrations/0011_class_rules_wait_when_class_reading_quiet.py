"""The shipped rules that send a complaint or a legal matter to its team by the class alone
(0009) no longer fire when the class reading is quiet (fact class_reading_quiet: the class
model named the class for text unlike the team's, and the risk layer and the detectors, which
read these classes directly, find nothing). Such a ticket then waits for review, never
auto-sent, as the built-in rule says (routing.evaluation.QUIET_CLASS_REASON). A rule a lead has
already edited to test that fact is left alone. A new rule-set version records the change."""

from django.db import migrations

from ._shipped import condition_forwards

RULES = ("High-risk class: complaint", "High-risk class: security, legal or deletion")


forwards = condition_forwards(
    rules=RULES,
    fact="class_reading_quiet",
    operator="is_false",
    summary="Shipped rules: a complaint or legal class reading that is quiet waits for "
    "review (issue 16)",
)


class Migration(migrations.Migration):
    dependencies = [
        ("routing", "0010_condition_fact_class_reading_quiet"),
        ("tickets", "0018_request_class_quiet_waits_for_review"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
