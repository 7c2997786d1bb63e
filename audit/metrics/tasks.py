"""The periodic task that keeps the metrics rollups (CELERY_BEAT_SCHEDULE in settings)."""

from celery import shared_task

from .rollups import rollup_refresh


@shared_task(name="metrics.rollups_refresh")
def rollups_refresh(full: bool | None = None) -> dict:
    """Rebuild the recent weeks (or everything once a day, or when `full`). Safe to run twice:
    each run replaces the rows it covers, under a lock on the state row."""
    result = rollup_refresh(full=full)
    return {
        "full": result.full,
        "window_start": result.window_start.isoformat() if result.window_start else None,
        "rows": result.rows,
        "seconds": round(result.seconds, 3),
    }
