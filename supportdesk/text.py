"""Decoding uploaded or imported text files whose encoding nobody told us."""

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
