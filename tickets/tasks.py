"""Celery tasks of the tickets app."""

from celery import shared_task

from .notifications import escalation_notify, escalations_notify


@shared_task(name="tickets.escalation_notify", ignore_result=True, acks_late=True)
def escalation_notify_task(change_id: int) -> str:
    """Idempotent: the trail says whether this escalation's e-mail went out."""
    return escalation_notify(change_id=change_id)


@shared_task(name="tickets.escalations_notify", ignore_result=True, acks_late=True)
def escalations_notify_task(change_ids: list[int]) -> dict[str, int]:
    """A bulk transition's escalations (escalation_notify_task for each, idempotent alike)."""
    return escalations_notify(change_ids=change_ids)
