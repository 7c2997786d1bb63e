"""Text from outside: decoding files whose encoding nobody told us, and the characters the
database cannot store."""

import re

from charset_normalizer import from_bytes


def text_decode(data: bytes) -> tuple[str, str, bool] | None:
    """(text, encoding, guessed): UTF-8 (with or without a BOM), else charset-normalizer's best
    guess, or None when no encoding makes plausible text of it.

    Short Western text often scores the same in several code pages; Windows-1252 is by far the
    most common legacy encoding of such files, so it wins a tie."""
    try:
        return data.decode("utf-8-sig"), "utf-8", False
    except UnicodeDecodeError:
        pass
    matches = list(from_bytes(data))
    if not matches:
        return None
    best = matches[0]
    tied = [m for m in matches if m.chaos <= best.chaos]
    best = next((m for m in tied if m.encoding == "cp1252"), best)
    return str(best), best.encoding, True


# What PostgreSQL refuses in a text value: NUL, and (in UTF-8) lone surrogates, which Python
# strings can hold but no encoder will write.
_REFUSED = re.compile("[\x00\ud800-\udfff]")


def text_refused_characters(value: str) -> str:
    """ "" when the database can store `value` as text; else a description of the first
    character it would refuse ("a NUL character (U+0000)"), for an error message."""
    found = _REFUSED.search(value)
    if found is None:
        return ""
    code = f"U+{ord(found.group()):04X}"
    if found.group() == "\x00":
        return f"a NUL character ({code})"
    return f"an unpaired surrogate character ({code})"
