"""The ticket timeline: every event in order, readable per kind, filtered by stage with htmx,
exported as JSON, escaped, in a constant number of queries, for the roles that may see it."""

import json
from zoneinfo import ZoneInfo

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from audit.names import register
from audit.services import event_record
from drafts.knowledge.models import PolicyVersion
from drafts.models import Draft, PipelineRun

pytestmark = pytest.mark.django_db

XSS = '<script>alert("trail")</script><img src=x onerror=alert(1)>'


@pytest.fixture
def handled(pipeline, ingest, policies, trained):
    return ingest(
        text="Where is my weather station parcel? Order 48213, tracking shows nothing.",
        subject="Where is my order",
    ).ticket


def test_timeline_reads_every_stage_of_a_pipeline_run(agent_client, handled, sealed):
    sealed()
    run = PipelineRun.objects.get(ticket=handled)
    response = agent_client.get(f"/tickets/{handled.pk}/timeline/")
    assert response.status_code == 200
    html = response.content.decode()
    names = [e.event.name for e in response.context["timeline"].entries]
    assert names.index("tickets.message_received") < names.index("drafts.classified")
    assert names.index("drafts.classified") < names.index("drafts.context_assembled")
    assert names.index("drafts.context_assembled") < names.index("drafts.draft_generated")
    assert names.index("drafts.draft_generated") < names.index("routing.decided")
    # The message, and its normalized attributes.
    assert "Order 48213, tracking shows nothing." in html
    assert "Normalized attributes" in html and "shipping-status" in html
    # Retrieval: the query, every candidate with its score and its policy version's number (not
    # the version's database id), the chosen ones first and marked, the rest folded away.
    candidates = run.retrieval["candidates"]
    assert candidates
    numbers = dict(PolicyVersion.objects.values_list("pk", "number"))
    for candidate in candidates:
        number = numbers[candidate["version_id"]]
        assert f"#{candidate['fragment_id']} (v{number})" in html
    assert "(version " not in html
    assert html.count('class="is-chosen"') == len(run.retrieval["chosen"])
    table = html.split('<table class="tl-table">', 1)[1].split("</table>", 1)[0]
    rows = table.split("<tr")[2:]  # past the header row
    chosen = len(run.retrieval["chosen"])
    assert all('class="is-chosen"' in r for r in rows[:chosen])
    assert len(rows) <= chosen + 8
    if len(candidates) > chosen + 8:
        assert f"{len(candidates) - chosen - 8} more candidate" in html
    # Raw JSON is folded inside a <details>, never shown by default.
    start = 0
    while (at := html.find('<pre class="tl-json">', start)) >= 0:
        assert html.rfind("<details", 0, at) > html.rfind("</details>", 0, at), html[at - 200 : at]
        start = at + 1
    # The draft as generated, labelled offline, with its citations.
    draft = Draft.objects.get(ticket=handled, is_current=True)
    assert "(offline)" in html
    assert draft.text.splitlines()[0] in html
    # Routing, and the snapshot the run used.
    assert "Auto-send" in html and f"snapshot #{run.snapshot_id}" in html
    assert "Final action:" in html
    # Every event shows its place in the chain.
    assert html.count("· seq ") == len(names)


def test_stage_filter_returns_the_fragment_for_htmx(agent_client, handled):
    url = f"/tickets/{handled.pk}/timeline/?stage=context"
    fragment = agent_client.get(url, headers={"HX-Request": "true"})
    assert fragment.status_code == 200
    body = fragment.content.decode()
    assert body.lstrip().startswith('<div id="timeline-events"')
    assert "<html" not in body
    assert body.count('<li class="tl-event') == 1
    assert "drafts.context_assembled" in body and "drafts.classified" not in body
    assert 'aria-current="page" hx-get="?stage=context"' in body
    full = agent_client.get(url)
    assert "<html" in full.content.decode() and "HX-Request" in full["Vary"]
    unknown = agent_client.get(f"/tickets/{handled.pk}/timeline/?stage=<x>")
    assert unknown.context["timeline"].stage == ""


def test_json_export_has_every_event_with_its_chain_fields(agent_client, handled, sealed):
    sealed()
    response = agent_client.get(f"/tickets/{handled.pk}/timeline.json")
    assert response.status_code == 200
    assert "attachment" in response["Content-Disposition"]
    data = json.loads(response.content)
    assert data["ticket"]["id"] == handled.pk
    names = [e["name"] for e in data["events"]]
    assert "drafts.draft_generated" in names and "routing.decided" in names
    assert all(len(e["hash"]) == 64 and e["seq"] for e in data["events"])
    ids = [e["id"] for e in data["events"]]
    assert ids == sorted(ids)


def test_customer_and_model_text_are_escaped(agent_client, ingest):
    ticket = ingest(text=f"Hello {XSS}", subject=f"Subject {XSS}").ticket
    register("tests.model_output", "A model output in a test")
    event_record(
        name="tests.model_output",
        ticket_id=ticket.pk,
        payload={"raw_output": XSS, "nested": {XSS: [XSS]}},
    )
    html = agent_client.get(f"/tickets/{ticket.pk}/timeline/").content.decode()
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(&quot;trail&quot;)&lt;/script&gt;" in html


def test_agent_action_shows_the_diff_between_draft_and_sent_text(agent_client, agent, handled):
    draft = Draft.objects.get(ticket=handled, is_current=True)
    lines = draft.text.splitlines()
    sent = "\n".join([lines[0], "I have <b>checked</b> the courier myself.", *lines[1:]])
    register("tests.draft_sent", "An agent sent a draft (stands in for the review queue)")
    event_record(
        name="tests.draft_sent",
        ticket_id=handled.pk,
        actor=agent,
        payload={"draft_id": draft.pk, "sent_text": sent},
    )
    response = agent_client.get(f"/tickets/{handled.pk}/timeline/?stage=agent")
    html = response.content.decode()
    assert (
        '<span class="d-add">+ I have &lt;b&gt;checked&lt;/b&gt; the courier myself.</span>' in html
    )
    final = response.context["timeline"].final
    assert final.event.name == "tests.draft_sent"
    assert "Final action:" in html and "tests.draft_sent" in html


def test_event_times_in_the_time_zone_and_numbers_as_recorded(agent_client, ingest, settings):
    """The page formats each event's time once in Python and renders the events with
    localization off: the times must still be local, and a small cost must not turn into
    exponent notation."""
    settings.TIME_ZONE = "Asia/Kolkata"  # +05:30 all year
    ticket = ingest().ticket
    event = event_record(
        name="drafts.draft_generated",
        ticket_id=ticket.pk,
        payload={
            "run_id": 1,
            "stage": "draft",
            "outputs": {"text": "Hi", "provider": "offline", "cost": 4.5e-05, "latency_ms": 12.5},
        },
    )
    html = agent_client.get(f"/tickets/{ticket.pk}/timeline/").content.decode()
    local = event.created_at.astimezone(ZoneInfo("Asia/Kolkata"))
    assert local.isoformat().endswith("+05:30")
    assert f'<time datetime="{local.isoformat()}">{local:%Y-%m-%d %H:%M:%S.%f}</time>' in html
    assert "cost 0.000045 · 12.5 ms" in html


def _page_queries(client, ticket_id) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(f"/tickets/{ticket_id}/timeline/").status_code == 200
    return len(queries)


def test_timeline_queries_do_not_grow_with_events(agent_client, ingest):
    ticket = ingest().ticket
    small = ingest(text="Another question", sender="zed@example.com").ticket

    def add(ticket_id, n):
        for i in range(n):
            event_record(
                name="tickets.status_changed",
                ticket_id=ticket_id,
                payload={"from": "new", "to": "escalated", "reason": f"step {i}"},
            )
            event_record(
                name="tickets.message_received",
                ticket_id=ticket_id,
                payload={"message_id": i, "raw_id": None, "text": f"message {i}"},
            )

    add(small.pk, 2)  # about 5 events with intake's own
    add(ticket.pk, 24)  # about 50
    assert _page_queries(agent_client, small.pk) == _page_queries(agent_client, ticket.pk)
    assert _page_queries(agent_client, ticket.pk) <= 8


def test_roles(make_user, ingest, lead_client):
    from django.test import Client

    ticket = ingest().ticket
    assert lead_client.get(f"/tickets/{ticket.pk}/timeline/").status_code == 200
    assert lead_client.get("/tickets/999999/timeline/").status_code == 404
    nobody = Client()
    nobody.force_login(make_user("norole", role=""))
    assert nobody.get(f"/tickets/{ticket.pk}/timeline/").status_code == 403
    assert nobody.get(f"/tickets/{ticket.pk}/timeline.json").status_code == 403
    assert Client().get(f"/tickets/{ticket.pk}/timeline/").status_code == 302  # login wall


def test_json_export_reads_only_the_ticket_and_its_events(lead_client, ingest):
    ticket = ingest().ticket
    assert lead_client.get("/tickets/999999/timeline.json").status_code == 404
    with CaptureQueriesContext(connection) as queries:
        response = lead_client.get(f"/tickets/{ticket.pk}/timeline.json")
    assert response.status_code == 200
    assert json.loads(response.content)["ticket"] == {
        "id": ticket.pk,
        "reference": ticket.reference,
    }
    tables = " ".join(q["sql"] for q in queries)
    assert "drafts_pipelinerun" not in tables and "drafts_draft" not in tables


def test_every_kind_of_event_escapes_its_payload(agent_client, agent, ingest):
    """The events are written by audit/timeline_html.py, not by the template: every field each
    kind shows is customer- or model-derived text and must come out escaped."""
    ticket = ingest().ticket
    x = XSS
    payloads = {
        "tickets.message_received": {
            "channel": x,
            "from": x,
            "subject": x,
            "size": 10,
            "sha256": x,
            "raw_id": 1,
            "attachments": [x],
            "warnings": [x],
            "text": x,
        },
        "drafts.run_started": {"run_id": x, "trigger": x, "message_id": x, "instruction": x},
        "drafts.classified": {
            "outputs": {
                "request_class": x,
                "label": x,
                "urgency": x,
                "product_area": x,
                "language": x,
                "signals": {x: True},
                "evidence": {x: [{"pattern": x, "matched": x}]},
                "risk": {
                    "threshold": 0.5,
                    "over": [x],
                    "evidence": {
                        x: {
                            "label": x,
                            "score": 0.9,
                            "patterns": [{"pattern": x, "matched": x}],
                            "nearest": [{"example": x, "similarity": 0.8}],
                        }
                    },
                },
                "alternatives": [x],
                "raw_output": x,
            }
        },
        "drafts.context_assembled": {
            "outputs": {
                "retrieval": {
                    "query": x,
                    "method": x,
                    "chosen": [{"fragment_id": 1}],
                    "candidates": [
                        {"fragment_id": 1, "document": x, "heading": x, "score": 2.0},
                        *(
                            {"fragment_id": i, "document": x, "heading": x, "score": 1.0}
                            for i in range(2, 12)
                        ),
                    ],
                },
                "context": {
                    "customer": {"name": x, "tier": x, "plan": x},
                    "missing_account_data": [x],
                },
            }
        },
        "drafts.draft_generated": {
            "outputs": {
                "provider": x,
                "model_name": x,
                "prompt_version": x,
                "text": x,
                "basis": [x],
                "citations": [{"key": x, "document": x, "heading": x, "fragment_id": x}],
                "removed_citations": [x],
                "raw_output": x,
            }
        },
        "drafts.route_decided": {
            "decision": {
                "team": x,
                "priority": x,
                "ruleset_version": x,
                "auto_send_reason": x,
                "fired_rules": [x],
                "reasons": [x],
                "not_applied": x,
            },
            "facts": {x: x},
        },
        "routing.decided": {
            "fired": [
                {
                    "rule": x,
                    "why": x,
                    "conditions": [{"condition": x, "actual": x, "matched": True, "why": x}],
                }
            ],
            "invariants": [x],
            "reasons": [x],
            "auto_send_reason": x,
        },
        "routing.applied": {"status": x, "team": x, "priority": x},
        "drafts.stage_failed": {"stage": x, "attempt": x, "error": x, "retry_in_seconds": x},
        "tickets.status_changed": {"from": x, "to": x, "reason": x},
        "tickets.note_added": {"text": x, "message_id": x},
    }
    for name, payload in payloads.items():
        event_record(name=name, ticket_id=ticket.pk, actor_label=x, payload=payload)
    kinds = {
        e.kind
        for e in agent_client.get(f"/tickets/{ticket.pk}/timeline/").context["timeline"].entries
    }
    assert {
        "message",
        "run",
        "classified",
        "context",
        "draft",
        "route",
        "rules",
        "applied",
        "failure",
        "status",
        "note",
    } <= kinds
    html = agent_client.get(f"/tickets/{ticket.pk}/timeline/").content.decode()
    assert "<script>" not in html and "<img src=x" not in html
    # Every field above shows up, escaped (some sixty times over).
    assert html.count("&lt;script&gt;alert(&quot;trail&quot;)&lt;/script&gt;") > 60
