"""Inbound email webhooks through django-anymail, driven over HTTP with the test client: the
provider's request is verified by anymail, and the message takes the same intake as
import_email."""

import base64
import hashlib
import hmac
import json
import logging
import time
from email.message import EmailMessage

import pytest
from django.test import override_settings

from tickets.models import Message, RawInbound, RawInboundStatus, Ticket

pytestmark = pytest.mark.django_db(transaction=True)

BASIC_USER, BASIC_PASSWORD = "inbound-user", "inbound-secret-for-tests"
SIGNING_KEY = "mailgun-signing-key-for-tests"
ANYMAIL_SETTINGS = {
    "WEBHOOK_SECRET": f"{BASIC_USER}:{BASIC_PASSWORD}",
    "MAILGUN_WEBHOOK_SIGNING_KEY": SIGNING_KEY,
}
MAILGUN_URL = "/inbound/mailgun/inbound_mime/"
POSTMARK_URL = "/inbound/postmark/inbound/"


def _basic_auth(user=BASIC_USER, password=BASIC_PASSWORD) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


def _mime(*, subject="Rain gauge stuck at zero", message_id="<wh-1@customer.example>") -> str:
    message = EmailMessage()
    message["From"] = "Grace Hopper <grace@customer.example>"
    message["To"] = "support@fernhill.example"
    message["Subject"] = subject
    message["Message-ID"] = message_id
    message.set_content(
        "Since the firmware update the gauge reports 0 mm.\n\n"
        "On Mon, 2 Mar 2026, Fernhill Support <support@fernhill.example> wrote:\n> Hello Grace"
    )
    message.add_attachment(b"\x89PNG photo", maintype="image", subtype="png", filename="g.png")
    return message.as_string()


def _mailgun_post(client, *, mime: str, key: str = SIGNING_KEY, auth: str | None = None):
    timestamp = str(int(time.time()))
    token = "a" * 50
    signature = hmac.new(key.encode(), f"{timestamp}{token}".encode(), hashlib.sha256).hexdigest()
    return client.post(
        MAILGUN_URL,
        {
            "body-mime": mime,
            "timestamp": timestamp,
            "token": token,
            "signature": signature,
            "recipient": "support@fernhill.example",
            "sender": "grace@customer.example",
        },
        HTTP_AUTHORIZATION=auth or _basic_auth(),
    )


@override_settings(ANYMAIL=ANYMAIL_SETTINGS)
def test_mailgun_signed_message_opens_a_ticket_through_the_email_intake(client):
    response = _mailgun_post(client, mime=_mime())
    assert response.status_code == 200

    raw = RawInbound.objects.get()
    assert raw.status == RawInboundStatus.PARSED
    assert raw.source.startswith("webhook:Mailgun:")
    message = Message.objects.get()
    assert message.ticket.subject == "Rain gauge stuck at zero"
    assert message.from_address == "grace@customer.example"
    assert message.body_text == "Since the firmware update the gauge reports 0 mm."
    assert "Hello Grace" in message.full_text
    assert message.message_id == "<wh-1@customer.example>"
    assert list(message.attachments.values_list("filename", flat=True)) == ["g.png"]
    assert b"Rain gauge stuck at zero" in bytes(raw.content)

    # The provider retries the same delivery: taken once.
    assert _mailgun_post(client, mime=_mime()).status_code == 200
    assert Message.objects.count() == 1


@override_settings(ANYMAIL=ANYMAIL_SETTINGS)
def test_mailgun_bad_signature_is_rejected_logged_and_stores_nothing(client, caplog):
    with caplog.at_level(logging.WARNING, logger="django.security"):
        response = _mailgun_post(client, mime=_mime(), key="not-the-signing-key")
    assert response.status_code == 400
    assert RawInbound.objects.count() == 0 and Ticket.objects.count() == 0
    assert any(
        record.name.startswith("django.security") and "incorrect signature" in record.getMessage()
        for record in caplog.records
    )


@override_settings(ANYMAIL=ANYMAIL_SETTINGS)
def test_mailgun_bad_basic_auth_is_rejected(client, caplog):
    with caplog.at_level(logging.WARNING, logger="django.security"):
        response = _mailgun_post(client, mime=_mime(), auth=_basic_auth(password="guess"))
    assert response.status_code == 400
    assert RawInbound.objects.count() == 0
    assert any("basic auth" in record.getMessage() for record in caplog.records)


@override_settings(ANYMAIL=ANYMAIL_SETTINGS)
def test_mailgun_unparseable_message_is_kept_and_flagged(client):
    response = _mailgun_post(client, mime="Subject: no sender here\r\n\r\njust text\r\n")
    assert response.status_code == 200
    raw = RawInbound.objects.get()
    assert raw.status == RawInboundStatus.FAILED and "no From header" in raw.error
    assert raw.ticket.needs_human


@override_settings(ANYMAIL=ANYMAIL_SETTINGS)
def test_mailgun_auto_reply_opens_nothing(client):
    mime = _mime(subject="Automatic reply: away", message_id="<ooo@customer.example>")
    mime = "Auto-Submitted: auto-replied\r\n" + mime
    assert _mailgun_post(client, mime=mime).status_code == 200
    raw = RawInbound.objects.get()
    assert raw.status == RawInboundStatus.IGNORED
    assert raw.ignored_reason == "Auto-Submitted: auto-replied"
    assert Ticket.objects.count() == 0


def _postmark_payload(**extra) -> dict:
    payload = {
        "FromFull": {"Email": "linus@customer.example", "Name": "Linus"},
        "ToFull": [{"Email": "support@fernhill.example", "Name": ""}],
        "Subject": "Cloud dashboard <script>alert(1)</script>",
        "MessageID": "22c74902-a0c1-4511-804f-341342852c90",
        "Headers": [
            {"Name": "Return-Path", "Value": "<linus@customer.example>"},
            {"Name": "Message-ID", "Value": "<pm-1@customer.example>"},
        ],
        "TextBody": "The Business plan dashboard shows no alerts.",
        "HtmlBody": "<p>The Business plan dashboard shows no alerts.</p><img src=x onerror=alert(1)>",
        "Attachments": [],
    }
    payload.update(extra)
    return payload


@override_settings(ANYMAIL=ANYMAIL_SETTINGS)
def test_postmark_inbound_with_basic_auth(client):
    response = client.post(
        POSTMARK_URL,
        data=json.dumps(_postmark_payload()),
        content_type="application/json",
        HTTP_AUTHORIZATION=_basic_auth(),
    )
    assert response.status_code == 200
    message = Message.objects.get()
    assert message.from_address == "linus@customer.example"
    assert message.message_id == "<pm-1@customer.example>"
    assert message.body_text == "The Business plan dashboard shows no alerts."
    assert "onerror" not in message.body_html and "<p>" in message.body_html
    assert (
        RawInbound.objects.get().source == "webhook:Postmark:22c74902-a0c1-4511-804f-341342852c90"
    )


@override_settings(ANYMAIL=ANYMAIL_SETTINGS)
def test_postmark_without_credentials_is_rejected(client):
    response = client.post(
        POSTMARK_URL, data=json.dumps(_postmark_payload()), content_type="application/json"
    )
    assert response.status_code == 400
    assert RawInbound.objects.count() == 0


# --- malformed payloads with valid credentials (issue 15, item 4) --------------------------------


def _postmark_raw(client, body: bytes, content_type="application/json"):
    return client.generic(
        "POST", POSTMARK_URL, body, content_type=content_type, HTTP_AUTHORIZATION=_basic_auth()
    )


@override_settings(ANYMAIL=ANYMAIL_SETTINGS)
@pytest.mark.parametrize(
    "body, error",
    [
        (b"{not json", "JSONDecodeError"),
        (b"[1, 2, 3]", "AttributeError"),
        (b'{"FromFull": 5, "Headers": "x", "Attachments": 7}', "payload could not be read"),
        (b'{"TextBody": "\xff\xfe broken utf-8"}', "payload could not be read"),
        (b"", "payload could not be read"),
    ],
    ids=["invalid-json", "json-list", "wrong-types", "invalid-utf8", "empty"],
)
def test_postmark_malformed_payload_is_kept_as_a_recorded_rejection(client, body, error):
    response = _postmark_raw(client, body)
    assert response.status_code == 400
    raw = RawInbound.objects.get()
    assert bytes(raw.content) == body  # exactly what was sent, stored before parsing
    assert raw.status == RawInboundStatus.FAILED and error in raw.error
    assert raw.source == "webhook:Postmark:request"
    assert f"kept as raw {raw.pk}" in response.content.decode()
    assert Ticket.objects.count() == 0


def _mailgun_signed_fields() -> dict:
    timestamp = str(int(time.time()))
    token = "b" * 50
    signature = hmac.new(
        SIGNING_KEY.encode(), f"{timestamp}{token}".encode(), hashlib.sha256
    ).hexdigest()
    return {"timestamp": timestamp, "token": token, "signature": signature}


@override_settings(ANYMAIL=ANYMAIL_SETTINGS)
def test_mailgun_signed_form_without_a_message_is_kept_as_a_recorded_rejection(client):
    response = client.post(MAILGUN_URL, _mailgun_signed_fields(), HTTP_AUTHORIZATION=_basic_auth())
    assert response.status_code == 400
    raw = RawInbound.objects.get()
    assert raw.status == RawInboundStatus.FAILED and "could not be read" in raw.error
    assert b"signature" in bytes(raw.content)
    assert Ticket.objects.count() == 0


@override_settings(ANYMAIL=ANYMAIL_SETTINGS)
def test_mailgun_empty_form_is_refused_without_a_500(client):
    response = client.post(MAILGUN_URL, {}, HTTP_AUTHORIZATION=_basic_auth())
    # Mailgun signs every request: an empty form fails verification (nothing to store).
    assert response.status_code == 400
    assert Ticket.objects.count() == 0


@override_settings(ANYMAIL={"WEBHOOK_SECRET": f"{BASIC_USER}:{BASIC_PASSWORD}"})
def test_unconfigured_provider_answers_503_and_keeps_the_authenticated_body(client):
    # No MAILGUN_WEBHOOK_SIGNING_KEY: anymail cannot verify Mailgun's signature.
    response = client.post(MAILGUN_URL, {"body-mime": _mime()}, HTTP_AUTHORIZATION=_basic_auth())
    assert response.status_code == 503
    raw = RawInbound.objects.get()
    assert raw.status == RawInboundStatus.FAILED and "not configured" in raw.error
    assert b"Rain gauge stuck at zero" in bytes(raw.content)
    # Without the webhook password: not configured, and nothing stored.
    response = client.post(MAILGUN_URL, {"body-mime": _mime()})
    assert response.status_code == 404
    assert RawInbound.objects.count() == 1


@override_settings(ANYMAIL=ANYMAIL_SETTINGS)
def test_postmark_message_with_nul_characters_is_kept_never_a_500(client):
    payload = _postmark_payload(Subject="Broken\x00subject", TextBody="body \x00 with NUL")
    response = _postmark_raw(client, json.dumps(payload).encode())
    # The email parser's documented behaviour: NUL is stripped from parsed text (the raw
    # record keeps the message exactly as it came).
    assert response.status_code == 200
    raw = RawInbound.objects.get()
    assert raw.status == RawInboundStatus.PARSED
    message = Message.objects.get()
    assert message.ticket.subject == "Brokensubject"
    assert "\x00" not in message.body_text and "with NUL" in message.body_text
