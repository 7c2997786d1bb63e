"""Free text in review actions that the database cannot store (issue 15, item 2): a NUL in a
reply, a reason or an instruction is refused in the review pane (422, the agent's words kept
in the form's place), nothing is recorded, and the ticket stays as it was. Ids out of range in
the action forms are the form's own "no such ..." answer, never a 500."""

import pytest

from drafts.models import Draft, OutboundReply, Review
from tests.drafts.review_support import *  # noqa: F403 (the fixtures)
from tickets.models import Team, Ticket

pytestmark = pytest.mark.django_db
HX = {"HTTP_HX_REQUEST": "true"}
HUGE = "9" * 23


@pytest.fixture
def post(django_capture_on_commit_callbacks):
    def post(client, ticket, name, htmx=True, **data):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(f"/queue/{ticket.pk}/{name}/", data, **(HX if htmx else {}))

    return post


@pytest.mark.parametrize(
    "name, field, label",
    [
        ("send", "text", "The reply"),
        ("reject", "reason", "The reason"),
        ("escalate", "reason", "The reason"),
        ("regenerate", "instruction", "The instruction"),
    ],
)
def test_nul_in_action_text_is_refused_in_the_pane(agent_client, drafted, post, name, field, label):
    ticket, draft = drafted()
    before = Ticket.objects.values("status", "team_id", "needs_human").get(pk=ticket.pk)
    data = {"draft": draft.pk, "team": Team.objects.first().pk, field: "Hello\x00 there"}
    response = post(agent_client, ticket, name, **data)
    assert response.status_code == 422
    assert 'id="review-pane"' in response.text
    assert f"{label} contains a NUL character (U+0000)" in response.text
    assert Review.objects.filter(ticket=ticket).count() == 0
    assert Draft.objects.filter(ticket=ticket, is_current=True).get() == draft
    assert Ticket.objects.values("status", "team_id", "needs_human").get(pk=ticket.pk) == before

    # Without htmx: the full page says the same.
    response = post(agent_client, ticket, name, htmx=False, **data)
    assert response.status_code == 422 and "<html" in response.text
    assert "NUL character" in response.text


def test_nul_in_a_correction_is_refused(agent_client, drafted, smtp, post):
    ticket, draft = drafted()
    assert post(agent_client, ticket, "approve", draft=draft.pk).status_code == 200
    reply = OutboundReply.objects.get(ticket=ticket)
    response = post(agent_client, ticket, "correct", reply=reply.pk, text="Fix:\x00 48214")
    assert response.status_code == 422 and "The reply contains a NUL character" in response.text
    assert OutboundReply.objects.filter(ticket=ticket).count() == 1
    assert len(smtp.messages) == 1


@pytest.mark.parametrize(
    "name, data",
    [
        ("approve", {"draft": HUGE}),
        ("send", {"draft": HUGE, "text": "Hi"}),
        ("reject", {"draft": HUGE, "reason": "no"}),
        ("escalate", {"team": HUGE, "reason": "VIP"}),
        ("reclassify", {"request_class": HUGE}),
        ("correct", {"reply": HUGE, "text": "Fix"}),
        ("stop-autosend", {"reply": HUGE}),
    ],
)
def test_out_of_range_ids_in_action_forms_are_a_clear_answer(
    agent_client, drafted, post, name, data
):
    ticket, _ = drafted()
    response = post(agent_client, ticket, name, **data)
    assert response.status_code in (409, 422)
    assert 'id="review-pane"' in response.text
