"""Erasing one customer's personal data, everywhere, without breaking the event chain.

What goes: the customer's identity (email, name, external id, usage), every message on their
tickets (text, HTML, addresses, names, headers, attachments), the raw inputs those came from (and
any unlinked raw input that names their address), ticket subjects, drafts, the pipeline's copies
(run context, retrieval query, facts, signal evidence, stage inputs and outputs), routing facts and
explanations, labeled examples taken from them, admin log entries naming them, and the payloads
of events about them. What stays: ids, times, statuses, classes, scores, versions, the policy
fragments retrieved, numbers: enough for metrics and for the trail to say what happened.

JSON is redacted structure-preservingly (`json_redact`): numbers, booleans and nulls stay;
a string stays only when it is a short token (a slug, a status, a timestamp) that contains none
of the customer's identifiers; everything else becomes "[erased]".

Events are append-only, so their erasure is the one sanctioned change: the payload becomes a
marker `{"redacted": true, "kept": <redacted payload>}` and `erased_at` is set; the trigger on
PostgreSQL allows exactly that and nothing else. The chain hashes the payload's *digest*, which
stays, so `audit_verify` still verifies every hash; it also checks that every erased payload is
named by an `audit.customer_erased` event. Chosen over a separate payload table with deletable
rows: one row per event, no join on the timeline, and the sanctioned change is narrower (once,
to a marker, with every other column fixed) than a DELETE would be.

Also erased: the replies sent to them (address, subject, text) and the file e-mail backend's
copies of those messages under EMAIL_FILE_PATH (var/sent-mail). Not reached: copies outside
this machine (mail already delivered, backups) and the classifier's trained vocabulary if
their text was trained on (the summary says when to retrain).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.apps import apps
from django.conf import settings
from django.contrib.admin.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.db import models, transaction
from django.db.models import Q, TextField
from django.db.models.functions import Cast
from django.utils import timezone

from drafts.models import Draft, OutboundReply, PipelineRun, StageRecord
from routing.models import RoutingDecision
from tickets.models import Attachment, Customer, Message, RawInbound, Ticket

from . import chain
from .models import Event
from .services import event_record

REDACTED = "[erased]"
_TOKEN_RE = re.compile(r"^[A-Za-z0-9_.:+\-]{0,64}$")
RAW_SCAN_CHUNK = 500


def json_redact(value: Any, needles: list[str]) -> Any:
    if isinstance(value, dict):
        return {str(k): json_redact(v, needles) for k, v in value.items()}
    if isinstance(value, list):
        return [json_redact(v, needles) for v in value]
    if isinstance(value, str):
        if _TOKEN_RE.match(value) and not _contains(value, needles):
            return value
        return REDACTED
    return value  # numbers, booleans, null


def _contains(text: str, needles: list[str]) -> bool:
    folded = text.casefold()
    return any(n in folded for n in needles)


def _needles(email: str, customer) -> list[str]:
    found = {email.casefold()}
    if customer is not None:
        found.add(customer.email.casefold())
        if customer.name:
            found.add(customer.name.casefold())
            found.update(t for t in customer.name.casefold().split() if len(t) >= 3)
        if customer.external_id:
            found.add(customer.external_id.casefold())
    local = email.split("@")[0].casefold()
    if len(local) >= 3:
        found.add(local)
    return sorted(found)


@dataclass
class ErasureSummary:
    email: str
    customer_id: int | None = None
    counts: dict[str, int] = field(default_factory=dict)
    event_ids: list[int] = field(default_factory=list)
    erasure_event_id: int | None = None
    notes: list[str] = field(default_factory=list)

    def add(self, name: str, count: int) -> None:
        self.counts[name] = self.counts.get(name, 0) + count


def _redact_rows(
    queryset, summary: ErasureSummary, label: str, needles, *, text=(), json=(), chars=()
):
    """Per row: listed text fields become "[erased]" (when not empty), JSON fields are
    redacted, listed short (char) fields become "[erased]" when they name the customer. Row
    by row because JSON needs Python; erasure is rare and per customer."""
    count = 0
    for row in queryset.only("pk", *text, *json, *chars).iterator(chunk_size=500):
        changes = {name: REDACTED for name in text if getattr(row, name)}
        for name in chars:
            value = getattr(row, name)
            if value and _contains(value, needles):
                changes[name] = REDACTED[: row._meta.get_field(name).max_length or None]
        for name in json:
            changes[name] = json_redact(getattr(row, name), needles)
        if changes:
            queryset.model._default_manager.filter(pk=row.pk).update(**changes)
            count += 1
    summary.add(label, count)


def customer_erase(*, email: str, now=None) -> ErasureSummary:
    """Erase one customer's personal data (see the module docstring) in one transaction, and
    append `audit.customer_erased`. Idempotent: a second run finds nothing left to erase, but
    still records that it was asked. Seals pending events first (an unsealed event could not
    be sealed once erased)."""
    now = now or timezone.now()
    email = email.strip()
    summary = ErasureSummary(email=email)
    chain.events_seal()
    with transaction.atomic():
        customer = Customer.objects.select_for_update().filter(email__iexact=email).first()
        needles = _needles(email, customer)
        ticket_ids = (
            list(Ticket.objects.filter(customer=customer).values_list("pk", flat=True))
            if customer
            else []
        )
        summary.customer_id = customer.pk if customer else None
        messages = Message.objects.filter(ticket_id__in=ticket_ids)
        message_ids = list(messages.values_list("pk", flat=True))
        raw_ids = set(
            RawInbound.objects.filter(ticket_id__in=ticket_ids).values_list("pk", flat=True)
        ) | set(messages.exclude(raw=None).values_list("raw_id", flat=True))
        raw_ids |= _unlinked_raws_naming(needles)

        # Messages, attachments, raw inputs, tickets.
        summary.add(
            "messages",
            messages.update(
                body_text=REDACTED,
                full_text=REDACTED,
                body_html="",
                from_address="",
                from_name="",
                subject=REDACTED,
                message_id="",
                in_reply_to="",
                references="",
                parse_warnings=[],
            ),
        )
        summary.add(
            "attachments", Attachment.objects.filter(message_id__in=message_ids).delete()[0]
        )
        summary.add(
            "raw inputs",
            RawInbound.objects.filter(pk__in=raw_ids).update(
                content=b"", source=REDACTED, error=""
            ),
        )
        summary.add(
            "tickets",
            Ticket.objects.filter(pk__in=ticket_ids).update(subject=REDACTED, flag_reason=""),
        )

        # The replies sent to them: address, subject and text (the sent copies too, below).
        summary.add(
            "outbound replies",
            OutboundReply.objects.filter(ticket_id__in=ticket_ids).update(
                to_address=REDACTED, subject=REDACTED, text=REDACTED
            ),
        )
        _redact_rows(
            OutboundReply.objects.filter(ticket_id__in=ticket_ids).exclude(last_error=""),
            summary,
            "outbound reply errors",
            needles,
            text=("last_error",),
        )

        # The pipeline's and routing's copies.
        drafts = Draft.objects.filter(ticket_id__in=ticket_ids)
        _redact_rows(drafts, summary, "drafts", needles, text=("text",), json=("basis",))
        runs = PipelineRun.objects.filter(ticket_id__in=ticket_ids)
        _redact_rows(
            runs,
            summary,
            "pipeline runs",
            needles,
            text=("instruction",),
            json=("context", "retrieval", "facts", "decision", "signal_evidence"),
        )
        _redact_rows(
            StageRecord.objects.filter(run__ticket_id__in=ticket_ids),
            summary,
            "stage records",
            needles,
            json=("inputs", "outputs"),
        )
        _redact_rows(
            RoutingDecision.objects.filter(ticket_id__in=ticket_ids),
            summary,
            "routing decisions",
            needles,
            json=("facts", "explanation", "reasons"),
        )
        for model, column in ((PipelineRun, "error"), (StageRecord, "error")):
            hits = model.objects.filter(
                **{f"{column}__iregex": "|".join(re.escape(n) for n in needles)}
            )
            summary.add(
                f"{str(model._meta.verbose_name)} errors", hits.update(**{column: REDACTED})
            )

        # Training labels taken from them: deleted (a label without its text is no label).
        labeled = apps.get_model("classifier", "LabeledExample").objects.filter(
            Q(customer_email__iexact=email) | Q(ticket_id__in=ticket_ids)
        )
        deleted = labeled.delete()[0]
        summary.add("labeled examples", deleted)
        if deleted:
            summary.notes.append(
                "Labeled examples were deleted; retrain the classifier "
                "(manage.py train_classifier) so its vocabulary no longer holds their words."
            )

        _admin_log_redact(summary, customer, ticket_ids)
        _sent_mail_erase(summary, needles, customer)
        _related_elsewhere_redact(summary, needles, ticket_ids, message_ids)

        # Event payloads.
        events = (
            Event.objects.filter(erased_at=None)
            .filter(
                Q(ticket_id__in=ticket_ids)
                | Q(payload__raw_id__in=list(raw_ids))
                | Q(payload__message_id__in=message_ids)
                | Q(payload__customer_id=summary.customer_id)
                if customer
                else Q(payload__raw_id__in=list(raw_ids))
            )
            .values_list("pk", "payload")
        )
        events_by_text = (
            Event.objects.filter(erased_at=None)
            .annotate(text=Cast("payload", TextField()))
            .filter(
                Q(text__icontains=email)
                | (Q(text__icontains=customer.name) if customer and customer.name else Q(pk=None))
            )
            .values_list("pk", "payload")
        )
        erase = dict(events) | dict(events_by_text)
        unsealed = set(
            Event.objects.filter(pk__in=list(erase), hash="").values_list("pk", flat=True)
        )
        if unsealed:
            summary.notes.append(
                f"{len(unsealed)} event(s) were written while erasing and not yet sealed; "
                "run erase_customer again to erase them."
            )
        for pk, payload in sorted(erase.items()):
            if pk in unsealed:
                continue
            marker = {
                "redacted": True,
                "erased_at": now.isoformat(),
                "kept": json_redact(payload, needles),
            }
            Event.objects.filter(pk=pk)._update_sanctioned(payload=marker, erased_at=now)
            summary.event_ids.append(pk)
        summary.add("event payloads", len(summary.event_ids))

        if customer is not None:
            customer.email = f"erased-{customer.pk}@erased.invalid"
            customer.name = ""
            customer.external_id = ""
            customer.usage = {}
            customer.features_used = []
            customer.signup_date = None
            customer.last_active_at = None
            customer.save(
                update_fields=[
                    "email",
                    "name",
                    "external_id",
                    "usage",
                    "features_used",
                    "signup_date",
                    "last_active_at",
                ]
            )
            summary.add("customers", 1)

        erasure = event_record(
            name="audit.customer_erased",
            payload={
                "customer_id": summary.customer_id,
                "tickets": ticket_ids,
                "counts": summary.counts,
                "event_ids": summary.event_ids,
            },
        )
        summary.erasure_event_id = erasure.pk
    return summary


def _unlinked_raws_naming(needles: list[str]) -> set[int]:
    """Raw inputs that opened no ticket (ignored auto-replies, rejected API calls) but carry the
    address. The bytes are scanned in Python, in chunks: there are few such rows."""
    found = set()
    encoded = [n.encode() for n in needles if "@" in n]
    if not encoded:
        return found
    for pk, content in (
        RawInbound.objects.filter(ticket=None)
        .values_list("pk", "content")
        .iterator(chunk_size=RAW_SCAN_CHUNK)
    ):
        data = bytes(content).lower()
        if any(n in data for n in encoded):
            found.add(pk)
    return found


def _admin_log_redact(summary, customer, ticket_ids) -> None:
    targets = Q(pk=None)
    if customer is not None:
        targets |= Q(
            content_type=ContentType.objects.get_for_model(Customer), object_id=str(customer.pk)
        )
    if ticket_ids:
        targets |= Q(
            content_type=ContentType.objects.get_for_model(Ticket),
            object_id__in=[str(i) for i in ticket_ids],
        )
    summary.add("admin log entries", LogEntry.objects.filter(targets).update(object_repr=REDACTED))


# Models handled above; any other model pointing at a ticket, message, draft or run (a review,
# say, added later) gets its text and JSON fields redacted by the generic pass below.
_HANDLED = {
    "tickets.message",
    "tickets.attachment",
    "tickets.rawinbound",
    "tickets.idempotencykey",
    "drafts.pipelinerun",
    "drafts.stagerecord",
    "drafts.draft",
    "drafts.outboundreply",
    "routing.routingdecision",
    "classifier.labeledexample",
    "audit.event",
}


def _related_elsewhere_redact(summary, needles, ticket_ids, message_ids) -> None:
    ids = {
        Ticket: ticket_ids,
        Message: message_ids,
        Draft: list(Draft.objects.filter(ticket_id__in=ticket_ids).values_list("pk", flat=True)),
        PipelineRun: list(
            PipelineRun.objects.filter(ticket_id__in=ticket_ids).values_list("pk", flat=True)
        ),
    }
    for target, target_ids in ids.items():
        for relation in target._meta.related_objects:
            model = relation.related_model
            if model._meta.label_lower in _HANDLED or not target_ids:
                continue
            text = [
                f.name
                for f in model._meta.concrete_fields
                if isinstance(f, models.TextField) and not f.primary_key
            ]
            json = [f.name for f in model._meta.concrete_fields if isinstance(f, models.JSONField)]
            chars = [
                f.name
                for f in model._meta.concrete_fields
                if isinstance(f, models.CharField) and not f.choices and not f.primary_key
            ]
            if not (text or json or chars):
                continue
            queryset = model._default_manager.filter(**{f"{relation.field.name}__in": target_ids})
            _redact_rows(
                queryset,
                summary,
                str(model._meta.verbose_name_plural),
                needles,
                text=text,
                json=json,
                chars=chars,
            )


def _sent_mail_erase(summary: ErasureSummary, needles: list[str], customer) -> None:
    """The file e-mail backend keeps a copy of every message it "sent" under EMAIL_FILE_PATH
    (var/sent-mail by default): the copies addressed to the customer or naming them go."""
    folder = getattr(settings, "EMAIL_FILE_PATH", None)
    if not folder or not Path(folder).is_dir():
        return
    marks = [n.encode() for n in needles if "@" in n]
    if customer is not None and customer.name:
        marks.append(customer.name.casefold().encode())
    if not marks:
        return
    removed = 0
    for path in Path(folder).iterdir():
        if not path.is_file():
            continue
        content = path.read_bytes().lower()
        if any(mark in content for mark in marks):
            path.unlink()
            removed += 1
    summary.add("sent mail copies", removed)
