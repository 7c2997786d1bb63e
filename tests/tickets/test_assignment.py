"""Assignment (issue 19): assign, Assign to me and Unassign on the ticket page and in the review
pane, bulk assign in the inbox, the Mine and My team views, through the test client on the
real database: events per ticket, who can own a ticket, refusals (422, never a 500), CSRF and
roles, constant query counts."""

import re

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from audit.models import Event
from tests.tickets.test_inbox import ticket_make
from tickets.models import Team, Ticket, TicketStatus
from tickets.services import (
    BULK_ASSIGN_MAX,
    AssignmentInvalid,
    ticket_assign,
    ticket_assignee_set,
    tickets_assignee_set,
)

pytestmark = pytest.mark.django_db
HX = {"HTTP_HX_REQUEST": "true"}


def events(ticket, name=None):
    qs = Event.objects.filter(
        ticket_id=ticket.pk, name__in=["tickets.assigned", "tickets.unassigned"]
    )
    if name:
        qs = qs.filter(name=name)
    return list(qs.order_by("id"))


def owner(ticket):
    return Ticket.objects.get(pk=ticket.pk).assignee


@pytest.fixture
def dana(make_user):
    return make_user("dana", "Agent", first_name="Dana", last_name="Reyes")


# --- services --------------------------------------------------------------------------------


def test_assign_unassign_record_one_event_each_and_a_repeat_records_nothing(agent, dana):
    ticket = ticket_make(n=1)
    ticket_assignee_set(ticket_id=ticket.pk, assignee_id=dana.pk, actor=agent)
    ticket_assignee_set(ticket_id=ticket.pk, assignee_id=dana.pk, actor=agent)  # double click
    assert owner(ticket) == dana
    [assigned] = events(ticket)
    assert assigned.name == "tickets.assigned" and assigned.actor == agent
    assert assigned.payload == {"assignee": "dana", "assignee_id": dana.pk, "previous_id": None}

    ticket_assignee_set(ticket_id=ticket.pk, assignee_id=None, actor=agent)
    assert owner(ticket) is None
    unassigned = events(ticket, "tickets.unassigned")
    assert [e.payload for e in unassigned] == [
        {"assignee": None, "assignee_id": None, "previous_id": dana.pk}
    ]
    # Routing's ticket_assign records the same events.
    ticket_assign(ticket=Ticket.objects.get(pk=ticket.pk), assignee=None)
    assert len(events(ticket, "tickets.unassigned")) == 2


def test_only_active_agents_and_leads_can_own_a_ticket(agent, make_user, django_user_model):
    ticket = ticket_make(n=1)
    lead = make_user("lena", "Team lead")
    ticket_assignee_set(ticket_id=ticket.pk, assignee_id=lead.pk, actor=agent)
    assert owner(ticket) == lead
    refused = [
        make_user("gone", "Agent", is_active=False),
        make_user("boss", "Admin"),
        make_user("nobody", ""),
        django_user_model.objects.create_superuser("root", "root@example.com", "x"),
    ]
    for person in refused:
        with pytest.raises(AssignmentInvalid, match="active agent or team lead"):
            ticket_assignee_set(ticket_id=ticket.pk, assignee_id=person.pk, actor=agent)
    with pytest.raises(AssignmentInvalid):
        ticket_assignee_set(ticket_id=ticket.pk, assignee_id=987654321, actor=agent)
    with pytest.raises(Ticket.DoesNotExist):
        ticket_assignee_set(ticket_id=987654321, assignee_id=lead.pk, actor=agent)
    assert owner(ticket) == lead and len(events(ticket)) == 1


def test_bulk_assign_is_all_or_nothing_with_an_event_per_changed_ticket(agent, dana):
    tickets = [ticket_make(n=i) for i in range(3)]
    Ticket.objects.filter(pk=tickets[0].pk).update(assignee=dana)
    ids = [t.pk for t in tickets]
    assert tickets_assignee_set(ticket_ids=ids + ids[:1], assignee_id=dana.pk, actor=agent) == 2
    assert [owner(t) for t in tickets] == [dana] * 3
    assert [len(events(t)) for t in tickets] == [0, 1, 1]

    with pytest.raises(AssignmentInvalid, match="No such ticket: SD-987654321"):
        tickets_assignee_set(ticket_ids=[ids[0], 987654321], assignee_id=None, actor=agent)
    with pytest.raises(AssignmentInvalid, match=f"at most {BULK_ASSIGN_MAX}"):
        tickets_assignee_set(
            ticket_ids=list(range(1, BULK_ASSIGN_MAX + 2)), assignee_id=None, actor=agent
        )
    with pytest.raises(AssignmentInvalid, match="at least one"):
        tickets_assignee_set(ticket_ids=[], assignee_id=None, actor=agent)
    assert [owner(t) for t in tickets] == [dana] * 3

    assert tickets_assignee_set(ticket_ids=ids, assignee_id=None, actor=agent) == 3
    assert [len(events(t, "tickets.unassigned")) for t in tickets] == [1, 1, 1]


# --- the ticket page and the review pane -------------------------------------------------------


def test_ticket_page_assigns_to_a_colleague_to_me_and_unassigns(agent_client, agent, dana):
    ticket = ticket_make(n=1)
    page = agent_client.get(f"/tickets/{ticket.pk}/").text
    assert 'id="ticket-assignee"' in page and 'id="assignee-fact"' in page
    assert f'<option value="{dana.pk}">Dana Reyes</option>' in page

    url = f"/tickets/{ticket.pk}/assign/"
    response = agent_client.post(url, {"action": "assign", "assignee": dana.pk}, **HX)
    assert response.status_code == 200
    html = response.text
    assert html.lstrip().startswith('<div id="ticket-assignee"')
    assert '<strong id="assignee-name">Dana Reyes</strong>' in html
    assert '<dd id="assignee-fact" hx-swap-oob="true">Dana Reyes</dd>' in html
    assert owner(ticket) == dana

    html = agent_client.post(url, {"action": "me"}, **HX).text
    assert owner(ticket) == agent and '<strong id="assignee-name">agent1</strong>' in html
    assert 'id="assign-me"' not in html  # already mine
    html = agent_client.post(url, {"action": "unassign"}, **HX).text
    assert owner(ticket) is None and "nobody" in html and 'id="unassign-button"' not in html
    assert [e.name for e in events(ticket)] == [
        "tickets.assigned",
        "tickets.assigned",
        "tickets.unassigned",
    ]
    # Without JavaScript: a redirect back to the ticket page.
    response = agent_client.post(url, {"action": "assign", "assignee": dana.pk})
    assert response.status_code == 302 and response["Location"] == f"/tickets/{ticket.pk}/"
    assert "Dana Reyes" in agent_client.get(f"/tickets/{ticket.pk}/").text


@pytest.mark.parametrize(
    "data",
    [
        {"action": "assign", "assignee": "abc"},
        {"action": "assign", "assignee": ""},
        {"action": "assign", "assignee": "99999999999999999999999"},
        {"action": "assign", "assignee": "987654321"},
        {"action": "steal"},
    ],
)
def test_bad_assignees_are_a_clear_422(agent_client, dana, data):
    ticket = ticket_make(n=1, assignee=dana)
    url = f"/tickets/{ticket.pk}/assign/"
    response = agent_client.post(url, data, **HX)
    assert response.status_code == 422
    assert 'id="assign-error"' in response.text and 'id="ticket-assignee"' in response.text
    response = agent_client.post(url, data)
    assert response.status_code == 422 and 'id="assign-error"' in response.text
    assert f'href="/tickets/{ticket.pk}/"' in response.text
    assert owner(ticket) == dana and not events(ticket)


def test_an_admin_without_an_agent_role_cannot_take_ownership(make_user):
    ticket = ticket_make(n=1)
    client = Client()
    client.force_login(make_user("boss", "Admin"))
    response = client.post(f"/tickets/{ticket.pk}/assign/", {"action": "me"}, **HX)
    assert response.status_code == 422 and "active agent or team lead" in response.text
    assert owner(ticket) is None


def test_unknown_ticket_is_404_and_csrf_and_roles_guard_assignment(agent, dana, make_user):
    ticket = ticket_make(n=1)
    client = Client()
    client.force_login(agent)
    assert client.post("/tickets/987654321/assign/", {"action": "me"}).status_code == 404
    assert client.get(f"/tickets/{ticket.pk}/assign/").status_code == 405
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(agent)
    assert strict.post(f"/tickets/{ticket.pk}/assign/", {"action": "me"}).status_code == 403
    assert strict.post("/tickets/assign/", {"ticket": ticket.pk, "action": "me"}).status_code == 403
    roleless = Client()
    roleless.force_login(make_user("visitor", ""))
    assert roleless.post(f"/tickets/{ticket.pk}/assign/", {"action": "me"}).status_code == 403
    assert (
        roleless.post("/tickets/assign/", {"ticket": ticket.pk, "action": "me"}).status_code == 403
    )
    anonymous = Client().post(f"/tickets/{ticket.pk}/assign/", {"action": "me"})
    assert anonymous.status_code == 302 and "/login/" in anonymous["Location"]
    assert owner(ticket) is None and not events(ticket)


def test_review_pane_assigns_and_returns_to_the_pane(agent_client, agent, dana):
    ticket = ticket_make(n=1, status=TicketStatus.AWAITING_REVIEW, request_class="pricing")
    pane = agent_client.get(f"/queue/{ticket.pk}/", **HX).text
    assert (
        'id="ticket-assignee"' in pane and '<input type="hidden" name="from" value="queue">' in pane
    )
    url = f"/tickets/{ticket.pk}/assign/"
    html = agent_client.post(
        url, {"from": "queue", "action": "assign", "assignee": dana.pk}, **HX
    ).text
    assert '<input type="hidden" name="from" value="queue">' in html and "Dana Reyes" in html
    response = agent_client.post(url, {"from": "queue", "action": "me"})
    assert response.status_code == 302 and response["Location"] == f"/queue/{ticket.pk}/"
    assert owner(ticket) == agent


# --- bulk assign in the inbox ---------------------------------------------------------------


def test_inbox_bulk_assigns_ticked_rows_without_javascript(agent_client, agent, dana):
    tickets = [ticket_make(n=i, request_class="pricing") for i in range(4)]
    page = agent_client.get("/", {"class": "pricing"}).text
    assert '<form id="bulk-assign"' in page
    for t in tickets:
        assert f'name="ticket" value="{t.pk}" form="bulk-assign"' in page
    chosen = tickets[:3]
    response = agent_client.post(
        "/tickets/assign/",
        {"ticket": [t.pk for t in chosen], "assignee": dana.pk, "action": "assign"},
        HTTP_REFERER="http://testserver/?class=pricing",
    )
    assert response.status_code == 302 and response["Location"] == "/?class=pricing"
    assert [owner(t) for t in tickets] == [dana, dana, dana, None]
    assert [len(events(t)) for t in tickets] == [1, 1, 1, 0]
    assert "Assigned 3 of 3 tickets." in agent_client.get(response["Location"]).text

    # Unassign; a foreign Referer never becomes the redirect.
    response = agent_client.post(
        "/tickets/assign/",
        {"ticket": [chosen[0].pk], "action": "unassign"},
        HTTP_REFERER="https://evil.example/?x=1",
    )
    assert response["Location"] == "/" and owner(chosen[0]) is None


@pytest.mark.parametrize(
    "data",
    [
        {"action": "me"},  # nothing ticked
        {"ticket": ["1", "x"], "action": "me"},
        {"ticket": [str(i) for i in range(1, BULK_ASSIGN_MAX + 2)], "action": "me"},
        {"ticket": ["987654321"], "action": "me"},
        {"ticket": ["TICKET"], "action": "assign", "assignee": "nobody"},
    ],
)
def test_bulk_refusals_are_422_and_change_nothing(agent_client, data):
    ticket = ticket_make(n=1)
    data = {
        **data,
        "ticket": [str(ticket.pk) if v == "TICKET" else v for v in data.get("ticket", [])],
    }
    response = agent_client.post("/tickets/assign/", data)
    assert response.status_code == 422 and 'id="assign-error"' in response.text
    assert owner(ticket) is None and not Event.objects.filter(name__startswith="tickets.a").exists()


# --- Mine and My team ------------------------------------------------------------------------


def rows(html):
    return [int(pk) for pk in re.findall(r'name="ticket" value="(\d+)"', html)]


def test_mine_and_my_team_in_the_inbox(agent_client, agent, dana):
    support = Team.objects.create(slug="billing-team", name="Billing")
    other = Team.objects.create(slug="field", name="Field")
    support.members.add(agent)
    mine = ticket_make(n=1, assignee=agent)
    theirs = ticket_make(n=2, assignee=dana)
    ours = ticket_make(n=3)
    Ticket.objects.filter(pk=ours.pk).update(team=support, status=TicketStatus.ESCALATED)
    elsewhere = ticket_make(n=4)
    Ticket.objects.filter(pk=elsewhere.pk).update(team=other, status=TicketStatus.ESCALATED)

    page = agent_client.get("/", {"assignee": "me"}).text
    assert rows(page) == [mine.pk] and 'id="tab-mine" aria-current="page"' in page
    assert rows(agent_client.get("/", {"team": "mine"}).text) == [ours.pk]
    assert rows(agent_client.get("/").text) == [elsewhere.pk, ours.pk, theirs.pk, mine.pk]
    # Dana is in no team: My team is empty for her.
    dana_client = Client()
    dana_client.force_login(dana)
    no_team = dana_client.get("/", {"team": "mine"}).text
    assert rows(no_team) == [] and "a team lead adds members in the admin" in no_team
    assert rows(dana_client.get("/", {"assignee": "me"}).text) == [theirs.pk]


def count(client, url, params=None, **headers):
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url, params or {}, **headers)
    assert response.status_code == 200
    return len(ctx)


def test_mine_and_team_views_run_constant_queries(agent_client, agent, make_user):
    team = Team.objects.create(slug="t", name="T")
    team.members.add(agent)
    people = [make_user(f"p{i}", "Agent") for i in range(3)]

    def make(start, n):
        for i in range(start, start + n):
            t = ticket_make(n=i, assignee=agent if i % 2 else people[i % 3])
            Ticket.objects.filter(pk=t.pk).update(
                team=team, status=TicketStatus.AWAITING_REVIEW, request_class_id=None
            )

    make(0, 4)
    urls = [
        ("/", {}),
        ("/", {"assignee": "me"}),
        ("/", {"team": "mine"}),
        ("/queue/", {"who": "mine"}),
    ]
    few = [count(agent_client, u, p) for u, p in urls]
    few_htmx = [count(agent_client, u, p, **HX) for u, p in urls]
    make(10, 60)
    assert [count(agent_client, u, p) for u, p in urls] == few
    assert [count(agent_client, u, p, **HX) for u, p in urls] == few_htmx
    # Mine costs what the plain inbox costs (a filter); My team one query more (the user's team
    # ids, as values, so the planner can pick the team index for a small team).
    assert few[0] == few[1] == few[2] - 1


def test_queue_has_a_mine_tab(agent_client, agent):
    mine = ticket_make(n=1, status=TicketStatus.AWAITING_REVIEW, assignee=agent)
    ticket_make(n=2, status=TicketStatus.AWAITING_REVIEW)
    page = agent_client.get("/queue/").text
    assert 'id="queue-tab-mine"' in page and "who=mine" in page
    mine_page = agent_client.get("/queue/", {"who": "mine"}).text
    assert re.findall(r'data-ticket="(\d+)"', mine_page) == [str(mine.pk)]
    assert (
        'id="queue-tab-mine" title="Assigned to me, in this tab" aria-current="page"' in mine_page
    )


def test_leads_edit_team_members_in_the_admin(lead_client, agent):
    team = Team.objects.create(slug="t", name="T")
    form = lead_client.get(f"/admin/tickets/team/{team.pk}/change/")
    assert form.status_code == 200 and 'name="members"' in form.text
    response = lead_client.post(
        f"/admin/tickets/team/{team.pk}/change/",
        {"slug": "t", "name": "T", "email": "", "members": [agent.pk]},
    )
    assert response.status_code == 302, response.text[:2000]
    assert list(team.members.all()) == [agent]
