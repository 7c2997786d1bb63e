"""Reads from the knowledge base."""

from collections.abc import Iterable

from django.db.models import Count, F, Max, QuerySet, Sum

from drafts.batching import read_once

from .models import PolicyDocument, PolicyFragment, PolicyVersion


def fragments_current() -> QuerySet[PolicyFragment]:
    """Fragments of the current version of every active document: what retrieval indexes."""
    return (
        PolicyFragment.objects.filter(
            version__document__is_active=True,
            version__document__current_version=F("version"),
        )
        .select_related("version__document")
        .order_by("version__document__slug", "position")
    )


def current_set_signature() -> tuple:
    """Changes whenever the set of current versions changes (a new version, a document turned
    on or off). One aggregate query, cheap enough to run before every retrieval. The newest
    creation time is in it because ids alone can repeat after a rolled-back transaction on
    SQLite. Once per chunk inside drafts.batching.batch_scope."""
    row = read_once(
        "policies.signature",
        lambda: PolicyDocument.objects.filter(is_active=True).aggregate(
            n=Count("id"),
            top=Max("current_version_id"),
            total=Sum("current_version_id"),
            newest=Max("current_version__created_at"),
        ),
    )
    return (row["n"] or 0, row["top"] or 0, row["total"] or 0, row["newest"])


def fragment_get(*, fragment_id: int) -> PolicyFragment:
    """A fragment with its version and document: what a citation resolves to, forever."""
    return PolicyFragment.objects.select_related("version__document").get(pk=fragment_id)


def fragment_by_anchor(
    *, document_slug: str, anchor: str, version_number: int | None = None
) -> PolicyFragment:
    """A fragment by document and anchor; the current version unless a number is given."""
    qs = PolicyFragment.objects.select_related("version__document").filter(
        version__document__slug=document_slug, anchor=anchor
    )
    if version_number is None:
        qs = qs.filter(version__document__current_version=F("version"))
    else:
        qs = qs.filter(version__number=version_number)
    return qs.get()


def policy_versions_current() -> dict[str, dict]:
    """Per active policy document with a current version: {slug: {"version_id", "number",
    "hash"}}. One query."""
    return {
        slug: {"version_id": vid, "number": number, "hash": digest}
        for slug, vid, number, digest in PolicyDocument.objects.filter(
            is_active=True, current_version__isnull=False
        )
        .order_by("slug")
        .values_list(
            "slug", "current_version_id", "current_version__number", "current_version__content_hash"
        )
    }


def policy_version_bodies(*, version_ids: Iterable[int]) -> dict[int, str]:
    """{id: body} of the given policy versions. One query."""
    return dict(PolicyVersion.objects.filter(pk__in=list(version_ids)).values_list("pk", "body"))


def policy_version_numbers(*, version_ids: Iterable[int]) -> dict[int, int]:
    """{id: number} of the given policy versions (what a citation calls "version 1"). One query."""
    ids = [i for i in version_ids if isinstance(i, int)]
    if not ids:
        return {}
    return dict(PolicyVersion.objects.filter(pk__in=ids).values_list("pk", "number"))
