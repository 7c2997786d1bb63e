from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("knowledge", "0003_fragment_vectors_and_guidance"),
    ]

    operations = [
        migrations.AddField(
            model_name="policyfragment",
            name="qa_encoder",
            field=models.CharField(blank=True, editable=False, max_length=100),
        ),
        migrations.AddField(
            model_name="policyfragment",
            name="qa_vectors",
            field=models.BinaryField(blank=True, default=b"", editable=False),
        ),
    ]
