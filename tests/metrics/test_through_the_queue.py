"""The metrics over decisions made through the real review queue: intake, the offline pipeline,
claims, approve / edit and send, the send task against a local SMTP server, resolve and reopen.
Nothing here is written by hand; the figures must follow from the services' own records, and
the rollups must equal the live query."""

import pytest
from django.utils import timezone

from audit.metrics.dashboard import dashboard_data
from audit.metrics.definitions import SERIES
from audit.metrics.rollups import rollup_refresh
from audit.metrics.selectors import MetricFilters, week_monday
from drafts import reviews
from tests.drafts.conftest import ingest, policies  # noqa: F401 (fixtures)
from tests.drafts.review_support import *  # noqa: F403 (fixtures: drafted, smtp, trained)

pytestmark = pytest.mark.django_db


def test_metrics_follow_the_review_queue(drafted, smtp, agent, django_capture_on_commit_callbacks):
    first, first_draft = drafted()
    second, second_draft = drafted(sender="bo@example.com")
    for ticket in (first, second):
        assert reviews.ticket_claim(ticket=ticket, agent=agent)
    with django_capture_on_commit_callbacks(execute=True):
        reviews.draft_approve(ticket_id=first.pk, draft_id=first_draft.pk, agent=agent)
    with django_capture_on_commit_callbacks(execute=True):
        reviews.draft_edit_send(
            ticket_id=second.pk,
            draft_id=second_draft.pk,
            agent=agent,
            text=second_draft.text + "\n\nOne more thing: your parcel left our warehouse today.",
        )
    assert len(smtp.messages) == 2
    for ticket in (first, second):
        reviews.ticket_resolve(ticket_id=ticket.pk, agent=agent)
    reviews.ticket_reopen(ticket_id=first.pk, agent=agent)

    this_week = week_monday(timezone.localdate())
    filters = MetricFilters(start=this_week, end=this_week)
    rollup_refresh(full=True)
    live = dashboard_data(filters=filters, source="live")
    rolled = dashboard_data(filters=filters, source="rollups")
    o = live.overall
    assert (o["acceptance"].hits, o["acceptance"].units) == (1, 2)
    assert (o["reopen"].hits, o["reopen"].units) == (1, 2)
    assert (o["automated"].hits, o["automated"].units) == (0, 2)
    assert (o["correction"].hits, o["correction"].units) == (0, 2)
    assert o["frt"].units == 2 and o["frt"].median is not None
    assert o["edit_distance"].units == 2 and 0 < o["edit_distance"].median < 0.5
    assert o["review_time"].units == 2
    assert o["escalation"].units == 2
    for series in SERIES:
        a, b = o[series], rolled.overall[series]
        assert (a.units, a.hits, a.percentiles) == (b.units, b.hits, b.percentiles), series
