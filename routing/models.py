"""Escalation rules (edited by team leads), their immutable versions, the decisions made with
them, and the per-class auto-send policy."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models

from tickets.models import Priority

from .facts import FACTS, OPERATORS, condition_text


class Match(models.TextChoices):
    ALL = "all", "ALL conditions (and)"
    ANY = "any", "ANY condition (or)"


class Rule(models.Model):
    """The editable, live form of a rule. Evaluation never reads these rows: it reads the
    latest RuleSetVersion snapshot, which every admin save path creates."""

    name = models.CharField(max_length=200, unique=True)
    enabled = models.BooleanField(default=True)
    order = models.PositiveIntegerField(
        default=100, help_text="Rules run from the lowest number up."
    )
    match = models.CharField(
        max_length=3, choices=Match.choices, default=Match.ALL, verbose_name="fire when"
    )
    team = models.ForeignKey(
        "tickets.Team",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        verbose_name="route to team",
    )
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name="route to person",
    )
    priority = models.PositiveSmallIntegerField(
        choices=Priority.choices, null=True, blank=True, help_text="Empty: leave as it is."
    )
    needs_human = models.BooleanField(
        default=True,
        verbose_name="escalate to a human",
        help_text="The ticket goes to the human queue (status Escalated).",
    )
    block_auto_send = models.BooleanField(default=True)
    reason = models.CharField(
        max_length=500,
        verbose_name="reason shown to the agent",
        help_text="One sentence the agent reads on the ticket, e.g. 'Legal request: Legal must "
        "approve any reply.'",
    )
    stop = models.BooleanField(default=False, verbose_name="stop further rules")
    description = models.TextField(
        blank=True, help_text="Notes for other leads (not shown to agents)."
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["order", "id"]
        verbose_name = "escalation rule"

    def __str__(self) -> str:
        return self.name


class Condition(models.Model):
    rule = models.ForeignKey(Rule, on_delete=models.CASCADE, related_name="conditions")
    position = models.PositiveSmallIntegerField(default=0)
    fact = models.CharField(max_length=64, choices=[(f.name, f.label) for f in FACTS.values()])
    operator = models.CharField(
        max_length=16, choices=[(o.key, o.label) for o in OPERATORS.values()]
    )
    value = models.CharField(
        max_length=1000, blank=True, help_text="Several values: separate them with commas."
    )

    class Meta:
        ordering = ["position", "id"]

    def __str__(self) -> str:
        return condition_text(self.fact, self.operator, self.value)


class RuleSetVersion(models.Model):
    """An immutable snapshot of every rule, made by services.ruleset_version_create on each
    change. Decisions point at the version they used."""

    number = models.PositiveIntegerField(unique=True)
    snapshot = models.JSONField()
    content_hash = models.CharField(max_length=64)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    author_label = models.CharField(max_length=150)
    summary = models.CharField(max_length=500, blank=True)
    created_at = models.DateTimeField()

    class Meta:
        ordering = ["-number"]
        verbose_name = "rule-set version"

    def __str__(self) -> str:
        return f"v{self.number}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise ValidationError("Rule-set versions are immutable; create a new one instead.")
        super().save(*args, **kwargs)

    @property
    def rule_count(self) -> int:
        return len(self.snapshot.get("rules", []))


class RoutingDecision(models.Model):
    """One evaluation of the rules for one pipeline run: the facts as recorded, the version
    used, the explanation, and the action. The pipeline applies it (ticket_route_apply)."""

    ticket = models.ForeignKey(
        "tickets.Ticket", on_delete=models.CASCADE, related_name="routing_decisions"
    )
    run_ref = models.CharField(max_length=100, blank=True)
    created_at = models.DateTimeField()
    ruleset_version = models.ForeignKey(RuleSetVersion, on_delete=models.PROTECT, related_name="+")
    facts = models.JSONField()
    explanation = models.JSONField(help_text="Rules fired with the facts compared, and the trace.")
    fired_rules = models.JSONField(default=list, help_text="Names of the rules that fired.")
    team = models.ForeignKey("tickets.Team", null=True, blank=True, on_delete=models.SET_NULL)
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    priority = models.PositiveSmallIntegerField(choices=Priority.choices, null=True, blank=True)
    needs_human = models.BooleanField()
    block_auto_send = models.BooleanField()
    reasons = models.JSONField(default=list, help_text="Shown to the agent on the ticket.")
    auto_send_allowed = models.BooleanField(default=False)
    auto_send_reason = models.CharField(max_length=500)
    auto_send_hold_minutes = models.PositiveIntegerField(null=True, blank=True)
    applied_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = [
            models.Index(fields=["ticket", "-id"], name="routingdecision_ticket_idx"),
        ]

    def __str__(self) -> str:
        return f"decision #{self.pk} on ticket {self.ticket_id}"


class AutoSendPolicy(models.Model):
    """Whether replies of one request class may go out without review, and the evidence that
    must hold. Off by default; suspends itself when the evidence slips."""

    request_class = models.OneToOneField(
        "tickets.RequestClass", on_delete=models.CASCADE, related_name="autosend_policy"
    )
    enabled = models.BooleanField(default=False)
    min_confidence = models.FloatField(
        default=0.9, help_text="Classifier confidence needed, 0 to 1."
    )
    evidence_window = models.PositiveIntegerField(
        default=50, help_text="How many of the class's latest reviewed drafts the evidence covers."
    )
    min_acceptance = models.FloatField(
        default=0.90, help_text="Share of those drafts sent unchanged, at least (0 to 1)."
    )
    max_correction_rate = models.FloatField(
        default=0.02, help_text="Share of sent replies followed by a correction, at most (0 to 1)."
    )
    hold_minutes = models.PositiveIntegerField(
        default=10, help_text="An auto-sent reply waits this long; an agent can stop it meanwhile."
    )
    # Evidence, fed by the review code through services.autosend_evidence_update.
    reviewed = models.PositiveIntegerField(default=0, editable=False)
    accepted = models.PositiveIntegerField(default=0, editable=False)
    corrections = models.PositiveIntegerField(default=0, editable=False)
    evidence_updated_at = models.DateTimeField(null=True, blank=True, editable=False)
    suspended = models.BooleanField(default=False, editable=False)
    suspended_at = models.DateTimeField(null=True, blank=True, editable=False)
    suspended_reason = models.CharField(max_length=500, blank=True, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "auto-send policy"
        verbose_name_plural = "auto-send policies"

    def __str__(self) -> str:
        return f"Auto-send for {self.request_class}"
