"""Policy documents, their immutable versions, and the fragments (sections) drafts cite.

An edit never changes a version: it adds one. A fragment belongs to exactly one version and never
changes either, so a citation (fragment id, version) always resolves to the text that was cited.
On PostgreSQL triggers refuse UPDATE and DELETE on both tables; on SQLite the services are the
only writer and create rows only.
"""

import pgtrigger
from django.conf import settings
from django.db import models


class PolicyDocument(models.Model):
    slug = models.SlugField(max_length=200, unique=True)
    title = models.CharField(max_length=300)
    is_active = models.BooleanField(
        default=True, help_text="Inactive documents are not retrieved for new drafts."
    )
    source_path = models.CharField(
        max_length=500, blank=True, help_text="File it was imported from, relative to the folder."
    )
    # Denormalized "latest version", set by the service under a row lock in the same transaction
    # that creates the version, so readers never compute max(number) per document.
    current_version = models.OneToOneField(
        "PolicyVersion",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        editable=False,
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["title"]
        indexes = [
            models.Index(fields=["is_active", "current_version"], name="policydoc_current_idx"),
        ]

    def __str__(self) -> str:
        return self.title


class PolicyVersion(models.Model):
    document = models.ForeignKey(PolicyDocument, on_delete=models.PROTECT, related_name="versions")
    number = models.PositiveIntegerField()
    title = models.CharField(max_length=300)
    body = models.TextField(help_text="Markdown, front matter included, as saved.")
    content_hash = models.CharField(max_length=64, help_text="sha256 of the normalized body.")
    request_classes = models.JSONField(
        default=list,
        blank=True,
        help_text="Request class slugs this version serves (front matter 'classes'); boosts retrieval.",
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    change_note = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField()

    class Meta:
        ordering = ["document", "-number"]
        constraints = [
            models.UniqueConstraint(
                fields=["document", "number"], name="policyversion_number_uniq"
            ),
        ]
        triggers = [
            # SET_NULL on the author is the one update allowed: deleting a user must not be
            # blocked by the policies they wrote.
            pgtrigger.Protect(
                name="policyversion_immutable",
                operation=pgtrigger.Update,
                condition=pgtrigger.AnyChange(exclude=["author"]),
            ),
            pgtrigger.Protect(name="policyversion_undeletable", operation=pgtrigger.Delete),
        ]

    def __str__(self) -> str:
        return f"{self.document.slug} v{self.number}"


class PolicyFragment(models.Model):
    version = models.ForeignKey(PolicyVersion, on_delete=models.PROTECT, related_name="fragments")
    anchor = models.SlugField(max_length=100, help_text="Unique within its version.")
    heading = models.CharField(max_length=300)
    heading_path = models.JSONField(default=list, help_text="Headings from the top, this one last.")
    text = models.TextField()
    position = models.PositiveIntegerField()
    content_hash = models.CharField(max_length=64)
    guidance = models.TextField(
        blank=True,
        editable=False,
        help_text="Agent guidance parsed from the section (Internal: / Agent note:); never quoted.",
    )
    # Sentence embeddings of the heading path and of each passage (sections.passage_embed_texts),
    # float32 rows, computed once when the version is created; retrieval never embeds policies
    # per query. Empty on fragments imported before embeddings existed (embedded at index build).
    vectors = models.BinaryField(blank=True, default=b"", editable=False)
    encoder = models.CharField(max_length=100, blank=True, editable=False)
    # The same texts embedded by the question/answer encoder (drafts/knowledge/qa_encoder.py,
    # English), float32 rows of QA_DIMENSIONS; empty when it was not installed at import.
    qa_vectors = models.BinaryField(blank=True, default=b"", editable=False)
    qa_encoder = models.CharField(max_length=100, blank=True, editable=False)

    class Meta:
        ordering = ["version", "position"]
        constraints = [
            models.UniqueConstraint(
                fields=["version", "anchor"], name="policyfragment_anchor_uniq"
            ),
            models.UniqueConstraint(
                fields=["version", "position"], name="policyfragment_position_uniq"
            ),
        ]
        triggers = [
            pgtrigger.Protect(
                name="policyfragment_immutable", operation=pgtrigger.Update | pgtrigger.Delete
            ),
        ]

    def __str__(self) -> str:
        return f"{self.version} #{self.anchor}"
