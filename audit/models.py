"""The event trail. Append-only: rows are written once and never changed."""

from django.conf import settings
from django.db import models


class Event(models.Model):
    name = models.CharField(max_length=80, help_text="Namespaced, registered: 'tickets.received'.")
    created_at = models.DateTimeField()
    ticket = models.ForeignKey(
        "tickets.Ticket",
        null=True,
        blank=True,
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        related_name="events",
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        related_name="+",
    )
    actor_label = models.CharField(
        max_length=150, blank=True, help_text="'system', 'worker', an agent's username, a token."
    )
    payload = models.JSONField(default=dict)
    versions = models.JSONField(
        default=dict, blank=True, help_text="Versions of prompts, policies, rules, model in force."
    )
    payload_digest = models.CharField(max_length=64, blank=True)
    prev_hash = models.CharField(max_length=64, blank=True)
    hash = models.CharField(max_length=64, blank=True)

    class Meta:
        ordering = ["id"]
        indexes = [
            models.Index(fields=["ticket", "id"], name="event_ticket_timeline_idx"),
            models.Index(fields=["name", "-created_at"], name="event_name_recent_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.name} #{self.pk}"
