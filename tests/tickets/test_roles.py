"""Login, the login wall and what each role can reach, through the real URL stack."""

import pytest

from tickets.models import Customer, Ticket

pytestmark = pytest.mark.django_db


@pytest.fixture
def ticket():
    customer = Customer.objects.create(email="c@example.com")
    return Ticket.objects.create(
        customer=customer, subject="Hi", channel="email", created_at="2025-01-01T10:00:00Z"
    )


@pytest.mark.parametrize("path", ["/", "/tickets/1/", "/tickets/1/raw/1/", "/?status=new"])
def test_anonymous_is_sent_to_login(client, path):
    response = client.get(path)
    assert response.status_code == 302
    assert response["Location"].startswith("/login/?next=")


def test_login_page_renders_and_logs_in(client, agent):
    page = client.get("/login/")
    assert page.status_code == 200
    assert 'name="username"' in page.text and 'name="password"' in page.text
    assert "csrfmiddlewaretoken" in page.text

    bad = client.post("/login/", {"username": "agent1", "password": "wrong"})
    assert bad.status_code == 200
    assert "did not match" in bad.text

    good = client.post("/login/", {"username": "agent1", "password": "pw-for-tests-only"})
    assert good.status_code == 302 and good["Location"] == "/"
    assert client.get("/").status_code == 200


def test_logout_is_a_post_form(agent_client):
    html = agent_client.get("/").text
    assert '<form method="post" action="/logout/"' in html
    response = agent_client.post("/logout/")
    assert response.status_code == 302
    assert agent_client.get("/").status_code == 302


def test_a_user_without_a_role_gets_403(client, make_user, ticket):
    client.force_login(make_user("nobody", role=""))
    assert client.get("/").status_code == 403
    assert client.get(f"/tickets/{ticket.pk}/").status_code == 403


def test_agent_has_no_admin(agent_client, agent):
    assert agent.is_staff is False
    response = agent_client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
    assert agent_client.get("/admin/tickets/requestclass/").status_code == 302
    # And the console does not offer the link.
    assert 'href="/admin/"' not in agent_client.get("/").text


def test_lead_reaches_the_admin_for_ticket_settings(lead_client):
    assert lead_client.get("/admin/").status_code == 200
    for model in ["requestclass", "team", "customer", "apitoken"]:
        assert lead_client.get(f"/admin/tickets/{model}/").status_code == 200, model
        assert lead_client.get(f"/admin/tickets/{model}/add/").status_code == 200, model
    # Tickets themselves are worked in the console, not edited in the admin.
    assert lead_client.get("/admin/tickets/ticket/").status_code == 403
    assert 'href="/admin/"' in lead_client.get("/").text


def test_agent_reaches_the_console(agent_client, ticket):
    assert agent_client.get("/").status_code == 200
    assert agent_client.get(f"/tickets/{ticket.pk}/").status_code == 200


def test_pages_carry_the_strict_csp_and_no_inline_script_or_style(agent_client, ticket):
    for path in ["/", f"/tickets/{ticket.pk}/", "/login/"]:
        response = agent_client.get(path)
        csp = response["Content-Security-Policy"]
        assert "script-src 'self'" in csp and "style-src 'self'" in csp
        html = response.text
        assert "<script>" not in html and "<style" not in html and " style=" not in html
        assert 'hx-headers=\'{"X-CSRFToken": "' in html
