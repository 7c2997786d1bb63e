"""Backoff for calls to a model endpoint that answered "later" (429, 5xx, timeouts): shared by
the pipeline's stage tasks and replay."""

import random

BACKOFF_BASE_SECONDS = 2.0
BACKOFF_CAP_SECONDS = 300.0


def backoff_seconds(retries: int, retry_after: float | None) -> float:
    """Exponential backoff with full jitter, never shorter than the endpoint's Retry-After."""
    ceiling = min(BACKOFF_CAP_SECONDS, BACKOFF_BASE_SECONDS * (2**retries))
    delay = random.uniform(ceiling / 2, ceiling)  # noqa: S311 - jitter, not security
    if retry_after is not None:
        delay = max(delay, retry_after)
    return delay
