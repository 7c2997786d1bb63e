"""The email parser on its own (no database): real-world files from ../shared/data, quoted-reply
stripping against talon's expected output, and hostile input built here."""

import json
from email.message import EmailMessage

import pytest

from tests.conftest import shared_data
from tickets.email.htmltext import html_to_text
from tickets.email.parsing import SUBJECT_MAX, EmailParseError, email_parse
from tickets.email.replies import reply_text_extract


def _eml_files():
    root = shared_data()
    return sorted(root.glob("eml-*/*.eml"))


def _normalise(text: str) -> str:
    # Stated normalisation for the comparison: LF line endings, trailing whitespace at the
    # very end of the text ignored. Whitespace inside the text must match exactly.
    return text.replace("\r\n", "\n").rstrip()


def test_every_shared_eml_parses_or_fails_with_a_clear_error():
    files = _eml_files()
    assert len(files) >= 25
    failed = {}
    for path in files:
        try:
            message = email_parse(content=path.read_bytes())
        except EmailParseError as exc:
            failed[path.name] = str(exc)
            continue
        assert message.from_address or message.auto_reply_reason, path
    # mixed.eml really has no From header; nothing else may fail.
    assert failed == {"mixed.eml": "no From header (and no Sender or Reply-To)"}


def test_talon_expected_reply_text_matches():
    folder = shared_data("eml-talon-replies")
    expected = json.loads((folder / "expected_reply_text.json").read_text())
    assert expected, "expected_reply_text.json is empty"
    for name, text in expected.items():
        message = email_parse(content=(folder / name).read_bytes())
        assert _normalise(message.body_text) == _normalise(text), name
        # The full original is kept alongside.
        assert "wrote:" in message.full_text


@pytest.mark.parametrize(
    "name",
    [
        "android.eml",  # Russian attribution wrapped over two lines
        "aol.eml",  # -----Original Message-----
        "apple_mail.eml",  # On ... wrote: + "> "
        "apple_mail_2.eml",  # attribution itself quoted
        "comcast.eml",  # ----- Original Message -----
        "gmail.eml",
        "hotmail.eml",  # "> Subject:" header block, trailing whitespace line
        "outlook.eml",  # From: / Sent: / To: / Subject: block without separator
        "thunderbird.eml",  # quote first, answer below it
        "yahoo.eml",
    ],
)
def test_talon_replies_without_expected_file_give_the_new_text(name):
    message = email_parse(content=shared_data("eml-talon-replies", name).read_bytes())
    assert message.body_text == "Hello"
    assert len(message.full_text) > len(message.body_text)


def test_talon_reply_with_unmarked_quote_keeps_only_the_answer():
    path = shared_data("eml-talon-replies", "reply-quotations-share-block.eml")
    message = email_parse(content=path.read_bytes())
    assert message.body_text.startswith("Hi Katharine.")
    assert message.body_text.endswith("Joe XXX")
    assert "wrote:" not in message.body_text and "booking inquiry" not in message.body_text


def test_shared_files_details():
    nodemailer = email_parse(content=shared_data("eml-mailparser", "nodemailer.eml").read_bytes())
    assert nodemailer.subject.startswith("Nodemailer is unicode friendly ✔")
    names = {a.filename: a for a in nodemailer.attachments}
    assert {"image.png", "nyan cat ✔.gif", "notes.txt"} <= set(names)
    assert names["image.png"].content.startswith(b"\x89PNG")
    assert nodemailer.body_html and nodemailer.body_text

    czech = email_parse(
        content=shared_data("eml-django-helpdesk", "quoted_printable.eml").read_bytes()
    )
    assert czech.subject == "Český test"
    assert "českých písmen" in czech.body_text

    dsn = email_parse(content=shared_data("eml-mailparser", "delivery-status.eml").read_bytes())
    assert dsn.auto_reply_reason.startswith("multipart/report")
    assert any(a.content_type == "message/rfc822" for a in dsn.attachments)

    root_image = email_parse(
        content=shared_data("eml-mailparser", "base64encodedroot.eml").read_bytes()
    )
    assert root_image.attachments[0].filename == "screenshot.png"
    assert root_image.body_text == ""

    forwarded = email_parse(
        content=shared_data("eml-django-helpdesk", "forwarded-message.eml").read_bytes()
    )
    assert forwarded.body_text == "This is email body"


def _message(**headers) -> EmailMessage:
    message = EmailMessage()
    message["From"] = headers.pop("from_", "Ada Lovelace <ada@fernhill.example>")
    message["To"] = "support@fernhill.example"
    message["Subject"] = headers.pop("subject", "Station offline")
    message["Message-ID"] = headers.pop("message_id", "<m1@fernhill.example>")
    for name, value in headers.items():
        message[name.replace("_", "-")] = value
    return message


def test_headers_encoded_words_ids_and_date():
    message = _message(
        subject="=?utf-8?q?Wetterstation_f=C3=A4llt_aus?=",
        In_Reply_To="<sd-7@fernhill.example>",
        References="<a@x> <b@x> <sd-7@fernhill.example>",
        Date="Tue, 03 Mar 2026 10:00:00 +0100",
    )
    message.set_content("The rain gauge reads zero.")
    parsed = email_parse(content=message.as_bytes())
    assert parsed.subject == "Wetterstation fällt aus"
    assert parsed.from_address == "ada@fernhill.example" and parsed.from_name == "Ada Lovelace"
    assert parsed.message_id == "<m1@fernhill.example>"
    assert parsed.in_reply_to == "<sd-7@fernhill.example>"
    assert parsed.references == ["<a@x>", "<b@x>", "<sd-7@fernhill.example>"]
    assert parsed.sent_at.isoformat() == "2026-03-03T10:00:00+01:00"
    assert parsed.warnings == []


def test_very_long_subject_is_cut_on_a_word_with_a_warning():
    raw = (
        b"From: ada@fernhill.example\r\nSubject: "
        + b" ".join([b"anemometer"] * 2000)
        + b"\r\n\r\nbody\r\n"
    )
    parsed = email_parse(content=raw)
    assert len(parsed.subject) <= SUBJECT_MAX and parsed.subject.endswith("…")
    assert any("Subject truncated" in w for w in parsed.warnings)


def test_binary_garbage_raises_a_clear_error_and_never_anything_else():
    garbage = bytes(range(256)) * 400
    with pytest.raises(EmailParseError, match="no From header"):
        email_parse(content=garbage)
    with pytest.raises(EmailParseError, match="unparseable sender"):
        email_parse(content=b"From: not an address at all\r\nSubject: x\r\n\r\nhello\r\n")


def test_wrong_declared_charsets_decode_with_warnings():
    # Declared us-ascii, really UTF-8.
    raw = (
        "From: ada@fernhill.example\r\nSubject: charset\r\nMIME-Version: 1.0\r\n"
        'Content-Type: text/plain; charset="us-ascii"\r\nContent-Transfer-Encoding: 8bit\r\n\r\n'
        "Die Station zeigt 23 °C, aber es schneit.\r\n"
    ).encode()
    parsed = email_parse(content=raw)
    assert parsed.body_text == "Die Station zeigt 23 °C, aber es schneit."
    assert any("us-ascii" in w for w in parsed.warnings)

    # Declared iso-8859-1, really UTF-8: decodes without error, so only the heuristic saves it.
    latin = raw.replace(b"us-ascii", b"iso-8859-1")
    assert email_parse(content=latin).body_text == "Die Station zeigt 23 °C, aber es schneit."

    # Declared UTF-8, really windows-1252; and a charset that does not exist.
    cp1252 = raw.replace(b"us-ascii", b"utf-8").replace("°".encode(), b"\xb0")
    parsed = email_parse(content=cp1252)
    assert "23" in parsed.body_text and "\ufffd" not in parsed.body_text or parsed.warnings
    assert any("not valid utf-8" in w for w in parsed.warnings)
    bogus = raw.replace(b"us-ascii", b"x-no-such-charset")
    parsed = email_parse(content=bogus)
    assert "schneit" in parsed.body_text
    assert any("unknown charset" in w for w in parsed.warnings)


def test_undecodable_bytes_nul_bytes_and_8bit_headers_never_crash():
    raw = (
        b"From: =?utf-8?q?J=C3=BCrgen?= <jurgen@fernhill.example>\r\n"
        b"Subject: Caf\xe9 \xff\xfe broken\r\n"
        b"Content-Type: text/plain; charset=utf-8\r\n\r\n"
        b"caf\xe9 \x00 \xff\xfe\xfd end\r\n"
    )
    parsed = email_parse(content=raw)
    assert parsed.from_name == "Jürgen"
    assert "broken" in parsed.subject and "\x00" not in parsed.subject
    assert "end" in parsed.body_text and "\x00" not in parsed.full_text
    (parsed.subject + parsed.full_text).encode("utf-8")  # no lone surrogates left
    assert parsed.warnings


def test_html_only_mail_gets_text_and_keeps_html_for_sanitizing():
    message = _message(subject="<script>alert(1)</script> help")
    message.set_content(
        "<p>My station <b>resets</b> every hour.</p><img src=x onerror=alert(1)>"
        '<div class="gmail_quote">On Mon, 2 Mar 2026, Support &lt;support@fernhill.example&gt; '
        "wrote:<blockquote>Have you tried turning it off?</blockquote></div>",
        subtype="html",
    )
    parsed = email_parse(content=message.as_bytes())
    assert parsed.body_text == "My station resets every hour."
    assert "turning it off" in parsed.full_text
    assert "onerror" in parsed.body_html  # raw here; intake sanitizes (see the intake tests)
    assert parsed.subject == "<script>alert(1)</script> help"


def test_attachments_inline_images_and_nested_messages_are_kept():
    message = _message()
    message.set_content("See the photo and the forwarded mail.")
    message.add_related(b"\x89PNG fake", maintype="image", subtype="png", cid="<photo1>")
    inner = _message(subject="Your order shipped", message_id="<inner@fernhill.example>")
    inner.set_content("Tracking number FH-123.")
    message.add_attachment(inner)
    message.add_attachment(
        b"%PDF-1.4", maintype="application", subtype="pdf", filename="../../etc/invoice.pdf"
    )
    parsed = email_parse(content=message.as_bytes())
    by_type = {a.content_type: a for a in parsed.attachments}
    assert by_type["image/png"].content == b"\x89PNG fake"
    assert b"Tracking number FH-123." in by_type["message/rfc822"].content
    assert by_type["message/rfc822"].filename == "Your order shipped.eml"
    assert by_type["application/pdf"].filename == "invoice.pdf"  # no path components
    assert parsed.body_text == "See the photo and the forwarded mail."


def test_huge_message_parses():
    message = _message()
    message.set_content("Logs attached.")
    message.add_attachment(
        b"x" * (11 * 1024 * 1024),
        maintype="application",
        subtype="octet-stream",
        filename="station.log",
    )
    raw = message.as_bytes()
    assert len(raw) > 10 * 1024 * 1024
    parsed = email_parse(content=raw)
    assert len(parsed.attachments[0].content) == 11 * 1024 * 1024


@pytest.mark.parametrize(
    ("header", "value", "expected"),
    [
        ("Auto-Submitted", "auto-replied", "Auto-Submitted: auto-replied"),
        ("X-Autoreply", "yes", "X-Autoreply: yes"),
        ("X-Autorespond", "Out of office", "X-Autorespond: Out of office"),
        ("Precedence", "bulk", "Precedence: bulk"),
        ("Precedence", "auto_reply", "Precedence: auto_reply"),
        ("Return-Path", "<>", "null Return-Path (bounce)"),
    ],
)
def test_auto_replies_are_recognised(header, value, expected):
    message = _message(**{header.replace("-", "_"): value})
    message.set_content("I am away until Monday.")
    assert email_parse(content=message.as_bytes()).auto_reply_reason == expected


def test_a_person_is_not_an_auto_reply():
    message = _message(Auto_Submitted="no", Precedence="normal")
    message.set_content("Hello")
    assert email_parse(content=message.as_bytes()).auto_reply_reason == ""
    bounce = _message(from_="Mail Delivery System <MAILER-DAEMON@mx.fernhill.example>")
    bounce.set_content("Undeliverable")
    assert email_parse(content=bounce.as_bytes()).auto_reply_reason.startswith("bounce sender")


def test_reply_rules():
    assert reply_text_extract(text="Thanks!\n\n-----Original Message-----\nFrom: x") == "Thanks!"
    long_sig = "Fixed, thanks.\n-- \nJane\nFernhill fan\n+1 555\nStreet 1\nCity\nDisclaimer"
    assert reply_text_extract(text=long_sig) == "Fixed, thanks."
    short_sig = "Fixed, thanks.\n-- \nJane"
    assert reply_text_extract(text=short_sig) == short_sig
    inline = "> Is it on?\nYes.\n> Which model?\nThe WS-2."
    assert reply_text_extract(text=inline) == "Yes.\nThe WS-2."
    # All quoted: the original text is kept rather than an empty message.
    assert reply_text_extract(text="> only a quote") == "> only a quote"
    # A forward is the customer's content, not quoted history.
    forward = "FYI\n\n---------- Forwarded message ---------\nFrom: shop\n\nYour order"
    assert reply_text_extract(text=forward) == forward


def test_html_to_text_skips_scripts_and_quotes_blockquotes():
    text = html_to_text(
        "<style>p{}</style><script>evil()</script><p>Hi&nbsp;there</p>"
        "<blockquote>old<br>older</blockquote><ul><li>one</li></ul><p>unclosed <b>tag"
    )
    assert text == "Hi there\n\n> old\n> older\n\n- one\n\nunclosed tag"


def test_pathological_headers_and_structure_stay_fast_and_bounded():
    # The stdlib address parser is quadratic; a hostile From is cut before parsing.
    with pytest.raises(EmailParseError, match="unparseable sender"):
        email_parse(content=b"From: " + b'"x" ' * 250_000 + b"<a@b.example>\r\n\r\nbody")
    references = b" ".join(b"<%d@customer.example>" % i for i in range(5000))
    parsed = email_parse(
        content=b"From: a@customer.example\r\nReferences: " + references + b"\r\n\r\nbody"
    )
    assert 0 < len(parsed.references) <= 50
    nested = b"".join(
        b"Content-Type: multipart/mixed; boundary=b%d\r\n\r\n--b%d\r\n" % (i, i) for i in range(600)
    )
    parsed = email_parse(content=b"From: a@customer.example\r\n" + nested + b"\r\nhi\r\n")
    assert any("too deep" in w for w in parsed.warnings)
