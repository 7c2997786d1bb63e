"""Where messages to import come from: a single .eml file, an mbox file, a Maildir, or a
directory holding any of these (searched recursively). Each message is yielded as the exact
bytes on disk, so the raw record is what was received."""

import mailbox
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

EML_SUFFIXES = {".eml", ".msg822", ".mime"}
MBOX_SUFFIXES = {".mbox", ".mbx"}


@dataclass(frozen=True)
class MailSource:
    """One container of messages: what it is and where."""

    kind: str  # "eml", "mbox" or "maildir"
    path: Path


@dataclass(frozen=True)
class MailItem:
    source: str  # where this one message came from, for the raw record and the report
    content: bytes


def is_maildir(path: Path) -> bool:
    return path.is_dir() and all((path / name).is_dir() for name in ("cur", "new", "tmp"))


def is_mbox(path: Path) -> bool:
    if path.suffix.lower() in MBOX_SUFFIXES:
        return True
    try:
        with path.open("rb") as handle:
            return handle.read(5) == b"From "
    except OSError:
        return False


def mail_sources(*, path: Path) -> tuple[list[MailSource], list[Path]]:
    """The containers under `path`, in a stable order, and the files skipped as not mail.
    In a plain directory only .eml files, mbox files and Maildirs are taken."""
    if is_maildir(path):
        return [MailSource("maildir", path)], []
    if path.is_file():
        return [MailSource("mbox" if is_mbox(path) else "eml", path)], []
    sources: list[MailSource] = []
    skipped: list[Path] = []
    for child in sorted(path.iterdir()):
        if child.is_dir():
            found, ignored = mail_sources(path=child)
            sources.extend(found)
            skipped.extend(ignored)
        elif child.suffix.lower() in EML_SUFFIXES:
            sources.append(MailSource("eml", child))
        elif child.suffix.lower() in MBOX_SUFFIXES or (not child.suffix and is_mbox(child)):
            sources.append(MailSource("mbox", child))
        else:
            skipped.append(child)
    return sources, skipped


def mail_items(*, source: MailSource) -> Iterator[MailItem]:
    """The messages of one container, as bytes."""
    if source.kind == "eml":
        yield MailItem(source=str(source.path), content=source.path.read_bytes())
        return
    if source.kind == "mbox":
        box = mailbox.mbox(source.path, create=False)
    else:
        box = mailbox.Maildir(source.path, factory=None, create=False)
    try:
        # mbox keys are positions (file order); Maildir keys are time-based unique names.
        keys = sorted(box.keys()) if source.kind == "mbox" else sorted(box.keys(), key=str)
        for key in keys:
            yield MailItem(source=f"{source.kind}:{source.path}#{key}", content=box.get_bytes(key))
    finally:
        box.close()
