"""Policy admin through the test client: leads edit (a new version each time), read old
versions and diffs; agents are refused."""

import io
from pathlib import Path

import pytest
from django.core.management import call_command

from audit.models import Event
from drafts.knowledge.models import PolicyDocument, PolicyVersion

DEMO = Path(__file__).resolve().parents[2] / "demo" / "policies"

pytestmark = pytest.mark.django_db


@pytest.fixture
def policies():
    call_command("import_policies", str(DEMO), stdout=io.StringIO())
    return PolicyDocument.objects.get(slug="refunds")


def change_url(doc):
    return f"/admin/knowledge/policydocument/{doc.pk}/change/"


def form_data(doc, body, note=""):
    return {
        "title": doc.title,
        "slug": doc.slug,
        "is_active": "on",
        "body": body,
        "change_note": note,
    }


def test_lead_edits_a_policy_and_a_new_version_appears(lead_client, lead, policies):
    doc = policies
    v1 = doc.current_version
    v1_fragments = list(v1.fragments.values_list("pk", "text", "content_hash"))
    page = lead_client.get(change_url(doc))
    assert page.status_code == 200
    assert "within **30 days" in page.content.decode()  # the current body is in the form

    body = v1.body.replace("within **30 days", "within **60 days")
    response = lead_client.post(change_url(doc), form_data(doc, body, "Longer return window"))
    assert response.status_code == 302, response.content.decode()[:2000]

    doc.refresh_from_db()
    v2 = doc.current_version
    assert v2.number == 2 and v2.author == lead and v2.change_note == "Longer return window"
    assert "60 days" in v2.fragments.get(anchor="hardware-returns-within-30-days").text
    assert list(v1.fragments.values_list("pk", "text", "content_hash")) == v1_fragments
    event = Event.objects.filter(name="knowledge.policy_version_created").latest("id")
    assert event.actor == lead and event.payload["number"] == 2

    # Saving the same text again makes no version.
    lead_client.post(change_url(doc), form_data(doc, body, "no-op"))
    assert PolicyVersion.objects.filter(document=doc).count() == 2

    # Old versions are read-only, and the diff shows the change.
    old_page = lead_client.get(f"/admin/knowledge/policyversion/{v1.pk}/change/")
    assert old_page.status_code == 200
    assert 'name="_save"' not in old_page.content.decode()
    assert (
        lead_client.post(f"/admin/knowledge/policyversion/{v1.pk}/change/", {}).status_code == 403
    )
    diff = lead_client.get(f"/admin/knowledge/policyversion/{v2.pk}/diff/")
    assert diff.status_code == 200
    html = diff.content.decode()
    assert 'class="diff"' in html and 'class="diff_chg"' in html
    assert "returned&nbsp;for&nbsp;a&nbsp;full&nbsp;refund" in html  # the changed line


def test_lead_creates_a_policy_in_the_admin(lead_client, lead, db):
    response = lead_client.post(
        "/admin/knowledge/policydocument/add/",
        {
            "title": "Gift cards",
            "slug": "gift-cards",
            "is_active": "on",
            "body": "# Gift cards\n\n## Expiry\n\nGift cards are valid for 24 months.\n",
            "change_note": "",
        },
    )
    assert response.status_code == 302
    doc = PolicyDocument.objects.get(slug="gift-cards")
    assert doc.current_version.number == 1 and doc.current_version.author == lead
    assert list(doc.current_version.fragments.values_list("anchor", flat=True)) == [
        "gift-cards",
        "expiry",
    ] or list(doc.current_version.fragments.values_list("anchor", flat=True)) == ["expiry"]


def test_a_body_with_nothing_to_cite_is_a_form_error(lead_client, policies):
    doc = policies
    response = lead_client.post(change_url(doc), form_data(doc, "## Only a heading\n"))
    assert response.status_code == 200
    assert "no text to cite" in response.content.decode()
    assert PolicyVersion.objects.filter(document=doc).count() == 1


def test_diff_escapes_markup(lead_client, policies):
    doc = policies
    body = (
        doc.current_version.body
        + '\n## Note\n\n<script>alert("x")</script> <img src=x onerror=alert(1)>\n'
    )
    lead_client.post(change_url(doc), form_data(doc, body))
    doc.refresh_from_db()
    html = lead_client.get(
        f"/admin/knowledge/policyversion/{doc.current_version_id}/diff/"
    ).content.decode()
    assert "&lt;script&gt;" in html
    assert "<script>alert" not in html and "<img src=x" not in html


def test_agents_are_refused(client, make_user, policies):
    doc = policies
    version = doc.current_version
    urls = [
        "/admin/knowledge/policydocument/",
        change_url(doc),
        "/admin/knowledge/policydocument/add/",
        f"/admin/knowledge/policyversion/{version.pk}/change/",
        f"/admin/knowledge/policyversion/{version.pk}/diff/",
        "/admin/knowledge/policyfragment/",
    ]
    # An agent with admin-site access (staff) but no lead role gets 403 on every policy page.
    staff_agent = make_user("staff_agent", "Agent", is_staff=True)
    client.force_login(staff_agent)
    for url in urls:
        assert client.get(url).status_code == 403, url
    response = client.post(change_url(doc), form_data(doc, "## Hacked\n\ntext\n"))
    assert response.status_code == 403
    assert "knowledge" not in client.get("/admin/").content.decode().lower()
    # A plain agent never gets past the admin login.
    client.force_login(make_user("plain_agent", "Agent"))
    for url in urls:
        response = client.get(url)
        assert response.status_code == 302 and "/admin/login/" in response["Location"], url
    assert PolicyVersion.objects.filter(document=doc).count() == 1
