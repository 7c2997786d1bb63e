"""Shared pieces for the review-queue tests: a local SMTP server speaking the real protocol
(aiosmtpd), the tiny trained classifier, and a ticket with a draft built through intake and the
real pipeline (offline provider)."""

from __future__ import annotations

import socket
import threading
from email import message_from_bytes, policy
from io import StringIO

import pytest
from aiosmtpd.controller import Controller
from django.core.management import call_command

from tests.drafts.classifier_data import history_write, label_map_write

__all__ = ["drafted", "smtp", "trained", "undrafted"]  # the fixtures test modules import

SHIPPING_TEXT = "Where is my weather station parcel? Order 48213, tracking shows nothing."


class RecordingHandler:
    """Keeps every accepted message; answers 451 (try again later) while `fail_next` > 0."""

    def __init__(self):
        self.messages: list = []
        self.fail_next = 0
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            if self.fail_next > 0:
                self.fail_next -= 1
                return "451 4.3.0 Temporary failure, try again later"
            self.messages.append(
                message_from_bytes(
                    envelope.original_content or envelope.content, policy=policy.default
                )
            )
        return "250 Message accepted for delivery"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class SmtpServer:
    def __init__(self):
        self.handler = RecordingHandler()
        self.port = _free_port()
        # aiosmtpd's start() probes the port it was given, so it needs a real one (not 0).
        self.controller = Controller(self.handler, hostname="127.0.0.1", port=self.port)

    def start(self) -> SmtpServer:
        self.controller.start()
        return self

    def stop(self) -> None:
        self.controller.stop()

    @property
    def messages(self) -> list:
        return list(self.handler.messages)


@pytest.fixture
def smtp(settings):
    server = SmtpServer().start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = server.port
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_HOST_USER = ""
    settings.EMAIL_HOST_PASSWORD = ""
    settings.EMAIL_TIMEOUT = 5
    settings.SUPPORTDESK_SUPPORT_ADDRESS = "support@fernhill.example"
    settings.DEFAULT_FROM_EMAIL = "Fernhill Support <support@fernhill.example>"
    yield server
    server.stop()


@pytest.fixture
def trained(db, tmp_path):
    call_command(
        "import_history",
        str(history_write(tmp_path / "h.csv")),
        "--label-map",
        str(label_map_write(tmp_path / "m.json")),
        stdout=StringIO(),
    )
    call_command("train_classifier", stdout=StringIO())


@pytest.fixture
def drafted(pipeline, ingest, policies, trained):
    """make(text=..., subject=..., sender=...) -> the ticket, routed, with its current draft."""
    from drafts.models import Draft
    from tickets.models import Customer, Ticket

    def make(text=SHIPPING_TEXT, subject="Where is my order", sender="ada@example.com", **kw):
        Customer.objects.get_or_create(
            email=sender,
            # A known customer (an account id): auto-send is never allowed for unknown ones.
            defaults={
                "name": "Ada Lovelace",
                "tier": "business",
                "plan": "Business",
                "external_id": f"ACC-{sender}",
            },
        )
        result = ingest(text=text, subject=subject, sender=sender, **kw)
        ticket = Ticket.objects.get(pk=result.ticket.pk)
        draft = Draft.objects.filter(ticket=ticket, is_current=True).order_by("-id").first()
        return ticket, draft

    return make


@pytest.fixture
def undrafted(pipeline, settings, ingest):
    """A ticket whose pipeline failed: escalated to a human, no draft. Tasks run eagerly (the
    real send task), but intake starts no pipeline."""
    settings.SUPPORTDESK_PIPELINE_ENABLED = False

    from drafts.models import Draft
    from tickets.models import Customer, Ticket, TicketStatus
    from tickets.services import ticket_flag

    def make(sender="grace@example.com", name="Grace Hopper", text="My invoice is wrong."):
        Customer.objects.get_or_create(email=sender, defaults={"name": name, "plan": "Starter"})
        ticket = Ticket.objects.get(pk=ingest(text=text, sender=sender).ticket.pk)
        ticket_flag(ticket=ticket, reason="The pipeline failed", escalate=True)
        ticket.refresh_from_db()
        assert ticket.status == TicketStatus.ESCALATED
        assert not Draft.objects.filter(ticket=ticket).exists()
        return ticket

    return make
