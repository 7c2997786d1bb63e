"""Celery tasks of the tickets app."""

from celery import shared_task

from .notifications import escalation_notify


@shared_task(name="tickets.escalation_notify", ignore_result=True, acks_late=True)
def escalation_notify_task(change_id: int) -> str:
    """Idempotent: the trail says whether this escalation's e-mail went out."""
    return escalation_notify(change_id=change_id)
