"""The ticket domain: customers, tickets, their messages, and what came in raw."""

import hashlib
import re
import secrets

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.db.models.functions import Lower


class Risk(models.TextChoices):
    LOW = "low", "Low"
    HIGH = "high", "High"


class Channel(models.TextChoices):
    EMAIL = "email", "Email"
    API = "api", "API"
    WEB = "web", "Web"


class Tier(models.TextChoices):
    FREE = "free", "Free"
    STARTER = "starter", "Starter"
    BUSINESS = "business", "Business"
    ENTERPRISE = "enterprise", "Enterprise"


class Priority(models.IntegerChoices):
    LOW = 1, "Low"
    NORMAL = 2, "Normal"
    HIGH = 3, "High"
    URGENT = 4, "Urgent"


class RequestClass(models.Model):
    """A kind of request. Risk decides how short the path to a human is; whether replies of
    a class may be sent automatically is routing's AutoSendPolicy (off by default)."""

    slug = models.SlugField(max_length=64, unique=True)
    name = models.CharField(max_length=120)
    risk = models.CharField(max_length=8, choices=Risk.choices, default=Risk.LOW)
    description = models.TextField(blank=True)
    is_active = models.BooleanField(default=True)
    position = models.PositiveSmallIntegerField(default=100)
    quiet_waits_for_review = models.BooleanField(
        default=False,
        help_text="For a high-risk class that the risk layer and the detectors read directly "
        "(a complaint: frustration, churn and complaint words; a legal matter: lawyers, courts, "
        "data-protection law). When the class model names this class for a message unlike any "
        "the team has answered, and none of those readers finds anything, the ticket waits for "
        "an agent's review (never auto-sent) instead of going to a person at once. Off: every "
        "message of the class goes to a person.",
    )

    class Meta:
        ordering = ["position", "name"]
        verbose_name_plural = "request classes"

    def __str__(self) -> str:
        return self.name


class Team(models.Model):
    slug = models.SlugField(max_length=64, unique=True)
    name = models.CharField(max_length=120)
    email = models.EmailField(blank=True)
    notify_by_email = models.BooleanField(
        default=False,
        help_text="E-mail the team's address about each new escalation to the team (the "
        "badge in the console shows them to its members either way).",
    )
    members = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="support_teams",
        help_text="The people who see this team's tickets under the inbox's My team.",
    )

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class SlaTarget(models.Model):
    """How soon a ticket of a request class and customer tier must have its first reply and
    its resolution. A ticket takes the most specific target: its class and tier, then its
    class (any tier), then its tier (any class), then the catch-all (neither). Lead-editable;
    an edit applies to tickets from their next SLA event on (created, reclassified)."""

    request_class = models.ForeignKey(
        RequestClass,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="sla_targets",
        help_text="Empty: any class.",
    )
    tier = models.CharField(
        max_length=16, choices=Tier.choices, blank=True, help_text="Empty: any tier."
    )
    first_response_minutes = models.PositiveIntegerField(
        help_text="Minutes from the ticket's creation to the first reply sent."
    )
    resolution_minutes = models.PositiveIntegerField(
        help_text="Minutes from creation (or the last re-open) to resolved, not counting the "
        "time spent waiting on the customer."
    )

    class Meta:
        verbose_name = "SLA target"
        constraints = [
            models.UniqueConstraint(
                fields=["request_class", "tier"],
                condition=models.Q(request_class__isnull=False),
                name="sla_target_class_tier_unique",
                violation_error_message="A target for this class and tier exists already.",
            ),
            models.UniqueConstraint(
                fields=["tier"],
                condition=models.Q(request_class__isnull=True),
                name="sla_target_any_class_tier_unique",
                violation_error_message="A target for any class and this tier exists already.",
            ),
        ]

    def __str__(self) -> str:
        scope = self.request_class.name if self.request_class_id else "Any class"
        return f"{scope} · {self.get_tier_display() if self.tier else 'any tier'}"


class Customer(models.Model):
    email = models.EmailField(max_length=254)
    name = models.CharField(max_length=200, blank=True)
    external_id = models.CharField(max_length=100, blank=True)
    tier = models.CharField(max_length=16, choices=Tier.choices, default=Tier.FREE)
    plan = models.CharField(max_length=100, blank=True)
    signup_date = models.DateField(null=True, blank=True)
    locale = models.CharField(max_length=16, blank=True, default="en")
    # Usage indicators: structured, queryable, importable.
    last_active_at = models.DateTimeField(null=True, blank=True)
    seats = models.PositiveIntegerField(null=True, blank=True)
    features_used = models.JSONField(default=list, blank=True)
    usage = models.JSONField(
        default=dict, blank=True, help_text="Further usage indicators, as imported."
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(Lower("email"), name="customer_email_ci_unique"),
        ]
        indexes = [models.Index(fields=["external_id"], name="customer_external_id_idx")]

    def __str__(self) -> str:
        return f"{self.name} <{self.email}>" if self.name else self.email


class TicketStatus(models.TextChoices):
    NEW = "new", "New"
    IN_PIPELINE = "in_pipeline", "In pipeline"
    AWAITING_REVIEW = "awaiting_review", "Awaiting review"
    ESCALATED = "escalated", "Escalated"
    WAITING_ON_CUSTOMER = "waiting_on_customer", "Waiting on customer"
    RESOLVED = "resolved", "Resolved"
    REOPENED = "reopened", "Reopened"


OPEN_STATUSES = (
    TicketStatus.NEW,
    TicketStatus.IN_PIPELINE,
    TicketStatus.AWAITING_REVIEW,
    TicketStatus.ESCALATED,
    TicketStatus.REOPENED,
)


class Ticket(models.Model):
    customer = models.ForeignKey(
        Customer,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        db_index=False,  # ticket_customer_history_idx leads with it
        related_name="tickets",
        help_text="Empty only when intake could not tell who wrote (flagged for a human).",
    )
    subject = models.CharField(max_length=500, blank=True)
    channel = models.CharField(max_length=8, choices=Channel.choices)
    status = models.CharField(max_length=24, choices=TicketStatus.choices, default=TicketStatus.NEW)
    request_class = models.ForeignKey(
        RequestClass,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="tickets",
        db_index=False,  # ticket_inbox_class_idx leads with it
    )
    class_source = models.CharField(
        max_length=8,
        choices=[("", "Unclassified"), ("model", "Classifier"), ("agent", "Agent")],
        blank=True,
        help_text="Who set the request class; agent corrections become training labels.",
    )
    class_corrected_at = models.DateTimeField(null=True, blank=True)
    risk = models.CharField(max_length=8, choices=Risk.choices, blank=True)
    priority = models.PositiveSmallIntegerField(choices=Priority.choices, default=Priority.NORMAL)
    team = models.ForeignKey(
        Team, null=True, blank=True, on_delete=models.SET_NULL, db_index=False
    )  # ticket_team_idx (partial)
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="assigned_tickets",
        db_index=False,  # ticket_inbox_assignee_idx leads with it
    )
    claimed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="claimed_tickets",
        db_index=False,  # ticket_claimed_by_idx (partial)
        help_text="The agent who has the ticket open in the review pane (visible to others).",
    )
    claimed_at = models.DateTimeField(null=True, blank=True)
    needs_human = models.BooleanField(
        default=False, help_text="Set by routing, an agent, or intake when parsing failed."
    )
    flag_reason = models.CharField(max_length=500, blank=True)
    created_at = models.DateTimeField(db_index=False)
    updated_at = models.DateTimeField(auto_now=True)
    last_customer_message_at = models.DateTimeField(null=True, blank=True)
    first_response_at = models.DateTimeField(null=True, blank=True)
    resolved_at = models.DateTimeField(null=True, blank=True)
    reopen_count = models.PositiveSmallIntegerField(default=0)
    message_count = models.PositiveIntegerField(default=0)
    # SLA clocks (tickets.sla; docs/sla.md). Due times are stored when an event moves them
    # (created, reclassified, first reply, waiting on the customer, resolved, re-opened), never
    # computed per row when read. The resolution clock's start moves forward by each pause, so
    # due = start + target holds throughout; stopped = paused (waiting on customer) or resolved.
    sla_first_response_due_at = models.DateTimeField(null=True, blank=True)
    sla_resolution_started_at = models.DateTimeField(null=True, blank=True)
    sla_resolution_due_at = models.DateTimeField(null=True, blank=True)
    sla_resolution_stopped_at = models.DateTimeField(null=True, blank=True)
    sla_due_at = models.DateTimeField(
        null=True,
        blank=True,
        help_text="The next deadline of a running SLA clock; empty when none runs (met, paused, "
        "resolved, or no target). The review queue orders by it.",
    )
    # The inbox search's words on PostgreSQL: the subject and every inbound and outbound message
    # body, kept by database triggers (migration 0013), GIN-indexed there. Null on SQLite, which
    # keeps its FTS5 table tickets_ticket_search instead. Never written by the application.
    search_document = SearchVectorField(null=True, editable=False)

    class Meta:
        indexes = [
            # Inbox default order and status filter.
            models.Index(fields=["-created_at", "-id"], name="ticket_inbox_recent_idx"),
            models.Index(fields=["status", "-created_at", "-id"], name="ticket_inbox_status_idx"),
            models.Index(
                fields=["request_class", "-created_at", "-id"], name="ticket_inbox_class_idx"
            ),
            models.Index(fields=["risk", "-created_at", "-id"], name="ticket_inbox_risk_idx"),
            models.Index(
                fields=["assignee", "-created_at", "-id"], name="ticket_inbox_assignee_idx"
            ),
            models.Index(fields=["customer", "-created_at"], name="ticket_customer_history_idx"),
            models.Index(
                fields=["class_source", "class_corrected_at"], name="ticket_class_corrections_idx"
            ),
            # The review queue: awaiting/escalated tickets by priority, risk, waiting time. Partial,
            # so it stays the size of the queue, not of the history.
            models.Index(
                fields=["status", "-priority", "risk", "created_at", "id"],
                condition=models.Q(status__in=["awaiting_review", "escalated"]),
                name="ticket_queue_order_idx",
            ),
            # Foreign keys empty on a new ticket: partial, so intake writes no entry for them.
            models.Index(
                fields=["team"], condition=models.Q(team__isnull=False), name="ticket_team_idx"
            ),
            models.Index(
                fields=["claimed_by"],
                condition=models.Q(claimed_by__isnull=False),
                name="ticket_claimed_by_idx",
            ),
            # The review queue by time left (SLA): breached first, no deadline last.
            models.Index(
                fields=["status", "sla_due_at", "id"],
                condition=models.Q(status__in=["awaiting_review", "escalated"]),
                name="ticket_queue_sla_idx",
            ),
            # The queue's counts per filter: one grouped index-only scan over the queue.
            models.Index(
                fields=["status", "request_class", "risk", "assignee"],
                condition=models.Q(status__in=["awaiting_review", "escalated"]),
                name="ticket_queue_counts_idx",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.reference} {self.subject}"

    @property
    def reference(self) -> str:
        return ticket_reference(self.pk)


def ticket_reference(pk: int | None) -> str:
    """The token put in outgoing subjects ("[SD-123]") so replies thread back."""
    return f"SD-{pk}" if pk else "SD-?"


TICKET_REFERENCE_RE = re.compile(r"(?:SD[-\s]?|#)?(\d{1,12})", re.IGNORECASE)


def ticket_reference_parse(text: str) -> int | None:
    """The ticket id a person typed as a reference: "SD-169", "sd169", "SD 169", "#169" or a
    bare "169" (surrounding spaces ignored); None for anything else."""
    match = TICKET_REFERENCE_RE.fullmatch(text.strip())
    return int(match.group(1)) if match and int(match.group(1)) > 0 else None


class MessageDirection(models.TextChoices):
    INBOUND = "inbound", "Inbound (customer)"
    OUTBOUND = "outbound", "Outbound (reply)"
    NOTE = "note", "Internal note"


class RawInboundStatus(models.TextChoices):
    RECEIVED = "received", "Received, not yet parsed"
    PARSED = "parsed", "Parsed"
    FAILED = "failed", "Parsing failed (flagged for a human)"
    IGNORED = "ignored", "Recorded, opened nothing (auto-reply or bounce)"


class RawInbound(models.Model):
    """An incoming payload exactly as received, stored before any parsing."""

    channel = models.CharField(max_length=8, choices=Channel.choices)
    source = models.CharField(
        max_length=300, blank=True, help_text="Where it came from: file path, webhook, API token."
    )
    content = models.BinaryField()
    content_type = models.CharField(max_length=100, default="message/rfc822")
    size = models.PositiveIntegerField()
    sha256 = models.CharField(max_length=64)  # rawinbound_sha256_idx
    received_at = models.DateTimeField()
    status = models.CharField(
        max_length=10, choices=RawInboundStatus.choices, default=RawInboundStatus.RECEIVED
    )
    error = models.TextField(blank=True)
    ignored_reason = models.CharField(max_length=200, blank=True)
    ticket = models.ForeignKey(
        Ticket, null=True, blank=True, on_delete=models.SET_NULL, related_name="raw_inbounds"
    )

    class Meta:
        verbose_name = "raw inbound"
        indexes = [
            models.Index(fields=["status", "-received_at"], name="rawinbound_status_idx"),
            # Equality only (duplicate imports); db_index would add a LIKE index no query uses.
            models.Index(fields=["sha256"], name="rawinbound_sha256_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.channel} {self.size} bytes at {self.received_at:%Y-%m-%d %H:%M}"

    @staticmethod
    def digest(content: bytes) -> str:
        return hashlib.sha256(content).hexdigest()


class Message(models.Model):
    ticket = models.ForeignKey(
        Ticket, on_delete=models.CASCADE, related_name="messages", db_index=False
    )  # message_thread_idx leads with it
    direction = models.CharField(max_length=8, choices=MessageDirection.choices)
    author_user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, db_index=False
    )  # message_author_idx (partial: customer messages have none)
    from_address = models.CharField(max_length=320, blank=True)
    from_name = models.CharField(max_length=200, blank=True)
    subject = models.CharField(max_length=500, blank=True)
    body_text = models.TextField(
        blank=True, help_text="The new text: quoted history and signature stripped."
    )
    full_text = models.TextField(blank=True, help_text="The whole text part as received.")
    body_html = models.TextField(blank=True, help_text="Sanitized HTML (nh3); safe to display.")
    message_id = models.CharField(max_length=998, blank=True)
    in_reply_to = models.CharField(max_length=998, blank=True)
    references = models.TextField(blank=True)
    raw = models.ForeignKey(
        RawInbound, null=True, blank=True, on_delete=models.SET_NULL, related_name="messages"
    )
    is_auto_reply = models.BooleanField(default=False)
    pipeline_pending = models.BooleanField(
        default=False,
        help_text="Intake asked for a pipeline run that the dispatcher has not created yet.",
    )
    parse_warnings = models.JSONField(default=list, blank=True)
    created_at = models.DateTimeField()

    class Meta:
        ordering = ["created_at", "id"]
        indexes = [
            models.Index(fields=["ticket", "created_at", "id"], name="message_thread_idx"),
            models.Index(fields=["message_id"], name="message_msgid_idx"),
            models.Index(
                fields=["author_user"],
                condition=models.Q(author_user__isnull=False),
                name="message_author_idx",
            ),
            # The pipeline's outbox: messages waiting for their run (drafts' dispatcher).
            models.Index(
                fields=["id"],
                condition=models.Q(pipeline_pending=True),
                name="message_pipeline_pending_idx",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_direction_display()} on {ticket_reference(self.ticket_id)}"


class Attachment(models.Model):
    message = models.ForeignKey(Message, on_delete=models.CASCADE, related_name="attachments")
    filename = models.CharField(max_length=255, blank=True)
    content_type = models.CharField(max_length=255, default="application/octet-stream")
    size = models.PositiveIntegerField()
    sha256 = models.CharField(max_length=64)
    content = models.BinaryField()

    def __str__(self) -> str:
        return self.filename or f"attachment {self.pk}"


class ApiToken(models.Model):
    """A per-integration intake token. Only its SHA-256 is stored; the secret is shown once."""

    PREFIX = "sdk_"

    name = models.CharField(max_length=120, help_text="The integration this token is for.")
    key_prefix = models.CharField(max_length=16, editable=False, db_index=True)
    key_hash = models.CharField(max_length=64, unique=True, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    created_at = models.DateTimeField(auto_now_add=True)
    last_used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = "API token"

    def __str__(self) -> str:
        return f"{self.name} ({self.key_prefix}…)"

    @classmethod
    def hash_key(cls, key: str) -> str:
        return hashlib.sha256(key.encode()).hexdigest()

    @classmethod
    def generate_key(cls) -> str:
        return cls.PREFIX + secrets.token_urlsafe(32)


class IdempotencyKey(models.Model):
    """Remembers a create request so a retry with the same key returns the same ticket."""

    token = models.ForeignKey(
        ApiToken, on_delete=models.CASCADE, db_index=False
    )  # idempotency_token_key_unique leads with it
    key = models.CharField(max_length=200)
    request_hash = models.CharField(max_length=64)
    ticket = models.ForeignKey(Ticket, on_delete=models.CASCADE)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["token", "key"], name="idempotency_token_key_unique")
        ]

    def __str__(self) -> str:
        return self.key


class TicketStatusChange(models.Model):
    """Every status change with its time, written by `ticket_transition` in the same transaction.
    Ticket keeps only the last resolution; the re-open rate needs each resolution and the reopen
    that followed it."""

    ticket = models.ForeignKey(Ticket, on_delete=models.CASCADE, related_name="status_changes")
    from_status = models.CharField(max_length=24, choices=TicketStatus.choices)
    to_status = models.CharField(max_length=24, choices=TicketStatus.choices)
    at = models.DateTimeField()
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        indexes = [
            # Metrics: resolutions in a range of weeks; the reopen that followed each one.
            models.Index(fields=["to_status", "at"], name="status_change_metrics_idx"),
            models.Index(fields=["ticket", "to_status", "at"], name="status_change_ticket_idx"),
        ]

    def __str__(self) -> str:
        return f"{ticket_reference(self.ticket_id)}: {self.from_status} -> {self.to_status}"
