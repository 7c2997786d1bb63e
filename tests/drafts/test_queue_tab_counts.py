"""Tab counts after an action (issue 19): the queue's tabs said "Awaiting 20" after an approve
and "Escalated 70" after an escalate, until a reload. Each action's htmx answer now carries
the two counts, swapped out of band into the tabs by id, in one grouped query whatever the
size of the queue."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.drafts.review_support import *  # noqa: F403 (the fixtures)
from tests.drafts.test_queue_views import queue_tickets
from tickets.models import Team, Ticket, TicketStatus

pytestmark = pytest.mark.django_db
HX = {"HTTP_HX_REQUEST": "true"}


def tab_counts(html: str) -> dict[str, int]:
    """The out-of-band counts an action answered with: {"awaiting": n, "escalated": n}."""
    found = re.findall(
        r'<span class="count" id="queue-count-(\w+)" hx-swap-oob="true">([\d,]+)</span>', html
    )
    return {name: int(n.replace(",", "")) for name, n in found}


@pytest.fixture
def post(django_capture_on_commit_callbacks):
    def post(client, ticket, name, **data):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(f"/queue/{ticket.pk}/{name}/", data, **HX)

    return post


def test_every_action_answers_the_tab_counts_out_of_band(agent_client, drafted, smtp, post):
    made = [drafted(sender=f"c{i}@example.com") for i in range(4)]
    Ticket.objects.filter(pk__in=[t.pk for t, _ in made]).update(
        status=TicketStatus.AWAITING_REVIEW
    )
    page = agent_client.get("/queue/").text
    # The ids the out-of-band spans replace are the tabs' counts.
    assert '<span class="count" id="queue-count-awaiting">4</span>' in page
    assert '<span class="count" id="queue-count-escalated">0</span>' in page

    (t1, d1), (t2, d2), (t3, d3), (t4, _) = made
    response = post(agent_client, t1, "approve", draft=d1.pk)
    assert response.status_code == 200
    assert tab_counts(response.text) == {"awaiting": 3, "escalated": 0}

    response = post(agent_client, t2, "send", draft=d2.pk, text=d2.text + "\nSam")
    assert tab_counts(response.text) == {"awaiting": 2, "escalated": 0}

    team = Team.objects.first()
    response = post(agent_client, t3, "escalate", team=team.pk, reason="VIP")
    assert tab_counts(response.text) == {"awaiting": 1, "escalated": 1}

    # An action that keeps the ticket (the whole pane comes back) carries them too.
    response = post(agent_client, t4, "reject", draft=made[3][1].pk, reason="Wrong tone")
    assert 'id="review-pane"' in response.text
    assert tab_counts(response.text) == {"awaiting": 1, "escalated": 1}
    response = post(agent_client, t3, "resolve")
    assert tab_counts(response.text) == {"awaiting": 1, "escalated": 0}
    # A refusal too: someone else's action may be why it was refused.
    response = post(agent_client, t1, "approve", draft=d1.pk)
    assert response.status_code == 409
    assert tab_counts(response.text) == {"awaiting": 1, "escalated": 0}
    # Without htmx the redirect reloads the page: nothing out of band there.
    pane = agent_client.get(f"/queue/{t4.pk}/", **HX).text
    assert "hx-swap-oob" not in pane


def test_the_counts_cost_one_query_whatever_the_queue_holds(agent_client, drafted, post):
    first, d1 = drafted()
    second, d2 = drafted(sender="b@example.com")
    Ticket.objects.filter(pk__in=[first.pk, second.pk]).update(status=TicketStatus.AWAITING_REVIEW)
    team = Team.objects.first()
    with CaptureQueriesContext(connection) as small:
        response = post(agent_client, first, "escalate", team=team.pk, reason="VIP")
    assert tab_counts(response.text) == {"awaiting": 1, "escalated": 1}
    queue_tickets(40)
    queue_tickets(30, status=TicketStatus.ESCALATED)
    with CaptureQueriesContext(connection) as big:
        response = post(agent_client, second, "escalate", team=team.pk, reason="VIP")
    assert tab_counts(response.text) == {"awaiting": 40, "escalated": 32}
    assert len(big) == len(small), [q["sql"] for q in big]
    counting = [q["sql"] for q in big.captured_queries if "COUNT(" in q["sql"].upper()]
    assert len(counting) == 1 and "GROUP BY" in counting[0].upper()
