"""Unpublished policy edits, read in memory: a lead edits a document's text for a replay
(drafts/replay.py) and retrieval and the draft read the edited sections instead of the current
version's, inside policy_edits_use only. Nothing here writes; publishing the edit is
services.policy_version_create, like any other edit."""

from __future__ import annotations

import contextlib
from collections.abc import Iterable

from drafts.batching import rows_once

from .models import PolicyDocument, PolicyFragment, PolicyVersion
from .retrieval import (
    CandidateIndex,
    FragmentIndex,
    current_index,
    fragment_index_candidate,
    fragment_index_use,
    indexed_fragment_from_section,
)
from .sections import body_normalize, guidance_split, text_hash
from .services import PolicyInvalid, policy_body_check, policy_request_classes


class PolicyEditInvalid(ValueError):
    """The edit cannot be replayed: unknown or inactive document, no text to cite, unchanged."""


def policy_edit_check(*, slug: str, body: str) -> dict:
    """An edit of document `slug` as a replay stores it: {"body" (normalized), "title",
    "edited_from" (the current version's id), "number" (its number), "hash", and "restores"
    (the number of an earlier version whose text it is, if any)}. Raises PolicyEditInvalid.
    Two queries."""
    document = (
        PolicyDocument.objects.select_related("current_version")
        .filter(slug=slug, is_active=True, current_version__isnull=False)
        .first()
    )
    if document is None:
        raise PolicyEditInvalid(f"No active policy document {slug!r}.")
    normalized = body_normalize(body)
    try:
        policy_body_check(body=normalized, fallback_title=document.title)
    except PolicyInvalid as exc:
        raise PolicyEditInvalid(f"{document.title}: {exc}") from exc
    digest = text_hash(normalized)
    current = document.current_version
    if digest == current.content_hash:
        raise PolicyEditInvalid(
            f"{document.title}: the text is the same as version {current.number}."
        )
    # The text of an earlier version: replaying it is trying that version again.
    restores = (
        PolicyVersion.objects.filter(document=document, content_hash=digest)
        .order_by("-number")
        .values_list("number", flat=True)
        .first()
    )
    return {
        "body": normalized,
        "title": document.title,
        "edited_from": current.pk,
        "number": current.number,
        "hash": digest,
        **({"restores": restores} if restores is not None else {}),
    }


def candidate_index_build(*, edits: dict[str, dict]) -> CandidateIndex:
    """The current fragments with each edited document's replaced by the sections of its
    edited body (ids -1, -2, ...; version id 0: no row holds them)."""
    signature, live = current_index()
    fragments = [f for f in live.fragments if f.document_slug not in edits]
    texts: dict[int, tuple[str, str]] = {}
    next_id = -1
    for slug, edit in sorted(edits.items()):
        parsed = policy_body_check(body=edit["body"], fallback_title=edit["title"])
        classes = policy_request_classes(parsed.meta)
        for section in parsed.sections:
            fragments.append(
                indexed_fragment_from_section(
                    section,
                    title=edit["title"],
                    document_slug=slug,
                    fragment_id=next_id,
                    version_id=0,
                    request_classes=classes,
                )
            )
            texts[next_id] = (section.text, guidance_split(section.text)[1])
            next_id -= 1
    fragments.sort(key=lambda f: f.document_slug)  # the live index's order: slug, position
    edited = tuple(sorted((slug, e["hash"]) for slug, e in edits.items()))
    return CandidateIndex(FragmentIndex(fragments), (*signature, "edited", edited), texts)


@contextlib.contextmanager
def policy_edits_use(*, edits: dict[str, dict]):
    """Within the block (this thread or task only), retrieval and fragment_texts read the
    edited documents (policy_edit_check's form) instead of their current versions."""
    if not edits:
        yield
        return
    with fragment_index_use(candidate=candidate_index_build(edits=edits)):
        yield


def fragment_texts(*, fragment_ids: Iterable[int]) -> dict[int, tuple[str, str]]:
    """{id: (text, guidance)} of the given fragments: rows for live ids, the candidate's
    sections for the ids of an edit being replayed. One query."""
    ids = list(fragment_ids)
    candidate = fragment_index_candidate()
    found = {i: candidate.texts[i] for i in ids if candidate and i in candidate.texts}
    rows = [i for i in ids if i not in found]
    if rows:
        found.update(rows_once("fragment_texts", rows, _fragment_rows))
    return found


def _fragment_rows(ids: list[int]) -> dict[int, tuple[str, str]]:
    return {
        pk: (text, guidance)
        for pk, text, guidance in PolicyFragment.objects.filter(pk__in=ids).values_list(
            "pk", "text", "guidance"
        )
    }
