"""Writes to the knowledge base. Versions and fragments are only ever created, never changed."""

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from audit.services import event_record
from drafts.risk.encoder import ENCODER_NAME

from . import qa_encoder
from .importing import PolicyFileError, policy_file_read, policy_files_find, policy_slugs_assign
from .models import PolicyDocument, PolicyFragment, PolicyVersion
from .retrieval import passages_embed, qa_passages_embed, vectors_dump
from .sections import (
    ParsedDocument,
    body_normalize,
    document_parse,
    guidance_split,
    passage_embed_texts,
    text_hash,
)


class PolicyInvalid(ValueError):
    """The markdown cannot become a policy version (empty, or no text to cite)."""


class PolicyUnchanged(ValueError):
    """The body is the same as the current version's: no new version is made."""


def policy_body_check(*, body: str, fallback_title: str = "") -> ParsedDocument:
    """Parse a body the way policy_version_create will; raise PolicyInvalid when unusable."""
    normalized = body_normalize(body)
    if not normalized.strip():
        raise PolicyInvalid("The policy text is empty.")
    parsed = document_parse(normalized, fallback_title=fallback_title)
    if not parsed.sections:
        raise PolicyInvalid("The policy has no text to cite (only headings or markup).")
    return parsed


def policy_request_classes(meta: dict) -> list[str]:
    value = meta.get("classes") or meta.get("request_classes") or []
    if isinstance(value, str):
        value = value.split(",")
    return sorted({slugify(v) for v in value if slugify(v)})


@transaction.atomic
def policy_version_create(
    *, document: PolicyDocument, body: str, author=None, change_note: str = ""
) -> PolicyVersion:
    """Add a version with its fragments and make it the document's current version.

    Locks the document row, so two concurrent edits get consecutive numbers instead of a
    unique-constraint error. Raises PolicyUnchanged when the normalized body equals the current
    version's, and PolicyInvalid when it has nothing to cite. Records
    ``knowledge.policy_version_created`` in the same transaction.
    """
    document = PolicyDocument.objects.select_for_update().get(pk=document.pk)
    normalized = body_normalize(body)
    parsed = policy_body_check(body=normalized, fallback_title=document.title)
    digest = text_hash(normalized)
    current = document.current_version
    if current is not None and current.content_hash == digest:
        raise PolicyUnchanged(f"{document.slug}: same text as version {current.number}")

    version = PolicyVersion.objects.create(
        document=document,
        number=(current.number + 1) if current else 1,
        title=document.title,
        body=normalized,
        content_hash=digest,
        request_classes=policy_request_classes(parsed.meta),
        author=author,
        change_note=change_note[:300],
        created_at=timezone.now(),
    )
    groups = [
        passage_embed_texts(heading_path=section.heading_path, text=section.text)
        for section in parsed.sections
    ]
    flat = passages_embed([text for group in groups for text in group])
    qa = qa_encoder.available()
    qa_flat = qa_passages_embed([text for group in groups for text in group]) if qa else None
    offsets = [0]
    for group in groups:
        offsets.append(offsets[-1] + len(group))
    PolicyFragment.objects.bulk_create(
        PolicyFragment(
            version=version,
            anchor=section.anchor,
            heading=section.heading[:300],
            heading_path=list(section.heading_path),
            text=section.text,
            position=section.position,
            content_hash=section.content_hash,
            guidance=guidance_split(section.text)[1],
            vectors=vectors_dump(flat[offsets[n] : offsets[n + 1]]),
            encoder=ENCODER_NAME[:100],
            qa_vectors=vectors_dump(qa_flat[offsets[n] : offsets[n + 1]], qa_encoder.QA_DIMENSIONS)
            if qa
            else b"",
            qa_encoder=qa_encoder.QA_ENCODER_NAME[:100] if qa else "",
        )
        for n, section in enumerate(parsed.sections)
    )
    document.current_version = version
    document.save(update_fields=["current_version"])
    event_record(
        name="knowledge.policy_version_created",
        actor=author,
        actor_label="" if author else "system",
        payload={
            "document": document.slug,
            "version_id": version.pk,
            "number": version.number,
            "fragments": len(parsed.sections),
            "split_by": parsed.split_by,
            "change_note": version.change_note,
        },
        versions={"policy": {document.slug: version.number}},
    )
    return version


@transaction.atomic
def policy_document_create(
    *,
    slug: str,
    title: str,
    body: str,
    author=None,
    change_note: str = "Created",
    source_path: str = "",
    is_active: bool = True,
) -> PolicyDocument:
    """Create a document and its version 1 in one transaction (no document without text)."""
    policy_body_check(body=body, fallback_title=title)
    document = PolicyDocument.objects.create(
        slug=slug, title=title[:300], source_path=source_path[:500], is_active=is_active
    )
    policy_version_create(document=document, body=body, author=author, change_note=change_note)
    document.refresh_from_db()
    return document


class ImportOutcome(StrEnum):
    CREATED = "created"
    NEW_VERSION = "new version"
    UNCHANGED = "unchanged"
    SKIPPED = "skipped"


@dataclass
class ImportSummary:
    created: list[str] = field(default_factory=list)
    new_versions: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)
    fragments: int = 0
    notes: list[tuple[str, str]] = field(default_factory=list)  # (path, e.g. decoded as cp1252)

    @property
    def files(self) -> int:
        return len(self.created) + len(self.new_versions) + len(self.unchanged) + len(self.skipped)


def policy_file_import(
    *, path: Path, root: Path, slug: str, author=None, summary: ImportSummary
) -> tuple[ImportOutcome, str]:
    """Import one markdown file: new document, new version, or nothing when unchanged.

    Each file is its own transaction, so one bad file never undoes the others. Returns the
    outcome and a short detail for progress output; never raises for bad input.
    """
    relative = path.relative_to(root).as_posix()
    try:
        text, encoding = policy_file_read(path)
    except PolicyFileError as exc:
        summary.skipped.append((relative, str(exc)))
        return ImportOutcome.SKIPPED, str(exc)
    if encoding != "utf-8":
        summary.notes.append((relative, f"decoded as {encoding}"))
    stem = path.parent.name if path.stem.lower() in ("index", "_index") else path.stem
    fallback_title = stem.replace("-", " ").replace("_", " ").strip().capitalize()
    try:
        parsed = policy_body_check(body=text, fallback_title=fallback_title)
    except PolicyInvalid as exc:
        summary.skipped.append((relative, str(exc)))
        return ImportOutcome.SKIPPED, str(exc)

    document = PolicyDocument.objects.filter(slug=slug).first()
    try:
        if document is None:
            policy_document_create(
                slug=slug,
                title=parsed.title,
                body=text,
                author=author,
                change_note=f"Imported from {relative}",
                source_path=relative,
            )
            summary.created.append(slug)
            outcome = ImportOutcome.CREATED
        else:
            policy_version_create(
                document=document,
                body=text,
                author=author,
                change_note=f"Re-imported from {relative}",
            )
            summary.new_versions.append(slug)
            outcome = ImportOutcome.NEW_VERSION
    except PolicyUnchanged:
        summary.unchanged.append(slug)
        return ImportOutcome.UNCHANGED, slug
    summary.fragments += len(parsed.sections)
    return outcome, f"{slug} ({len(parsed.sections)} fragments, split by {parsed.split_by})"


def policy_folder_import(
    *, root: Path, author=None, prefix: str = "", progress=None
) -> ImportSummary:
    """Import every markdown file under root, recursively. Idempotent: unchanged files make no
    version. ``progress(index, total, relative_path, outcome, detail)`` is called per file."""
    summary = ImportSummary()
    files, ignored = policy_files_find(root)
    summary.skipped.extend(ignored)
    slugs = policy_slugs_assign([p.relative_to(root).as_posix() for p in files], prefix=prefix)
    for index, path in enumerate(files, start=1):
        outcome, detail = policy_file_import(
            path=path,
            root=root,
            slug=slugs[path.relative_to(root).as_posix()],
            author=author,
            summary=summary,
        )
        if progress is not None:
            progress(index, len(files), path.relative_to(root).as_posix(), outcome, detail)
    return summary
