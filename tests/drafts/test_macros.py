"""Macros: leads manage them in the admin (the Team lead group's permissions, from the
migration), agents are offered the shared ones, their teams' and the ticket's team's, each
filled for the ticket on the server and escaped in the page; an unknown or empty placeholder is
left as written and pointed out, never an error."""

import html

import pytest
from django.contrib.auth.models import Group

from drafts.macros import PLACEHOLDERS, macro_fill
from drafts.models import Macro
from drafts.selectors import macro_list_for
from tests.drafts.review_support import *  # noqa: F403 (the fixtures)
from tests.tickets.test_inbox import ticket_make
from tickets.models import Customer, Team

pytestmark = pytest.mark.django_db


def _ticket(name="Ada Lovelace", plan="Business", team=None):
    ticket = ticket_make(n=1, subject="Where is my order")
    Customer.objects.filter(pk=ticket.customer_id).update(name=name, plan=plan)
    ticket.customer.refresh_from_db()
    if team is not None:
        ticket.team = team
        ticket.save(update_fields=["team"])
    return ticket


def test_placeholders_are_filled_from_the_ticket(agent):
    agent.first_name, agent.last_name = "Kay", "Moreno"
    ticket = _ticket(team=Team.objects.get(slug="billing"))
    fill = macro_fill(
        text="Hi {customer_first_name} ({customer_name}), about {ticket_number} "
        "on {plan} ({tier}), {team}: {ticket_subject}. {agent_name}, {customer_email}",
        ticket=ticket,
        agent=agent,
    )
    assert fill.text == (
        f"Hi Ada (Ada Lovelace), about SD-{ticket.pk} on Business (Business), Billing: "
        f"Where is my order. Kay Moreno, {ticket.customer.email}"
    )
    assert fill.unknown == [] and fill.missing == [] and fill.note == ""
    assert set(PLACEHOLDERS) >= {"customer_name", "ticket_number", "plan"}


def test_unknown_and_empty_placeholders_stay_visible_and_are_pointed_out(agent):
    ticket = _ticket(plan="")
    fill = macro_fill(
        text="Dear {customer_name}, your {plan} plan, {order_id}, {order_id}, {{literal}}, { x }",
        ticket=ticket,
        agent=agent,
    )
    assert fill.text == (
        "Dear Ada Lovelace, your {plan} plan, {order_id}, {order_id}, {{literal}}, { x }"
    )
    assert fill.unknown == ["order_id", "literal"] and fill.missing == ["plan"]
    assert "{plan}" in fill.note and "{order_id}" in fill.note and "{literal}" in fill.note


def test_a_value_is_never_read_again_as_a_placeholder(agent):
    """A customer who calls themself "{plan}\\n{agent_name}" gets their name, on one line,
    not the plan or the agent's name pulled in."""
    ticket = _ticket(name="{plan}\n  {agent_name}")
    fill = macro_fill(text="Hi {customer_name}, {plan}", ticket=ticket, agent=agent)
    assert fill.text == "Hi {plan} {agent_name}, Business"
    assert fill.unknown == [] and fill.missing == []


def test_agents_are_offered_shared_their_teams_and_the_tickets_teams_macros(make_user):
    support, billing, sales = (
        Team.objects.get(slug=s) for s in ("support", "billing", "engineering")
    )
    kay = make_user("kay")
    support.members.add(kay)
    Macro.objects.create(name="Shared", text="x")
    Macro.objects.create(name="Support's", text="x", team=support)
    Macro.objects.create(name="Billing's", text="x", team=billing)
    Macro.objects.create(name="Sales'", text="x", team=sales)
    Macro.objects.create(name="Retired", text="x", is_active=False)

    on_billing_ticket = macro_list_for(ticket=_ticket(team=billing), user=kay)
    assert [m.name for m in on_billing_ticket] == ["Billing's", "Shared", "Support's"]
    plain = ticket_make(n=2)
    assert [m.name for m in macro_list_for(ticket=plain, user=kay)] == ["Shared", "Support's"]


def test_leads_manage_macros_in_the_admin_and_agents_cannot(lead_client, client, agent):
    lead_perms = set(
        Group.objects.get(name="Team lead").permissions.values_list("codename", flat=True)
    )
    assert {"add_macro", "change_macro", "view_macro", "delete_macro"} <= lead_perms
    assert not Group.objects.get(name="Agent").permissions.filter(codename="add_macro").exists()

    assert "/admin/drafts/macro/" in lead_client.get("/admin/").content.decode()
    form = lead_client.get("/admin/drafts/macro/add/").content.decode()
    assert "{customer_name}" in form and "{ticket_number}" in form  # the placeholder help
    billing = Team.objects.get(slug="billing")
    response = lead_client.post(
        "/admin/drafts/macro/add/",
        {
            "name": "Refund sent",
            "team": billing.pk,
            "text": "Hi {customer_name}",
            "is_active": "on",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    macro = Macro.objects.get(name="Refund sent")
    assert macro.team == billing and macro.is_active
    assert lead_client.get("/admin/drafts/macro/").status_code == 200

    client.force_login(agent)
    assert client.get("/admin/drafts/macro/").status_code in (302, 403)
    assert client.get(f"/admin/drafts/macro/{macro.pk}/change/").status_code in (302, 403)


def test_the_review_pane_offers_macros_filled_and_escaped(drafted, agent_client):
    ticket, draft = drafted(sender="mallory@example.com")
    Customer.objects.filter(pk=ticket.customer_id).update(
        name='<script>alert("x")</script> Mallory'
    )
    Macro.objects.create(
        name="Tracking <b>help</b>",
        text="Hi {customer_name}, about {ticket_number} ({plan}): {order_id}",
    )
    page = agent_client.get(f"/queue/{ticket.pk}/").content.decode()
    assert 'id="edit-text-macro"' in page
    filled = (
        f'Hi <script>alert("x")</script> Mallory, about SD-{ticket.pk} (Business): {{order_id}}'
    )
    assert html.escape(filled, quote=False) in page.replace("&quot;", '"').replace("&#x27;", "'")
    assert "<script>alert" not in page and "<b>help</b>" not in page
    assert "Tracking &lt;b&gt;help&lt;/b&gt;" in page
    assert "{order_id} is not a placeholder" in page  # the note shown on insert


def test_the_demo_ships_macros_and_importing_them_twice_creates_nothing():
    """A new user trying the console found no macro to insert: the demo company has none."""
    import io
    import json
    import re

    from django.core.management import call_command

    from tickets.demo import DEMO_DIR

    path = DEMO_DIR / "macros.json"
    entries = json.loads(path.read_text())
    for entry in entries:
        for name in re.findall(r"\{(\w+)\}", entry["text"]):
            assert name in PLACEHOLDERS, (entry["name"], name)
    out = io.StringIO()
    call_command("import_macros", str(path), stdout=out)
    assert f"{len(entries)} created" in out.getvalue() and "0 skipped" in out.getvalue()
    assert Macro.objects.filter(team=None).exists()
    assert Macro.objects.exclude(team=None).exists()
    Macro.objects.filter(name="Looking into it").update(text="Edited by a lead")
    call_command("import_macros", str(path), stdout=io.StringIO())
    assert Macro.objects.count() == len(entries)
    assert Macro.objects.get(name="Looking into it").text == "Edited by a lead"


def test_the_composer_promises_the_macro_key_only_when_there_are_macros(undrafted, agent_client):
    """With no macro, 'i inserts a macro' led a new user to a key that did nothing."""
    ticket = undrafted()
    page = agent_client.get(f"/tickets/{ticket.pk}/").content.decode()
    assert 'id="reply-form"' in page
    assert "inserts a macro" not in page and "no macros yet" in page
    Macro.objects.create(name="Hello", text="Hi {customer_first_name},")
    page = agent_client.get(f"/tickets/{ticket.pk}/").content.decode()
    assert "inserts a macro" in page and "no macros yet" not in page
