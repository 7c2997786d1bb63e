"""Periodic upkeep of the event trail."""

from celery import shared_task

from .services import events_seal


@shared_task(name="audit.events_seal", ignore_result=True)
def events_seal_task() -> int:
    """Link any events left unlinked (a crash between a commit and its chain link). Safe to run
    at any time: linking is serialized and idempotent."""
    return events_seal()
