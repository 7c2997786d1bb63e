"""Internal notes (issue 19): an agent leaves a note on a ticket from the ticket page or the
review pane. Stored as a NOTE message with its tickets.note_added event, shown on the thread
and the timeline marked as internal, escaped, and never sent to the customer nor handed to
the model."""

import re

import pytest
from django.test import Client

from audit.models import Event
from drafts.models import Draft, PipelineRun
from tests.drafts.conftest import ingest, policies  # noqa: F401 (fixtures drafted uses)
from tests.drafts.review_support import *  # noqa: F403 (the fixtures)
from tickets.models import Message, MessageDirection, Ticket, TicketStatus
from tickets.services import NOTE_MAX

pytestmark = pytest.mark.django_db
HX = {"HTTP_HX_REQUEST": "true"}
HOSTILE = '<script>alert(1)</script> <img src=x onerror=alert(1)> <div hx-get="/logout/">x</div>'
SECRET = "Internal: customer is on the legal hold list, case 77-B"


def notes(ticket):
    return list(Message.objects.filter(ticket=ticket, direction=MessageDirection.NOTE))


def test_a_note_from_the_ticket_page_lands_on_the_thread_with_its_event(
    agent_client, agent, drafted
):
    ticket, _ = drafted()
    before = Ticket.objects.get(pk=ticket.pk).message_count
    response = agent_client.post(f"/tickets/{ticket.pk}/notes/", {"text": f"  {SECRET}\r\n"}, **HX)
    assert response.status_code == 200
    page = response.text
    # The composer comes back empty, with the confirmation; the note is appended to the thread
    # out of band, marked as internal.
    assert page.lstrip().startswith('<form id="note-form"') and "Internal note added" in page
    assert re.search(r'<textarea id="note-text"[^>]*></textarea>', page)
    assert '<div hx-swap-oob="beforeend:#ticket-thread">' in page
    assert 'class="msg msg--note"' in page and "Internal note · not sent to the customer" in page
    [note] = notes(ticket)
    assert note.body_text == SECRET and note.author_user == agent
    event = Event.objects.get(ticket_id=ticket.pk, name="tickets.note_added")
    assert event.actor == agent and event.payload == {"message_id": note.pk, "text": SECRET}
    assert Ticket.objects.get(pk=ticket.pk).message_count == before + 1

    # The ticket page shows it on the thread (the id the note is appended to), marked.
    detail = agent_client.get(f"/tickets/{ticket.pk}/").text
    assert 'id="ticket-thread"' in detail and f'id="m{note.pk}"' in detail
    assert "Internal note · not sent to the customer" in detail and SECRET in detail
    # And the timeline, as an internal note, not a raw JSON block.
    timeline = agent_client.get(f"/tickets/{ticket.pk}/timeline/").text
    assert "tickets.note_added" in timeline and "Internal note</span>" in timeline
    assert f'<pre class="tl-text">{SECRET}</pre>' in timeline


def test_the_review_pane_has_the_composer_and_the_note(agent_client, drafted):
    ticket, _ = drafted()
    pane = agent_client.get(f"/queue/{ticket.pk}/", **HX).text
    assert 'id="note-form"' in pane and 'name="from" value="queue"' in pane
    assert 'id="ticket-thread"' in pane
    response = agent_client.post(
        f"/tickets/{ticket.pk}/notes/", {"text": SECRET, "from": "queue"}, **HX
    )
    assert response.status_code == 200 and 'name="from" value="queue"' in response.text
    assert SECRET in agent_client.get(f"/queue/{ticket.pk}/", **HX).text


def test_note_text_is_escaped_everywhere(agent_client, drafted):
    ticket, _ = drafted()
    response = agent_client.post(f"/tickets/{ticket.pk}/notes/", {"text": HOSTILE}, **HX)
    pages = [
        response.text,
        agent_client.get(f"/tickets/{ticket.pk}/").text,
        agent_client.get(f"/queue/{ticket.pk}/", **HX).text,
        agent_client.get(f"/tickets/{ticket.pk}/timeline/").text,
    ]
    for page in pages:
        assert "<script>alert(1)" not in page and "<img src=x" not in page
        assert 'hx-get="/logout/"' not in page
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    # A refused note comes back in the composer, escaped too.
    refused = agent_client.post(f"/tickets/{ticket.pk}/notes/", {"text": HOSTILE + "\x00"}, **HX)
    assert refused.status_code == 422 and "<script>alert(1)" not in refused.text


def test_a_note_is_never_sent_nor_given_to_the_model(
    agent_client, drafted, smtp, django_capture_on_commit_callbacks
):
    ticket, draft = drafted()
    Ticket.objects.filter(pk=ticket.pk).update(status=TicketStatus.AWAITING_REVIEW)
    agent_client.post(f"/tickets/{ticket.pk}/notes/", {"text": SECRET}, **HX)
    # A new draft: the pipeline's context (what the model reads) has no note in it.
    with django_capture_on_commit_callbacks(execute=True):
        response = agent_client.post(
            f"/queue/{ticket.pk}/regenerate/", {"instruction": "shorter"}, **HX
        )
    assert response.status_code == 200, response.text
    run = PipelineRun.objects.filter(ticket=ticket).order_by("-id").first()
    assert run.instruction == "shorter" and run.context
    assert "legal hold" not in str(run.context) and "legal hold" not in str(run.facts)
    draft = Draft.objects.get(ticket=ticket, is_current=True)
    Ticket.objects.filter(pk=ticket.pk).update(status=TicketStatus.AWAITING_REVIEW)
    with django_capture_on_commit_callbacks(execute=True):
        response = agent_client.post(f"/queue/{ticket.pk}/approve/", {"draft": draft.pk}, **HX)
    assert response.status_code == 200, response.text
    assert len(smtp.messages) == 1
    assert "legal hold" not in smtp.messages[0].as_string()
    # The thread now holds the customer's message, the note and the reply; only the reply went.
    kinds = list(Message.objects.filter(ticket=ticket).values_list("direction", flat=True))
    assert sorted(kinds) == ["inbound", "note", "outbound"]


def test_unusable_notes_are_refused_with_the_reason(agent_client, drafted):
    ticket, _ = drafted()
    for text, reason in (
        ("   ", "The note is empty."),
        ("a" * (NOTE_MAX + 1), "longer than"),
        ("bad \x00 byte", "NUL"),
    ):
        response = agent_client.post(f"/tickets/{ticket.pk}/notes/", {"text": text}, **HX)
        assert response.status_code == 422 and reason in response.text
        assert 'id="note-error"' in response.text and "hx-swap-oob" not in response.text
    # The agent's text stays in the box to fix.
    assert "bad" in response.text
    assert notes(ticket) == []
    assert not Event.objects.filter(name="tickets.note_added").exists()
    assert agent_client.post("/tickets/999999/notes/", {"text": "x"}, **HX).status_code == 404


def test_without_javascript_the_note_redirects_back(agent_client, drafted):
    ticket, _ = drafted()
    response = agent_client.post(f"/tickets/{ticket.pk}/notes/", {"text": SECRET})
    assert response.status_code == 302 and response["Location"] == f"/tickets/{ticket.pk}/"
    page = agent_client.get(response["Location"]).text
    assert "Internal note added to the thread" in page and SECRET in page
    response = agent_client.post(
        f"/tickets/{ticket.pk}/notes/", {"text": "from the pane", "from": "queue"}
    )
    assert response["Location"] == f"/queue/{ticket.pk}/"
    response = agent_client.post(f"/tickets/{ticket.pk}/notes/", {"text": ""})
    assert response.status_code == 302
    assert "The note is empty." in agent_client.get(response["Location"]).text
    assert len(notes(ticket)) == 2


def test_csrf_and_roles_guard_notes(drafted, agent, make_user):
    ticket, _ = drafted()
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(agent)
    assert strict.post(f"/tickets/{ticket.pk}/notes/", {"text": "x"}).status_code == 403
    token = re.search(r'"X-CSRFToken": "([^"]+)"', strict.get(f"/tickets/{ticket.pk}/").text)
    response = strict.post(
        f"/tickets/{ticket.pk}/notes/", {"text": "ok"}, HTTP_X_CSRFTOKEN=token.group(1), **HX
    )
    assert response.status_code == 200
    assert strict.get(f"/tickets/{ticket.pk}/notes/").status_code == 405
    nobody = Client()
    nobody.force_login(make_user("norole", role=""))
    assert nobody.post(f"/tickets/{ticket.pk}/notes/", {"text": "x"}).status_code == 403
    assert Client().post(f"/tickets/{ticket.pk}/notes/", {"text": "x"}).status_code == 302
    assert [n.body_text for n in notes(ticket)] == ["ok"]
