"""A high-risk class may let a message wait for review when the class model's reading is the
only thing that reads it as high risk (docs/classifier.md, "The class model's complaint and
legal readings on unfamiliar, quiet text"). Shipped on for the two classes the risk layer and
the detectors read directly: complaint and legal-compliance."""

from django.db import migrations, models

CLASSES = ("complaint", "legal-compliance")


def forwards(apps, schema_editor):
    RequestClass = apps.get_model("tickets", "RequestClass")
    RequestClass.objects.filter(slug__in=CLASSES).update(quiet_waits_for_review=True)


class Migration(migrations.Migration):
    dependencies = [("tickets", "0017_sla_defaults")]

    operations = [
        migrations.AddField(
            model_name="requestclass",
            name="quiet_waits_for_review",
            field=models.BooleanField(
                default=False,
                help_text="For a high-risk class that the risk layer and the detectors read "
                "directly (a complaint: frustration, churn and complaint words; a legal matter: "
                "lawyers, courts, data-protection law). When the class model names this class "
                "for a message unlike any the team has answered, and none of those readers "
                "finds anything, the ticket waits for an agent's review (never auto-sent) "
                "instead of going to a person at once. Off: every message of the class goes to "
                "a person.",
            ),
        ),
        migrations.RunPython(forwards, migrations.RunPython.noop),
    ]
