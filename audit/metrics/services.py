"""Writes for the metrics: the baseline handle times leads configure. (The rollups are rebuilt
in rollups.py, by the periodic task.)"""

from django.db import transaction
from django.db.models import Model

from audit.services import event_record

from .models import BaselineHandleTime

BASELINE_MAX_SECONDS = 7 * 24 * 3600


class BaselineInvalid(ValueError):
    pass


def baseline_set(*, request_class: Model, seconds: int | None, note: str, actor) -> None:
    """Set (or, with seconds=None, clear) the configured baseline handle time of a class."""
    if seconds is not None and not 0 < seconds <= BASELINE_MAX_SECONDS:
        raise BaselineInvalid("A baseline must be between 1 second and 7 days.")
    with transaction.atomic():
        current = BaselineHandleTime.objects.filter(request_class=request_class).first()
        before = current.seconds if current else None
        if before == seconds and (current is None or current.note == note[:300]):
            return
        if seconds is None:
            if current is not None:
                current.delete()
        else:
            BaselineHandleTime.objects.update_or_create(
                request_class=request_class,
                defaults={"seconds": seconds, "note": note[:300], "updated_by": actor},
            )
        event_record(
            name="metrics.baseline_set",
            actor=actor,
            payload={
                "class": request_class.slug,
                "from": before,
                "to": seconds,
                "note": note[:300],
            },
        )
