"""Reading a team's labeled history files (CSV or JSONL) into checked rows.

Nothing here touches the database: the reader yields rows and problems with their line numbers,
and the import service decides what to store. Bad rows are reported, never silently dropped.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime

from supportdesk.text import text_decode

KNOWN_COLUMNS = ("text", "label", "subject", "customer_email", "created_at", "resolution")
# Common names in exports from other tools; used only when the canonical column is absent, and
# the summary says which column was read.
COLUMN_ALIASES = {
    "text": ("body", "message", "description", "utterance", "instruction"),
    "label": ("category", "intent", "class", "request_class"),
    "customer_email": ("email", "from", "customer"),
}
MAX_TEXT_CHARS = 20_000
MAX_LABEL_CHARS = 100


class HistoryFileError(ValueError):
    """The file as a whole cannot be read (missing, no header, no text/label column)."""


@dataclass
class HistoryRow:
    line: int
    text: str
    label: str
    subject: str = ""
    customer_email: str = ""
    created_at: datetime | None = None
    resolution: str = ""
    warnings: list[str] = field(default_factory=list)


@dataclass
class RowProblem:
    line: int
    reason: str


@dataclass
class HistoryFile:
    path: Path
    format: str
    encoding: str
    columns: dict[str, str]
    unknown_columns: list[str]
    notes: list[str]
    _items: Iterator[HistoryRow | RowProblem]

    def __iter__(self) -> Iterator[HistoryRow | RowProblem]:
        return self._items


def _decode(data: bytes, encoding: str = "") -> tuple[str, str, list[str]]:
    """Text, the encoding used, and a note when the encoding was guessed."""
    if encoding:
        try:
            return data.decode(encoding), encoding, []
        except (LookupError, UnicodeDecodeError) as exc:
            raise HistoryFileError(f"cannot decode the file as {encoding}: {exc}") from exc
    decoded = text_decode(data)
    if decoded is None:
        raise HistoryFileError("the file is not text in any encoding we recognise")
    text, used, guessed = decoded
    notes = [f"not UTF-8; encoding guessed as {used} (pass --encoding if wrong)"] if guessed else []
    return text, used, notes


def _format_guess(path: Path, text: str) -> str:
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson", ".json"):
        return "jsonl"
    if suffix in (".csv", ".tsv", ".txt"):
        return "csv"
    return "jsonl" if text.lstrip().startswith("{") else "csv"


def _columns_resolve(
    present: list[str], overrides: dict[str, str]
) -> tuple[dict[str, str], list[str], list[str]]:
    """Map our field names to the file's column names; report the columns nobody reads."""
    by_lower = {name.strip().lower(): name for name in present}
    columns: dict[str, str] = {}
    notes: list[str] = []
    for wanted in KNOWN_COLUMNS:
        if wanted in overrides:
            chosen = by_lower.get(overrides[wanted].strip().lower())
            if chosen is None:
                raise HistoryFileError(
                    f"column {overrides[wanted]!r} (for {wanted}) is not in the file; "
                    f"columns: {', '.join(present)}"
                )
            columns[wanted] = chosen
        elif wanted in by_lower:
            columns[wanted] = by_lower[wanted]
        else:
            for alias in COLUMN_ALIASES.get(wanted, ()):
                if alias in by_lower and by_lower[alias] not in columns.values():
                    columns[wanted] = by_lower[alias]
                    notes.append(f"reading column {by_lower[alias]!r} as {wanted}")
                    break
    for required in ("text", "label"):
        if required not in columns:
            raise HistoryFileError(
                f"no {required!r} column; columns: {', '.join(present) or '(none)'} "
                f"(name it {required!r} or pass --{required}-column)"
            )
    used = set(columns.values())
    unknown = [name for name in present if name not in used]
    return columns, unknown, notes


def _row_check(line: int, record: dict, columns: dict[str, str]) -> HistoryRow | RowProblem:
    values: dict[str, str] = {}
    for wanted, column in columns.items():
        value = record.get(column)
        if value is None:
            value = ""
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str):
            return RowProblem(line, f"{column!r} is not a string ({type(value).__name__})")
        values[wanted] = value.replace("\x00", "").strip()
    if not values.get("text"):
        return RowProblem(line, "empty text")
    if not values.get("label"):
        return RowProblem(line, "empty label")
    if len(values["label"]) > MAX_LABEL_CHARS:
        return RowProblem(line, f"label longer than {MAX_LABEL_CHARS} characters")
    warnings: list[str] = []
    text = values["text"]
    if len(text) > MAX_TEXT_CHARS:
        text = text[:MAX_TEXT_CHARS]
        warnings.append(f"text cut to {MAX_TEXT_CHARS} characters")
    email = values.get("customer_email", "")
    if email:
        try:
            validate_email(email)
        except ValidationError:
            warnings.append(f"customer_email {email[:80]!r} is not an address; left empty")
            email = ""
    created = None
    raw_created = values.get("created_at", "")
    if raw_created:
        created = parse_datetime(raw_created)
        if created is None:
            day = parse_date(raw_created) if len(raw_created) == 10 else None
            if day is not None:
                created = datetime(day.year, day.month, day.day)
        if created is None:
            warnings.append(f"created_at {raw_created[:40]!r} is not an ISO date; left empty")
        elif timezone.is_naive(created):
            created = timezone.make_aware(created, timezone.get_default_timezone())
    return HistoryRow(
        line=line,
        text=text,
        label=values["label"],
        subject=values.get("subject", "")[:500],
        customer_email=email[:254],
        created_at=created,
        resolution=values.get("resolution", ""),
        warnings=warnings,
    )


def _csv_items(text: str, columns: dict[str, str]) -> Iterator[HistoryRow | RowProblem]:
    reader = csv.DictReader(text.splitlines(keepends=True), restkey="\x00extra")
    reader.fieldnames  # noqa: B018 - reads the header row, so line_num counts from it
    next_line = reader.line_num + 1
    while True:
        start = next_line
        try:
            record = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield RowProblem(start, f"CSV error: {exc}")
            next_line = reader.line_num + 1
            continue
        next_line = reader.line_num + 1
        if not any((value or "").strip() for value in record.values() if isinstance(value, str)):
            continue  # blank line
        if "\x00extra" in record:
            yield RowProblem(start, "more fields than the header has columns")
            continue
        if None in record.values():
            yield RowProblem(start, "fewer fields than the header has columns")
            continue
        yield _row_check(start, record, columns)


def _jsonl_items(text: str, columns: dict[str, str]) -> Iterator[HistoryRow | RowProblem]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield RowProblem(number, f"invalid JSON: {exc.msg} at column {exc.colno}")
            continue
        if not isinstance(record, dict):
            yield RowProblem(number, f"a JSON {type(record).__name__}, not an object")
            continue
        yield _row_check(number, record, columns)


def history_file_open(
    *, path: str | Path, text_column: str = "", label_column: str = "", encoding: str = ""
) -> HistoryFile:
    """Open a history file: decode it, find its columns, and return an iterator of checked rows
    (HistoryRow) and problems (RowProblem), each with its 1-based line number."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise HistoryFileError(f"cannot read {path}: {exc.strerror or exc}") from exc
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise HistoryFileError(f"{path} looks binary, not CSV or JSONL")
    text, encoding, decode_notes = _decode(data, encoding)
    kind = _format_guess(path, text)
    overrides = {k: v for k, v in (("text", text_column), ("label", label_column)) if v}
    if kind == "csv":
        header_line = next(iter(text.splitlines()), "")
        header = next(csv.reader([header_line]), [])
        if not header:
            raise HistoryFileError(f"{path} is empty or has no header row")
        present = header
    else:
        present = []
        for line in text.splitlines():
            try:
                record = json.loads(line)
            except json.JSONDecodeError:
                continue
            if isinstance(record, dict):
                present.extend(k for k in record if k not in present)
    columns, unknown, notes = _columns_resolve(present, overrides)
    items = _csv_items(text, columns) if kind == "csv" else _jsonl_items(text, columns)
    return HistoryFile(
        path=path,
        format=kind,
        encoding=encoding,
        columns=columns,
        unknown_columns=unknown,
        notes=decode_notes + notes,
        _items=items,
    )
