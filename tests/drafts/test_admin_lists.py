"""The drafts admin lists cost the same few queries however many rows they show (nullable
foreign keys in a list are joined, not fetched row by row)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from drafts.models import PipelineRun
from drafts.services import pipeline_dispatch, prompt_template_version_create
from tickets.inbound import InboundMessage
from tickets.models import RequestClass
from tickets.services import inbound_ingest

pytestmark = pytest.mark.django_db


def _runs(n: int, start: int, django_capture_on_commit_callbacks) -> None:
    """n classified runs (through intake and the dispatcher; the stages are not run)."""
    for i in range(start, start + n):
        with django_capture_on_commit_callbacks(execute=False):
            inbound_ingest(
                inbound=InboundMessage(
                    from_address=f"l{i}@example.com", subject="Parcel", body_text=f"order {i}"
                ),
                channel="email",
            )
    with django_capture_on_commit_callbacks(execute=False):
        pipeline_dispatch()
    classes = list(RequestClass.objects.order_by("id")[:3])
    for i, run in enumerate(PipelineRun.objects.filter(request_class__isnull=True)):
        PipelineRun.objects.filter(pk=run.pk).update(request_class=classes[i % len(classes)])


def _queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_pipeline_run_list_queries_do_not_grow_with_rows(
    pipeline, admin_client, django_capture_on_commit_callbacks
):
    url = "/admin/drafts/pipelinerun/"
    _runs(1, 0, django_capture_on_commit_callbacks)
    few = _queries(admin_client, url)
    _runs(4, 1, django_capture_on_commit_callbacks)
    assert _queries(admin_client, url) == few


def test_prompt_list_queries_do_not_grow_with_rows(admin_client, admin_user):
    url = "/admin/drafts/prompttemplate/"
    prompt_template_version_create(kind="draft", text="v1", author=admin_user)
    few = _queries(admin_client, url)
    for n in range(2, 6):
        prompt_template_version_create(kind="draft", text=f"v{n}", author=admin_user)
    assert _queries(admin_client, url) == few
