"""The demo's reply data for issue 17 (demo/replies, demo/templates, demo/retrieval_questions.json):
the files parse, they carry the amounts of text per class and language the drafts work needs, and
every policy passage they cite exists, checked with the parser import_policies uses. No database.

The public knowledge base labels are checked only when ../shared/data is present."""

import collections
import importlib.util
import json
import re
import string
from pathlib import Path

import pytest
from django.utils.text import slugify

from drafts.knowledge.sections import body_normalize, document_parse
from tests.conftest import shared_data
from tickets.demo import DEMO_DIR

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "demo"
REPLIES = DATA / "replies" / "sent_replies.jsonl"
TEMPLATES = DATA / "templates"
QUESTIONS = DATA / "retrieval_questions.json"

LANGUAGES = ("en", "de", "fr", "es")
CLASSES = {
    "shipping-status",
    "refund-policy",
    "account-access",
    "setup-help",
    "pricing",
    "general",
    "billing-dispute",
    "refund-exception",
    "data-deletion",
    "legal-compliance",
    "security-report",
    "outage",
    "complaint",
}
REPETITIVE = ("shipping-status", "account-access", "setup-help", "pricing", "refund-policy")
HIGH_RISK = {
    "billing-dispute",
    "refund-exception",
    "data-deletion",
    "legal-compliance",
    "security-report",
    "outage",
    "complaint",
}
REPLY_FIELDS = {
    "id": str,
    "language": str,
    "request_class": str,
    "customer_name": str,
    "customer_email": str,
    "subject": str,
    "message": str,
    "reply": str,
    "policies": list,
    "agent": str,
    "created_days_ago": int,
    "sent_after_hours": float,
}
TEMPLATE_PLACEHOLDERS = {
    "customer_name",
    "agent_name",
    "ticket_ref",
    "plan",
    "order_number",
    "device",
}
KB = ("kb-plausible-docs",)


def _policies_dir() -> Path:
    """The demo policies: wherever the demo folder lives now (it is moving to demo/)."""
    for candidate in (DEMO_DIR / "policies", DATA / "policies", ROOT / "supportdesk/demo/policies"):
        if candidate.is_dir():
            return candidate
    raise AssertionError("no demo policies folder found")


def _section_headings(path: Path) -> set[str]:
    parsed = document_parse(
        body_normalize(path.read_text(encoding="utf-8")), fallback_title=path.stem
    )
    return {section.heading for section in parsed.sections}


def _has_section(headings: set[str], wanted: str) -> bool:
    # A long section is cut into "<heading> (part n)" fragments; a label names the section.
    return wanted in headings or any(h.startswith(f"{wanted} (part ") for h in headings)


def _replies() -> list[dict]:
    with REPLIES.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _questions() -> dict:
    return json.loads(QUESTIONS.read_text(encoding="utf-8"))


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


# ------------------------------------------------------------------------- sent replies


def test_sent_replies_parse_with_every_field_and_unique_ids():
    rows = _replies()
    for row in rows:
        assert set(row) == set(REPLY_FIELDS), row["id"]
        for field, kind in REPLY_FIELDS.items():
            assert isinstance(row[field], kind), (row["id"], field)
        assert row["language"] in LANGUAGES
        assert row["request_class"] in CLASSES
        assert row["agent"] in {"agent", "agent2", "lead"}
        assert row["created_days_ago"] > 0 and row["sent_after_hours"] > 0
    ids = [row["id"] for row in rows]
    assert len(ids) == len(set(ids)), [i for i, n in collections.Counter(ids).items() if n > 1]


def test_sent_replies_cover_the_classes_and_languages_the_drafts_need():
    rows = _replies()
    assert len(rows) >= 240
    by_language = collections.Counter(row["language"] for row in rows)
    for language in ("de", "fr", "es"):
        assert by_language[language] >= 25, by_language
    assert by_language.most_common(1)[0][0] == "en"
    by_class = collections.Counter(row["request_class"] for row in rows)
    for request_class in REPETITIVE:
        assert by_class[request_class] >= 30, by_class
    assert len(HIGH_RISK & set(by_class)) == len(HIGH_RISK), by_class
    # Each language has memory for every repetitive class, so a draft can stay in it.
    pairs = {(row["language"], row["request_class"]) for row in rows}
    missing = [(lang, cls) for lang in LANGUAGES for cls in REPETITIVE if (lang, cls) not in pairs]
    assert not missing


def test_sent_replies_repeat_questions_in_different_words_with_adapted_answers():
    rows = _replies()
    for request_class in REPETITIVE:
        english = [
            row for row in rows if row["request_class"] == request_class and row["language"] == "en"
        ]
        messages = {row["message"] for row in english}
        replies = {row["reply"] for row in english}
        # No two tickets are word-for-word the same, in the question or in the reply.
        assert len(messages) == len(english), request_class
        assert len(replies) == len(english), request_class


def test_sent_replies_are_plain_text_in_the_customers_name_and_signed():
    rows = _replies()
    for row in rows:
        reply = row["reply"]
        assert not re.search(r"<[a-z/]|\*\*|^#|\{[a-z_]+\}", reply, re.M), row["id"]
        # Greeted by name: "Hi Raj," for Rajesh Iyer, "Hallo Herr Weber," for Jonas Weber.
        greeting = re.findall(r"\w+", reply.splitlines()[0])
        name_parts = row["customer_name"].split(" (")[0].split()
        assert any(p.startswith(w) for w in greeting if len(w) >= 3 for p in name_parts), row["id"]
        assert "Fernhill" in reply.splitlines()[-1], row["id"]
        assert not _placeholders(row["message"]) and not _placeholders(row["subject"]), row["id"]


def test_sent_replies_use_the_demo_customers_as_they_are_named():
    customers = json.loads((DEMO_DIR / "customers.json").read_text(encoding="utf-8"))["customers"]
    names = {customer["email"]: customer["name"] for customer in customers}
    rows = _replies()
    known = [row for row in rows if row["customer_email"] in names]
    assert len(known) >= 100
    for row in known:
        assert row["customer_name"] == names[row["customer_email"]], row["id"]


def test_sent_replies_cite_policy_sections_that_exist():
    folder = _policies_dir()
    headings = {path.stem: _section_headings(path) for path in folder.glob("*.md")}
    rows = _replies()
    cited = 0
    for row in rows:
        for ref in row["policies"]:
            assert set(ref) == {"doc", "section"}, row["id"]
            assert ref["doc"] in headings, (row["id"], ref)
            assert _has_section(headings[ref["doc"]], ref["section"]), (row["id"], ref)
            cited += 1
    # Answers in the repetitive classes always rest on a policy.
    assert all(row["policies"] for row in rows if row["request_class"] in REPETITIVE)
    assert cited >= len(rows)


def test_sent_replies_file_is_current_with_its_sources():
    spec = importlib.util.spec_from_file_location(
        "build_replies", DATA / "replies" / "build_replies.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.replies_render(module.replies_build()) == REPLIES.read_text(encoding="utf-8"), (
        "demo/replies/sent_replies.jsonl is stale: run python3 demo/replies/build_replies.py"
    )


# ------------------------------------------------------------------------- templates


@pytest.mark.parametrize("language", LANGUAGES)
def test_templates_cover_every_class_with_known_placeholders(language):
    data = json.loads((TEMPLATES / f"{language}.json").read_text(encoding="utf-8"))
    assert data["language"] == language
    assert set(data["templates"]) == CLASSES
    assert set(data["placeholders"]) == TEMPLATE_PLACEHOLDERS
    assert _placeholders(data["greeting"]) == {"customer_name"}
    assert _placeholders(data["signature"]) == {"agent_name"}
    values = {name: f"<{name}>" for name in TEMPLATE_PLACEHOLDERS}
    used = set()
    for request_class, template in data["templates"].items():
        body = template["body"]
        assert body.strip() == body and body, (language, request_class)
        assert _placeholders(body) <= TEMPLATE_PLACEHOLDERS, (language, request_class)
        used |= _placeholders(body)
        body.format(**values)  # no stray braces
        assert not re.search(r"<[a-z/]|\*\*", body), (language, request_class)
    assert {"ticket_ref", "plan", "order_number", "device"} <= used


# Common short words of each language; a text is in the language whose words it uses most.
STOPWORDS = {
    "en": {"the", "you", "your", "and", "to", "we", "is", "of"},
    "de": {"sie", "und", "der", "die", "das", "ihr", "ihre", "wir", "ist", "zu"},
    "fr": {"vous", "votre", "le", "les", "et", "nous", "est", "du", "des"},
    "es": {"su", "el", "los", "y", "usted", "le", "es", "del", "en"},
}


def _language_guess(text: str) -> str | None:
    """None when the text is too short to tell (a one-line customer message)."""
    tokens = re.findall(r"\w+", text.lower())
    scores = {lang: sum(token in words for token in tokens) for lang, words in STOPWORDS.items()}
    best = max(scores, key=scores.get)
    return best if scores[best] >= 3 else None


def test_templates_and_replies_are_written_in_their_language():
    for language in LANGUAGES:
        data = json.loads((TEMPLATES / f"{language}.json").read_text(encoding="utf-8"))
        for request_class, template in data["templates"].items():
            assert _language_guess(template["body"]) == language, (language, request_class)
    for row in _replies():
        assert _language_guess(row["reply"]) == row["language"], row["id"]
        assert _language_guess(row["message"]) in {row["language"], None}, row["id"]


# ------------------------------------------------------------------------- retrieval set


def test_retrieval_questions_parse_with_unique_ids_and_enough_of_each_kind():
    items = _questions()["items"]
    ids = [item["id"] for item in items]
    assert len(ids) == len(set(ids))
    assert len(items) >= 150
    for item in items:
        assert item["language"] in LANGUAGES
        assert item["source"] in {"demo-policies", *KB}
        assert item["question"].strip()
        assert item["answerable"] == bool(item["answers"]), item["id"]
    assert sum(1 for item in items if item["source"] in KB) >= 60
    by_language = collections.Counter(item["language"] for item in items)
    for language in ("de", "fr", "es"):
        assert by_language[language] >= 10, by_language
    assert sum(1 for item in items if not item["answerable"]) >= 3
    questions = [item["question"].casefold() for item in items]
    assert len(questions) == len(set(questions))


def test_retrieval_questions_on_the_demo_policies_point_at_sections_that_exist():
    folder = _policies_dir()
    headings = {path.stem: _section_headings(path) for path in folder.glob("*.md")}
    titles = {
        path.stem: document_parse(body_normalize(path.read_text(encoding="utf-8"))).title
        for path in folder.glob("*.md")
    }
    items = [item for item in _questions()["items"] if item["source"] == "demo-policies"]
    for item in items:
        for answer in item["answers"]:
            assert answer["doc"] in headings, (item["id"], answer)
            assert _has_section(headings[answer["doc"]], answer["section"]), (item["id"], answer)
            assert answer["fragment"] == f"{answer['doc']}#{slugify(answer['section'])}"
        # Written as customers write: never a section heading or a document title itself.
        question = item["question"].casefold().strip(" ?!.")
        assert question not in {h.casefold() for hs in headings.values() for h in hs}, item["id"]
        assert question not in {t.casefold() for t in titles.values()}, item["id"]


def test_retrieval_questions_on_the_public_kb_point_at_sections_that_exist():
    for name in KB:
        folder = shared_data(name)
        items = [item for item in _questions()["items"] if item["source"] == name]
        assert items
        for item in items:
            for answer in item["answers"]:
                assert set(answer) == {"path", "section"}, item["id"]
                path = folder / answer["path"]
                assert path.is_file(), (item["id"], answer)
                assert _has_section(_section_headings(path), answer["section"]), (
                    item["id"],
                    answer,
                )


def test_retrieval_questions_do_not_copy_the_public_kb_text():
    """Only questions and paths are stored: no run of 8 words from a KB page."""
    folder = shared_data("kb-plausible-docs")
    words = re.compile(r"[a-z0-9']+")
    grams = set()
    for path in folder.rglob("*.md"):
        tokens = words.findall(path.read_text(encoding="utf-8").lower())
        grams.update(tuple(tokens[i : i + 8]) for i in range(len(tokens) - 7))
    for item in _questions()["items"]:
        tokens = words.findall(item["question"].lower())
        copied = [
            tokens[i : i + 8] for i in range(len(tokens) - 7) if tuple(tokens[i : i + 8]) in grams
        ]
        assert not copied, (item["id"], copied)
