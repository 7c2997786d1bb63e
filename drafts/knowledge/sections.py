"""Markdown -> front matter + sections. Pure functions: no database, no Django models.

A policy document's sections become its fragments, the unit retrieval ranks and drafts cite.
Real-world help-centre markdown is untidy, so the splitter is forgiving:

- optional YAML-ish front matter (``key: value`` lines, ``[a, b]`` or ``- item`` lists);
  nested blocks are ignored rather than parsed, so no YAML library is needed;
- MDX ``import``/``export`` lines are dropped from the indexed text;
- the split level is ``##`` when the document has any; otherwise ``#`` (when there is more than
  the title), then ``###`` and deeper; headings inside fenced code blocks do not count;
- a section longer than ``MAX_FRAGMENT_CHARS`` is cut at paragraph boundaries, and a document
  with no headings at all is cut by size alone.
"""

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from django.utils.text import slugify

MAX_FRAGMENT_CHARS = 4000
MAX_ANCHOR_CHARS = 80

_ATX = re.compile(r"^ {0,3}(#{1,6})[ \t]+(.+?)[ \t]*#*[ \t]*$")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_SETEXT_H1 = re.compile(r"^ {0,3}=+[ \t]*$")
_SETEXT_H2 = re.compile(r"^ {0,3}-+[ \t]*$")
_MDX_LINE = re.compile(r"^(import|export)\s.+$")
_TAG = re.compile(r"<[^>\n]{0,500}>")
# What a help-centre page hides in markup (MDX <head> with JSON-LD, inline scripts and styles):
# never an answer, so neither indexed nor embedded nor quoted.
_HIDDEN_BLOCK = re.compile(r"<(script|style|head)\b[^>]*>.*?</\1\s*>", re.I | re.S)
_HEADING_ID = re.compile(r"\s*\{#[^}]*\}\s*$")  # "## Title {#custom-id}"
_INLINE_MARKUP = re.compile(r"[*_`]+")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")


@dataclass(frozen=True)
class Section:
    anchor: str
    heading: str
    heading_path: tuple[str, ...]
    text: str
    position: int

    @property
    def content_hash(self) -> str:
        return text_hash(self.text)


@dataclass
class ParsedDocument:
    meta: dict[str, str | list[str]]
    body: str
    title: str
    sections: list[Section] = field(default_factory=list)
    split_by: str = ""  # "h2", "h1", "h3", ..., "size": how the sections were cut


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def body_normalize(text: str) -> str:
    """One canonical form for hashing and storing: no BOM, LF line ends, no trailing blanks."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    lines = [line.rstrip() for line in text.split("\n")]
    return "\n".join(lines).strip("\n") + "\n"


def front_matter_split(text: str) -> tuple[dict[str, str | list[str]], str]:
    """Split ``---``-delimited front matter from the body. Unclosed front matter is body."""
    if not text.startswith("---\n"):
        return {}, text
    end = text.find("\n---", 3)
    while end != -1:
        after = text[end + 4 : end + 5]
        if after in ("\n", ""):
            break
        end = text.find("\n---", end + 4)
    if end == -1:
        return {}, text
    raw = text[4:end]
    body = text[end + 5 :]
    return _front_matter_parse(raw), body


def _front_matter_parse(raw: str) -> dict[str, str | list[str]]:
    meta: dict[str, str | list[str]] = {}
    current_list: list[str] | None = None
    for line in raw.split("\n"):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith((" ", "\t")):
            item = line.strip()
            if current_list is not None and item.startswith("- "):
                current_list.append(_unquote(item[2:]))
            continue  # nested mappings are not ours to interpret
        current_list = None
        if ":" not in line:
            continue
        key, _, value = line.partition(":")
        key, value = key.strip().lower(), value.strip()
        if not key:
            continue
        if not value:
            current_list = []
            meta[key] = current_list
        elif value.startswith("[") and value.endswith("]"):
            meta[key] = [_unquote(v) for v in value[1:-1].split(",") if v.strip()]
        else:
            meta[key] = _unquote(value)
    return meta


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        value = value[1:-1]
    return value.strip()


def heading_clean(raw: str) -> str:
    text = _HEADING_ID.sub("", raw)
    text = _LINK.sub(r"\1", text)
    text = _TAG.sub("", text)
    text = _INLINE_MARKUP.sub("", text)
    return " ".join(text.split())[:300]


def _headings(lines: list[str]) -> list[tuple[int, int, str, int]]:
    """(line index, level, heading text, first body line) of every heading outside fenced code."""
    found: list[tuple[int, int, str, int]] = []
    fence: str | None = None
    for i, line in enumerate(lines):
        m = _FENCE.match(line)
        if m:
            marker = m.group(1)[0] * 3
            if fence is None:
                fence = marker
            elif line.strip().startswith(fence):
                fence = None
            continue
        if fence is not None:
            continue
        m = _ATX.match(line)
        if m:
            found.append((i, len(m.group(1)), heading_clean(m.group(2)), i + 1))
            continue
        # Setext: a paragraph line underlined with === or ---. A "---" under a blank line, a
        # list item, a table or a heading is a rule, not a heading.
        if not (_SETEXT_H1.match(line) or _SETEXT_H2.match(line)) or i == 0:
            continue
        above = lines[i - 1]
        if not above.strip() or above.lstrip().startswith(("-", "*", "|", ">", "#", "<")):
            continue
        if found and found[-1][0] == i - 1:
            continue
        level = 1 if "=" in line else 2
        found.append((i - 1, level, heading_clean(above), i + 1))
    return found


def _split_level(headings: list[tuple[int, int, str]]) -> int | None:
    levels = [h[1] for h in headings]
    if 2 in levels:
        return 2
    if levels.count(1) >= 2:
        return 1
    for level in (3, 4, 5, 6):
        if level in levels:
            return level
    return None


def _markup_strip(markdown: str) -> str:
    lines = [line for line in markdown.split("\n") if not _MDX_LINE.match(line)]
    return _TAG.sub(" ", "\n".join(lines))


def _chunks(text: str, limit: int) -> list[str]:
    """Cut text at blank lines (then at line ends, then hard) into pieces of at most limit."""
    if len(text) <= limit:
        return [text]
    pieces: list[str] = []
    current = ""
    for paragraph in re.split(r"\n{2,}", text):
        candidates = [paragraph]
        if len(paragraph) > limit:
            candidates = []
            buf = ""
            for line in paragraph.split("\n"):
                while len(line) > limit:
                    candidates.append(line[:limit])
                    line = line[limit:]
                if buf and len(buf) + 1 + len(line) > limit:
                    candidates.append(buf)
                    buf = line
                else:
                    buf = f"{buf}\n{line}" if buf else line
            if buf:
                candidates.append(buf)
        for piece in candidates:
            if current and len(current) + 2 + len(piece) > limit:
                pieces.append(current)
                current = piece
            else:
                current = f"{current}\n\n{piece}" if current else piece
    if current:
        pieces.append(current)
    return [p for p in pieces if p.strip()]


def document_parse(
    text: str, *, fallback_title: str = "", max_chars: int = MAX_FRAGMENT_CHARS
) -> ParsedDocument:
    """Parse normalized markdown into front matter, title and sections (fragments to be)."""
    meta, body = front_matter_split(text)
    lines = body.split("\n")
    headings = _headings(lines)
    level = _split_level(headings)

    title = str(meta.get("title") or "").strip()
    first_h1 = next((h for h in headings if h[1] == 1), None)
    if not title and first_h1:
        title = first_h1[2]
    title = heading_clean(title) or fallback_title or "Untitled"

    # Raw sections: (heading path, heading, first line, first body line, end line).
    raw: list[tuple[tuple[str, ...], str, int, int, int]] = []
    boundaries = [h for h in headings if level is not None and h[1] <= level]
    first_start = boundaries[0][0] if boundaries else len(lines)
    raw.append(((title,), title, 0, 0, first_start))  # the preamble before the first heading
    stack: list[tuple[int, str]] = []
    for n, (line_no, lvl, heading, body_start) in enumerate(boundaries):
        while stack and stack[-1][0] >= lvl:
            stack.pop()
        stack.append((lvl, heading or "Section"))
        end = boundaries[n + 1][0] if n + 1 < len(boundaries) else len(lines)
        raw.append((tuple(h for _, h in stack), heading or "Section", line_no, body_start, end))

    heading_lines = {h[0] for h in headings} | {h[3] - 1 for h in headings}
    sections: list[Section] = []
    seen: set[str] = set()
    for index, (path, heading, start, body_start, end) in enumerate(raw):
        # A bare heading directly followed by a sub-heading has no text of its own: no fragment,
        # but it stays in its children's heading path.
        own = [lines[i] for i in range(body_start, end) if i not in heading_lines]
        if not re.search(r"\w", _markup_strip("\n".join(own))):
            continue
        chunk = "\n".join(lines[start:end]).strip("\n")
        base = "overview" if index == 0 else slugify(heading)[:MAX_ANCHOR_CHARS].strip("-")
        base = base or "section"
        for part_no, part in enumerate(_chunks(chunk, max_chars), start=1):
            anchor = base if part_no == 1 else f"{base}-part-{part_no}"
            candidate, k = anchor, 2
            while candidate in seen:
                candidate = f"{anchor}-{k}"
                k += 1
            seen.add(candidate)
            sections.append(
                Section(
                    anchor=candidate,
                    heading=heading if part_no == 1 else f"{heading} (part {part_no})",
                    heading_path=path,
                    text=part,
                    position=len(sections),
                )
            )
    split_by = f"h{level}" if level else "size"
    return ParsedDocument(meta=meta, body=body, title=title, sections=sections, split_by=split_by)


def index_text(*, title: str, heading_path: Sequence[str], text: str) -> str:
    """The text retrieval indexes: title and heading path (they carry the topic), then the
    section with MDX lines and HTML/JSX tags removed."""
    return "\n".join([title, " / ".join(heading_path), _markup_strip(_HIDDEN_BLOCK.sub(" ", text))])


_TABLE_RULE = re.compile(r"^\s*\|?[\s:|-]+\|?\s*$")


def passage_blocks(text: str) -> list[str]:
    """A section cut into passages, the unit the sentence embeddings score and drafts quote: a
    paragraph, a whole list, or a table, as markdown. The section's own heading line is left
    out (the caller puts the heading path in front); a sub-heading leads the block after it."""
    text = _HIDDEN_BLOCK.sub("\n", text)
    lines = [line for line in text.split("\n") if not _MDX_LINE.match(line)]
    if lines and _ATX.match(lines[0]):
        lines = lines[1:]
    blocks: list[str] = []
    current: list[str] = []
    for line in lines:
        if not line.strip():
            if current and not (_ATX.match(current[-1]) and len(current) == 1):
                blocks.append("\n".join(current))
                current = []
            continue
        if _ATX.match(line) and current:
            blocks.append("\n".join(current))
            current = []
        current.append(line)
    if current:
        blocks.append("\n".join(current))
    return [b for b in blocks if re.search(r"\w", _TAG.sub(" ", b))]


def passage_flatten(block: str) -> str:
    """One line of plain words for the embeddings: markup, table rules and pipes removed."""
    lines = []
    for line in block.split("\n"):
        heading = _ATX.match(line)
        if heading:
            lines.append(heading_clean(heading.group(2)) + ":")
            continue
        if _TABLE_RULE.match(line) and "-" in line:
            continue
        if line.lstrip().startswith("|"):
            line = ", ".join(c.strip() for c in line.strip().strip("|").split("|") if c.strip())
        lines.append(line)
    text = " ".join(lines)
    return " ".join(_INLINE_MARKUP.sub("", _LINK.sub(r"\1", _TAG.sub(" ", text))).split())


def passages_split(text: str) -> list[str]:
    return [passage_flatten(b) for b in passage_blocks(text)]


def passage_embed_texts(*, heading_path: Sequence[str], text: str) -> list[str]:
    """What is embedded for a section: its heading path alone (questions often name the topic
    only), then each passage behind the heading path."""
    topic = " / ".join(heading_path)
    return [topic] + [f"{topic}: {p}" for p in passages_split(customer_text(text))]


# Internal guidance (docs/pipeline.md, "Policies: customer text and agent guidance"): a
# paragraph or blockquote that opens with "Internal:" or "Agent note:" (bold or not), or a whole
# section under a heading that starts with "Internal" or "Agent note(s)/guidance" or ends with
# "(internal)". Guidance informs the agent's basis; it is never quoted in a reply.
_GUIDANCE_LEAD = re.compile(
    r"^\s*(?:>\s*)?(?:\*\*|__)?\s*(?:internal|agent notes?|agent guidance|note for agents)"
    r"\s*(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*",
    re.I,
)
_GUIDANCE_HEADING = re.compile(
    r"^(?:internal\b|agent (?:notes?|guidance)\b)|\(internal\)\s*$|\binternal only\b", re.I
)


def guidance_split(text: str) -> tuple[str, str]:
    """(customer-facing markdown, agent guidance as plain paragraphs) of a section."""
    customer: list[str] = []
    guidance: list[str] = []
    lines = text.split("\n")
    blocks: list[list[str]] = []
    current: list[str] = []
    for line in lines:
        if not line.strip() or _ATX.match(line):
            if current:
                blocks.append(current)
                current = []
            if _ATX.match(line):
                blocks.append([line])
            continue
        current.append(line)
    if current:
        blocks.append(current)
    inside_level: int | None = None  # inside a guidance section of this heading level
    for block in blocks:
        heading = _ATX.match(block[0]) if len(block) == 1 else None
        if heading:
            level = len(heading.group(1))
            if inside_level is not None and level <= inside_level:
                inside_level = None
            if inside_level is None and _GUIDANCE_HEADING.search(heading_clean(heading.group(2))):
                inside_level = level
                continue
            if inside_level is None:
                customer.append(block[0])
            continue
        if inside_level is not None:
            guidance.append(_plain(block))
        elif _GUIDANCE_LEAD.match(block[0]):
            first = _GUIDANCE_LEAD.sub("", block[0], count=1)
            guidance.append(_plain([first, *block[1:]]))
        else:
            customer.append("\n".join(block))
    return "\n\n".join(customer), "\n".join(g for g in guidance if g)


def _plain(block: list[str]) -> str:
    text = " ".join(re.sub(r"^\s*>\s?", "", line) for line in block)
    return " ".join(_INLINE_MARKUP.sub("", _LINK.sub(r"\1", text)).split())


def customer_text(text: str) -> str:
    """The part of a section that may be quoted to a customer."""
    return guidance_split(text)[0]
