"""Issuing and revoking API tokens in the admin, as an admin user through the test client."""

import hashlib
import json
import re

import pytest

from tickets.models import ApiToken

pytestmark = pytest.mark.django_db

KEY_RE = re.compile(r"sdk_[A-Za-z0-9_-]{20,}")


@pytest.fixture
def admin_client(client, django_user_model):
    admin = django_user_model.objects.create_superuser(
        username="root", email="root@example.com", password="pw-for-tests-only"
    )
    client.force_login(admin)
    return client


def api_create(client, key):
    return client.post(
        "/api/v1/tickets",
        json.dumps({"customer": {"email": "c@example.com"}, "body": "hello"}),
        content_type="application/json",
        headers={"Authorization": f"Bearer {key}"},
    )


def test_creating_a_token_shows_the_key_once_and_stores_only_its_hash(admin_client, client):
    response = admin_client.post(
        "/admin/tickets/apitoken/add/", {"name": "Shop backend", "_save": "Save"}, follow=True
    )
    assert response.status_code == 200
    html = response.content.decode()
    keys = set(KEY_RE.findall(html))
    assert len(keys) == 1, "the new key is shown in the message"
    key = keys.pop()
    assert "will not be shown again" in html

    token = ApiToken.objects.get()
    assert token.name == "Shop backend"
    assert token.key_hash == hashlib.sha256(key.encode()).hexdigest()
    assert key.startswith(token.key_prefix) and token.key_prefix != key
    assert token.created_by.username == "root"
    assert key not in {str(getattr(token, f.attname)) for f in ApiToken._meta.concrete_fields}

    # Never again: not on the list, not on the change page.
    for page in ("/admin/tickets/apitoken/", f"/admin/tickets/apitoken/{token.pk}/change/"):
        again = admin_client.get(page)
        assert again.status_code == 200
        assert key not in again.content.decode()
        assert token.key_prefix in again.content.decode()

    assert api_create(client, key).status_code == 201


def test_the_revoke_action_stops_the_token_working(admin_client, client):
    admin_client.post("/admin/tickets/apitoken/add/", {"name": "Old integration"}, follow=True)
    first = ApiToken.objects.get()
    response = admin_client.post("/admin/tickets/apitoken/add/", {"name": "Kept"}, follow=True)
    kept_key = KEY_RE.search(response.content.decode()).group(0)
    response = admin_client.post("/admin/tickets/apitoken/add/", {"name": "Doomed"}, follow=True)
    doomed_key = KEY_RE.search(response.content.decode()).group(0)
    doomed = ApiToken.objects.get(name="Doomed")

    response = admin_client.post(
        "/admin/tickets/apitoken/",
        {"action": "revoke", "_selected_action": [doomed.pk, first.pk]},
        follow=True,
    )
    assert response.status_code == 200
    assert "Revoked 2 API token(s)." in response.content.decode()
    doomed.refresh_from_db()
    assert doomed.revoked_at is not None
    assert ApiToken.objects.get(name="Kept").revoked_at is None

    refused = api_create(client, doomed_key)
    assert refused.status_code == 401 and "revoked" in refused.json()["detail"]
    assert api_create(client, kept_key).status_code == 201

    # Revoking again changes nothing.
    revoked_at = doomed.revoked_at
    admin_client.post(
        "/admin/tickets/apitoken/", {"action": "revoke", "_selected_action": [doomed.pk]}
    )
    doomed.refresh_from_db()
    assert doomed.revoked_at == revoked_at


def test_token_admin_is_not_for_agents(client, django_user_model):
    agent = django_user_model.objects.create_user(username="a", password="pw-for-tests-only")
    client.force_login(agent)
    response = client.get("/admin/tickets/apitoken/add/")
    assert response.status_code in (302, 403)
    assert ApiToken.objects.count() == 0
