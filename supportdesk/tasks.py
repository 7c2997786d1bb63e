"""Project-level tasks that belong to no app."""

import os
import re

from celery import shared_task
from django.conf import settings

_TOKEN = re.compile(r"[0-9a-f]{8,64}")


@shared_task(name="supportdesk.ping")
def ping(token: str) -> str:
    """Prove a worker consumed a message from the broker: write VAR_DIR/ping/<token>.

    Used by `dev.py smoke` to show that the no-server (embedded SQLite) broker carries tasks
    between separate processes. Idempotent: running it twice rewrites the same file. The token is a hex
    string so it can never name a path outside the folder.
    """
    if not _TOKEN.fullmatch(token):
        raise ValueError("ping token must be 8-64 lowercase hex characters")
    folder = settings.VAR_DIR / "ping"
    folder.mkdir(parents=True, exist_ok=True)
    marker = folder / token
    marker.write_text(f"pid={os.getpid()}\n")
    return str(marker)
