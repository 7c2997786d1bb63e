"""Labeled examples, the team's label map, and versioned classifier artifacts.

The artifact bytes live in the database so every web and worker machine loads the same model
without a shared filesystem; the content hash makes "which model decided this?" answerable.
"""

import hashlib

from django.db import models
from django.db.models import Q


class ExampleSource(models.TextChoices):
    IMPORT = "import", "Imported history"
    AGENT = "agent", "Agent correction"


def example_content_hash(*, subject: str, text: str) -> str:
    """Identity of an example's text, insensitive to case and whitespace, so a re-import or an
    agent correction of the same message finds the earlier row."""
    normalized = " ".join(f"{subject}\n{text}".lower().split())
    return hashlib.sha256(normalized.encode()).hexdigest()


class LabeledExample(models.Model):
    text = models.TextField()
    subject = models.CharField(max_length=500, blank=True)
    label = models.CharField(max_length=100)
    customer_email = models.CharField(max_length=254, blank=True)
    created_at = models.DateTimeField(
        null=True, blank=True, help_text="When the original ticket was created, if known."
    )
    resolution = models.TextField(blank=True)
    source = models.CharField(max_length=8, choices=ExampleSource.choices)
    source_file = models.CharField(max_length=500, blank=True)
    source_line = models.PositiveIntegerField(null=True, blank=True)
    ticket = models.OneToOneField(
        "tickets.Ticket",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="training_label",
        help_text="The ticket an agent corrected (agent corrections only).",
    )
    content_hash = models.CharField(max_length=64)
    imported_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            # Re-importing the same file adds nothing; the same text with another label is kept
            # (teams' histories are noisy, and the model should see that).
            models.UniqueConstraint(
                fields=["content_hash", "label"],
                condition=Q(source="import"),
                name="labeledexample_import_dedupe",
            ),
        ]
        indexes = [
            models.Index(fields=["content_hash"], name="labeledexample_hash_idx"),
            models.Index(fields=["label"], name="labeledexample_label_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.label}: {self.text[:60]}"


class LabelMapping(models.Model):
    """One of the team's labels and the request class (and so the risk) it stands for."""

    label = models.CharField(max_length=100, unique=True)
    request_class = models.ForeignKey(
        "tickets.RequestClass", on_delete=models.CASCADE, related_name="label_mappings"
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["label"]

    def __str__(self) -> str:
        return f"{self.label} -> {self.request_class.slug}"


class ClassifierVersion(models.Model):
    # Pickled scikit-learn objects. Trusted: written only by our own training command
    # (classifier_train); unpickling bytes from anywhere else would run arbitrary code.
    artifact = models.BinaryField()
    artifact_sha256 = models.CharField(max_length=64, db_index=True)
    algorithm = models.CharField(max_length=200)
    training_size = models.PositiveIntegerField()
    labels = models.JSONField(default=list)
    label_map = models.JSONField(
        default=dict, help_text="label -> request class slug (null: unmapped), as trained."
    )
    scores = models.JSONField(default=dict, help_text="Validation figures from training.")
    threshold = models.FloatField(help_text="Below this confidence a prediction needs triage.")
    auto_send_threshold = models.FloatField(
        null=True,
        blank=True,
        help_text="A low-risk prediction may be auto-sent only at or above this confidence; "
        "empty means never.",
    )
    training_seconds = models.FloatField()
    created_at = models.DateTimeField(auto_now_add=True)
    is_active = models.BooleanField(default=False)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["is_active"],
                condition=Q(is_active=True),
                name="classifierversion_one_active",
            ),
        ]

    def __str__(self) -> str:
        return f"classifier v{self.pk} ({self.artifact_sha256[:10]})"
