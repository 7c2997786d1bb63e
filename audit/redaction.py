"""Redacting personal data in place: the shared rules every app's erasure service follows
(audit/erasure.py orchestrates; each app erases its own rows through its own service).

Imports no other app: tickets, drafts and routing import it, so it sits at the bottom with the
trail's write side.

JSON is redacted structure-preservingly (`json_redact`): numbers, booleans and nulls stay;
a string stays only when it is a short token (a slug, a status, a timestamp) that contains none
of the customer's identifiers; everything else becomes "[erased]".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from django.db import models
from django.db.models import QuerySet

REDACTED = "[erased]"
_TOKEN_RE = re.compile(r"^[A-Za-z0-9_.:+\-]{0,64}$")


def json_redact(value: Any, needles: list[str]) -> Any:
    if isinstance(value, dict):
        return {str(k): json_redact(v, needles) for k, v in value.items()}
    if isinstance(value, list):
        return [json_redact(v, needles) for v in value]
    if isinstance(value, str):
        if _TOKEN_RE.match(value) and not text_contains(value, needles):
            return value
        return REDACTED
    return value  # numbers, booleans, null


def text_contains(text: str, needles: list[str]) -> bool:
    """Whether `text` names one of the needles (casefolded identifiers)."""
    folded = text.casefold()
    return any(n in folded for n in needles)


def needles_regex(needles: list[str]) -> str:
    """A case-insensitive `__iregex` pattern matching any needle."""
    return "|".join(re.escape(n) for n in needles)


def rows_redact(
    queryset: QuerySet,
    needles: list[str],
    *,
    text: Iterable[str] = (),
    json: Iterable[str] = (),
    chars: Iterable[str] = (),
) -> int:
    """Per row: listed text fields become "[erased]" (when not empty), JSON fields are
    redacted, listed short (char) fields become "[erased]" when they name the customer.
    Returns the number of rows changed. Row by row because JSON needs Python; erasure is rare
    and per customer. Call inside the erasure's transaction."""
    text, json, chars = tuple(text), tuple(json), tuple(chars)
    count = 0
    for row in queryset.only("pk", *text, *json, *chars).iterator(chunk_size=500):
        changes = {name: REDACTED for name in text if getattr(row, name)}
        for name in chars:
            value = getattr(row, name)
            if value and text_contains(value, needles):
                changes[name] = REDACTED[: row._meta.get_field(name).max_length or None]
        for name in json:
            changes[name] = json_redact(getattr(row, name), needles)
        if changes:
            queryset.model._default_manager.filter(pk=row.pk).update(**changes)
            count += 1
    return count


# Models whose rows an app's erasure service handles field by field; the generic pass below
# leaves them alone. Any other model pointing at a ticket, message, draft or run (a review,
# say, added later) gets its text and JSON fields redacted by the generic pass.
ERASURE_HANDLED = frozenset(
    {
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
)


def related_rows_redact(
    *, target: type[models.Model], target_ids: list[int], needles: list[str]
) -> dict[str, int]:
    """The safety net: rows of any model with a foreign key to `target` among `target_ids`,
    not in ERASURE_HANDLED, get their text, JSON and free char fields redacted. Returns
    {verbose_name_plural: rows changed}. Found by introspection, so a model added later is
    covered without the owning app's erasure knowing it."""
    counts: dict[str, int] = {}
    if not target_ids:
        return counts
    for relation in target._meta.related_objects:
        model = relation.related_model
        if model._meta.label_lower in ERASURE_HANDLED:
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
        label = str(model._meta.verbose_name_plural)
        changed = rows_redact(queryset, needles, text=text, json=json, chars=chars)
        counts[label] = counts.get(label, 0) + changed
    return counts
