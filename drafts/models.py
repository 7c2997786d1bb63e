"""The pipeline's records: one PipelineRun per inbound customer message, a StageRecord per
stage attempt, the Draft it produced, and the versioned texts that shaped it (prompt
templates, offline reply templates)."""

import hashlib

from django.conf import settings
from django.db import models
from django.db.models import Q


def content_hash(*parts: str) -> str:
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part.encode())
        digest.update(b"\x00")
    return digest.hexdigest()


class Stage(models.TextChoices):
    CLASSIFY = "classify", "Classify / normalize"
    CONTEXT = "context", "Assemble context"
    DRAFT = "draft", "Draft"
    ROUTE = "route", "Route"
    DONE = "done", "Done"


STAGE_ORDER = [Stage.CLASSIFY, Stage.CONTEXT, Stage.DRAFT, Stage.ROUTE, Stage.DONE]


class RunStatus(models.TextChoices):
    PENDING = "pending", "Pending"
    RUNNING = "running", "Running"
    DONE = "done", "Done"
    FAILED = "failed", "Failed (sent to a human)"


class PromptTemplate(models.Model):
    """A versioned prompt. Saving new text makes a new version; runs record the version used."""

    class Kind(models.TextChoices):
        CLASSIFY = "classify", "Classify"
        DRAFT = "draft", "Draft"

    kind = models.CharField(max_length=16, choices=Kind.choices)
    version = models.PositiveIntegerField()
    text = models.TextField()
    content_hash = models.CharField(max_length=64, editable=False)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["kind", "version"], name="prompt_kind_version_unique")
        ]
        ordering = ["kind", "-version"]

    def __str__(self) -> str:
        return f"{self.kind} prompt v{self.version}"


class ReplyTemplate(models.Model):
    """Per-class reply skeleton for the offline provider, edited by leads. Placeholders:
    {customer_name}, {ticket_reference}, {plan}, {tier}, {policy_points}, {agent_signature}."""

    request_class = models.OneToOneField(
        "tickets.RequestClass", on_delete=models.CASCADE, related_name="reply_template"
    )
    text = models.TextField()
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"Reply template for {self.request_class}"

    @property
    def content_hash(self) -> str:
        return content_hash(self.text)


class Macro(models.Model):
    """A saved reply an agent inserts into a reply (the review pane's edit box, the ticket
    page's composer), managed by leads. team: the team whose agents see it (and anyone working
    one of the team's tickets); none means shared with everyone. Placeholders ({customer_name},
    {ticket_number}, {plan}, ...: drafts.macros.PLACEHOLDERS) are filled from the ticket when
    the macro is inserted; an unknown one is left as written and pointed out."""

    name = models.CharField(max_length=120)
    text = models.TextField()
    team = models.ForeignKey(
        "tickets.Team",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="macros",
        help_text="Leave empty to share the macro with every team.",
    )
    is_active = models.BooleanField(default=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name", "id"]
        constraints = [
            # A team's macros have distinct names (shared ones too on PostgreSQL 15+ with
            # nulls_distinct; not used, SQLite lacks it: two shared macros may share a name).
            models.UniqueConstraint(fields=["team", "name"], name="macro_team_name_unique")
        ]

    def __str__(self) -> str:
        return self.name


class PipelineRun(models.Model):
    ticket = models.ForeignKey(
        "tickets.Ticket", on_delete=models.CASCADE, related_name="runs", db_index=False
    )  # run_ticket_idx leads with it
    message = models.ForeignKey("tickets.Message", on_delete=models.CASCADE, related_name="runs")
    trigger = models.CharField(max_length=16, default="inbound", help_text="inbound, regenerate")
    instruction = models.TextField(blank=True, help_text="Agent's instruction for a regenerate.")
    status = models.CharField(max_length=8, choices=RunStatus.choices, default=RunStatus.PENDING)
    stage = models.CharField(max_length=8, choices=Stage.choices, default=Stage.CLASSIFY)
    error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    dispatched_at = models.DateTimeField(
        null=True,
        blank=True,
        help_text="When the first stage was handed to the workers.",
    )
    versions = models.JSONField(default=dict, blank=True)
    provider = models.CharField(max_length=32, blank=True)
    model_name = models.CharField(max_length=120, blank=True)
    snapshot = models.ForeignKey(
        "audit.ConfigSnapshot",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="runs",
        help_text="The configuration (versions in force) when the run started.",
        db_index=False,  # run_snapshot_idx (partial: empty until a worker starts the run)
    )

    # Normalized representation (queryable).
    request_class = models.ForeignKey(
        "tickets.RequestClass",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        db_index=False,  # run_class_idx (partial: empty until classified)
    )
    predicted_label = models.CharField(max_length=120, blank=True)
    risk = models.CharField(max_length=8, blank=True)
    urgency = models.CharField(max_length=8, blank=True)
    product_area = models.CharField(max_length=40, blank=True)
    frustration = models.FloatField(null=True, blank=True)
    churn_risk = models.FloatField(null=True, blank=True)
    language = models.CharField(max_length=8, blank=True)
    confidence = models.FloatField(null=True, blank=True)
    needs_triage = models.BooleanField(default=False)
    injection_score = models.FloatField(
        null=True,
        blank=True,
        help_text="The learned injection detector's probability (its threshold decides the "
        "signal; under half of it, the message is quiet for routing).",
    )
    unfamiliar = models.BooleanField(
        default=False,
        help_text="The class model has kept no training message like this one (its familiarity "
        "is under the model's bar): its class is a guess about text it has never seen.",
    )
    signal_legal_request = models.BooleanField(default=False)
    signal_security_issue = models.BooleanField(default=False)
    signal_refund_exception = models.BooleanField(default=False)
    signal_data_deletion = models.BooleanField(default=False)
    signal_account_inconsistency = models.BooleanField(default=False)
    signal_prompt_injection = models.BooleanField(default=False)
    # A request to point the account's e-mail, phone or payout details elsewhere: never sent
    # without a human, whoever asks.
    signal_account_change = models.BooleanField(default=False)
    signal_evidence = models.JSONField(
        default=dict, blank=True, help_text="Which readable pattern matched which text."
    )
    auto_send_confident = models.BooleanField(
        default=False,
        help_text="The class model's own auto-send threshold was cleared for a low-risk label.",
    )
    risk_scores = models.JSONField(
        default=dict, blank=True, help_text="Risk layer: score per high-risk kind (0 to 1)."
    )
    risk_kinds = models.JSONField(
        default=list, blank=True, help_text="Risk layer: the kinds at or above the threshold."
    )
    risk_evidence = models.JSONField(
        default=dict,
        blank=True,
        help_text="Risk layer: per kind over the threshold, matched patterns and nearest examples.",
    )

    context = models.JSONField(default=dict, blank=True)
    retrieval = models.JSONField(default=dict, blank=True)
    facts = models.JSONField(default=dict, blank=True, help_text="Facts handed to routing.")
    decision = models.JSONField(default=dict, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["message"],
                condition=Q(trigger="inbound"),
                name="one_inbound_run_per_message",
            )
        ]
        indexes = [
            models.Index(fields=["status", "updated_at"], name="run_sweeper_idx"),
            models.Index(fields=["ticket", "-id"], name="run_ticket_idx"),
            models.Index(
                fields=["snapshot"], condition=Q(snapshot__isnull=False), name="run_snapshot_idx"
            ),
            models.Index(
                fields=["request_class"],
                condition=Q(request_class__isnull=False),
                name="run_class_idx",
            ),
        ]

    def __str__(self) -> str:
        return f"run {self.pk} ({self.stage}, {self.status})"

    SIGNAL_FIELDS = (
        "signal_legal_request",
        "signal_security_issue",
        "signal_refund_exception",
        "signal_data_deletion",
        "signal_account_inconsistency",
        "signal_prompt_injection",
        "signal_account_change",
    )


class StageRecord(models.Model):
    class Outcome(models.TextChoices):
        STARTED = "started", "Started"
        OK = "ok", "OK"
        RETRY = "retry", "Failed, will retry"
        FAILED = "failed", "Failed"
        SKIPPED = "skipped", "Skipped (already done)"

    run = models.ForeignKey(PipelineRun, on_delete=models.CASCADE, related_name="stages")
    stage = models.CharField(max_length=8, choices=Stage.choices)
    attempt = models.PositiveSmallIntegerField(default=1)
    outcome = models.CharField(max_length=8, choices=Outcome.choices, default=Outcome.STARTED)
    started_at = models.DateTimeField()
    finished_at = models.DateTimeField(null=True, blank=True)
    duration_ms = models.FloatField(null=True, blank=True)
    inputs = models.JSONField(default=dict, blank=True)
    outputs = models.JSONField(default=dict, blank=True)
    error = models.TextField(blank=True)

    class Meta:
        ordering = ["id"]

    def __str__(self) -> str:
        return f"{self.stage} attempt {self.attempt}: {self.outcome}"


class Draft(models.Model):
    ticket = models.ForeignKey("tickets.Ticket", on_delete=models.CASCADE, related_name="drafts")
    message = models.ForeignKey(
        "tickets.Message",
        on_delete=models.CASCADE,
        related_name="drafts",
        help_text="The inbound message this draft answers.",
    )
    run = models.ForeignKey(PipelineRun, on_delete=models.CASCADE, related_name="drafts")
    text = models.TextField()
    basis = models.JSONField(default=list, help_text="Facts and policies used, for the agent.")
    citations = models.JSONField(default=list)
    removed_citations = models.JSONField(
        default=list, help_text="Citations the model made to fragments not in its context."
    )
    no_answer = models.CharField(
        max_length=600,
        blank=True,
        help_text="Why no confident answer was found (no close sent reply, no passage close "
        "enough to quote), shown to the agent above the draft; empty when the draft stands on one.",
    )
    provider = models.CharField(max_length=32)
    model_name = models.CharField(max_length=120, blank=True)
    prompt_version = models.CharField(max_length=40, blank=True)
    prompt_tokens = models.PositiveIntegerField(default=0)
    completion_tokens = models.PositiveIntegerField(default=0)
    cached_tokens = models.PositiveIntegerField(default=0)
    cost = models.DecimalField(max_digits=10, decimal_places=6, default=0)
    latency_ms = models.FloatField(default=0)
    is_current = models.BooleanField(default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["message"],
                condition=Q(is_current=True),
                name="one_current_draft_per_message",
            )
        ]
        indexes = [models.Index(fields=["ticket", "-id"], name="draft_ticket_idx")]

    def __str__(self) -> str:
        return f"draft {self.pk} for ticket {self.ticket_id}"

    @property
    def is_offline(self) -> bool:
        return self.provider == "offline"


class ReviewAction(models.TextChoices):
    APPROVE = "approve", "Approved and sent unchanged"
    EDIT_SEND = "edit_send", "Edited, then sent"
    REJECT = "reject", "Rejected"
    ESCALATE = "escalate", "Escalated to a team"
    REGENERATE = "regenerate", "Asked for a new draft"
    RECLASSIFY = "reclassify", "Changed the request class"
    CORRECTION = "correction", "Sent a correction to a reply already sent"
    RESOLVE = "resolve", "Resolved"
    REOPEN = "reopen", "Reopened"
    AUTO_SEND = "auto_send", "Sent automatically (auto-send policy)"
    STOP_AUTO_SEND = "stop_auto", "Stopped an auto-send in its hold window"
    WRITE = "write", "Written by the agent without a draft, then sent"


# The decisions on a draft that count as "reviewed" for acceptance and the auto-send evidence.
REVIEWED_ACTIONS = (ReviewAction.APPROVE, ReviewAction.EDIT_SEND, ReviewAction.REJECT)


class Review(models.Model):
    """One decision an agent (or the auto-send policy) took on a ticket: the data the whole
    system learns from and the metrics are computed from."""

    ticket = models.ForeignKey("tickets.Ticket", on_delete=models.CASCADE, related_name="reviews")
    draft = models.ForeignKey(
        Draft, null=True, blank=True, on_delete=models.SET_NULL, related_name="reviews"
    )
    agent = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="reviews",
    )
    action = models.CharField(max_length=12, choices=ReviewAction.choices)
    final_text = models.TextField(blank=True, help_text="The text sent, when something was sent.")
    edit_distance = models.FloatField(
        null=True,
        blank=True,
        help_text="Normalized Levenshtein distance draft -> sent text (0 unchanged, 1 rewritten).",
    )
    accepted_unchanged = models.BooleanField(
        null=True, blank=True, help_text="Sent unchanged after whitespace normalization."
    )
    reason = models.TextField(blank=True)
    team = models.ForeignKey("tickets.Team", null=True, blank=True, on_delete=models.SET_NULL)
    request_class = models.ForeignKey(
        "tickets.RequestClass",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The ticket's class at the decision (for reclassify: the class chosen).",
    )
    snapshot = models.ForeignKey(
        "audit.ConfigSnapshot",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The configuration that produced the reviewed draft.",
    )
    opened_at = models.DateTimeField(null=True, blank=True)
    decided_at = models.DateTimeField()
    review_seconds = models.FloatField(null=True, blank=True)

    class Meta:
        indexes = [
            models.Index(fields=["ticket", "-id"], name="review_ticket_idx"),
            models.Index(fields=["action", "decided_at"], name="review_action_time_idx"),
            # The auto-send evidence: a class's latest reviewed drafts.
            models.Index(
                fields=["request_class", "-id"],
                condition=Q(action__in=["approve", "edit_send", "reject"]),
                name="review_class_evidence_idx",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_action_display()} on ticket {self.ticket_id}"


class SendStatus(models.TextChoices):
    HELD = "held", "Held (auto-send window; an agent can stop it)"
    QUEUED = "queued", "Queued"
    SENT = "sent", "Sent"
    FAILED = "failed", "Failed (retrying)"
    GAVE_UP = "gave_up", "Failed for good"
    CANCELLED = "cancelled", "Stopped before sending"


class OutboundReply(models.Model):
    """A reply to send, exactly once: the send task claims it by its idempotency key."""

    ticket = models.ForeignKey("tickets.Ticket", on_delete=models.CASCADE, related_name="outbound")
    review = models.OneToOneField(Review, on_delete=models.CASCADE, related_name="outbound")
    draft = models.ForeignKey(
        Draft,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="outbound",
        help_text="The draft this reply sends (none for a correction).",
    )
    message = models.OneToOneField(
        "tickets.Message",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The outbound message on the thread, once sent.",
    )
    idempotency_key = models.CharField(max_length=64, unique=True)
    to_address = models.CharField(max_length=320)
    subject = models.CharField(max_length=500)
    text = models.TextField()
    is_correction = models.BooleanField(default=False)
    corrects = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="corrections"
    )
    auto_sent = models.BooleanField(default=False)
    hold_until = models.DateTimeField(null=True, blank=True)
    status = models.CharField(max_length=10, choices=SendStatus.choices, default=SendStatus.QUEUED)
    attempts = models.PositiveSmallIntegerField(default=0)
    last_error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            # Two agents approving the same draft at once: the second insert fails here, whatever
            # the locks did. A stopped (cancelled) auto-send frees the draft for an agent.
            models.UniqueConstraint(
                fields=["draft"],
                condition=Q(is_correction=False) & ~Q(status="cancelled"),
                name="one_live_send_per_draft",
            )
        ]
        indexes = [
            models.Index(fields=["status", "created_at"], name="outbound_status_idx"),
            models.Index(fields=["ticket", "-id"], name="outbound_ticket_idx"),
        ]

    def __str__(self) -> str:
        return f"reply {self.idempotency_key[:8]} ({self.status})"


class ReplyMemory(models.Model):
    """A reply the team actually sent (approved or edited by a person, never auto-sent, never a
    rejected draft), kept with the question it answered, so that a new ticket asking the same
    thing starts from it (drafts/memory.py). Imported past replies (import_sent_replies) have
    no OutboundReply and carry their source key instead."""

    ticket = models.ForeignKey(
        "tickets.Ticket", on_delete=models.CASCADE, related_name="reply_memories"
    )
    outbound = models.OneToOneField(
        "OutboundReply", null=True, blank=True, on_delete=models.CASCADE, related_name="memory"
    )
    source_key = models.CharField(
        max_length=120, null=True, blank=True, unique=True, help_text="Imported: where from."
    )
    language = models.CharField(max_length=8)
    request_class = models.ForeignKey(
        "tickets.RequestClass", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    customer_name = models.CharField(max_length=200, blank=True)
    question = models.TextField(help_text="Subject and message the reply answered.")
    reply = models.TextField()
    # The question's sentence embedding (drafts/risk/encoder), float16, 512 values.
    embedding = models.BinaryField()
    # The reply's, likewise (drafts/memory.memory_likeness: does the reply answer a new
    # question); empty for a memory made before it was kept (computed when read).
    reply_embedding = models.BinaryField(default=b"", blank=True)
    # English: the question's then the reply's embedding by the question/answer encoder
    # (drafts/knowledge/qa_encoder), float16, 2 x 384 values; empty for other languages or when
    # the encoder is not installed.
    qa_embedding = models.BinaryField(default=b"", blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        indexes = [models.Index(fields=["language", "-id"], name="reply_memory_language_idx")]
        verbose_name_plural = "reply memories"

    def __str__(self) -> str:
        return f"Reply memory {self.pk} ({self.language}, ticket {self.ticket_id})"


class TextVector(models.Model):
    """An embedding the live pipeline computed for a message's text (drafts.stages
    chunk_vectors_keep), kept so a replay reads it instead of embedding the same text again
    (the encoders do not depend on the configuration a replay tries). Keyed by the encoder and
    the SHA-256 of the text as that encoder reads it (never the text itself): a text the
    replay would embed differently (another subject, another encoder) finds nothing and is
    embedded. Deleted with the message, and by the customer's erasure."""

    message = models.ForeignKey("tickets.Message", on_delete=models.CASCADE, related_name="+")
    encoder = models.CharField(max_length=100)
    digest = models.BinaryField(max_length=32)
    # float32, little-endian (DIMENSIONS of the encoder's values).
    vector = models.BinaryField()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["message", "encoder", "digest"], name="text_vector_unique"
            )
        ]

    def __str__(self) -> str:
        return f"Text vector of message {self.message_id} ({self.encoder})"


class ReplayExperiment(models.Model):
    """One replay (drafts/replay.py): the most recent finished runs through the pipeline as
    configured when it ran, beside what was decided at the time. Holds the summary and the
    per-ticket rows as they were computed; it never changes a ticket."""

    class Status(models.TextChoices):
        QUEUED = "queued", "Queued"
        RUNNING = "running", "Running"
        DONE = "done", "Done"
        FAILED = "failed", "Failed"

    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    last = models.PositiveIntegerField(help_text="How many of the most recent runs were asked for.")
    # What was replayed against the live configuration (drafts.replay.candidate_validate):
    # a challenger classifier, an earlier rule-set version or an unsaved rule edit, policy
    # edits, risk thresholds, prompt versions; {} replays the live configuration.
    candidate = models.JSONField(default=dict, blank=True)
    # Which tickets: {"class": slug, "since": date, "until": date, "only": "corrected" |
    # "escalated"} (drafts.replay.selection_validate); {} is every ticket. Then the last `last`.
    selection = models.JSONField(default=dict, blank=True)
    # The configuration in force when it ran, and the same with the candidate in place
    # (identical configurations share a snapshot row): what the snapshot compare shows.
    baseline_snapshot = models.ForeignKey(
        "audit.ConfigSnapshot", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    candidate_snapshot = models.ForeignKey(
        "audit.ConfigSnapshot", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    cost_cap = models.FloatField(
        null=True,
        blank=True,
        help_text="Stop once the model calls cost this much (OPENAI_PRICE_* currency); empty: "
        "no cap.",
    )
    status = models.CharField(max_length=8, choices=Status.choices, default=Status.DONE)
    total = models.PositiveIntegerField(default=0)
    done = models.PositiveIntegerField(default=0)
    error = models.TextField(blank=True)
    updated_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    summary = models.JSONField(default=dict)
    rows = models.JSONField(default=list)
    # Set when a lead published the candidate from this experiment (drafts.replay_promoted).
    promoted_at = models.DateTimeField(null=True, blank=True)
    promoted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    promote_override = models.TextField(
        blank=True, help_text="The reason given to publish despite the high-risk alarm."
    )

    def __str__(self) -> str:
        return f"Replay {self.pk}"

    @property
    def in_progress(self) -> bool:
        return self.status in (self.Status.QUEUED, self.Status.RUNNING)

    @property
    def percent(self) -> int:
        return int(100 * self.done / self.total) if self.total else 0

    @property
    def alarm(self) -> list[str]:
        """The high-risk tickets that would lose their human or become auto-sendable."""
        return [
            *self.summary.get("high_risk_losing_human", []),
            *self.summary.get("high_risk_becoming_auto_sendable", []),
        ]
