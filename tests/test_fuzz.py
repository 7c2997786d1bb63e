"""The fuzz pass (issue 15, item 6): hostile input on every page, form, query parameter, API
field and webhook, as each role, through the real stack (test client, URL conf, middleware,
PostgreSQL). The one property: no answer is a 500, and every intake request keeps its raw bytes.

- URL patterns come from the resolver, so a new page is covered without touching this file;
  query and form parameter names come from the code (every `request.GET.get("...")`, ...).
- A fixed sweep sends each pattern the hostile values below, as GET and POST, for each role.
- Hypothesis (profile "supportdesk" in tests/conftest.py: derandomized, a fixed number of
  examples) then draws query values, action texts, API bodies from the OpenAPI schema, and
  webhook payloads.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver
from django.urls.resolvers import RegexPattern
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.drafts.conftest import ingest, policies  # noqa: F401 (fixtures drafted uses)
from tests.drafts.review_support import *  # noqa: F403 (the fixtures)
from tickets.models import RawInbound, RawInboundStatus, Ticket
from tickets.tokens import api_token_create

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[1]
APPS = ("audit", "drafts", "routing", "supportdesk", "tickets")
HUGE = "9" * 23
WEBHOOK_AUTH = ("fuzz-user", "fuzz-secret")
ANYMAIL_SETTINGS = {
    "WEBHOOK_SECRET": ":".join(WEBHOOK_AUTH),
    "MAILGUN_WEBHOOK_SIGNING_KEY": "fuzz-signing-key",
    "POSTMARK_WEBHOOK_SECRET": "",
}
FUZZ = settings(suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

# Parameters every admin change list understands, besides the ones the code reads.
ADMIN_PARAMS = ("o", "p", "e", "all", "_popup", "_to_field", "_changelist_filters", "id__exact")


def parameter_names() -> list[str]:
    """Every query/form parameter name the project's code reads."""
    found: set[str] = set(ADMIN_PARAMS)
    for app in APPS:
        for path in (ROOT / app).rglob("*.py"):
            if "migrations" in path.parts:
                continue
            text = path.read_text()
            found |= set(
                re.findall(
                    r"""(?:GET|POST|params|query)\.(?:get|getlist)\(\s*f?["']([A-Za-z_][\w-]*)""",
                    text,
                )
            )
            found |= set(re.findall(r"""(?:GET|POST|params)\[["']([\w-]+)["']\]""", text))
    # f"minutes-{pk}" and the like: a name with an id after it.
    return sorted(name + "1" if name.endswith("-") else name for name in found)


def _walk(patterns, prefix=""):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            yield from _walk(pattern.url_patterns, prefix + _route(pattern.pattern))
        elif isinstance(pattern, URLPattern):
            yield prefix + _route(pattern.pattern)


def _route(pattern) -> str:
    """A route string with <converter:name> placeholders, also for regex patterns."""
    text = str(pattern)
    if not isinstance(pattern, RegexPattern):
        return text
    text = text.lstrip("^").rstrip("$")
    text = re.sub(r"\(\?P<(\w+)>([\w|]+)\)", lambda m: m.group(2).split("|")[0], text)
    text = re.sub(r"\(\?P<(\w+)>[^)]*\)", r"<\1>", text)
    return re.sub(r"\([^)]*\)\?", "", text)


def url_routes() -> list[str]:
    return sorted(set(_walk(get_resolver().url_patterns)))


def concrete(route: str, ident: str) -> str:
    """The route with every placeholder filled: ids with `ident`, other values plausibly."""

    def fill(match: re.Match) -> str:
        converter, name = match.group(1) or "str", match.group(2)
        if converter in ("int", "id", "path") or name.endswith("id") or name == "id":
            return ident
        if name == "name":
            return "approve"
        return "x"

    return "/" + re.sub(r"<(?:(\w+):)?(\w+)>", fill, route)


HOSTILE = {
    "nul": "\x00",
    "huge": HUGE,
    "negative": "-1",
    "markup": '"><script>alert(1)</script>',
    "long": "é" * 3000,
    "format": "%s%n{0}\\",
    "spaces": " \t\r\n",
}


@pytest.fixture
def roles(make_user):
    """A logged-in client per role, and one with no session."""
    clients = {"anonymous": Client()}
    for role, extra in (
        ("Agent", {}),
        ("Team lead", {"is_staff": True}),
        ("Admin", {"is_staff": True, "is_superuser": True}),
    ):
        client = Client()
        client.force_login(make_user(f"fuzz-{role.split()[0].lower()}", role, **extra))
        clients[role] = client
    return clients


@pytest.fixture
def ticket(db):
    from tickets.inbound import InboundMessage
    from tickets.services import inbound_ingest

    return inbound_ingest(
        inbound=InboundMessage(
            from_address="ada@example.com", subject="Station offline", body_text="It is down."
        ),
        channel="email",
    ).ticket


def _no_500(failures: list, method: str, path: str, role: str, response) -> None:
    if response.status_code >= 500:
        failures.append(f"{response.status_code} {method} {path} as {role}")


def test_the_sweep_covers_every_url_pattern_and_parameter():
    routes = url_routes()
    assert len(routes) > 150  # the admin alone has over a hundred
    for expected in ("queue/<id:ticket_id>/<slug:name>/", "metrics/export.csv", "api/v1/tickets"):
        assert expected in routes
    assert "admin/routing/rulesetversion/diff/" in routes
    names = parameter_names()
    for expected in ("q", "class", "status", "a", "b", "text", "reason", "since", "minutes-1"):
        assert expected in names


def test_every_page_every_parameter_every_role_answers_without_a_500(roles, ticket, settings):
    """Each URL pattern (with a real id, and with an impossible one) as each role: a GET and a
    POST carrying every parameter name, the hostile values taking turns by pattern and role so
    that every pattern meets every kind across the roles while the sweep stays short."""
    settings.ANYMAIL = ANYMAIL_SETTINGS
    names = parameter_names()
    paths = []  # (path, whether to POST to it too)
    for route in url_routes():
        paths.append((concrete(route, str(ticket.pk)), "logout" not in route))
        if "<" in route:
            paths.append((concrete(route, HUGE), False))  # an impossible id: 404 either way
    kinds = [("nul",), ("huge", "markup"), ("long", "negative"), ("format", "spaces", "huge")]
    failures: list[str] = []
    for role_number, (role, client) in enumerate(roles.items()):
        for number, (path, post) in enumerate(paths):
            if role in ("anonymous", "Agent") and path.startswith("/admin/") and HUGE in path:
                continue  # the admin's login wall, the same for every id
            kind = kinds[(number + role_number) % len(kinds)]
            query = {name: HOSTILE[kind[i % len(kind)]] for i, name in enumerate(names)}
            _no_500(failures, "GET", f"{path} {kind}", role, client.get(path, query))
            # Anonymous POSTs all meet the login wall; admin forms are posted as the admin (a
            # team lead's are the same forms with fewer permissions, an agent's a redirect).
            admin_page = path.startswith("/admin/")
            if post and role != "anonymous" and (role == "Admin" or not admin_page):
                _no_500(failures, "POST", f"{path} {kind}", role, client.post(path, query))
    assert not failures, "\n".join(failures)


@FUZZ
@given(
    name=st.sampled_from(sorted(set(parameter_names()) - {"download"})),
    value=st.text(st.characters(exclude_categories=("Cs",)), max_size=40),
    path=st.sampled_from(
        [
            "/",
            "/queue/",
            "/queue/new/",
            "/metrics/",
            "/metrics/export.csv",
            "/metrics/tickets/",
            "/metrics/baselines/",
            "/audit/snapshots/compare/",
            "/admin/tickets/ticket/",
            "/admin/routing/rulesetversion/diff/",
            "/admin/routing/rule/dry-run/",
        ]
    ),
)
def test_query_values_never_500(roles, name, value, path):
    response = roles["Admin"].get(path, {name: value})
    assert response.status_code < 500, (path, name, value)


@FUZZ
@given(
    action=st.sampled_from(
        ["approve", "send", "reject", "escalate", "regenerate", "reclassify", "correct"]
    ),
    text=st.text(st.characters(exclude_categories=("Cs",)), max_size=200),
    ident=st.one_of(st.integers(min_value=-(2**70), max_value=2**70).map(str), st.text()),
)
def test_review_action_forms_never_500(roles, drafted, action, text, ident):
    ticket = Ticket.objects.filter(drafts__is_current=True).first() or drafted()[0]
    data = {
        "draft": ident,
        "team": ident,
        "request_class": ident,
        "reply": ident,
        "text": text,
        "reason": text,
        "instruction": text,
    }
    response = roles["Agent"].post(f"/queue/{ticket.pk}/{action}/", data, HTTP_HX_REQUEST="true")
    assert response.status_code < 500, (action, data)


# --- the intake API, from its OpenAPI schema ---------------------------------------------------

JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**80), max_value=2**80)
    | st.floats(allow_nan=False)
    | st.text(),  # lone surrogates included: json.dumps writes them as \ud800 escapes
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=6,
)


def _from_schema(schema: dict, components: dict, depth: int = 0):
    """Values for a JSON schema: mostly valid shapes with hostile strings, sometimes anything."""
    if "$ref" in schema:
        schema = components[schema["$ref"].rsplit("/", 1)[1]]
    if "anyOf" in schema:
        return st.one_of([_from_schema(s, components, depth) for s in schema["anyOf"]])
    kind = schema.get("type")
    if kind == "object" and depth < 3:
        properties = schema.get("properties", {})
        return st.fixed_dictionaries(
            {},
            optional={
                key: _from_schema(value, components, depth + 1) | JSON_VALUES
                for key, value in properties.items()
            },
        )
    if kind == "array" and depth < 3:
        return st.lists(_from_schema(schema.get("items", {}), components, depth + 1), max_size=3)
    if kind == "string":
        hostile = st.sampled_from(["", "\x00", "a\x00b", "\ud800", "x" * 70_000, "@", "é@é"])
        return st.text(max_size=60) | hostile | st.emails()
    if kind == "integer":
        return st.integers(min_value=-(2**70), max_value=2**70)
    return JSON_VALUES


@pytest.fixture
def api_schema(client):
    return json.loads(client.get("/api/v1/openapi.json").content)


def _bodies(schema_name: str):
    """Bodies for one input model of the schema: its shapes, any JSON, and bytes that are
    not JSON at all."""

    @st.composite
    def draw(data_draw, schema):
        components = schema["components"]["schemas"]
        choice = data_draw(st.integers(min_value=0, max_value=5))
        if choice <= 3:
            value = data_draw(_from_schema(components[schema_name], components))
            return json.dumps(value).encode()
        if choice == 4:
            return json.dumps(data_draw(JSON_VALUES)).encode()
        return data_draw(st.binary(max_size=200))

    return draw


@FUZZ
@given(data=st.data())
def test_api_bodies_from_the_openapi_schema_never_500_and_are_stored_raw(client, api_schema, data):
    issued = api_token_create(name="fuzz")
    ticket = Ticket.objects.first()
    path, model = data.draw(
        st.sampled_from(
            [("/api/v1/tickets", "TicketCreateIn")]
            + ([(f"/api/v1/tickets/{ticket.pk}/messages", "MessageCreateIn")] if ticket else [])
            + [(f"/api/v1/tickets/{HUGE}/messages", "MessageCreateIn")]
        )
    )
    body = data.draw(_bodies(model)(api_schema))
    key = data.draw(st.sampled_from(["", "k\x00", "k" * 300, "retry-1"]))
    before = RawInbound.objects.count()
    response = client.generic(
        "POST",
        path,
        body,
        content_type="application/json",
        headers={"Authorization": f"Bearer {issued.key}", "Idempotency-Key": key},
    )
    assert response.status_code < 500, (path, body[:300], response.content[:300])
    assert RawInbound.objects.count() == before + 1
    assert bytes(RawInbound.objects.latest("pk").content) == body


# --- webhooks -----------------------------------------------------------------------------------


def _basic() -> str:
    import base64

    return "Basic " + base64.b64encode(":".join(WEBHOOK_AUTH).encode()).decode()


@FUZZ
@given(
    path=st.sampled_from(
        [
            "/inbound/postmark/inbound/",
            "/inbound/sendgrid/inbound/",
            "/inbound/mailgun/inbound_mime/",
            "/inbound/mailgun/inbound/",
            "/inbound/brevo/inbound/",
            "/inbound/mailersend/inbound/",
            "/inbound/mailjet/inbound/",
            "/inbound/postal/inbound/",
            "/inbound/resend/inbound/",
            "/inbound/sparkpost/inbound/",
        ]
    ),
    body=st.one_of(
        JSON_VALUES.map(lambda v: json.dumps(v).encode()),
        st.dictionaries(
            st.sampled_from(["FromFull", "Headers", "TextBody", "Subject", "MessageID", "email"]),
            JSON_VALUES,
        ).map(lambda v: json.dumps(v).encode()),
        st.binary(max_size=200),
    ),
    content_type=st.sampled_from(
        ["application/json", "application/x-www-form-urlencoded", "multipart/form-data; b=x"]
    ),
)
def test_webhook_payloads_never_500_and_are_kept(client, settings, path, body, content_type):
    settings.ANYMAIL = ANYMAIL_SETTINGS
    before = RawInbound.objects.count()
    response = client.generic(
        "POST", path, body, content_type=content_type, HTTP_AUTHORIZATION=_basic()
    )
    assert response.status_code < 500 or response.status_code == 503, (path, body[:200])
    if response.status_code in (400, 503) and b"kept as raw" in response.content:
        raw = RawInbound.objects.latest("pk")
        assert bytes(raw.content) == body and raw.error
    if response.status_code == 200:
        # Each message it carried went through email_receive: stored as its own raw record
        # (or found to repeat one already kept), none left half-done.
        assert RawInbound.objects.count() >= max(before, 1)
    assert not RawInbound.objects.filter(status=RawInboundStatus.RECEIVED).exists()
