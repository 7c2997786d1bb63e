"""erase_customer: no trace of the customer's personal data in any table afterwards, other
customers untouched, the chain still verifies, and the erasure is on the trail."""

from io import StringIO

import pytest
from django.apps import apps
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import models
from django.db.models import TextField
from django.db.models.functions import Cast

from audit.chain import chain_verify
from audit.models import Event
from drafts import reviews
from drafts.classifier.services import agent_corrections_sync
from drafts.models import Draft, OutboundReply, PipelineRun, SendStatus, TextVector
from tickets.email.services import email_receive
from tickets.models import Customer, RequestClass, Ticket
from tickets.services import ticket_class_correct

from .conftest import audit_verify

pytestmark = pytest.mark.django_db

EMAIL = "quentin.marlowe@example.org"
NAME = "Quentin Marlowe-Tesh"
PHRASE = "purple heron barometer hums at midnight"
OTHER_PHRASE = "the teal kestrel anemometer rattles"

MAIL = f"""From: {NAME} <{EMAIL}>
To: support@fernhill.example
Subject: Station noise, order 55120
Message-ID: <q1@mail.example.org>
Content-Type: text/plain; charset=utf-8

Hello, my {PHRASE}. Order 55120 arrived last week.
Regards, {NAME}
""".encode()

AUTO_REPLY = f"""From: {EMAIL}
To: support@fernhill.example
Subject: Out of office
Auto-Submitted: auto-replied
Message-ID: <q2@mail.example.org>

I am away. {PHRASE}.
""".encode()


def traces(needles: list[str]) -> list[str]:
    """Every row of every model whose text, JSON or bytes contain one of the needles, as
    'app.Model.field #pk' (case-insensitive)."""
    found = []
    for model in apps.get_models():
        manager = model._base_manager
        for f in model._meta.concrete_fields:
            for needle in needles:
                if isinstance(f, models.BinaryField):
                    for pk, value in manager.values_list("pk", f.attname):
                        if value and needle.lower().encode() in bytes(value).lower():
                            found.append(f"{model._meta.label}.{f.name} #{pk}")
                    continue
                if isinstance(f, models.JSONField):
                    rows = manager.annotate(_t=Cast(f.attname, TextField())).filter(
                        _t__icontains=needle
                    )
                elif isinstance(f, (models.CharField, models.TextField)):
                    rows = manager.filter(**{f"{f.attname}__icontains": needle})
                else:
                    continue
                found += [
                    f"{model._meta.label}.{f.name} #{pk}"
                    for pk in rows.values_list("pk", flat=True)
                ]
    return sorted(set(found))


@pytest.fixture
def seeded(pipeline, policies, trained, django_capture_on_commit_callbacks, agent, lead):
    Customer.objects.create(
        email=EMAIL,
        name=NAME,
        tier="business",
        plan="Business annual",
        external_id="FH-Q-7781",
        usage={"stations": 3},
    )
    with django_capture_on_commit_callbacks(execute=True):
        result = email_receive(content=MAIL, source=f"maildir:/var/mail/{EMAIL}")
        email_receive(content=AUTO_REPLY, source="webhook")
        other = email_receive(
            content=MAIL.replace(EMAIL.encode(), b"ada@example.com")
            .replace(NAME.encode(), b"Ada Byron")
            .replace(PHRASE.encode(), OTHER_PHRASE.encode())
            .replace(b"<q1@", b"<a1@"),
            source="webhook",
        )
    ticket = Ticket.objects.get(pk=result.ticket_id)
    ticket_class_correct(
        ticket=ticket, request_class=RequestClass.objects.get(slug="complaint"), actor=agent
    )
    agent_corrections_sync()
    from django.utils import timezone

    from drafts.models import Review

    draft = Draft.objects.get(ticket=ticket, is_current=True)
    Review.objects.create(
        ticket=ticket,
        draft=draft,
        agent=agent,
        action="edit_send",
        final_text=f"Dear {NAME}, about your {PHRASE}: {draft.text}",
        edit_distance=0.3,
        accepted_unchanged=False,
        decided_at=timezone.now(),
    )
    LogEntry.objects.create(
        user=lead,
        content_type=ContentType.objects.get_for_model(Customer),
        object_id=str(ticket.customer_id),
        object_repr=str(ticket.customer),
        action_flag=CHANGE,
        change_message="[]",
    )
    return ticket, Ticket.objects.get(pk=other.ticket_id)


def test_erasure_leaves_no_trace_and_the_chain_verifies(seeded, sealed):
    ticket, other = seeded
    needles = [EMAIL, NAME, PHRASE, "Quentin", "Marlowe"]
    before = traces(needles)
    # The seed reached everywhere the erasure must reach.
    for place in (
        "tickets.Message.body_text",
        "tickets.RawInbound.content",
        "drafts.PipelineRun.context",
        "drafts.StageRecord.inputs",
        "routing.RoutingDecision.facts",
        "audit.Event.payload",
        "classifier.LabeledExample.text",
        "admin.LogEntry.object_repr",
        "tickets.Customer.email",
        "drafts.Draft.text",
    ):
        assert any(t.startswith(place) for t in before), (place, before)
    assert Draft.objects.filter(ticket=ticket).exists()
    # The embeddings the pipeline kept of their messages' texts (for replays) go too.
    vectors = TextVector.objects.filter(message__ticket=ticket)
    other_vectors = TextVector.objects.filter(message__ticket=other).count()
    assert vectors.exists() and other_vectors
    sealed()
    other_before = traces([OTHER_PHRASE])

    out = StringIO()
    call_command("erase_customer", EMAIL.upper(), stdout=out)
    report = out.getvalue()
    assert "event payloads:" in report and "Run audit_verify" in report
    assert "retrain the classifier" in report

    assert traces(needles) == []
    assert traces([OTHER_PHRASE]) == other_before  # someone else's data stays
    assert not vectors.exists()
    assert TextVector.objects.filter(message__ticket=other).count() == other_vectors
    # What is kept: ids, classes, scores, the trail's shape.
    run = PipelineRun.objects.get(ticket=ticket)
    assert run.request_class.slug and run.retrieval["candidates"][0]["score"] > 0
    assert run.retrieval["query"] == "[erased]"
    erasure = Event.objects.get(name="audit.customer_erased")
    assert erasure.payload["customer_id"] == ticket.customer_id
    assert set(erasure.payload["event_ids"]) == set(
        Event.objects.exclude(erased_at=None).values_list("pk", flat=True)
    )
    erased = Event.objects.filter(ticket_id=ticket.pk).exclude(erased_at=None)
    assert erased.count() == Event.objects.filter(ticket_id=ticket.pk).count()
    assert all(e.payload["redacted"] is True for e in erased)
    assert not Event.objects.filter(ticket_id=other.pk).exclude(erased_at=None).exists()

    sealed()
    assert "The chain verifies." in audit_verify()
    result = chain_verify()
    assert result.erased == len(erasure.payload["event_ids"]) and result.unsealed == 0

    # The timeline still reads, with the erasure said plainly.
    from django.test import Client

    client = Client()
    client.force_login(apps.get_model("auth", "User").objects.get(username="lead1"))
    html = client.get(f"/tickets/{ticket.pk}/timeline/").content.decode()
    assert "Personal data erased on" in html and PHRASE not in html

    # A second run finds nothing more, and says it was asked.
    out = StringIO()
    call_command("erase_customer", EMAIL, stdout=out)
    assert "No customer row has this address" in out.getvalue()
    sealed()
    assert "The chain verifies." in audit_verify()


def test_erasure_reaches_the_replies_sent_and_the_sent_mail_copies(
    seeded, sealed, settings, tmp_path, agent, django_capture_on_commit_callbacks
):
    """Issue 15 item 7: after an agent's reply went out through the file e-mail backend, the
    erasure leaves the address, name and subject neither in any column of any model nor in
    the sent-mail folder."""
    ticket, other = seeded
    sent_mail = tmp_path / "sent-mail"
    settings.EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    settings.EMAIL_FILE_PATH = sent_mail
    draft = Draft.objects.get(ticket=ticket, is_current=True)
    with django_capture_on_commit_callbacks(execute=True):
        reviews.draft_edit_send(
            ticket_id=ticket.pk, draft_id=draft.pk, agent=agent, text=f"Dear {NAME}, noted."
        )
    reply = OutboundReply.objects.get(ticket=ticket)
    assert reply.status == SendStatus.SENT
    assert reply.to_address == EMAIL and "Station noise" in reply.subject
    copies = [p.read_bytes() for p in sent_mail.iterdir()]
    assert copies and any(EMAIL.encode() in c for c in copies)
    assert any(t.startswith("drafts.OutboundReply.to_address") for t in traces([EMAIL]))
    sealed()

    call_command("erase_customer", EMAIL, stdout=StringIO())

    assert traces([EMAIL, NAME, PHRASE, "Quentin", "Marlowe"]) == []
    reply.refresh_from_db()
    assert "Station noise" not in reply.subject and "Station noise" not in reply.text
    for path in sent_mail.iterdir():
        content = path.read_bytes().lower()
        assert EMAIL.lower().encode() not in content and b"marlowe" not in content, path
