"""Email intake end to end on the real database: manage.py import_email over files, mboxes and
Maildirs, threading, auto-replies and bounces, duplicates, hostile input."""

import io
import mailbox
import shutil
from email.message import EmailMessage

import pytest
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command

from tests.conftest import shared_data
from tickets.models import Attachment, Message, RawInbound, RawInboundStatus, Ticket

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def console_client(client, django_user_model):
    # Transactional tests flush the tables, groups included: make the role this test needs.
    group, _ = Group.objects.get_or_create(name="Agent")
    user = django_user_model.objects.create_user("email-agent", password="pw-for-tests-only")
    user.groups.add(group)
    client.force_login(user)
    return client


def _import(*paths) -> str:
    out = io.StringIO()
    call_command("import_email", *[str(p) for p in paths], stdout=out)
    return out.getvalue()


def _mail(
    *,
    sender="Ada Lovelace <ada@fernhill.example>",
    subject="My weather station stopped reporting",
    body="The outdoor sensor has shown no data since Tuesday.",
    message_id="<first@customer.example>",
    **headers,
) -> EmailMessage:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "support@fernhill.example"
    message["Subject"] = subject
    if message_id:
        message["Message-ID"] = message_id
    for name, value in headers.items():
        message[name.replace("_", "-")] = value
    message.set_content(body)
    return message


def _write(tmp_path, name, message) -> str:
    path = tmp_path / name
    path.write_bytes(message if isinstance(message, bytes) else message.as_bytes())
    return path


def test_every_shared_eml_becomes_a_ticket_a_message_or_a_flagged_or_ignored_record(tmp_path):
    files = sorted(shared_data().glob("eml-*/*.eml"))
    for index, path in enumerate(files):
        # Copies under unique names, so the command sees exactly these files.
        shutil.copy(path, tmp_path / f"{index:03d}-{path.name}")
    output = _import(tmp_path)

    assert RawInbound.objects.count() == len(files)
    assert not RawInbound.objects.filter(status=RawInboundStatus.RECEIVED).exists()
    statuses = dict(RawInbound.objects.values_list("source", "status"))
    for source, status in statuses.items():
        if source.endswith("-mixed.eml"):  # no From header at all
            assert status == RawInboundStatus.FAILED
        elif source.endswith("-delivery-status.eml"):
            assert status == RawInboundStatus.IGNORED
        else:
            assert status == RawInboundStatus.PARSED, source
    for raw in RawInbound.objects.exclude(status=RawInboundStatus.IGNORED):
        assert raw.ticket_id is not None
    flagged = Ticket.objects.get(needs_human=True)
    assert "no From header" in flagged.flag_reason
    assert f"Done: {len(files)} messages" in output
    assert "ignored (auto-reply/bounce):    1" in output
    assert "multipart/report (delivery-status)" in output
    assert "mixed.eml: no From header" in output

    # Importing the same files again takes nothing twice.
    again = _import(tmp_path)
    assert RawInbound.objects.count() == len(files)
    assert f"skipped as duplicates:          {len(files)}" in again
    assert Ticket.objects.filter(needs_human=True).count() == 1


def test_talon_reply_is_stored_with_new_text_and_full_original(tmp_path):
    path = shared_data("eml-talon-replies", "iphone.eml")
    _import(path)
    message = Message.objects.get()
    assert message.body_text == "Hello\n\nSent from my iPhone"
    assert "wrote:" in message.full_text and "> Hi" in message.full_text
    assert bytes(message.raw.content) == path.read_bytes()


def test_reply_threads_by_in_reply_to_and_by_subject_token(tmp_path):
    _import(_write(tmp_path, "1.eml", _mail()))
    ticket = Ticket.objects.get()

    reply = _mail(
        subject="Re: My weather station stopped reporting",
        body="It works again.\n\nOn Tue, 3 Mar 2026, Ada <ada@fernhill.example> wrote:\n> old",
        message_id="<second@customer.example>",
        In_Reply_To="<first@customer.example>",
        References="<first@customer.example>",
    )
    output = _import(_write(tmp_path, "2.eml", reply))
    assert "threaded into existing tickets: 1" in output

    token = _mail(
        subject=f"Re: [SD-{ticket.pk}] your case",
        body="One more thing: the display flickers.",
        message_id="<third@customer.example>",
    )
    _import(_write(tmp_path, "3.eml", token))

    assert Ticket.objects.count() == 1
    texts = list(ticket.messages.values_list("body_text", flat=True))
    assert texts == [
        "The outdoor sensor has shown no data since Tuesday.",
        "It works again.",
        "One more thing: the display flickers.",
    ]
    ticket.refresh_from_db()
    assert ticket.message_count == 3


def test_auto_reply_and_dsn_bounce_open_no_ticket(tmp_path):
    _import(_write(tmp_path, "1.eml", _mail()))
    away = _mail(
        subject="Out of office: My weather station",
        body="I am away until Monday.",
        message_id="<away@customer.example>",
        Auto_Submitted="auto-replied",
        In_Reply_To="<first@customer.example>",
    )
    output = _import(
        _write(tmp_path, "away.eml", away), shared_data("eml-mailparser", "delivery-status.eml")
    )
    assert Ticket.objects.count() == 1
    assert Message.objects.count() == 1
    ignored = RawInbound.objects.filter(status=RawInboundStatus.IGNORED)
    assert sorted(ignored.values_list("ignored_reason", flat=True)) == [
        "Auto-Submitted: auto-replied",
        "multipart/report (delivery-status)",
    ]
    assert "ignored (auto-reply/bounce):    2" in output


def test_hostile_inputs_are_flagged_or_sanitized_never_crash(tmp_path, console_client):
    _write(tmp_path, "garbage.eml", bytes(range(256)) * 200)
    no_from = _mail(message_id="<nofrom@customer.example>")
    del no_from["From"]
    _write(tmp_path, "nofrom.eml", no_from)
    wrong_charset = (
        b"From: bea@customer.example\r\nSubject: charset\r\nMessage-ID: <cs@customer.example>\r\n"
        b"Content-Type: text/plain; charset=utf-8\r\n\r\n"
        b"Die Stra\xdfe ist nass, 23\xb0C \x00 und \xff.\r\n"
    )
    _write(tmp_path, "charset.eml", wrong_charset)
    script = _mail(
        sender="Eve <eve@customer.example>",
        subject='<script>alert("s")</script><img src=x onerror=alert(1)>',
        message_id="<xss@customer.example>",
    )
    script.add_alternative(
        '<p>hi</p><script>alert(2)</script><img src="x" onerror="alert(3)">'
        '<a href="javascript:alert(4)">link</a>',
        subtype="html",
    )
    _write(tmp_path, "xss.eml", script)
    huge = _mail(sender="big@customer.example", message_id="<huge@customer.example>")
    huge.add_attachment(
        b"\x00\x01" * (6 * 1024 * 1024),
        maintype="application",
        subtype="octet-stream",
        filename="dump.bin",
    )
    assert len(huge.as_bytes()) > 10 * 1024 * 1024
    _write(tmp_path, "huge.eml", huge)

    output = _import(tmp_path)
    assert "Done: 5 messages" in output
    assert RawInbound.objects.count() == 5
    assert not RawInbound.objects.filter(status=RawInboundStatus.RECEIVED).exists()

    failed = RawInbound.objects.filter(status=RawInboundStatus.FAILED)
    assert failed.count() == 2
    for raw in failed:
        assert raw.ticket.needs_human and "no From header" in raw.ticket.flag_reason
        assert raw.error == "no From header (and no Sender or Reply-To)"
    garbage = RawInbound.objects.get(source__endswith="garbage.eml")
    assert bytes(garbage.content) == bytes(range(256)) * 200

    charset = Message.objects.get(from_address="bea@customer.example")
    assert "nass" in charset.body_text and "\x00" not in charset.body_text
    assert charset.parse_warnings

    xss = Message.objects.get(from_address="eve@customer.example")
    assert "<script" not in xss.body_html and "onerror" not in xss.body_html
    assert "javascript:" not in xss.body_html and "<p>hi</p>" in xss.body_html
    page = console_client.get(f"/tickets/{xss.ticket_id}/")
    assert page.status_code == 200
    html = page.content.decode()
    assert '<script>alert("s")' not in html and "<img src=x onerror" not in html
    assert "&lt;script&gt;" in html

    big = Message.objects.get(from_address="big@customer.example")
    attachment = Attachment.objects.get(message=big)
    assert attachment.size == 12 * 1024 * 1024 and attachment.filename == "dump.bin"


def test_mbox_with_three_messages_and_a_maildir(tmp_path):
    box = mailbox.mbox(tmp_path / "support.mbox")
    for n in range(3):
        box.add(
            _mail(
                message_id=f"<mbox-{n}@customer.example>",
                subject=f"Question {n}",
                sender=f"user{n}@customer.example",
            ).as_bytes()
        )
    box.flush()
    box.close()
    maildir = mailbox.Maildir(tmp_path / "Maildir", create=True)
    maildir.add(_mail(message_id="<md-1@customer.example>", subject="From the Maildir").as_bytes())
    maildir.add(
        _mail(
            message_id="<md-2@customer.example>",
            subject="Re: From the Maildir",
            In_Reply_To="<md-1@customer.example>",
        ).as_bytes()
    )
    maildir.close()

    output = _import(tmp_path / "support.mbox", tmp_path / "Maildir")
    assert "mbox " in output and ": 3 messages" in output
    assert "maildir " in output and ": 2 messages" in output
    assert "imported as new tickets:        4" in output
    assert "threaded into existing tickets: 1" in output
    assert sorted(Ticket.objects.values_list("subject", flat=True)) == [
        "From the Maildir",
        "Question 0",
        "Question 1",
        "Question 2",
    ]
    # A directory holding both finds both again, and skips them as duplicates.
    assert "skipped as duplicates:          5" in _import(tmp_path)


def test_same_message_id_with_other_bytes_is_a_duplicate(tmp_path):
    _import(_write(tmp_path, "1.eml", _mail()))
    resent = _mail(body="The same message, re-delivered with different headers.")
    output = _import(_write(tmp_path, "2.eml", resent))
    assert "skipped as duplicates:          1" in output
    assert Message.objects.count() == 1
    second = RawInbound.objects.order_by("id").last()
    assert second.status == RawInboundStatus.IGNORED
    assert second.ignored_reason.startswith("duplicate: Message-ID already on message")


def test_missing_path_is_an_error_and_nothing_is_imported(tmp_path):
    with pytest.raises(CommandError, match="No such file"):
        _import(tmp_path / "nope.mbox")
    assert RawInbound.objects.count() == 0


def test_a_maildir_is_read_in_delivery_order_even_where_names_sort_otherwise(tmp_path):
    """Two messages delivered in the same second: the first 98,765 microseconds in, its reply
    123,456 microseconds in. As text the reply's name sorts first ("M1..." < "M9..."); read in
    delivery order, the reply threads into the ticket the first message opened."""
    from tickets.models import Ticket

    maildir = mailbox.Maildir(tmp_path / "Maildir", create=True)
    maildir.close()
    first = _mail(message_id="<order-1@customer.example>", subject="Where is my order?")
    reply = _mail(
        message_id="<order-2@customer.example>",
        subject="Re: Where is my order?",
        In_Reply_To="<order-1@customer.example>",
    )
    (tmp_path / "Maildir" / "new" / "1733600000.M98765P4242Q1.host").write_bytes(first.as_bytes())
    (tmp_path / "Maildir" / "new" / "1733600000.M123456P4242Q2.host").write_bytes(reply.as_bytes())

    output = _import(tmp_path / "Maildir")

    assert "imported as new tickets:        1" in output
    ticket = Ticket.objects.get(subject="Where is my order?")
    assert ticket.messages.count() == 2
