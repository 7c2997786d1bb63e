"""Where messages to import come from: a single .eml file, an mbox file, a Maildir, or a
directory holding any of these (searched recursively). Each message is yielded as the exact
bytes on disk, so the raw record is what was received."""

import mailbox
import re
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


# A Maildir name begins with its delivery time: "1733600000.M98765P4242Q1.host" (seconds, then
# microseconds, process and counter, as Python's mailbox and most delivery agents write it).
_MAILDIR_NAME = re.compile(r"^(\d+)\.(?:M(\d+))?(?:P(\d+))?(?:Q(\d+))?")


def maildir_order(key: str) -> tuple:
    """Delivery order of a Maildir message by its name, compared as numbers: as text,
    "M98765" (a message a tenth of a second into its second) sorts after "M123456", so a reply
    delivered in the same second as the message it answers could be imported first and open a
    ticket of its own. Names of another form come last, in text order."""
    match = _MAILDIR_NAME.match(key)
    if match is None:
        return (1, 0, 0, 0, 0, key)
    seconds, micro, pid, count = (int(g) if g else 0 for g in match.groups())
    return (0, seconds, micro, count, pid, key)


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
        keys = (
            sorted(box.keys()) if source.kind == "mbox" else sorted(box.keys(), key=maildir_order)
        )
        for key in keys:
            yield MailItem(source=f"{source.kind}:{source.path}#{key}", content=box.get_bytes(key))
    finally:
        box.close()
