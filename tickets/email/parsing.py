"""Raw RFC 5322 bytes -> InboundMessage, with the stdlib `email` package.

The parser is lenient: broken charsets, undecodable bytes, malformed headers and broken MIME
never raise; what it had to guess is recorded in InboundMessage.warnings. It raises
EmailParseError only when there is no usable sender, because a ticket needs someone to answer.
"""

import codecs
import datetime as dt
import functools
import mimetypes
import re
from email import policy
from email.header import decode_header, make_header
from email.headerregistry import HeaderRegistry
from email.message import Message
from email.parser import BytesParser
from email.utils import getaddresses, parsedate_to_datetime

from charset_normalizer import from_bytes

from tickets.inbound import InboundAttachment, InboundMessage

from .autoreplies import auto_reply_reason
from .htmltext import html_to_text
from .replies import reply_text_extract

SUBJECT_MAX = 500
NAME_MAX = 200
MESSAGE_ID_MAX = 998
REFERENCES_MAX = 50
ADDRESS_MAX = 254
FILENAME_MAX = 255
# Text beyond this is kept in the raw record only; the stored text is cut with a warning.
TEXT_MAX_CHARS = 2_000_000
# Charset detection looks at a prefix: enough to decide, bounded in time.
DETECT_PREFIX_BYTES = 64 * 1024
MIME_DEPTH_MAX = 30
PARTS_MAX = 500

_ADDRESS = re.compile(r"^[^@\s<>()\[\],;:\"]+@[^@\s<>()\[\],;:\"]+$")
_MSGID = re.compile(r"<[^<>\s]{1,990}>")
_SINGLE_BYTE = re.compile(r"^(us-ascii|ascii|iso-8859-\d+|latin[-_]?\d|windows-125\d|cp125\d)$")


class _CachingHeaderRegistry(HeaderRegistry):
    """policy.default parses a header again on every access (and builds a new class for it
    each time); walking a message reads Content-Type dozens of times. A (name, value) pair
    always parses to the same immutable header object, so reuse it."""

    VALUE_CACHE_MAX = 4096  # longer values are rare; parse them, do not keep them
    # The stdlib's address parser is quadratic (a 32 KB From header takes seconds), so a
    # hostile header is cut before it is parsed; the raw record keeps it whole.
    ADDRESS_VALUE_MAX = 2048
    VALUE_MAX = 16384
    ADDRESS_HEADERS = frozenset(
        (
            "from",
            "sender",
            "reply-to",
            "to",
            "cc",
            "bcc",
            "resent-from",
            "resent-sender",
            "resent-to",
            "resent-cc",
            "resent-bcc",
        )
    )

    def __init__(self) -> None:
        super().__init__()
        self._parse_cached = functools.lru_cache(maxsize=4096)(super().__call__)
        self._class_cached = functools.lru_cache(maxsize=256)(super().__getitem__)

    def __getitem__(self, name):
        return self._class_cached(name.lower())

    def __call__(self, name, value):
        limit = self.ADDRESS_VALUE_MAX if name.lower() in self.ADDRESS_HEADERS else self.VALUE_MAX
        if len(value) > limit:
            value = value[:limit]
        if len(value) > self.VALUE_CACHE_MAX:
            return super().__call__(name, value)
        return self._parse_cached(name, value)


EMAIL_POLICY = policy.default.clone(header_factory=_CachingHeaderRegistry())


class EmailParseError(ValueError):
    """The message cannot become a ticket message (e.g. it has no usable sender)."""


def _clean(text: str) -> str:
    """No NUL bytes (PostgreSQL text refuses them) and no lone surrogates (left by
    surrogateescape when a header carried raw 8-bit bytes)."""
    if "\x00" in text:
        text = text.replace("\x00", "")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raw = text.encode("utf-8", "surrogateescape")
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("cp1252", "replace")
    return text


def _truncate(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit * 0.8:
        cut = cut[:space]
    return cut + "…"


def _codec(charset: str | None) -> str | None:
    if not charset:
        return None
    try:
        return codecs.lookup(charset.strip().strip('"').lower()).name
    except (LookupError, ValueError):
        return None


def text_decode(*, payload: bytes, charset: str | None, warnings: list[str], what: str) -> str:
    """Decode body bytes: declared charset, then (if it fails or is unknown) UTF-8, then
    charset-normalizer's detection, then UTF-8 with replacement characters. Every fallback is
    recorded in `warnings`."""
    if not payload:
        return ""
    codec = _codec(charset)
    if charset and codec is None:
        warnings.append(f"{what}: unknown charset {charset[:40]!r}")
    if codec:
        try:
            text = payload.decode(codec)
        except UnicodeDecodeError:
            warnings.append(f"{what}: bytes are not valid {charset[:40]}")
        else:
            # Mail labelled with a single-byte charset that is really UTF-8 decodes without an
            # error but as mojibake; valid multi-byte UTF-8 is almost never real Latin-1 text.
            if _SINGLE_BYTE.match(codec) or _SINGLE_BYTE.match((charset or "").lower()):
                if not payload.isascii():
                    try:
                        utf8 = payload.decode("utf-8")
                    except UnicodeDecodeError:
                        return text
                    warnings.append(f"{what}: declared {charset[:40]} but the bytes are UTF-8")
                    return utf8
            return text
    try:
        return payload.decode("utf-8")
    except UnicodeDecodeError:
        pass
    best = from_bytes(payload[:DETECT_PREFIX_BYTES]).best()
    if best is not None and best.encoding:
        warnings.append(f"{what}: charset detected as {best.encoding}")
        return payload.decode(best.encoding, errors="replace")
    warnings.append(f"{what}: undecodable bytes replaced")
    return payload.decode("utf-8", errors="replace")


class _Headers:
    """Header access through policy.default, falling back to a compat32 parse of the same bytes
    for a header the modern parser cannot handle."""

    def __init__(self, message: Message, content: bytes, warnings: list[str]):
        self.message = message
        self.content = content
        self.warnings = warnings
        self._compat = None

    def _compat_message(self) -> Message:
        if self._compat is None:
            self._compat = BytesParser(policy=policy.compat32).parsebytes(
                self.content, headersonly=True
            )
        return self._compat

    def get(self, name: str) -> str:
        try:
            value = self.message.get(name)
            return _clean(str(value)) if value is not None else ""
        except Exception:  # fall back rather than fail on one bad header
            self.warnings.append(f"header {name}: malformed, decoded leniently")
        try:
            value = self._compat_message().get(name)
            if value is None:
                return ""
            return _clean(str(make_header(decode_header(str(value)))))
        except Exception:
            try:
                return _clean(str(self._compat_message().get(name) or ""))
            except Exception:
                return ""


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _sender(headers: _Headers, warnings: list[str]) -> tuple[str, str]:
    """(address, display name) from From (Sender, then Reply-To, as fallbacks); ("", "") when
    there is none."""
    for name in ("From", "Sender", "Reply-To"):
        value = headers.get(name)
        if not value:
            continue
        candidates: list[tuple[str, str]] = []
        try:
            header = headers.message.get(name)
            for address in getattr(header, "addresses", ()) or ():
                candidates.append((address.display_name or "", address.addr_spec or ""))
        except Exception:  # noqa: S110 - fall back to getaddresses below
            pass
        if not candidates:
            candidates = [(n, a) for n, a in getaddresses([value]) if a]
        for display, address in candidates:
            address = _clean(address).strip().strip("<>")
            if _ADDRESS.match(address) and len(address) <= ADDRESS_MAX:
                if name != "From":
                    warnings.append(f"no usable From header; sender taken from {name}")
                return address, _truncate(_one_line(_clean(display)), NAME_MAX)
    return "", ""


def _message_ids(value: str) -> list[str]:
    ids = _MSGID.findall(value)
    if not ids:
        bare = value.strip()
        if bare and " " not in bare and len(bare) < MESSAGE_ID_MAX - 2:
            ids = [f"<{bare}>"]
    return ids


def _sent_at(headers: _Headers, warnings: list[str]) -> dt.datetime | None:
    value = headers.get("Date")
    if not value:
        return None
    try:
        sent = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        warnings.append("Date header unparseable")
        return None
    if sent.tzinfo is None:
        sent = sent.replace(tzinfo=dt.UTC)
    return sent


def _part_filename(part: Message) -> str:
    try:
        name = part.get_filename() or part.get_param("name") or ""
    except Exception:
        name = ""
    if isinstance(name, tuple):  # compat32-style RFC 2231 triple
        name = name[2]
    name = str(name)
    if "=?" in name:
        try:
            name = str(make_header(decode_header(name)))
        except Exception:  # noqa: S110 - keep the name as written
            pass
    # Only the base name: a path in a filename is never ours to honour.
    name = _clean(name).replace("\\", "/").rsplit("/", 1)[-1].strip()
    return _truncate(_one_line(name), FILENAME_MAX)


def message_bytes(message: Message, *, strict: bool = False) -> bytes:
    """The message as MIME bytes, trying ever more lenient generators (regenerating a message
    parsed with policy.default can trip over a malformed header). strict: raise the last
    generator's error instead of returning b""."""
    error: Exception | None = None
    for generate in (
        lambda: message.as_bytes(),
        lambda: message.as_bytes(policy=policy.compat32),
        lambda: message.as_string(policy=policy.compat32).encode("utf-8", "surrogateescape"),
    ):
        try:
            return generate()
        except Exception as exc:  # try the next, more lenient generator
            error = exc
    if strict and error is not None:
        raise error
    return b""


class _BodyCollector:
    def __init__(self, warnings: list[str]):
        self.warnings = warnings
        self.texts: list[str] = []
        self.htmls: list[str] = []
        self.attachments: list[InboundAttachment] = []
        self.parts_seen = 0

    def _attach(self, part: Message, content: bytes, filename: str = "") -> None:
        content_type = part.get_content_type()
        if not filename:
            extension = mimetypes.guess_extension(content_type) or ".bin"
            filename = f"attachment-{len(self.attachments) + 1}{extension}"
        self.attachments.append(
            InboundAttachment(filename=filename, content_type=content_type, content=content)
        )

    def walk(self, part: Message, depth: int = 0, in_alternative: bool = False) -> None:
        self.parts_seen += 1
        if depth > MIME_DEPTH_MAX or self.parts_seen > PARTS_MAX:
            if self.parts_seen == PARTS_MAX + 1 or depth == MIME_DEPTH_MAX + 1:
                self.warnings.append("MIME structure too deep or too large; rest kept in raw only")
            return
        content_type = part.get_content_type()
        maintype = part.get_content_maintype()
        if content_type == "message/rfc822":
            self._attach_message(part)
            return
        if maintype == "message":
            payload = part.get_payload()
            if isinstance(payload, list):
                content = b"\n".join(message_bytes(block) for block in payload)
            else:
                content = part.get_payload(decode=True) or b""
            filename = _part_filename(part) or f"{part.get_content_subtype()}.txt"
            self._attach(part, content, filename)
            return
        if part.is_multipart():
            alternative = content_type == "multipart/alternative"
            try:
                children = list(part.iter_parts())
            except Exception:
                children = []
                self.warnings.append(f"{content_type}: unreadable parts")
            for child in children:
                self.walk(child, depth + 1, alternative)
            return

        filename = _part_filename(part)
        try:
            disposition = part.get_content_disposition()
        except Exception:
            disposition = None
        try:
            payload = part.get_payload(decode=True) or b""
        except Exception:
            payload = b""
            self.warnings.append(f"{content_type}: undecodable transfer encoding")
        is_body = disposition != "attachment" and not filename
        if is_body and content_type in ("text/plain", "text/html"):
            text = text_decode(
                payload=payload,
                charset=part.get_content_charset(),
                warnings=self.warnings,
                what=content_type,
            )
            text = _clean(text)
            if content_type == "text/plain":
                self.texts.append(text.replace("\r\n", "\n").replace("\r", "\n"))
            else:
                self.htmls.append(text)
            return
        if is_body and in_alternative and maintype == "text":
            return  # another rendering of the same body (text/watch-html, text/enriched)
        self._attach(part, payload, filename)

    def _attach_message(self, part: Message) -> None:
        payload = part.get_payload()
        nested = payload[0] if isinstance(payload, list) and payload else None
        if nested is None:
            content = part.get_payload(decode=True) or b""
            subject = ""
        else:
            content = message_bytes(nested)
            try:
                subject = _clean(str(nested.get("Subject") or ""))
            except Exception:
                subject = ""
        filename = _part_filename(part)
        if not filename:
            stem = re.sub(r"[^\w\- ]+", "", _one_line(subject))[:80].strip() or "message"
            filename = f"{stem}.eml"
        self._attach(part, content, filename)


def email_parse(*, content: bytes) -> InboundMessage:
    """Parse one message. Raises EmailParseError when there is no usable sender (and the
    message is not an automatic one, which needs none); never for bad encodings."""
    warnings: list[str] = []
    message = BytesParser(policy=EMAIL_POLICY).parsebytes(content)
    headers = _Headers(message, content, warnings)
    if message.defects:
        names = sorted({type(defect).__name__ for defect in message.defects})
        warnings.append("MIME defects: " + ", ".join(names[:5]))

    from_address, from_name = _sender(headers, warnings)
    auto_reason = auto_reply_reason(message=message, from_address=from_address)
    if not from_address and not auto_reason:
        if headers.get("From"):
            raise EmailParseError(
                f"unparseable sender in From header: {_truncate(headers.get('From'), 120)!r}"
            )
        raise EmailParseError("no From header (and no Sender or Reply-To)")

    subject_raw = _one_line(headers.get("Subject"))
    subject = _truncate(subject_raw, SUBJECT_MAX)
    if len(subject_raw) > SUBJECT_MAX:
        warnings.append(f"Subject truncated to {SUBJECT_MAX} characters")

    message_ids = _message_ids(headers.get("Message-ID"))
    in_reply_to = _message_ids(headers.get("In-Reply-To"))
    references = _message_ids(headers.get("References"))
    if len(references) > REFERENCES_MAX:
        # The newest references are the ones that can match our tickets' messages.
        references = references[-REFERENCES_MAX:]

    collector = _BodyCollector(warnings)
    collector.walk(message)
    full_text = "\n".join(text.strip("\n") for text in collector.texts if text.strip())
    body_html = "\n".join(collector.htmls)
    if not full_text.strip() and body_html:
        full_text = html_to_text(body_html[:TEXT_MAX_CHARS])
    if len(full_text) > TEXT_MAX_CHARS:
        warnings.append(f"text truncated from {len(full_text)} characters")
        full_text = full_text[:TEXT_MAX_CHARS]
    if len(body_html) > TEXT_MAX_CHARS:
        warnings.append(f"HTML truncated from {len(body_html)} characters")
        body_html = body_html[:TEXT_MAX_CHARS]

    return InboundMessage(
        from_address=from_address,
        from_name=from_name,
        subject=subject,
        body_text=reply_text_extract(text=full_text) if full_text else "",
        full_text=full_text,
        body_html=body_html,
        message_id=message_ids[0] if message_ids else "",
        in_reply_to=in_reply_to[0] if in_reply_to else "",
        references=references,
        attachments=collector.attachments,
        sent_at=_sent_at(headers, warnings),
        auto_reply_reason=auto_reason,
        warnings=warnings,
    )
