"""Bad input at the edge (issue 15, items 1 and 3), through the real stack: characters
PostgreSQL refuses (NUL) in query strings, form fields, cookies and paths are a clear 400 page,
and ids out of range anywhere (path, query, form) are a 404 or the page's own answer, never a
500 (DataError, OverflowError)."""

import pytest
from django.test import Client

from drafts.knowledge.services import policy_document_create
from supportdesk.converters import ID_MAX, InvalidId, id_or_none, id_parse
from tickets.inbound import InboundMessage
from tickets.services import inbound_ingest

pytestmark = pytest.mark.django_db
HUGE = "9" * 23  # the outside probe's id


def _refused(response, where: str) -> None:
    assert response.status_code == 400, response.content[:300]
    text = response.content.decode()
    assert "Input refused" in text and 'class="topbar"' in text  # the console's look
    assert f"{where} contains a NUL character (U+0000), which cannot be stored." in text


@pytest.fixture
def ticket(db):
    return inbound_ingest(
        inbound=InboundMessage(
            from_address="ada@example.com", subject="Station offline", body_text="It is down."
        ),
        channel="email",
    ).ticket


def test_nul_in_the_inbox_search_is_a_400_page(agent_client, ticket):
    _refused(agent_client.get("/?q=%00"), "The query parameter q")
    _refused(agent_client.get("/", {"status": "open\x00"}), "The query parameter status")
    assert agent_client.get("/?q=Station").status_code == 200


@pytest.mark.parametrize("path", ["/metrics/", "/metrics/export.csv", "/metrics/tickets/"])
def test_nul_in_metrics_filters_is_a_400_page(lead_client, path):
    _refused(lead_client.get(f"{path}?class=%00"), "The query parameter class")
    assert lead_client.get(f"{path}?class=billing-dispute").status_code == 200


@pytest.mark.parametrize(
    "path",
    [
        "/admin/tickets/ticket/?status=%00",
        "/admin/tickets/rawinbound/?status=%00",
        "/admin/tickets/customer/?q=%00",
    ],
)
def test_nul_in_admin_change_list_filters_is_a_400_page(admin_client, path):
    _refused(admin_client.get(path), "The query parameter " + path.split("?")[1].split("=")[0])


def test_nul_in_a_form_field_or_a_cookie_or_the_path_is_a_400_page(client, admin_client):
    _refused(
        client.post("/login/", {"username": "ada\x00", "password": "x"}), "The form field username"
    )
    _refused(
        admin_client.post(
            "/admin/tickets/customer/add/", {"name": "A\x00", "email": "a@b.example"}
        ),
        "The form field name",
    )
    _refused(client.get("/tickets/%00/"), "The address")
    sneaky = Client()
    sneaky.cookies["sessionid"] = "abcdefgh\x00ijklmnop"
    _refused(sneaky.get("/login/"), "The cookie sessionid")


# --- ids -------------------------------------------------------------------------------------


def test_id_parse_is_the_one_range_check():
    assert id_parse("42") == 42 and id_parse(" 7 ") == 7 and id_parse(ID_MAX) == ID_MAX
    for bad in ("", "0", "-1", "1.5", "abc", "١٢", HUGE, str(ID_MAX + 1), None, True, 0):
        with pytest.raises(InvalidId):
            id_parse(bad)
    assert id_or_none(HUGE) is None and id_or_none("3") == 3
    assert issubclass(InvalidId, ValueError)


@pytest.mark.parametrize(
    "path",
    [
        f"/tickets/{HUGE}/",
        f"/tickets/{HUGE}/timeline/",
        f"/tickets/{HUGE}/timeline.json",
        f"/tickets/1/raw/{HUGE}/",
        f"/queue/{HUGE}/",
        f"/queue/fragments/{HUGE}/",
        f"/tickets/{ID_MAX + 1}/",
        "/tickets/0/",
    ],
)
def test_out_of_range_ids_in_paths_are_404(admin_client, path):
    assert admin_client.get(path).status_code == 404


def test_out_of_range_ids_in_query_strings(admin_client):
    # The outside probe's case: the rule-set diff with a 23-digit version number.
    response = admin_client.get(f"/admin/routing/rulesetversion/diff/?a={HUGE}")
    assert response.status_code == 302
    assert response["Location"] == "/admin/routing/rulesetversion/diff/"
    assert admin_client.get(f"/admin/routing/rulesetversion/diff/?a=1&b={HUGE}").status_code == 302
    assert admin_client.get("/admin/routing/rulesetversion/diff/").status_code == 200
    response = admin_client.get(f"/admin/routing/rule/dry-run/?candidate={HUGE}")
    assert response.status_code == 200 and "There is no version" in response.content.decode()
    assert admin_client.get(f"/audit/snapshots/compare/?a={HUGE}&b=1").status_code == 404
    assert admin_client.get(f"/queue/new/?since={HUGE}").status_code == 200
    assert admin_client.get(f"/api/v1/tickets/{HUGE}").status_code == 401  # no token: 401


def test_out_of_range_policy_version_in_the_knowledge_diff(admin_client):
    document = policy_document_create(slug="refunds", title="Refunds", body="# Refunds\n\nNone.")
    version = document.versions.get()
    base = f"/admin/knowledge/policyversion/{version.pk}/diff/"
    assert admin_client.get(base).status_code == 200
    assert admin_client.get(f"{base}?against={HUGE}").status_code == 404
    assert admin_client.get(f"{base}?against=x").status_code == 404


# --- the intake API: stored first, then refused with a clear answer ----------------------------


@pytest.mark.parametrize(
    "body, key, status, detail",
    [
        (
            b'{"customer": {"email": "a@b.example"}, "subject": "s\\u0000", "body": "b"}',
            "",
            422,
            "subject: must not contain NUL",
        ),
        (
            b'{"customer": {"email": "a@b.example"}, "subject": "\\ud800", "body": "b"}',
            "",
            400,
            "not valid UTF-8 JSON",
        ),
        (
            b'{"customer": {"email": "a@b.example"}, "subject": "s", "body": "b"}',
            "k\x00",
            422,
            "Idempotency-Key: contains a NUL",
        ),
    ],
    ids=["nul-field", "lone-surrogate", "nul-idempotency-key"],
)
def test_api_refuses_what_the_database_cannot_store_after_storing_it(
    client, body, key, status, detail
):
    from tickets.models import RawInbound, RawInboundStatus
    from tickets.tokens import api_token_create

    issued = api_token_create(name="shop backend")
    headers = {"Authorization": f"Bearer {issued.key}", "Idempotency-Key": key}
    response = client.generic(
        "POST", "/api/v1/tickets", body, content_type="application/json", headers=headers
    )
    assert response.status_code == status, response.content
    assert detail in response.json()["detail"]
    raw = RawInbound.objects.get()
    assert bytes(raw.content) == body and raw.status == RawInboundStatus.FAILED
