"""Rough edges a new user hit (issue 19): each with the check that would have caught it."""

import pytest
from django.test import Client

from audit.metrics.dashboard import duration_text

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("seconds", "shown"),
    [
        (45, "45 s"),
        (900, "15 min"),
        (3599.7, "1 h 00 min"),  # was "60 min"
        (4320, "1 h 12 min"),
        (14385, "4 h 00 min"),  # 3 h 59 min 45 s: was "3 h 60 min"
        (36000, "10 h"),
        (3 * 86400, "3.0 d"),
    ],
)
def test_durations_never_show_60_minutes(seconds, shown):
    assert duration_text(seconds) == shown


def test_the_dashboard_cites_no_missing_design_file(lead_client):
    page = lead_client.get("/metrics/").content.decode()
    assert "Definition:" in page and "DESIGN.md" not in page


def test_leads_find_snapshots_and_replay_in_the_navigation(lead_client, agent):
    nav = lead_client.get("/").content.decode()
    assert 'href="/audit/snapshots/"' in nav and 'href="/replay/"' in nav
    other = Client()
    other.force_login(agent)
    assert 'href="/audit/snapshots/"' not in other.get("/").content.decode()


def test_an_agent_on_a_lead_page_gets_the_consoles_403_with_a_way_back(agent_client):
    response = agent_client.get("/metrics/")
    page = response.content.decode()
    assert response.status_code == 403
    assert "<h1>Not allowed</h1>" in page and "Team leads and admins only." in page
    assert 'href="/"' in page and "Review queue" in page  # the console's own layout


def test_a_missing_page_gets_the_consoles_404_with_a_way_back(agent_client):
    response = agent_client.get("/tickets/999999999/timeline/")
    page = response.content.decode()
    assert response.status_code == 404
    assert "<h1>Not found</h1>" in page and 'href="/"' in page and "Review queue" in page


def test_the_demo_in_debug_mode_shows_the_consoles_404_too(agent_client, settings):
    """`dev.py up` runs the demo with DJANGO_DEBUG on, where Django answered a missing ticket
    and an unknown address with its technical page (URL patterns, no way back)."""
    settings.DEBUG = True
    for path in ("/tickets/999999999/timeline/", "/no-such-page/"):
        response = agent_client.get(path)
        page = response.content.decode()
        assert response.status_code == 404, path
        assert "<h1>Not found</h1>" in page and "Review queue" in page, path
        assert "URLconf" not in page, path
    technical = agent_client.get("/no-such-page/?technical404=1").content.decode()
    assert "URLconf" in technical  # a developer can still ask for Django's page


def test_leads_manage_prompts_and_reply_templates_in_the_admin(lead_client, client, agent):
    """The README says leads manage prompts and reply templates: the admin lists both for a lead
    and opens them (it answered 403), and a lead can add a reply template; agents get neither."""
    index = lead_client.get("/admin/").content.decode()
    assert "/admin/drafts/prompttemplate/" in index and "/admin/drafts/replytemplate/" in index
    for path in ("/admin/drafts/prompttemplate/", "/admin/drafts/replytemplate/"):
        assert lead_client.get(path).status_code == 200
        assert lead_client.get(path + "add/").status_code == 200
    client.force_login(agent)
    assert client.get("/admin/drafts/prompttemplate/").status_code in (302, 403)
