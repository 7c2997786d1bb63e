"""Writes to the event trail. Every state change that matters calls event_record() in the
same transaction as the change itself."""

import json
from typing import Any

from django.core.serializers.json import DjangoJSONEncoder
from django.utils import timezone

from .models import Event
from .names import EVENT_NAMES


class UnknownEventName(ValueError):
    pass


def _json_safe(value: Any) -> Any:
    return json.loads(json.dumps(value, cls=DjangoJSONEncoder))


def event_record(
    *,
    name: str,
    ticket_id: int | None = None,
    actor=None,
    actor_label: str = "",
    payload: dict | None = None,
    versions: dict | None = None,
) -> Event:
    """Append one event. Call inside the transaction that makes the change it describes."""
    if name not in EVENT_NAMES:
        raise UnknownEventName(f"{name!r} is not a registered event name (audit/names.py)")
    if actor is not None and not actor_label:
        actor_label = actor.get_username()
    return Event.objects.create(
        name=name,
        created_at=timezone.now(),
        ticket_id=ticket_id,
        actor=actor,
        actor_label=actor_label or "system",
        payload=_json_safe(payload or {}),
        versions=_json_safe(versions or {}),
    )
