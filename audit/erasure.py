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

Who does what: this module orchestrates, in one transaction; each app erases its own rows through
its own service (`tickets.services.customer_data_scope_lock`, `customer_data_erase` and
`customer_identity_erase`, `drafts.services.customer_data_erase`,
`routing.services.customer_data_erase`, `drafts.classifier.services.customer_data_erase`) with
the shared rules of `audit.redaction`. This module erases only audit's own rows (event payloads),
the sent-mail copies, and records the event.

Also erased: the replies sent to them (address, subject, text) and the file e-mail backend's
copies of those messages under EMAIL_FILE_PATH (var/sent-mail). Not reached: copies outside
this machine (mail already delivered, backups) and the classifier's trained vocabulary if
their text was trained on (the summary says when to retrain).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.db.models import Q, TextField
from django.db.models.functions import Cast
from django.utils import timezone

from drafts import services as drafts_services
from drafts.classifier import services as classifier_services
from routing import services as routing_services
from tickets import services as tickets_services
from tickets.selectors import raw_inbound_unlinked_naming

from . import chain
from .models import Event
from .redaction import json_redact
from .services import event_record


def _needles(email: str, scope: tickets_services.CustomerDataScope) -> list[str]:
    found = {email.casefold()}
    if scope.customer_id is not None:
        found.add(scope.email.casefold())
        if scope.name:
            found.add(scope.name.casefold())
            found.update(t for t in scope.name.casefold().split() if len(t) >= 3)
        if scope.external_id:
            found.add(scope.external_id.casefold())
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

    def add_all(self, counts: dict[str, int]) -> None:
        for name, count in counts.items():
            self.add(name, count)


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
        scope = tickets_services.customer_data_scope_lock(email=email)
        needles = _needles(email, scope)
        ticket_ids, message_ids = scope.ticket_ids, scope.message_ids
        summary.customer_id = scope.customer_id
        raw_ids = scope.raw_ids | raw_inbound_unlinked_naming(needles=needles)

        # Each app erases its own rows: messages, attachments, raw inputs, tickets, admin log
        # entries; the replies sent, drafts and the pipeline's copies; routing's copies.
        summary.add_all(
            tickets_services.customer_data_erase(scope=scope, raw_ids=raw_ids, needles=needles)
        )
        summary.add_all(drafts_services.customer_data_erase(ticket_ids=ticket_ids, needles=needles))
        summary.add_all(
            routing_services.customer_data_erase(ticket_ids=ticket_ids, needles=needles)
        )
        deleted = classifier_services.customer_data_erase(email=email, ticket_ids=ticket_ids)
        summary.add("labeled examples", deleted)
        if deleted:
            summary.notes.append(
                "Labeled examples were deleted; retrain the classifier "
                "(manage.py train_classifier) so its vocabulary no longer holds their words."
            )

        _sent_mail_erase(summary, needles, scope.name)

        # Event payloads.
        customer = scope.customer_id is not None
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
                | (Q(text__icontains=scope.name) if customer and scope.name else Q(pk=None))
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

        if customer:
            tickets_services.customer_identity_erase(customer_id=scope.customer_id)
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


def _sent_mail_erase(summary: ErasureSummary, needles: list[str], name: str) -> None:
    """The file e-mail backend keeps a copy of every message it "sent" under EMAIL_FILE_PATH
    (var/sent-mail by default): the copies addressed to the customer or naming them go."""
    folder = getattr(settings, "EMAIL_FILE_PATH", None)
    if not folder or not Path(folder).is_dir():
        return
    marks = [n.encode() for n in needles if "@" in n]
    if name:
        marks.append(name.casefold().encode())
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
