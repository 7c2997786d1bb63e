"""The intake API through the real stack: test client, URL conf, middleware, PostgreSQL."""

import base64
import datetime as dt
import hashlib
import json
import time

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from tickets.models import (
    ApiToken,
    Attachment,
    Customer,
    IdempotencyKey,
    Message,
    RawInbound,
    RawInboundStatus,
    Ticket,
    TicketStatus,
)
from tickets.services import ticket_transition
from tickets.tokens import api_token_cache_clear, api_token_create, api_token_revoke

pytestmark = pytest.mark.django_db

URL = "/api/v1/tickets"


@pytest.fixture
def issued(db):
    return api_token_create(name="shop backend")


@pytest.fixture
def post(client, issued):
    def post(path=URL, payload=None, *, body=None, key=None, token=None, **headers):
        if body is None:
            body = json.dumps(payload).encode()
        headers.setdefault("Authorization", f"Bearer {token or issued.key}")
        if key is not None:
            headers["Idempotency-Key"] = key
        return client.generic("POST", path, body, content_type="application/json", headers=headers)

    return post


def ticket_payload(**overrides):
    payload = {
        "customer": {"email": "ada@example.com", "name": "Ada Park", "external_id": "cus_1"},
        "subject": "Station offline",
        "body": "My weather station stopped reporting yesterday.",
    }
    payload.update(overrides)
    return payload


# --- Authentication ---------------------------------------------------------------------------


def test_no_token_is_401_with_a_json_message_and_stores_nothing(client):
    response = client.post(URL, ticket_payload(), content_type="application/json")
    assert response.status_code == 401
    assert "missing API token" in response.json()["detail"]
    assert response["WWW-Authenticate"].startswith("Bearer")
    assert RawInbound.objects.count() == 0 and Ticket.objects.count() == 0


@pytest.mark.parametrize(
    ("header", "message"),
    [
        ("Bearer sdk_not-a-real-token", "invalid API token"),
        ("Bearer ", "must be 'Bearer <token>'"),
        ("Basic dXNlcjpwdw==", "must be 'Bearer <token>'"),
        ("Bearer " + "x" * 5000, "invalid API token"),
    ],
)
def test_bad_token_is_401(post, header, message):
    response = post(payload=ticket_payload(), Authorization=header)
    assert response.status_code == 401
    assert message in response.json()["detail"]
    assert RawInbound.objects.count() == 0


def test_revoked_token_is_401(post, issued, client):
    api_token_revoke(token=issued.token)
    response = post(payload=ticket_payload())
    assert response.status_code == 401
    assert "revoked" in response.json()["detail"]
    read = client.get(f"{URL}/1", headers={"Authorization": f"Bearer {issued.key}"})
    assert read.status_code == 401


def test_token_is_stored_only_as_its_hash(issued):
    token = ApiToken.objects.get()
    assert token.key_hash == hashlib.sha256(issued.key.encode()).hexdigest()
    assert issued.key.startswith(token.key_prefix) and len(token.key_prefix) < len(issued.key)
    stored = {str(getattr(token, f.attname)) for f in ApiToken._meta.concrete_fields}
    assert issued.key not in stored


def test_last_used_at_is_written_at_most_once_a_minute(post, issued):
    assert post(payload=ticket_payload()).status_code == 201
    first = ApiToken.objects.get().last_used_at
    assert first is not None
    assert post(payload=ticket_payload()).status_code == 201
    assert ApiToken.objects.get().last_used_at == first
    ApiToken.objects.update(last_used_at=timezone.now() - dt.timedelta(minutes=2))
    api_token_cache_clear()  # as when the process's remembered copy expires
    assert post(payload=ticket_payload()).status_code == 201
    assert ApiToken.objects.get().last_used_at > first


@pytest.fixture
def shared_cache(settings, tmp_path):
    """A cache every server process shares (as Redis is in production; a file cache here, so
    no server is needed): tokens are remembered in it."""
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(tmp_path / "cache"),
        }
    }


def _token_reads(post, payload):
    with CaptureQueriesContext(connection) as queries:
        assert post(payload=payload).status_code == 201
    return sum('FROM "tickets_apitoken"' in q["sql"] for q in queries)


def test_a_valid_token_is_read_once_per_cache_period(post, issued, settings, shared_cache):
    settings.SUPPORTDESK_API_TOKEN_CACHE_SECONDS = 1

    assert _token_reads(post, ticket_payload()) == 1
    assert _token_reads(post, ticket_payload()) == 0
    # Revoked behind api_token_revoke's back (straight in the database): the remembered copy
    # is used until the cache period ends, then the token is refused.
    ApiToken.objects.update(revoked_at=timezone.now())
    assert post(payload=ticket_payload()).status_code == 201
    time.sleep(1.1)
    refused = post(payload=ticket_payload())
    assert refused.status_code == 401 and "revoked" in refused.json()["detail"]


def test_a_process_local_cache_remembers_no_token(post, issued, settings):
    # The embedded default (locmem) is private to each server process, where a revocation
    # could not reach the others: every request reads its token.
    assert settings.CACHES["default"]["BACKEND"].endswith("LocMemCache")
    settings.SUPPORTDESK_API_TOKEN_CACHE_SECONDS = 60
    assert _token_reads(post, ticket_payload()) == 1
    assert _token_reads(post, ticket_payload()) == 1


def test_revoking_holds_at_once_in_every_process_sharing_the_cache(
    post, issued, settings, shared_cache, django_capture_on_commit_callbacks
):
    settings.SUPPORTDESK_API_TOKEN_CACHE_SECONDS = 60
    assert _token_reads(post, ticket_payload()) == 1  # now remembered in the shared cache
    with django_capture_on_commit_callbacks(execute=True):
        api_token_revoke(token=issued.token)
    refused = post(payload=ticket_payload())
    assert refused.status_code == 401 and "revoked" in refused.json()["detail"]
    # The shared cache holds the verdict: it is refused without reading the row again.
    with CaptureQueriesContext(connection) as queries:
        assert post(payload=ticket_payload()).status_code == 401
    assert not any('FROM "tickets_apitoken"' in q["sql"] for q in queries)


def test_revoking_holds_at_once_in_the_revoking_process(post, issued, settings):
    settings.SUPPORTDESK_API_TOKEN_CACHE_SECONDS = 60
    assert post(payload=ticket_payload()).status_code == 201
    api_token_revoke(token=issued.token)
    assert post(payload=ticket_payload()).status_code == 401


# --- Create --------------------------------------------------------------------------------


def test_create_opens_a_ticket_through_intake_and_keeps_the_raw_body(post, issued):
    payload = ticket_payload()
    payload["customer"].update({"tier": "business", "plan": "Business yearly", "locale": "de"})
    body = json.dumps(payload).encode()
    response = post(body=body)
    assert response.status_code == 201, response.content
    data = response.json()
    ticket = Ticket.objects.get()
    assert data["id"] == ticket.pk
    assert data["reference"] == f"SD-{ticket.pk}"
    assert data["status"] == "new"
    assert data["urls"]["self"] == f"http://testserver/api/v1/tickets/{ticket.pk}"
    assert data["urls"]["messages"].endswith(f"/api/v1/tickets/{ticket.pk}/messages")
    assert ticket.channel == "api" and ticket.subject == "Station offline"
    assert ticket.customer.email == "ada@example.com"
    assert (ticket.customer.tier, ticket.customer.plan, ticket.customer.locale) == (
        "business",
        "Business yearly",
        "de",
    )
    assert ticket.customer.external_id == "cus_1"
    message = ticket.messages.get()
    assert message.body_text == payload["body"] and message.direction == "inbound"
    raw = RawInbound.objects.get()
    assert bytes(raw.content) == body
    assert raw.content_type == "application/json"
    assert raw.source == f"api token {issued.token.key_prefix}"
    assert raw.status == RawInboundStatus.PARSED and raw.ticket_id == ticket.pk
    assert message.raw_id == raw.pk


def test_create_matches_an_existing_customer_case_insensitively(post):
    existing = Customer.objects.create(email="Ada@Example.com", name="Ada", tier="enterprise")
    payload = ticket_payload()
    payload["customer"].update({"email": "ADA@example.COM", "name": "Someone Else", "tier": "free"})
    assert post(payload=payload).status_code == 201
    assert Customer.objects.count() == 1
    ticket = Ticket.objects.get()
    assert ticket.customer_id == existing.pk
    existing.refresh_from_db()
    # Intake fills blanks but never overwrites what is known.
    assert (existing.name, existing.tier) == ("Ada", "enterprise")


def test_attachments_are_decoded_and_kept(post):
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256))
    payload = ticket_payload(
        attachments=[
            {
                "filename": "photo.png",
                "content_type": "image/png",
                "content_base64": base64.b64encode(png).decode(),
            },
            {"filename": "notes.txt", "content_base64": base64.b64encode(b"hello").decode()},
        ]
    )
    assert post(payload=payload).status_code == 201
    photo, notes = Attachment.objects.order_by("id")
    assert bytes(photo.content) == png and photo.size == len(png)
    assert photo.sha256 == hashlib.sha256(png).hexdigest() and photo.content_type == "image/png"
    assert notes.content_type == "application/octet-stream"


def test_html_and_script_are_stored_as_data_and_sanitized_html(post):
    payload = ticket_payload(
        subject='<script>alert("s")</script><img src=x onerror=alert(1)>',
        body="<b>bold?</b> onerror=alert(2)",
        body_html='<p onclick="steal()">Hi<script>alert(3)</script><img src=x onerror=alert(4)></p>',
    )
    response = post(payload=payload)
    assert response.status_code == 201
    assert response["Content-Type"] == "application/json; charset=utf-8"
    ticket = Ticket.objects.get()
    message = ticket.messages.get()
    # Text is stored as written (templates escape it); HTML is sanitized before storage.
    assert ticket.subject == payload["subject"]
    assert message.body_text == payload["body"]
    assert "Hi" in message.body_html
    for bad in ("<script", "onerror", "onclick", "<img"):
        assert bad not in message.body_html


# --- Validation -------------------------------------------------------------------------------


def _without(payload, *path):
    target = payload
    for part in path[:-1]:
        target = target[part]
    del target[path[-1]]
    return payload


INVALID_PAYLOADS = [
    ("missing customer", _without(ticket_payload(), "customer"), "customer"),
    ("missing email", _without(ticket_payload(), "customer", "email"), "customer.email"),
    ("bad email", ticket_payload(customer={"email": "not an address"}), "customer.email"),
    (
        "email too long",
        ticket_payload(customer={"email": "a" * 300 + "@example.com"}),
        "customer.email",
    ),
    ("email wrong type", ticket_payload(customer={"email": ["a@example.com"]}), "customer.email"),
    ("customer not an object", ticket_payload(customer="ada@example.com"), "customer"),
    (
        "unknown tier",
        ticket_payload(customer={"email": "a@example.com", "tier": "gold"}),
        "customer.tier",
    ),
    ("missing body", _without(ticket_payload(), "body"), "body"),
    ("blank body", ticket_payload(body="  \n "), "body"),
    ("body wrong type", ticket_payload(body=12), "body"),
    ("subject wrong type", ticket_payload(subject={"a": 1}), "subject"),
    ("huge subject", ticket_payload(subject="x" * 100_000), "subject"),
    (
        "huge name",
        ticket_payload(customer={"email": "a@example.com", "name": "n" * 10_000}),
        "customer.name",
    ),
    ("NUL in body", ticket_payload(body="before\u0000after"), "body"),
    ("attachments not a list", ticket_payload(attachments={"filename": "x"}), "attachments"),
    (
        "bad base64",
        ticket_payload(attachments=[{"filename": "a", "content_base64": "@@@"}]),
        "attachments.0.content_base64",
    ),
    (
        "attachment without name",
        ticket_payload(attachments=[{"content_base64": "aGk="}]),
        "attachments.0.filename",
    ),
    ("JSON array", [ticket_payload()], "body"),
    ("JSON string", "hello", "body"),
]


@pytest.mark.parametrize(
    ("case", "payload", "field"), INVALID_PAYLOADS, ids=[c[0] for c in INVALID_PAYLOADS]
)
def test_schema_errors_are_422_naming_the_field_and_keep_the_raw_input(post, case, payload, field):
    body = json.dumps(payload).encode()
    response = post(body=body)
    assert response.status_code == 422, response.content
    data = response.json()
    assert data["detail"].startswith(f"{field}:") or f"; {field}:" in data["detail"]
    assert field in [e["field"] for e in data["errors"]]
    assert Ticket.objects.count() == 0
    raw = RawInbound.objects.get()
    assert bytes(raw.content) == body
    assert raw.status == RawInboundStatus.FAILED and field in raw.error


@pytest.mark.parametrize(
    "body",
    [
        b'{"customer": {"email": "a@example.com"}, "body": "x"',  # truncated
        b"",
        b"not json at all",
        b'{"customer": {"email": "a@example.com"}, "body": "caf\xe9"}',  # Latin-1, not UTF-8
        b"\xff\xfe\x00{\x00}",  # UTF-16 with BOM
        b'{"customer": {"email": "a@example.com"}, "body": "\\ud800 lone surrogate"}',
        b"\x00" * 64,
    ],
    ids=["truncated", "empty", "prose", "latin-1", "utf-16", "lone-surrogate", "nul-bytes"],
)
def test_malformed_json_is_400_and_keeps_the_raw_input(post, body):
    response = post(body=body)
    assert response.status_code == 400, response.content
    assert "not valid UTF-8 JSON" in response.json()["detail"]
    raw = RawInbound.objects.get()
    assert bytes(raw.content) == body and raw.status == RawInboundStatus.FAILED
    assert Ticket.objects.count() == 0


def test_unknown_fields_are_ignored(post):
    assert post(payload=ticket_payload(priority="urgent", extra={"a": 1})).status_code == 201


# --- Idempotency ------------------------------------------------------------------------------


def test_same_idempotency_key_returns_the_same_ticket_and_creates_nothing(post):
    body = json.dumps(ticket_payload()).encode()
    first = post(body=body, key="order-1001")
    again = post(body=body, key="order-1001")
    assert first.status_code == 201 and again.status_code == 200
    assert again.json() == first.json()
    assert Ticket.objects.count() == 1 and Message.objects.count() == 1
    assert IdempotencyKey.objects.count() == 1
    retry_raw = RawInbound.objects.order_by("id").last()
    assert retry_raw.status == RawInboundStatus.IGNORED
    assert retry_raw.ticket_id == first.json()["id"]
    assert "idempotent retry" in retry_raw.ignored_reason


def test_same_idempotency_key_with_another_body_is_422(post):
    assert post(payload=ticket_payload(), key="k1").status_code == 201
    response = post(payload=ticket_payload(body="Something else entirely"), key="k1")
    assert response.status_code == 422
    assert "already used with a different request body" in response.json()["detail"]
    assert Ticket.objects.count() == 1
    assert RawInbound.objects.order_by("id").last().status == RawInboundStatus.FAILED


def test_idempotency_keys_are_per_token(post):
    other = api_token_create(name="other integration")
    body = json.dumps(ticket_payload()).encode()
    assert post(body=body, key="same").status_code == 201
    assert post(body=body, key="same", token=other.key).status_code == 201
    assert Ticket.objects.count() == 2


def test_overlong_idempotency_key_is_422(post):
    response = post(payload=ticket_payload(), key="k" * 201)
    assert response.status_code == 422
    assert response.json()["detail"].startswith("Idempotency-Key")
    assert Ticket.objects.count() == 0


# --- Size limit -------------------------------------------------------------------------------


def test_default_limit_is_10_mb_and_a_larger_body_is_413(post, settings):
    assert settings.SUPPORTDESK_MAX_REQUEST_BYTES == 10 * 1024 * 1024
    huge = ticket_payload(body="x" * (10 * 1024 * 1024))
    response = post(payload=huge)
    assert response.status_code == 413
    assert "limit" in response.json()["detail"]
    assert RawInbound.objects.count() == 0  # refused before the body is read


def test_a_body_within_the_limit_is_accepted(post, settings):
    settings.SUPPORTDESK_MAX_REQUEST_BYTES = settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 200_000
    payload = ticket_payload(body="y" * 150_000)
    assert post(payload=payload).status_code == 201


def test_djangos_own_upload_limit_answers_413_not_400_or_500(post, settings):
    # A deployment may set DATA_UPLOAD_MAX_MEMORY_SIZE below the middleware's limit.
    settings.SUPPORTDESK_MAX_REQUEST_BYTES = 1_000_000
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1_000
    response = post(payload=ticket_payload(body="z" * 5_000))
    assert response.status_code == 413
    assert "too large" in response.json()["detail"]


# --- Messages ---------------------------------------------------------------------------------


def test_customer_message_threads_into_the_ticket_and_reopens_it(post):
    ticket_id = post(payload=ticket_payload()).json()["id"]
    ticket = Ticket.objects.get(pk=ticket_id)
    ticket_transition(ticket=ticket, to=TicketStatus.RESOLVED)
    response = post(
        f"{URL}/{ticket_id}/messages",
        {"sender": {"email": "ADA@example.com", "name": "Ada"}, "body": "It broke again."},
    )
    assert response.status_code == 201, response.content
    data = response.json()
    assert data["ticket"]["id"] == ticket_id and data["ticket"]["status"] == "reopened"
    ticket.refresh_from_db()
    assert ticket.status == TicketStatus.REOPENED
    assert ticket.reopen_count == 1 and ticket.message_count == 2
    reply = Message.objects.get(pk=data["message_id"])
    assert reply.ticket_id == ticket_id and reply.body_text == "It broke again."
    assert reply.raw.status == RawInboundStatus.PARSED
    assert Ticket.objects.count() == 1


@pytest.mark.parametrize("ticket_id", ["999999", str(2**63), str(2**70)])
def test_message_to_an_unknown_ticket_is_404_and_keeps_the_raw_input(post, ticket_id):
    response = post(
        f"{URL}/{ticket_id}/messages", {"sender": {"email": "a@example.com"}, "body": "hello?"}
    )
    assert response.status_code == 404
    assert "no ticket" in response.json()["detail"]
    raw = RawInbound.objects.get()
    assert raw.status == RawInboundStatus.FAILED
    assert Customer.objects.count() == 0


def test_message_needs_a_sender(post):
    ticket_id = post(payload=ticket_payload()).json()["id"]
    response = post(f"{URL}/{ticket_id}/messages", {"body": "who am I"})
    assert response.status_code == 422
    assert response.json()["detail"].startswith("sender:")
    assert Ticket.objects.get().message_count == 1


# --- Read -------------------------------------------------------------------------------------


def test_read_returns_the_ticket_status(post, client, issued, shared_cache):
    ticket_id = post(payload=ticket_payload()).json()["id"]
    auth = {"Authorization": f"Bearer {issued.key}"}
    with CaptureQueriesContext(connection) as queries:
        response = client.get(f"{URL}/{ticket_id}", headers=auth)
    assert response.status_code == 200
    assert len(queries) == 1  # the ticket with its class (the token is remembered)
    data = response.json()
    ticket = Ticket.objects.get()
    assert data == {
        "id": ticket.pk,
        "reference": f"SD-{ticket.pk}",
        "status": "new",
        "request_class": None,
        "risk": None,
        "priority": "normal",
        "created_at": data["created_at"],
        "first_response_at": None,
        "resolved_at": None,
        "message_count": 1,
        "urls": data["urls"],
    }
    # JSON carries milliseconds.
    assert abs(dt.datetime.fromisoformat(data["created_at"]) - ticket.created_at) < dt.timedelta(
        milliseconds=1
    )
    assert client.get(f"{URL}/424242", headers=auth).status_code == 404
    assert client.get(f"{URL}/{2**64}", headers=auth).status_code == 404
    assert client.get(f"{URL}/{ticket_id}").status_code == 401


# --- Query budget -----------------------------------------------------------------------------


def test_create_runs_a_constant_number_of_queries(post, shared_cache):
    Customer.objects.create(email="ada@example.com")
    post(payload=ticket_payload())  # warm up (content types, caches)

    def count(*, attachments=0, key=None):
        payload = ticket_payload(
            attachments=[
                {"filename": f"f{i}.txt", "content_base64": base64.b64encode(b"x" * i).decode()}
                for i in range(attachments)
            ]
        )
        with CaptureQueriesContext(connection) as queries:
            assert post(payload=payload, key=key).status_code == 201
        return len(queries)

    assert count() == CREATE_QUERIES
    # Attachments go in one bulk insert, however many there are.
    assert count(attachments=1) == count(attachments=5) == CREATE_QUERIES + 1
    # The key row is written in intake's own transaction: one insert, no savepoint.
    assert count(key="q-1") == count(key="q-2") == CREATE_QUERIES + 1


# The raw insert (autocommit: stored before parsing); then one transaction: BEGIN, customer,
# the SLA target for the customer's tier (issue 19: the deadlines go in with the ticket's own
# INSERT), ticket, message, raw marked parsed, both events in one insert, COMMIT. (The token
# was read by the warm-up request and is remembered.)
CREATE_QUERIES = 9


# --- Schema and docs --------------------------------------------------------------------------


def test_openapi_schema_documents_the_endpoints_and_the_input(client):
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    schema = response.json()
    assert {
        "/api/v1/tickets",
        "/api/v1/tickets/{ticket_id}",
        "/api/v1/tickets/{ticket_id}/messages",
    } <= set(schema["paths"])
    create = schema["paths"]["/api/v1/tickets"]["post"]
    assert create["requestBody"]["content"]["application/json"]["schema"]["$ref"] == (
        "#/components/schemas/TicketCreateIn"
    )
    components = schema["components"]["schemas"]
    assert {"TicketCreateIn", "CustomerIn", "AttachmentIn", "MessageCreateIn"} <= set(components)
    assert "email" in components["CustomerIn"]["required"]
    assert any(p["name"] == "Idempotency-Key" for p in create["parameters"])
    assert schema["components"]["securitySchemes"]["ApiTokenAuth"]["scheme"] == "bearer"


def test_docs_page_loads_only_local_assets(client):
    response = client.get("/api/v1/docs")
    assert response.status_code == 200
    html = response.content.decode()
    assert "/static/ninja/swagger-ui-bundle.js" in html
    assert "cdn" not in html.lower() and "https://" not in html
    # The CSP forbids inline script: the only <script> without src carries JSON data.
    assert html.count("<script") == html.count("<script src=") + html.count(
        '<script type="application/json"'
    )
    assert "script-src 'self'" in response["Content-Security-Policy"]


def test_wrong_method_and_malformed_ids_are_client_errors(client, issued):
    auth = {"Authorization": f"Bearer {issued.key}"}
    assert client.get(URL, headers=auth).status_code == 405
    assert client.delete(f"{URL}/1", headers=auth).status_code == 405
    malformed = client.get(f"{URL}/abc", headers=auth)
    assert malformed.status_code in (404, 422)
    assert "detail" in malformed.json()


def test_tokens_are_remembered_in_redis_and_a_revocation_holds_at_once(
    post, issued, settings, redis_cache
):
    # The production cache (settings.py maps a redis:// CACHE_URL to supportdesk.cache's
    # backend, which keeps one redis-py client per pool).
    settings.SUPPORTDESK_API_TOKEN_CACHE_SECONDS = 60
    assert _token_reads(post, ticket_payload()) == 1
    assert _token_reads(post, ticket_payload()) == 0
    client = redis_cache._cache.get_client()
    assert redis_cache._cache.get_client() is client
    api_token_revoke(token=issued.token)
    refused = post(payload=ticket_payload())
    assert refused.status_code == 401 and "revoked" in refused.json()["detail"]
