"""Turning policy markdown and customer facts into reply text an agent would send: plain text
(lists kept as lists, menu paths kept as "Settings > Billing", links as "text (url)"), whole
sentences only, no markup from names or subjects, and the facts the customer already gave.

Pure functions: no database, no model."""

import html
import json
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.utils.html import strip_tags

from tickets.models import Tier

_BOLD = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EMPH = re.compile(r"(?<![\w*])([*_])(?=\S)([^*_\n]+?)(?<=\S)\1(?![\w*])")
_CODE = re.compile(r"`([^`\n]*)`")
_LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")
_AUTOLINK = re.compile(r"<(https?://[^>\s]+|[^@<>\s]+@[^@<>\s]+)>")
_ATX = re.compile(r"^ {0,3}#{1,6}[ \t]+(.+?)[ \t]*#*[ \t]*$")
_LIST = re.compile(r"^(\s*)(?:[-*+]|(\d+)[.)])\s+(.*)$")
_QUOTE = re.compile(r"^\s*>\s?")
_TABLE_RULE = re.compile(r"^\s*\|?[\s:|-]+\|?\s*$")
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'(¿¡ÄÖÜÉÈÀ])")

# An order in the demo's four languages ("order", "Bestellung", "commande", "pedido"; the
# compounds "Bestellnummer", "order-number" included).
ORDER_WORD = r"(?:order|bestell|auftrag|commande|pedido|compra)"
# An order number: what follows an order word ("order 48213", "Bestellnummer: FH-208050",
# "commande n° FH-20481137", "pedido nº 48213"), or a letter-prefixed number (a shop's prefix,
# a hyphen, 5 or more digits: "FH-208050") anywhere in a text that names an order. Ticket
# references ("SD-12") are never order numbers.
ORDER_NUMBER = re.compile(
    rf"\b{ORDER_WORD}\w*(?:[ \t]*(?:no\.?|number|nr\.?|nummer|n[°ºo]\.?|num[ée]ro|n[úu]mero|#|:|de))*"
    r"[ \t]*([A-Z]{0,4}-?\d{4,})\b",
    re.I,
)
_PREFIXED_NUMBER = re.compile(r"(?<![\w-])([A-Z]{1,4}-\d{5,})(?![\w-])")
# Words that name an order or its parcel, in the four languages.
_ORDER_MENTION = re.compile(
    rf"\b(?:{ORDER_WORD}|parcel|package|paket|lieferung|colis|livraison|paquete|env[ií]o)", re.I
)


def order_numbers_find(text: str) -> list[str]:
    """The order numbers a text gives, each once: those after an order word first, then
    letter-prefixed numbers when the text names an order anywhere ("did my order ship?
    FH-204990")."""
    text = text or ""
    found = [m.group(1) for m in ORDER_NUMBER.finditer(text)]
    if _ORDER_MENTION.search(text):
        found += [m.group(1) for m in _PREFIXED_NUMBER.finditer(text)]
    numbers = [n for n in found if not re.fullmatch(r"SD-?\d+", n, re.I)]
    return list(dict.fromkeys(numbers))


DEVICES = [
    ("S2 Pro", re.compile(r"\bS2[ -]?Pro\b", re.I)),
    ("Station S2", re.compile(r"\b(?:station\s+)?S2\b(?![ -]?Pro)", re.I)),
    ("RG-1 rain gauge", re.compile(r"\bRG-?1\b", re.I)),
    ("wind sensor", re.compile(r"\bwind(?:\s+|-)sensor\b|\banemometer\b|\bWindsensor\b", re.I)),
    ("Fernhill app", re.compile(r"\bFernhill app\b", re.I)),
]

# The plans, by the customer tiers' names, written as names ("Business", not "business day").
PLANS = [(str(label), re.compile(rf"\b{re.escape(str(label))}\b")) for label in Tier.labels]


def text_plain(text: str) -> str:
    """Markup-free text from a name or subject a customer typed: tags dropped (also tags that
    were entity-encoded), entities decoded, stray angle brackets removed, whitespace collapsed.
    Used before any of it is put into a reply."""
    text = html.unescape(strip_tags(text or ""))
    text = re.sub(r"<[^<>]*>", " ", text).replace("<", " ").replace(">", " ")
    return " ".join(text.split())


def inline_plain(text: str) -> str:
    text = _LINK.sub(
        lambda m: f"{m.group(1)} ({m.group(2)})" if m.group(1) != m.group(2) else m.group(2), text
    )
    text = _AUTOLINK.sub(r"\1", text)
    text = _CODE.sub(r"\1", text)
    text = _BOLD.sub(r"\2", text)
    text = _EMPH.sub(r"\2", text)
    text = re.sub(r"<[^>\n]{1,200}>", "", text)  # HTML/JSX tags; "Settings > Billing" has spaces
    return " ".join(text.split())


def markdown_plain(markdown: str) -> str:
    """Readable plain text: paragraphs re-flowed, list items one per line ("- " or "1. "),
    headings as a line of their own, tables as "cell: cell, cell" lines, blockquote markers and
    emphasis removed; "Settings > Billing" is left alone because only a ">" at the start of a
    line is a quote."""
    out: list[str] = []
    paragraph: list[str] = []
    item: list[str] | None = None
    item_marker = ""

    def flush() -> None:
        nonlocal paragraph, item
        if item is not None:
            out.append(f"{item_marker} {inline_plain(' '.join(item))}")
            item = None
        if paragraph:
            out.append(inline_plain(" ".join(paragraph)))
            paragraph = []

    for raw in markdown.split("\n"):
        line = _QUOTE.sub("", raw) if _QUOTE.match(raw) else raw
        if not line.strip():
            flush()
            if out and out[-1] != "":
                out.append("")
            continue
        heading = _ATX.match(line)
        if heading:
            flush()
            out.append(inline_plain(heading.group(1)).rstrip(":") + ":")
            continue
        if _TABLE_RULE.match(line) and "-" in line and "|" in line:
            continue
        if line.lstrip().startswith("|"):
            flush()
            cells = [inline_plain(c) for c in line.strip().strip("|").split("|")]
            cells = [c for c in cells if c]
            if cells:
                out.append(f"{cells[0]}: {', '.join(cells[1:])}" if len(cells) > 1 else cells[0])
            continue
        listed = _LIST.match(line)
        if listed:
            flush()
            item = [listed.group(3)]
            item_marker = f"{listed.group(2)}." if listed.group(2) else "-"
            continue
        if item is not None and line.startswith((" ", "\t")):
            item.append(line.strip())
            continue
        if item is not None:
            flush()
        paragraph.append(line.strip())
    flush()
    text = "\n".join(out).strip()
    return re.sub(r"\n{3,}", "\n\n", text)


def sentences_take(text: str, limit: int) -> str:
    """At most ``limit`` characters of whole sentences (or whole lines): never cut mid-word.
    A first sentence longer than the limit is cut at the last word boundary with an ellipsis."""
    if len(text) <= limit:
        return text
    pieces: list[str] = []
    for line in text.split("\n"):
        pieces.extend(_SENTENCE.split(line) if not _LIST.match(line) else [line])
        pieces.append("\n")
    out = ""
    for piece in pieces:
        joiner = "" if not out or out.endswith("\n") or piece == "\n" else " "
        if piece != "\n" and len(out) + len(joiner) + len(piece) > limit:
            break
        out += joiner + piece if piece != "\n" else "\n"
    out = out.strip()
    if not out:
        cut = text[:limit].rsplit(" ", 1)[0]
        out = cut.rstrip(",;:") + "..."
    return out


_VERBS = {
    "gets": "get",
    "uses": "use",
    "pays": "pay",
    "chooses": "choose",
    "receives": "receive",
    "opens": "open",
    "writes": "write",
    "needs": "need",
    "has": "have",
    "is": "are",
}
_MODALS = "can|should|must|may|will|" + "|".join(_VERBS)
_THIRD_PERSON = [
    (re.compile(r"\b(?:the|a) customer's\b"), lambda m: "your"),
    (re.compile(r"\b(?:The|A) customer's\b"), lambda m: "Your"),
    (
        re.compile(rf"\b(?:the|a) customer ({_MODALS})\b"),
        lambda m: "you " + _VERBS.get(m.group(1), m.group(1)),
    ),
    (
        re.compile(rf"\b(?:The|A) customer ({_MODALS})\b"),
        lambda m: "You " + _VERBS.get(m.group(1), m.group(1)),
    ),
]


def second_person(text: str) -> str:
    """Policy prose that speaks of "the customer" turned to speak to them, for the common,
    safe shapes only ("the customer's account" -> "your account", "a customer can" -> "you
    can"); anything else is left as written."""
    for pattern, replacement in _THIRD_PERSON:
        text = pattern.sub(replacement, text)
    return text


@dataclass(frozen=True)
class CustomerFacts:
    order_number: str = ""
    device: str = ""
    plan: str = ""  # the plan the customer asks about, when the message names one

    def as_dict(self) -> dict:
        return {
            k: v
            for k, v in (
                ("order_number", self.order_number),
                ("device", self.device),
                ("plan", self.plan),
            )
            if v
        }


def customer_facts(text: str) -> CustomerFacts:
    """Facts the customer already gave in the message: used in the reply, never asked again."""
    orders = order_numbers_find(text)
    device = next((name for name, pattern in DEVICES if pattern.search(text or "")), "")
    plans = [name for name, pattern in PLANS if pattern.search(text or "")]
    return CustomerFacts(
        order_number=orders[0] if orders else "",
        device=device,
        plan=plans[0] if len(plans) == 1 else "",
    )


# Sentences of a template that ask for a fact; dropped or reworded when the customer gave it.
FACT_ASKS = {
    "order_number": [
        (re.compile(r"\breply with your order number and\b", re.I), "reply and"),
        (
            re.compile(
                r"\b(?:please )?(?:send|give) us (?:your|the) order number\b[^.]*\.\s*", re.I
            ),
            "",
        ),
    ],
}


def fact_asks_remove(text: str, facts: CustomerFacts) -> str:
    for fact, rewrites in FACT_ASKS.items():
        if getattr(facts, fact, ""):
            for pattern, replacement in rewrites:
                text = pattern.sub(replacement, text)
    return text


_TEMPLATE_SENTENCE = re.compile(r"(?<=[.!?])\s+")
# Placeholders that only echo the ticket back to the customer ("Thanks for writing in about
# "{subject}" ({ticket_reference})."): agents answer instead, and the reply's subject line
# already carries the reference.
_ECHO_PLACEHOLDERS = ("{subject}", "{ticket_reference}")


def template_answer_first(template: str, *, points: str = "{policy_points}") -> str:
    """A class template laid out the way agents write when a passage answers the question: the
    greeting, then the answer. Sentences that echo the subject or the ticket reference back and
    a line that only announces the answer ("Here is what our refund policy says:", the
    paragraph right before the points, ending in a colon) are left out; every other sentence
    of the template (a handover, the closing offer) is kept, in order."""
    paragraphs = template.split("\n\n")
    kept: list[str] = []
    for index, paragraph in enumerate(paragraphs):
        following = paragraphs[index + 1] if index + 1 < len(paragraphs) else ""
        if points in following and paragraph.rstrip().endswith(":") and points not in paragraph:
            continue
        if any(echo in paragraph for echo in _ECHO_PLACEHOLDERS) and points not in paragraph:
            sentences = [
                s
                for s in _TEMPLATE_SENTENCE.split(paragraph.strip())
                if not any(echo in s for echo in _ECHO_PLACEHOLDERS)
            ]
            paragraph = " ".join(sentences)
            if not paragraph or paragraph.endswith(":"):
                continue
        kept.append(paragraph)
    return "\n\n".join(kept)


def signoff_learn(replies: list[str], *, minimum: int = 5) -> str:
    """The team's sign-off, read from the replies it sent (newest first): the closing line most
    of them end with ("Best regards,") and, when most of them sign with it, the team's name
    after it ("Fernhill Support"). A line between the two (the agent's own name) differs from
    reply to reply and is left for the agent. "" when fewer than `minimum` replies end in a
    short sign-off block."""
    blocks = []
    for reply in replies:
        last = (reply or "").strip().split("\n\n")[-1]
        lines = [line.strip() for line in last.split("\n") if line.strip()]
        if 1 <= len(lines) <= 4 and all(len(line) <= 40 for line in lines):
            blocks.append(lines)
    if len(blocks) < minimum:
        return ""
    closings = Counter(b[0] for b in blocks)
    closing, count = closings.most_common(1)[0]
    if count * 3 < len(blocks):  # no closing line the team mostly uses
        return ""
    names = Counter(b[-1] for b in blocks if len(b) >= 2)
    team = names.most_common(1)[0] if names else None
    if team and team[1] * 2 >= len(blocks) and team[0] != closing:
        return f"{closing}\n{team[0]}"
    return closing


def templates_folder() -> Path:
    return Path(
        getattr(settings, "REPLY_TEMPLATES_DIR", "")
        or Path(settings.BASE_DIR) / "demo" / "templates"
    )


# Parsed template files by path, with the (mtime, size) they were read at: a draft reads its
# language's templates two or three times (about 0.1 ms a parse), a file edited is read again.
_parsed: dict[Path, tuple[tuple[int, int], dict]] = {}


def language_templates(language: str) -> dict | None:
    """The team's reply templates in a language (demo/templates/<lang>.json), or None. The
    same parsed dict for every caller while the file is unchanged: read it, do not change it."""
    if not re.fullmatch(r"[a-z]{2}", language or ""):
        return None
    path = templates_folder() / f"{language}.json"
    try:
        stat = path.stat()
    except OSError:
        return None
    stamp = (stat.st_mtime_ns, stat.st_size)
    cached = _parsed.get(path)
    if cached is not None and cached[0] == stamp:
        return cached[1]
    if not path.is_file():
        return None
    parsed = json.loads(path.read_text(encoding="utf-8"))
    _parsed[path] = (stamp, parsed)
    return parsed


def team_languages() -> list[str]:
    folder = templates_folder()
    return sorted(p.stem for p in folder.glob("*.json")) if folder.is_dir() else []
