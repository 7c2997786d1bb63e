"""The event trail and the configuration snapshots.

Events are append-only. A row is written once by `event_record`; afterwards exactly two narrow
changes are sanctioned, each at most once per row, and on PostgreSQL a trigger enforces that
nothing else ever changes (and that no row is deleted or the table truncated):

* sealing (`chain.events_seal`): sets `seq`, `prev_hash` and `hash` on a row that has none yet;
* erasure (`erasure.customer_erase`): replaces `payload` with a redaction marker and sets
  `erased_at`. The hash covers `payload_digest`, not the payload, so the chain still verifies.

On SQLite there is no trigger; the model and queryset refuse the same things, so only raw SQL
gets past them, and `audit_verify` finds what it changed.
"""

import pgtrigger
from django.conf import settings
from django.db import models


class AppendOnlyViolation(Exception):
    """Something tried to change or delete an event."""


class EventQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise AppendOnlyViolation("Events are append-only: they are never updated.")

    def delete(self):
        raise AppendOnlyViolation("Events are append-only: they are never deleted.")

    def _update_sanctioned(self, **kwargs) -> int:
        """For chain.events_seal and erasure only (the trigger checks what they change)."""
        return super().update(**kwargs)


# The trigger's definition of the two sanctioned updates. Everything not listed in a clause
# must stay exactly as it was.
_CONTENT = (
    "name",
    "created_at",
    "ticket_id",
    "actor_id",
    "actor_label",
    "versions",
    "payload_digest",
)
_SEAL_OK = (
    "(OLD.hash = '' AND NEW.hash <> '' AND NEW.seq IS NOT NULL AND NEW.prev_hash IS NOT NULL"
    " AND OLD.erased_at IS NULL AND NEW.erased_at IS NULL"
    f" AND ({', '.join('OLD.' + c for c in (*_CONTENT, 'payload'))})"
    f" IS NOT DISTINCT FROM ({', '.join('NEW.' + c for c in (*_CONTENT, 'payload'))}))"
)
_ERASE_OK = (
    "(OLD.erased_at IS NULL AND NEW.erased_at IS NOT NULL"
    """ AND NEW.payload @> '{"redacted": true}'::jsonb"""
    f" AND ({', '.join('OLD.' + c for c in (*_CONTENT, 'seq', 'prev_hash', 'hash'))})"
    f" IS NOT DISTINCT FROM ({', '.join('NEW.' + c for c in (*_CONTENT, 'seq', 'prev_hash', 'hash'))}))"
)


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
        db_index=False,  # event_ticket_timeline_idx leads with it
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        related_name="+",
        db_index=False,  # event_actor_idx (partial: system events have none)
    )
    actor_label = models.CharField(
        max_length=150, blank=True, help_text="'system', 'worker', an agent's username, a token."
    )
    payload = models.JSONField(default=dict)
    versions = models.JSONField(
        default=dict, blank=True, help_text="Versions of prompts, policies, rules, model in force."
    )
    payload_digest = models.CharField(
        max_length=64, blank=True, help_text="sha256 of the payload's canonical JSON, at write."
    )
    # Chain position, assigned when the row is sealed (after its transaction committed), so the
    # chain follows commit order, not id order.
    seq = models.BigIntegerField(null=True, blank=True, unique=True)
    prev_hash = models.CharField(max_length=64, blank=True)
    hash = models.CharField(max_length=64, blank=True)
    erased_at = models.DateTimeField(
        null=True, blank=True, help_text="When personal data in the payload was erased."
    )

    objects = EventQuerySet.as_manager()

    class Meta:
        ordering = ["id"]
        indexes = [
            models.Index(fields=["ticket", "id"], name="event_ticket_timeline_idx"),
            models.Index(fields=["name", "-created_at"], name="event_name_recent_idx"),
            # The configuration trail: events of no ticket, newest first (a small share).
            models.Index(
                fields=["-id"],
                condition=models.Q(ticket__isnull=True),
                name="event_unticketed_recent_idx",
            ),
            models.Index(
                fields=["actor"], condition=models.Q(actor__isnull=False), name="event_actor_idx"
            ),
            # The sealer's "what is not sealed yet" lookup stays tiny.
            models.Index(fields=["id"], condition=models.Q(hash=""), name="event_unsealed_idx"),
        ]
        triggers = [
            pgtrigger.Protect(
                name="event_append_only_update",
                operation=pgtrigger.Update,
                condition=pgtrigger.Condition(f"NOT ({_SEAL_OK} OR {_ERASE_OK})"),
            ),
            pgtrigger.Protect(name="event_append_only_delete", operation=pgtrigger.Delete),
            # Statement level: TRUNCATE fires no row triggers. The session variable lets the
            # test suite's flush through (tests/conftest.py sets it on its own connections);
            # nothing in the application sets it.
            pgtrigger.Trigger(
                name="event_append_only_truncate",
                operation=pgtrigger.Truncate,
                level=pgtrigger.Statement,
                when=pgtrigger.Before,
                func=pgtrigger.Func(
                    "IF current_setting('audit.allow_truncate', true) IS DISTINCT FROM 'on' THEN"
                    " RAISE EXCEPTION 'audit: the event trail is append-only; TRUNCATE of % is"
                    " refused', TG_TABLE_NAME; END IF; RETURN NULL;"
                ),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name} #{self.pk}"

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise AppendOnlyViolation("Events are append-only: an event is never saved twice.")
        kwargs["force_insert"] = True
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AppendOnlyViolation("Events are append-only: they are never deleted.")


class ConfigSnapshot(models.Model):
    """The set of versions in force when a pipeline run started: prompt template versions,
    reply template hashes, the current version of each policy document, the rule-set version,
    the active classifier, and the provider settings (never secrets). Identical configurations
    share one row (unique content hash)."""

    content_hash = models.CharField(max_length=64, unique=True)
    content = models.JSONField()
    created_at = models.DateTimeField()

    class Meta:
        ordering = ["-id"]
        verbose_name = "configuration snapshot"

    def __str__(self) -> str:
        return f"snapshot #{self.pk} ({self.content_hash[:10]})"

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise AppendOnlyViolation("Snapshots never change; identical content shares a row.")
        super().save(*args, **kwargs)
