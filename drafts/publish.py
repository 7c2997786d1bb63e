"""Publishing drafts' Celery tasks after the deciding transaction commits.

Writes (services, review decisions) publish tasks by their registered name through
`task_publish_on_commit`, never by importing drafts.tasks: the tasks are thin wrappers that
import the services, so the dependency points one way (tasks -> services -> publish).

A broker that is down must not turn a committed decision into an error page: the data is
committed by the time the message is published, and the periodic tasks (drafts.send_due for
replies, the pipeline sweeper for runs) publish again what a lost message left. So a broker
error here is logged and reported to the caller's callback, never raised."""

from __future__ import annotations

import logging
from collections.abc import Callable

from celery import current_app
from django.db import transaction
from kombu.exceptions import OperationalError as KombuOperationalError

logger = logging.getLogger(__name__)

# What a broker that cannot be reached raises from apply_async: kombu's OperationalError (and
# the socket errors under it) derive from OSError / ConnectionError; redis-py's connection
# errors too. Anything else is a bug and propagates.
BROKER_ERRORS: tuple[type[BaseException], ...] = (OSError, ConnectionError, KombuOperationalError)


def task_publish(
    name: str,
    *args,
    countdown: float | None = None,
    on_broker_error: Callable[[Exception], None] | None = None,
) -> bool:
    """Publish the registered task `name` now. True when the broker took it; on a broker error,
    logs it, calls `on_broker_error(error)` if given, and returns False."""
    task = current_app.tasks[name]
    try:
        if countdown:
            task.apply_async(args, countdown=countdown)
        else:
            task.apply_async(args)
    except BROKER_ERRORS as error:
        logger.warning(
            "broker unavailable: %s%r not published (the sweeper will retry): %s", name, args, error
        )
        if on_broker_error is not None:
            on_broker_error(error)
        return False
    return True


def task_publish_on_commit(
    name: str,
    *args,
    countdown: float | None = None,
    on_broker_error: Callable[[Exception], None] | None = None,
) -> None:
    """Publish the registered task `name` once the current transaction commits (at once
    outside one). Broker errors never reach the caller (see the module docstring)."""
    transaction.on_commit(
        lambda: task_publish(name, *args, countdown=countdown, on_broker_error=on_broker_error)
    )
