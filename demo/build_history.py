"""Build `history.csv`: Fernhill Instruments' labeled ticket history, for the classifier.

The rows are composed from hand-written phrasings (ours, in `history_phrasings.json`), with a
fixed seed, so the file is the same on every run: `python demo/build_history.py` rewrites it,
and a test checks that the committed file matches. Each row is a greeting, one core statement
of the request, a few optional details and questions, and a sign-off; slots (order numbers,
station models, plans, amounts, dates) vary the wording, some rows get typos or shouting, some
are terse one-liners, a few are in German, French or Spanish, and a few carry a secondary
concern from another class (ambiguous, as real tickets are). The label is the request class slug
of the main concern.

Columns: text,label,subject,customer_email,created_at,resolution
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import random
import re
import sys
from pathlib import Path

SEED = 20250106
HERE = Path(__file__).resolve().parent
OUT = HERE / "history.csv"
PHRASINGS = json.loads((HERE / "history_phrasings.json").read_text(encoding="utf-8"))

ROWS_PER_CLASS: dict[str, int] = PHRASINGS["rows_per_class"]
GREETINGS: list[str] = PHRASINGS["greetings"]
SIGNOFFS: list[str] = PHRASINGS["signoffs"]
NAMES_FIRST: list[str] = PHRASINGS["names_first"]
NAMES_LAST: list[str] = PHRASINGS["names_last"]
DOMAINS: list[str] = PHRASINGS["domains"]
ANGRY_OPENERS: list[str] = PHRASINGS["angry_openers"]
ANGRY_CLOSERS: list[str] = PHRASINGS["angry_closers"]
# Classes whose customers shout more often than others.
ANGRY_SHARE: dict[str, float] = PHRASINGS["angry_share"]
# Per class: subjects, cores, details, asks, shorts, foreign, resolutions.
CLASSES: dict[str, dict[str, list[str]]] = PHRASINGS["classes"]
# Genuinely ambiguous requests: either label is defensible, and agents do disagree. Rows drawn
# from here carry the label of the class being generated.
AMBIGUOUS = [(item["text"], set(item["labels"])) for item in PHRASINGS["ambiguous"]]
# Everyday synonyms applied at random, so the same request is not always worded the same way.
SYNONYMS: dict[str, list[str]] = PHRASINGS["synonyms"]
_SYNONYM_RE = re.compile(r"\b(" + "|".join(re.escape(w) for w in SYNONYMS) + r")\b")
# A slot pattern's pieces: {a..b} or {a..b:fmt} a random integer, {x|y|z} a choice.
_PIECE_RE = re.compile(r"\{(-?\d+)\.\.(-?\d+)(?::([^}]+))?\}|\{([^}]*\|[^}]*)\}")


def _slot(spec: list[str] | str, rng: random.Random) -> str:
    if isinstance(spec, list):
        return rng.choice(spec)

    def piece(match: re.Match) -> str:
        low, high, fmt, options = match.groups()
        if options is not None:
            return rng.choice(options.split("|"))
        return format(rng.randint(int(low), int(high)), fmt or "d")

    return _PIECE_RE.sub(piece, spec)


def _fill(template: str, rng: random.Random) -> str:
    return re.sub(r"\{(\w+)\}", lambda m: _slot(PHRASINGS["slots"][m.group(1)], rng), template)


def _typos(text: str, rng: random.Random) -> str:
    """A couple of realistic slips: swapped letters, a dropped letter, lost apostrophes."""
    words = text.split(" ")
    for _ in range(rng.randint(1, 3)):
        i = rng.randrange(len(words))
        word = words[i]
        if len(word) > 3 and word.isalpha():
            j = rng.randrange(1, len(word) - 2)
            if rng.random() < 0.5:
                word = word[:j] + word[j + 1] + word[j] + word[j + 2 :]
            else:
                word = word[:j] + word[j + 1 :]
            words[i] = word
    text = " ".join(words)
    if rng.random() < 0.5:
        text = text.replace("'", "")
    return text


def _row_text(label: str, rng: random.Random) -> tuple[str, str]:
    bank = CLASSES[label]
    subject = _fill(rng.choice(bank["subjects"]), rng)
    roll = rng.random()
    if roll < 0.05:
        return _fill(rng.choice(bank["foreign"]), rng), subject
    if roll < 0.17:
        text = _fill(rng.choice(bank["shorts"]), rng)
        return (_typos(text, rng) if rng.random() < 0.3 else text), subject

    ambiguous = [text for text, labels in AMBIGUOUS if label in labels]
    if roll < 0.20 and ambiguous:
        core = rng.choice(ambiguous)
    else:
        core = _SYNONYM_RE.sub(
            lambda m: rng.choice(SYNONYMS[m.group(1)]) if rng.random() < 0.35 else m.group(1),
            _fill(rng.choice(bank["cores"]), rng),
        )
    parts = [core]
    for detail in rng.sample(bank["details"], rng.choice([0, 0, 1, 1, 1, 2])):
        parts.append(_fill(detail, rng))
    if rng.random() < 0.7:
        parts.append(_fill(rng.choice(bank["asks"]), rng))
    if rng.random() < 0.05:
        # A secondary concern from another class: the label stays the main concern.
        other = rng.choice([c for c in CLASSES if c != label])
        aside = _fill(rng.choice(CLASSES[other]["cores"]), rng)
        parts.append("Also, " + aside[0].lower() + aside[1:])
    angry = rng.random() < ANGRY_SHARE.get(label, 0.05)
    if angry:
        parts.insert(0, rng.choice(ANGRY_OPENERS))
        parts.append(rng.choice(ANGRY_CLOSERS))
    if len(parts) > 2 and rng.random() < 0.25:
        # Details before the request, as people often write.
        middle = parts[1:-1]
        rng.shuffle(middle)
        parts[1:-1] = middle
    body = " ".join(parts)
    if angry and rng.random() < 0.3:
        body = body.upper()
    elif rng.random() < 0.08:
        body = body.lower()
    if rng.random() < 0.12:
        body = _typos(body, rng)
    greeting = rng.choice(GREETINGS)
    signoff = rng.choice(SIGNOFFS)
    name = rng.choice(NAMES_FIRST) if signoff and rng.random() < 0.6 else ""
    pieces = [greeting, body, "\n".join(p for p in (signoff, name) if p)]
    separator = "\n\n" if rng.random() < 0.5 else " "
    return separator.join(p for p in pieces if p).strip(), subject


def history_rows(seed: int = SEED) -> list[dict[str, str]]:
    """All rows, deterministic for a seed; texts are unique."""
    rng = random.Random(seed)
    start = dt.datetime(2025, 1, 6, tzinfo=dt.UTC)
    rows, seen = [], set()
    for label, count in ROWS_PER_CLASS.items():
        made = 0
        while made < count:
            text, subject = _row_text(label, rng)
            if text.lower() in seen:
                continue
            seen.add(text.lower())
            first, last = rng.choice(NAMES_FIRST), rng.choice(NAMES_LAST)
            email = (
                f"{first}.{last}{rng.choice(['', '', str(rng.randint(1, 99))])}@"
                f"{rng.choice(DOMAINS)}".lower()
            )
            created = start + dt.timedelta(minutes=rng.randrange(0, 300 * 24 * 60))
            resolution = rng.choice(CLASSES[label]["resolutions"]) if rng.random() < 0.8 else ""
            rows.append(
                {
                    "text": text,
                    "label": label,
                    "subject": subject,
                    "customer_email": email,
                    "created_at": created.strftime("%Y-%m-%dT%H:%M:%SZ"),
                    "resolution": resolution,
                }
            )
            made += 1
    rng.shuffle(rows)
    rows.sort(key=lambda r: r["created_at"])
    return rows


def history_csv(seed: int = SEED) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(
        buffer,
        fieldnames=["text", "label", "subject", "customer_email", "created_at", "resolution"],
        lineterminator="\n",
    )
    writer.writeheader()
    writer.writerows(history_rows(seed))
    return buffer.getvalue()


if __name__ == "__main__":
    content = history_csv()
    OUT.write_text(content, encoding="utf-8")
    sys.stdout.write(f"wrote {OUT} ({content.count(chr(10)) - 1} lines incl. multi-line texts)\n")
