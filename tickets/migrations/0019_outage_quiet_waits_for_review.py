"""The outage class may let a message wait for review when the class model's reading is the
only thing that reads it as high risk (the risk layer's outage kind, the detectors and the
frustration and churn words all quiet, the text unlike the team's): on the spoken sets A-G the
demo's class model named outage for three routine questions of other industries ("the app's
been a bit slow loading my photo albums", "the catalogue will be down for maintenance on
Sunday, will the machines still work?"), with every risk score near zero (two of them now
wait), while each real outage it alone caught read 0.07-0.40 on the outage head and so was not
quiet (docs/classifier.md). A readable outage pattern or any risk reading still sends the
message to a person."""

from django.db import migrations


def forwards(apps, schema_editor):
    RequestClass = apps.get_model("tickets", "RequestClass")
    RequestClass.objects.filter(slug="outage").update(quiet_waits_for_review=True)


class Migration(migrations.Migration):
    dependencies = [("tickets", "0018_request_class_quiet_waits_for_review")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
