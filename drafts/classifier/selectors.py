"""Reads for the classifier: the active version, training data, label maps and risks."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import F, OuterRef, Subquery

from drafts.batching import read_once
from tickets.models import Message, MessageDirection, RequestClass, Risk, Ticket

from .models import ClassifierVersion, ExampleSource, LabeledExample, LabelMapping
from .training import example_text


def active_version_id_get() -> int | None:
    """One indexed query; called on every prediction so every process follows a rollback
    (once per chunk inside drafts.batching.batch_scope)."""
    return read_once(
        "classifier.active_id",
        lambda: (
            ClassifierVersion.objects.filter(is_active=True)
            .order_by()
            .values_list("id", flat=True)
            .first()
        ),
    )


def version_get(*, version_id: int | None = None) -> ClassifierVersion:
    """The given version, or the active one. Raises ClassifierVersion.DoesNotExist."""
    if version_id is None:
        return ClassifierVersion.objects.get(is_active=True)
    return ClassifierVersion.objects.get(pk=version_id)


@dataclass
class AgentCorrection:
    ticket_id: int
    subject: str
    text: str
    label: str
    corrected_at: object


def agent_corrections_list() -> list[AgentCorrection]:
    """Tickets whose request class an agent set: subject + first inbound message body, labeled
    with the class slug. Tickets with no inbound text are left out (nothing to learn from)."""
    # The customer's own subject line, from the first message: the ticket's subject may be a
    # placeholder ("(no subject)") or edited later.
    first_inbound = Message.objects.filter(
        ticket=OuterRef("pk"), direction=MessageDirection.INBOUND
    ).order_by("created_at", "id")
    rows = (
        Ticket.objects.filter(class_source="agent", request_class__isnull=False)
        .annotate(
            first_subject=Subquery(first_inbound.values("subject")[:1]),
            first_body=Subquery(first_inbound.values("body_text")[:1]),
        )
        .order_by("class_corrected_at", "id")
        .values_list(
            "pk", "first_subject", "first_body", "request_class__slug", "class_corrected_at"
        )
    )
    result = []
    for ticket_id, subject, body, label, corrected_at in rows.iterator(chunk_size=500):
        subject, body = subject or "", body or ""
        if not body.strip() and not subject.strip():
            continue
        result.append(
            AgentCorrection(
                ticket_id=ticket_id,
                subject=subject,
                text=body,
                label=label,
                corrected_at=corrected_at,
            )
        )
    return result


@dataclass
class TrainingSet:
    texts: list[str]
    labels: list[str]
    imported: int
    agent: int
    overridden: int


def training_set_get() -> TrainingSet:
    """All labeled examples, where an agent correction replaces every imported label for the
    same text, and the latest correction of a text wins over earlier ones."""
    agent_rows = list(
        LabeledExample.objects.filter(source=ExampleSource.AGENT)
        .order_by(F("ticket__class_corrected_at").desc(nulls_last=True), "-id")
        .values_list("content_hash", "subject", "text", "label")
    )
    latest_by_hash: dict[str, tuple[str, str, str]] = {}
    for content_hash, subject, text, label in agent_rows:
        latest_by_hash.setdefault(content_hash, (subject, text, label))
    texts: list[str] = []
    labels: list[str] = []
    imported = overridden = 0
    rows = (
        LabeledExample.objects.filter(source=ExampleSource.IMPORT)
        .order_by("id")
        .values_list("content_hash", "subject", "text", "label")
    )
    for content_hash, subject, text, label in rows.iterator(chunk_size=2000):
        if content_hash in latest_by_hash:
            overridden += 1
            continue
        texts.append(example_text(subject=subject, text=text))
        labels.append(label)
        imported += 1
    for subject, text, label in latest_by_hash.values():
        texts.append(example_text(subject=subject, text=text))
        labels.append(label)
    return TrainingSet(
        texts=texts,
        labels=labels,
        imported=imported,
        agent=len(latest_by_hash),
        overridden=overridden,
    )


def label_map_current() -> dict[str, str]:
    """The stored label map: label -> request class slug."""
    return dict(LabelMapping.objects.values_list("label", "request_class__slug"))


def label_map_resolve(
    *, labels: list[str] | set[str], mapping: dict[str, str | None]
) -> dict[str, str | None]:
    """Each label's request class slug: from the mapping, else the label itself when it is a
    request class slug (agent corrections are labeled with slugs), else None (unmapped)."""
    slugs = set(RequestClass.objects.values_list("slug", flat=True))
    resolved: dict[str, str | None] = {}
    for label in sorted(labels):
        if label in mapping:
            slug = mapping[label]
            resolved[label] = slug if slug in slugs else None
        else:
            resolved[label] = label if label in slugs else None
    return resolved


def label_risks_get(*, label_map: dict[str, str | None]) -> dict[str, str | None]:
    """Each label's risk through its request class; None for unmapped labels."""
    risk_by_slug = dict(RequestClass.objects.values_list("slug", "risk"))
    return {label: (risk_by_slug.get(slug) if slug else None) for label, slug in label_map.items()}


def risky_labels_get(*, label_map: dict[str, str | None]) -> set[str]:
    """Labels that must never be auto-sent: high-risk classes and unmapped labels."""
    return {
        label for label, risk in label_risks_get(label_map=label_map).items() if risk != Risk.LOW
    }


def classifier_version_active_summary() -> dict | None:
    """The active classifier as {"id", "artifact_sha256", "algorithm", "threshold"}, or None.
    One query."""
    return (
        ClassifierVersion.objects.filter(is_active=True)
        .values("id", "artifact_sha256", "algorithm", "threshold")
        .first()
    )
