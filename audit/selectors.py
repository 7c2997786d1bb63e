"""Reads for the audit pages. Each selector runs a fixed number of queries, whatever the number
of events or snapshots."""

from __future__ import annotations

from dataclasses import dataclass

from django.core.exceptions import PermissionDenied

from drafts.knowledge.selectors import policy_version_numbers
from drafts.selectors import draft_texts, pipeline_run_rows, replay_experiments_for_snapshots
from supportdesk.roles import access_console
from tickets.selectors import ticket_id_get, ticket_timeline_header_get

from .models import ConfigSnapshot, Event
from .names import EVENT_NAMES
from .snapshots import (
    SnapshotMetrics,
    snapshot_metrics,
    snapshot_summary,
    snapshots_compare,
)
from .timeline import (
    STAGE_KEYS,
    Entry,
    draft_ids_referenced,
    entries_build,
    policy_version_ids_referenced,
)

SNAPSHOTS_SHOWN = 50


def access_ticket_timeline(*, user, ticket) -> None:
    """Leads and admins see every trail; an agent sees the trail of any ticket they may open,
    which today is every ticket (the ticket page checks only access_console). Kept as its own
    check so the timeline follows when ticket access narrows."""
    access_console(user)
    if ticket is None:
        raise PermissionDenied("No such ticket.")


@dataclass
class Timeline:
    ticket: object
    entries: list[Entry]
    stage: str
    runs: list[dict]
    counts: dict[str, int]
    final: Entry | None = None


def ticket_timeline(*, ticket_id: int, stage: str = "") -> Timeline:
    """The ticket, its events in order (filtered to one stage when asked), the drafts those
    events refer to, the numbers of the policy versions its retrievals name, and its runs with
    their snapshots: five queries."""
    ticket = ticket_timeline_header_get(ticket_id=ticket_id)
    events = list(Event.objects.filter(ticket_id=ticket_id).order_by("id"))
    draft_ids = draft_ids_referenced(events)
    drafts = draft_texts(draft_ids=draft_ids)
    runs = pipeline_run_rows(ticket_id=ticket_id)
    versions = policy_version_numbers(version_ids=policy_version_ids_referenced(events))
    entries = entries_build(events=events, drafts=drafts, version_numbers=versions)
    counts: dict[str, int] = {}
    for entry in entries:
        counts[entry.stage] = counts.get(entry.stage, 0) + 1
    # The last thing done to the ticket by an agent or by routing: what the trail ended with.
    final = next((e for e in reversed(entries) if e.kind in ("action", "applied", "status")), None)
    stage = stage if stage in STAGE_KEYS else ""
    if stage:
        entries = [e for e in entries if e.stage == stage]
    return Timeline(
        ticket=ticket, entries=entries, stage=stage, runs=runs, counts=counts, final=final
    )


def timeline_ticket(*, ticket_id: int):
    """Only the ticket (its id), for the JSON export: one query, Ticket.DoesNotExist if none."""
    return ticket_id_get(ticket_id=ticket_id)


def ticket_events_export(*, ticket_id: int) -> list[dict]:
    return [
        {
            "id": e.pk,
            "seq": e.seq,
            "name": e.name,
            "created_at": e.created_at.isoformat(),
            "ticket_id": e.ticket_id,
            "actor_id": e.actor_id,
            "actor_label": e.actor_label,
            "payload": e.payload,
            "versions": e.versions,
            "payload_digest": e.payload_digest,
            "prev_hash": e.prev_hash,
            "hash": e.hash,
            "erased_at": e.erased_at.isoformat() if e.erased_at else None,
        }
        for e in Event.objects.filter(ticket_id=ticket_id).order_by("id").iterator(chunk_size=500)
    ]


@dataclass
class SnapshotRow:
    snapshot: ConfigSnapshot
    summary: dict
    metrics: SnapshotMetrics
    previous_id: int | None


def snapshot_list() -> list[SnapshotRow]:
    """The latest snapshots with their metrics: one query for the snapshots, two for the
    metrics (plus one when review data exists)."""
    snapshots = list(ConfigSnapshot.objects.order_by("-id")[:SNAPSHOTS_SHOWN])
    metrics = snapshot_metrics(snapshot_ids=[s.pk for s in snapshots])
    rows = []
    for index, snapshot in enumerate(snapshots):
        previous = snapshots[index + 1].pk if index + 1 < len(snapshots) else None
        rows.append(
            SnapshotRow(
                snapshot, snapshot_summary(snapshot.content), metrics[snapshot.pk], previous
            )
        )
    return rows


def snapshot_comparison(*, a_id: int, b_id: int):
    snapshots = {s.pk: s for s in ConfigSnapshot.objects.filter(pk__in=[a_id, b_id])}
    a, b = snapshots[a_id], snapshots[b_id]
    metrics = snapshot_metrics(snapshot_ids=[a.pk, b.pk])
    return {
        "a": a,
        "b": b,
        "a_summary": snapshot_summary(a.content),
        "b_summary": snapshot_summary(b.content),
        "a_metrics": metrics[a.pk],
        "b_metrics": metrics[b.pk],
        "diff": snapshots_compare(a=a.content, b=b.content),
        # Replays that ran on either configuration or tried it as their candidate.
        "experiments": replay_experiments_for_snapshots(snapshot_ids=[a.pk, b.pk]),
    }


TRAIL_PAGE = 50


@dataclass
class TrailRow:
    event: Event
    description: str
    experiment_id: int | None  # a replay experiment the event names, for a link


@dataclass
class TrailPage:
    rows: list[TrailRow]
    older_than: int | None  # the id to ask for the next (older) page with; None: no more
    area: str
    areas: list[str]


def configuration_trail(*, before_id: int | None = None, area: str = "") -> TrailPage:
    """Events that belong to no ticket (configuration published, replays run and promoted,
    classifiers trained, tokens issued, ...), newest first, a page at a time by id: one query,
    whatever the size of the trail (event_unticketed_recent_idx)."""
    areas = sorted({name.split(".", 1)[0] for name in EVENT_NAMES})
    area = area if area in areas else ""
    events = Event.objects.filter(ticket__isnull=True)
    if before_id is not None:
        events = events.filter(id__lt=before_id)
    if area:
        events = events.filter(name__startswith=f"{area}.")
    found = list(events.order_by("-id")[: TRAIL_PAGE + 1])
    rows = []
    for event in found[:TRAIL_PAGE]:
        payload = event.payload if isinstance(event.payload, dict) else {}
        experiment = (
            payload.get("experiment_id") if event.name.startswith("drafts.replay") else None
        )
        rows.append(
            TrailRow(
                event=event,
                description=EVENT_NAMES.get(event.name, ""),
                experiment_id=experiment if isinstance(experiment, int) else None,
            )
        )
    older = found[TRAIL_PAGE - 1].pk if len(found) > TRAIL_PAGE else None
    return TrailPage(rows=rows, older_than=older, area=area, areas=areas)
