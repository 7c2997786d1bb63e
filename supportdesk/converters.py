"""Ids from outside (URL paths, query strings, form fields): one range check for all of them.

Primary keys are 64-bit integers (PostgreSQL bigint, SQLite integer), and so are the numbers
people type for versions. A longer run of digits is not an id of anything: it must answer 404
(or the form's own "no such ..." message), never reach the database driver, which refuses it
with OverflowError or DataError (a 500). `id_parse` is the one function for query and form
values; `IdConverter` (registered as `<id:...>` in supportdesk/urls.py) is the same check for
path segments, so a URL with an impossible id simply does not match."""

from __future__ import annotations

ID_MAX = 2**63 - 1  # the largest bigint
ID_DIGITS_MAX = len(str(ID_MAX))  # 19


class InvalidId(ValueError):
    """Not a possible id. A ValueError, so callers that already catch int()'s errors keep
    working unchanged."""


def id_parse(value: object) -> int:
    """The id `value` names: ASCII digits (surrounding whitespace allowed) or an int, in
    1..ID_MAX. Anything else raises InvalidId."""
    if isinstance(value, int) and not isinstance(value, bool):
        number = value
    elif isinstance(value, str):
        text = value.strip()
        if not text or not (text.isascii() and text.isdigit()) or len(text) > ID_DIGITS_MAX:
            raise InvalidId(f"not an id: {value[:40]!r}")
        number = int(text)
    else:
        raise InvalidId(f"not an id: {type(value).__name__}")
    if not 1 <= number <= ID_MAX:
        raise InvalidId(f"out of range for an id: {number}")
    return number


def id_or_none(value: object) -> int | None:
    """id_parse for optional input: None when `value` is not a possible id."""
    try:
        return id_parse(value)
    except InvalidId:
        return None


class IdConverter:
    """`<id:name>` in a URL: a positive 64-bit integer. Django treats the ValueError from
    to_python as "this pattern does not match", so an impossible id is a 404."""

    regex = "[0-9]+"

    def to_python(self, value: str) -> int:
        return id_parse(value)

    def to_url(self, value: object) -> str:
        return str(int(value))
