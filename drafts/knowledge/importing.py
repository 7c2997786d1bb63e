"""Reading policy files from a folder: which files, under which slug, decoded how.

Folders of real help-centre markdown contain READMEs, images, huge files and the odd file in a
legacy encoding. Nothing here raises for bad input except PolicyFileError, which the import
records as a skipped file with its reason.
"""

import hashlib
import os
from pathlib import Path

from django.utils.text import slugify

from supportdesk.text import text_decode

MARKDOWN_SUFFIXES = {".md", ".markdown", ".mdx"}
MAX_FILE_BYTES = 2 * 1024 * 1024  # a policy page is kilobytes; megabytes means a dump, not a page
MAX_SLUG_CHARS = 200
_INDEX_NAMES = {"index", "_index"}


class PolicyFileError(ValueError):
    """A file that cannot become a policy; the message is the reason shown in the summary."""


def policy_files_find(root: Path) -> tuple[list[Path], list[tuple[str, str]]]:
    """Markdown files under root (sorted, symlinks and dot-folders not followed), and the other
    files as (relative path, reason) so the summary can say what was left out."""
    files: list[Path] = []
    ignored: list[tuple[str, str]] = []
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            path = Path(dirpath) / name
            relative = path.relative_to(root).as_posix()
            if name.startswith("."):
                continue
            if path.suffix.lower() not in MARKDOWN_SUFFIXES:
                ignored.append((relative, "not a markdown file"))
            elif path.is_symlink():
                ignored.append((relative, "symbolic link"))
            else:
                files.append(path)
    return sorted(files), ignored


def policy_slug_for(relative: str, *, prefix: str = "") -> str:
    """Slug from the path: ``refund/hey/index.md`` -> ``refund-hey``. Collisions between files
    of one folder are resolved by the caller's order (see policy_slugs_assign)."""
    parts = list(Path(relative).with_suffix("").parts)
    if len(parts) > 1 and parts[-1].lower() in _INDEX_NAMES:
        parts.pop()
    slug = slugify("-".join([prefix, *parts]) if prefix else "-".join(parts)) or "policy"
    if len(slug) > MAX_SLUG_CHARS:
        digest = hashlib.sha256(slug.encode()).hexdigest()[:10]
        slug = f"{slug[: MAX_SLUG_CHARS - 11]}-{digest}"
    return slug


def policy_slugs_assign(relatives: list[str], *, prefix: str = "") -> dict[str, str]:
    """One slug per file, stable across runs: ``a.md`` and ``a/index.md`` would both want ``a``,
    so the index page keeps its ``-index`` suffix. Without this, re-imports would alternate
    versions between the two files."""
    wanted = {rel: policy_slug_for(rel, prefix=prefix) for rel in relatives}
    counts: dict[str, int] = {}
    for slug in wanted.values():
        counts[slug] = counts.get(slug, 0) + 1
    assigned: dict[str, str] = {}
    used: set[str] = set()
    for rel in sorted(relatives):
        slug = wanted[rel]
        if counts[slug] > 1:
            full = Path(rel).with_suffix("").as_posix().replace("/", "-")
            slug = slugify(f"{prefix}-{full}" if prefix else full) or slug
        candidate, n = slug, 2
        while candidate in used:
            candidate = f"{slug}-{n}"
            n += 1
        used.add(candidate)
        assigned[rel] = candidate
    return assigned


def policy_file_read(path: Path) -> tuple[str, str]:
    """(text, encoding). UTF-8 (with or without BOM) first; otherwise the encoding
    charset-normalizer finds most plausible. Raises PolicyFileError for what is no policy."""
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise PolicyFileError(f"too large ({size:,} bytes; limit {MAX_FILE_BYTES:,})")
    data = path.read_bytes()
    if not data.strip():
        raise PolicyFileError("empty file")
    if b"\x00" in data[:8192]:
        raise PolicyFileError("binary content (NUL bytes)")
    decoded = text_decode(data)
    if decoded is None:
        raise PolicyFileError("undecodable bytes (no plausible text encoding)")
    text, used, _guessed = decoded
    return text, used
