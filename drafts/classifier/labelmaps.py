"""Label map files: the team's labels -> request class slugs (and so risk).

Format: {"labels": {"<label>": "<request-class-slug>", ...}}, or the same mapping flat
({"<label>": "<slug>", ...}). A label may map to null to say "no request class" (the ticket
then goes to triage). Labels are whatever the team uses.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path


class LabelMapError(ValueError):
    pass


@dataclass
class LabelMapFile:
    path: Path
    labels: dict[str, str | None]
    problems: list[str] = field(default_factory=list)


def label_map_read(*, path: str | Path) -> LabelMapFile:
    """Parse a label map file. Structural errors raise LabelMapError; entries that cannot be
    used (a non-string slug) are left out and listed in `problems`."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except OSError as exc:
        raise LabelMapError(f"cannot read label map {path}: {exc.strerror or exc}") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise LabelMapError(f"label map {path} is not valid JSON: {exc}") from exc
    if isinstance(data, dict) and isinstance(data.get("labels"), dict):
        entries = data["labels"]
    elif isinstance(data, dict) and "labels" not in data:
        entries = data  # a flat map
    else:
        raise LabelMapError(
            f'label map {path} must be a JSON object {{"labels": {{"<label>": "<slug>"}}}} '
            'or a flat {"<label>": "<slug>"}'
        )
    labels: dict[str, str | None] = {}
    problems: list[str] = []
    for label, slug in entries.items():
        label = str(label).strip()
        if not label:
            problems.append("an empty label was left out")
        elif slug is None or isinstance(slug, str):
            labels[label] = slug.strip() if isinstance(slug, str) and slug.strip() else None
        else:
            problems.append(f"label {label!r}: slug must be a string or null, not {slug!r}")
    return LabelMapFile(path=path, labels=labels, problems=problems)


def slug_normalize(slug: str) -> str:
    """Class names match with '_' or '-' and in any case: "billing_dispute" is billing-dispute."""
    return slug.strip().lower().replace("_", "-")


def label_map_check(
    *, labels: dict[str, str | None], known_slugs: set[str]
) -> dict[str, str | None]:
    """The map with each slug matched to a request class the project has ('_' or '-'); raises
    LabelMapError naming every class that does not exist."""
    by_normal = {slug_normalize(s): s for s in known_slugs}
    checked: dict[str, str | None] = {}
    unknown: list[str] = []
    for label, slug in labels.items():
        if slug is None:
            checked[label] = None
        elif slug_normalize(slug) in by_normal:
            checked[label] = by_normal[slug_normalize(slug)]
        else:
            unknown.append(f"{slug!r} (label {label!r})")
    if unknown:
        raise LabelMapError(
            "the label map names request classes this project does not have: "
            + ", ".join(unknown)
            + f". Known classes: {', '.join(sorted(known_slugs))}"
        )
    return checked
