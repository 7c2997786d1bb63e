"""The new text of a reply: quoted history and long signature blocks removed.

What counts as quoted history:
- lines starting with ">" (and the "On ... wrote:" attribution right before them, even when
  the attribution is wrapped over up to three lines or written in another language);
- everything from an "-----Original Message-----" separator or an Outlook-style header block
  ("From: ..." followed by "Sent:"/"Date:" and "To:"/"Subject:" lines) to the end;
- everything from an "On ... wrote:" attribution that is followed by unmarked text to the end
  (Yahoo and some webmails quote without ">").

Forwarded-message blocks are kept: a customer who forwards something wants us to read it.

Signatures: a "-- " block is removed only when it is longer than four lines (the netiquette
limit), so corporate footers and disclaimers go while a short sign-off, which often carries the
sender's name, stays. Mobile footers ("Sent from my iPhone") stay. This matches the talon
fixtures' expected output, which keeps both.

If nothing is left (the whole text was quoted), the original text is returned unchanged, so an
agent never sees an empty message for a mail that had content.
"""

import re

SIGNATURE_MAX_LINES = 4
_ATTRIBUTION_MAX_LINES = 3
_ATTRIBUTION_MAX_CHARS = 400

_QUOTE = re.compile(r"^ ?>")
_ORIGINAL_MESSAGE = re.compile(
    r"^\s*-{2,}\s*(original message|ursprüngliche nachricht|message d'origine|"
    r"mensaje original|oorspronkelijk bericht|messaggio originale|mensagem original)\s*-{2,}\s*$",
    re.IGNORECASE,
)
_ATTRIBUTION_END = re.compile(
    r"(wrote|writes|a écrit|schrieb|escribió|ha scritto|schreef|skrev|napisał|napsal|"
    r"написал|написала|kirjoitti|escreveu|yazdı|schreibt)\s*:\s*$",
    re.IGNORECASE,
)
# How an attribution that is wrapped over several lines begins; a single line ending in
# "wrote:" does not need this.
_ATTRIBUTION_START = re.compile(
    r"^\s*(-+\s*)?(On|Am|Le|El|Il|Op|Den|W dniu|Em|Dne|\d)", re.IGNORECASE
)
_HEADER_FROM = re.compile(r"^\s*\*?(From|Von|De|Van|Från|Od)\s*:\*?\s*\S", re.IGNORECASE)
_HEADER_DATE = re.compile(
    r"^\s*\*?(Sent|Date|Gesendet|Datum|Envoyé|Enviado|Verzonden|Skickat|Odesláno)\s*:",
    re.IGNORECASE,
)
_HEADER_OTHER = re.compile(
    r"^\s*\*?(To|Subject|Cc|An|Betreff|À|Objet|Asunto|Para|Aan|Onderwerp|Komu|Předmět)\s*:",
    re.IGNORECASE,
)
_SEPARATOR = re.compile(r"^\s*[-_=*]{5,}\s*$")


def _is_quote(line: str) -> bool:
    return bool(_QUOTE.match(line))


def _attribution_length(lines: list[str], start: int) -> tuple[int, bool]:
    """How many lines from `start` form an "On ... wrote:" attribution (0 if none), and whether
    it begins like one (a strong signal, enough to cut at even without ">" lines after it)."""
    strong = bool(_ATTRIBUTION_START.match(lines[start]))
    joined = ""
    for count in range(1, _ATTRIBUTION_MAX_LINES + 1):
        index = start + count - 1
        if index >= len(lines) or (
            count > 1 and (not lines[index].strip() or _is_quote(lines[index]))
        ):
            break
        joined = f"{joined} {lines[index].strip()}" if joined else lines[index].strip()
        if len(joined) > _ATTRIBUTION_MAX_CHARS:
            break
        if not joined.endswith(":"):
            continue
        if _ATTRIBUTION_END.search(joined) and re.search(r"[\d@]", joined):
            if count > 1 and not strong:
                return 0, False
            return count, strong
    return 0, False


def _is_header_block(lines: list[str], start: int) -> bool:
    if not _HEADER_FROM.match(lines[start]):
        return False
    window = lines[start + 1 : start + 7]
    return any(_HEADER_DATE.match(line) for line in window) and any(
        _HEADER_OTHER.match(line) for line in window
    )


def _next_content(lines: list[str], index: int) -> int:
    while index < len(lines) and not lines[index].strip():
        index += 1
    return index


def _strip_signature(lines: list[str]) -> list[str]:
    for index in range(len(lines) - 1, -1, -1):
        if lines[index].rstrip() == "--":
            after = [line for line in lines[index + 1 :] if line.strip()]
            if len(after) > SIGNATURE_MAX_LINES:
                return lines[:index]
            return lines
    return lines


def _trim(lines: list[str]) -> list[str]:
    start = 0
    while start < len(lines) and not lines[start].strip():
        start += 1
    end = len(lines)
    while end > start and (not lines[end - 1].strip() or _SEPARATOR.match(lines[end - 1])):
        end -= 1
    return lines[start:end]


def reply_text_extract(*, text: str) -> str:
    """The new text of a message (see the module docstring for the rules). Line endings are
    normalised to "\\n"; lines keep their own whitespace; leading blank lines and trailing
    whitespace are removed."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    kept: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if _is_quote(line):
            index += 1
            continue
        if _ORIGINAL_MESSAGE.match(line) or _is_header_block(lines, index):
            break
        window = lines[index : index + _ATTRIBUTION_MAX_LINES]
        if any(candidate.rstrip().endswith(":") for candidate in window):
            length, strong = _attribution_length(lines, index)
            if length:
                following = _next_content(lines, index + length)
                if following >= len(lines) or _is_quote(lines[following]):
                    index = following
                    continue
                if strong:
                    break
        kept.append(line)
        index += 1
    kept = _trim(_strip_signature(_trim(kept)))
    if not kept:
        return text.strip()
    return "\n".join(kept).rstrip()


# Confidentiality, data-protection and company-register footers: boilerplate under the
# customer's message that speaks of privilege, recipients, the GDPR and erasure rights, and so
# reads like a legal or deletion request to anything reading the words. A trailing paragraph
# goes when it carries one of these cues and asks for nothing in the first person.
_DISCLAIMER = re.compile(
    r"intended (solely )?(only )?(for the )?(use of the )?(recipient|addressee)|not the intended recipient"
    r"|received this (e-?mail|message|communication) in error|legally privileged|confidentiality notice"
    r"|nicht der (richtige|beabsichtigte|vorgesehene) (adressat|empfänger)|irrtümlich erhalten"
    r"|vertrauliche (und/oder rechtlich geschützte )?informationen"
    r"|reçu (ce|cet) (message|e-?mail|courriel) par erreur|à l.intention exclusive"
    r"|(sont|est) (strictement )?confidentiel(le)?s?\b|destinataires? (exclusifs?|désignés?)"
    r"|recibido (este|el) (mensaje|correo) por error|destinatario[s]? (exclusivo|únicamente)"
    r"|(es|son) (estrictamente )?confidencial(es)?\b"
    r"|\bamtsgericht\b|\bhandelsregister\b|\bhrb \d|\bsitz der gesellschaft\b|geschäftsführ(er|erin|ung):"
    r"|registered (office|in england)|company (no\.?|number|registration)\b|\bsiret\b|\brcs [a-z]"
    r"|capital social|registro mercantil",
    re.IGNORECASE,
)
_DATA_PROTECTION = re.compile(
    r"gdpr|general data protection regulation|dsgvo|datenschutz-?grundverordnung|rgpd"
    r"|règlement général sur la protection des données|reglamento general de protección de datos",
    re.IGNORECASE,
)
_FOOTER_VOICE = re.compile(
    r"this (e-?mail|message)|(ce|cet) (message|e-?mail|courriel)|diese (e-?mail|nachricht)"
    r"|este (mensaje|correo)|you have (the )?right|vous disposez d.un droit|sie haben das recht"
    r"|tiene(s)? derecho|information (on|about) your rights|processed in accordance",
    re.IGNORECASE,
)
_FIRST_PERSON_ASK = re.compile(
    r"\b(i|we) (hereby )?(request|demand|ask|want|would like)\b|\bje (vous )?(demande|souhaite|veux)\b"
    r"|\bnous (vous )?demandons\b|\bich (verlange|fordere|beantrage|bitte|möchte)\b|\bwir (verlangen|fordern|bitten)\b"
    r"|\b(solicito|exijo|pido|quiero)\b",
    re.IGNORECASE,
)
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*(?:\n|--[ \t]*\n)\s*|\n--[ \t]*$")


def _is_disclaimer(paragraph: str) -> bool:
    if _FIRST_PERSON_ASK.search(paragraph):
        return False
    if _DISCLAIMER.search(paragraph):
        return True
    return bool(_DATA_PROTECTION.search(paragraph) and _FOOTER_VOICE.search(paragraph))


def disclaimer_split(text: str) -> tuple[str, str]:
    """(the message, its trailing footer): the trailing paragraphs that are confidentiality,
    data-protection or company-register boilerplate (and "--" lines among them), or "" when
    there are none. The first paragraph always stays."""
    starts = [0, *(m.end() for m in _PARAGRAPH_BREAK.finditer(text))]
    cut = len(text)
    for start in reversed(starts[1:]):
        paragraph = text[start:cut].strip()
        if paragraph and not _is_disclaimer(paragraph):
            break
        cut = start
    if cut >= len(text):
        return text, ""
    kept = text[:cut].rstrip()
    while kept.endswith("--"):
        kept = kept[:-2].rstrip()
    if not kept.strip():
        return text, ""
    return kept, text[len(kept) :]
