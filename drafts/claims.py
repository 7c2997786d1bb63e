"""Claims a sent reply made about its own ticket, found when the reply is reused for another.

A remembered reply (drafts/memory.py) was written for one case: "I've issued the refund", "it
left our warehouse on Wednesday", "the latest scan shows 'Out for delivery'", "we opened a trace
today". Reused for another ticket, such a sentence states as done what nobody has done for this
customer. `claims_mark` marks them for the agent with the `[check: ...]` convention the adapted
numbers use (memory.reply_adapt): a sentence that reports a completed action or a case's status
is marked whole; a date, weekday or relative day in any other sentence ("if it hasn't arrived by
Monday") is marked alone. English, German, French and Spanish; general patterns (tenses,
auxiliaries, participles, dates), no list of the demo's sentences.

Pure functions: no database, no model.
"""

from __future__ import annotations

import re

CHECK_OPEN = "[check: "

# A sentence ends at . ! ? followed by space and a capital or a digit ("am 4. mit DHL" does not
# end one, nor does a German ordinal, "vom 1. März"); a line break always ends one.
# German writes the day as an ordinal ("1. März"): no sentence ends there.
_GERMAN_MONTHS = (
    "Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember"
)
_SENTENCE_END = re.compile(
    r"(?<=[.!?…])(?:(?<!\b\d\.)(?<!\b\d\d\.)|(?!\s+(?:" + _GERMAN_MONTHS + r")\b))"
    r"\s+(?=[A-Z0-9\"'„“«(¿¡ÄÖÜÉÈÀÁÍÓÚÑ])"
)
_CHECKED = re.compile(r"\[check: ([^\[\]]*)\]")

_I = re.IGNORECASE

# A sentence that opens with a condition or a time clause speaks of what may happen, not of
# what was done ("If the email hasn't arrived within 10 minutes", "Sobald ...", "Si ...").
_CONDITIONAL = re.compile(
    r"^\W*(?:if|once|when|whenever|as soon as|after|before|until|unless|in case|"
    r"wenn|falls|sobald|nachdem|bevor|bis|sollte|sollten|ist|sind|"
    r"si|s['’]il|s['’]ils|une fois|dès que|quand|lorsque|après|avant|"
    r"cuando|una vez|en cuanto|después|antes|hasta)\b",
    _I,
)

# Completed actions and a case's status, per language: perfect and past tenses with a
# participle, the past passive, first-person past forms, and "on its way" phrases.
_EN_PARTICIPLE = (
    r"(?:\w+ed|sent|made|left|taken|given|done|gone|seen|shown|told|put|set|paid|read|found|"
    r"got|gotten|begun|written|spoken|had|brought|held|kept|run|won|bought|sold|reset|cut|shut|"
    r"re-?sent|re-?issued|shipped|dispatched)"
)
_EN_NOT_PAST = r"(?!(?:need|needed|proceed|exceed|succeed|feed|speed|bleed|breed|seed|shed|bed)\b)"
ACTION_PATTERNS: dict[str, re.Pattern] = {
    "en": re.compile(
        # I've issued / we have sent / it has been shipped / has had no movement / hasn't arrived
        rf"(?<!may )(?<!might )(?<!could )(?<!would )(?<!should )(?<!shouldn't )(?<!must )"
        rf"\b(?:has|have|had|'ve|hasn't|haven't)\s+"
        rf"(?:(?:just|already|now|also|since|personally|not|never|still|been|finally)\s+)*"
        rf"{_EN_NOT_PAST}{_EN_PARTICIPLE}\b"
        # was inspected / were refunded / was handed to
        rf"|\b(?:was|were)\s+(?:(?:just|already|then|also|finally|successfully)\s+)*"
        rf"{_EN_NOT_PAST}{_EN_PARTICIPLE}\b"
        # I refunded / we sent / I forwarded (first person, past)
        rf"|\b(?:I|we)\s+(?:(?:just|already|then|also|personally|finally)\s+)*"
        rf"{_EN_NOT_PAST}(?:\w+ed|sent|made|took|gave|put|set|paid|found|got|began|wrote|"
        rf"spoke|brought|kept|ran|reset|re-?sent)\b"
        # it left our warehouse / the renewal was three days ago / is on its way
        r"|\b(?:left|arrived at|went out)\s+(?:our|the|your)\b"
        r"|\b(?:shipped|dispatched|arrived|delivered)\s+(?:on|from|yesterday|today|with)\b"
        r"|\b(?:is|are)\s+(?:now\s+|already\s+)?(?:on (?:its|their) way|in transit|"
        r"out for delivery|with the carrier)\b"
        r"|\b(?:was|were)\s+(?:\w+\s+){0,2}ago\b",
        _I,
    ),
    "de": re.compile(
        # habe ... veranlasst / wurde am Montag übergeben / hat unser Lager verlassen: the
        # participle closes the clause, as German puts it ("funktioniert einmal" is present)
        r"\b(?:habe|haben|hat|hatte|hatten|wurde|wurden|ist|sind|war|waren)\b"
        r"[^;:,]{0,80}?\b(?:ge\w{2,}(?:t|en)|\w{2,}iert|"
        r"(?:an|auf|aus|ein|zu|ab|zurück|weiter|um|vor|nach|mit|her|hin|frei|fest)ge\w{2,}"
        r"(?:t|en)|"
        r"verlassen|übergeben|erstattet|versandt|verschickt|storniert|veranlasst|eröffnet|"
        r"bearbeitet|erhalten|entsperrt|bestätigt|erfasst|eingegangen)"
        r"(?=\s*(?:[.,;:!)“\"»]|$|\b(?:und|oder|worden|haben|hat|ist|sind|wurde)\b))"
        r"|\bist\s+(?:bereits\s+|schon\s+)?unterwegs\b",
        _I,
    ),
    "fr": re.compile(
        # j'ai transmis / nous avons ouvert / elle a quitté / a été remise / est parti
        r"\b(?:j['’]ai|nous avons|on a|il a|elle a|ils ont|elles ont|a été|ont été|"
        r"avons été|ai été)\s+(?:(?:déjà|bien|donc|aussi|aujourd['’]hui|hier|ensuite|"
        r"également|personnellement|tout|juste|pas)\s+)*"
        r"(?:\w+(?:é|ée|és|ées)|\w*(?:fait|mis|mise|pris|prise|ouvert|ouverte|écrit|dit|"
        r"reçu|reçue|eu|transmis|remis|remise|parti|partie|sorti|sortie))\b"
        r"|\b(?:est|sont)\s+(?:(?:déjà|bien|peut-être)\s+)*(?:parti|partie|partis|arrivé|"
        r"arrivée|arrivés|sorti|sortie|en route|en chemin|en cours de livraison)\b",
        _I,
    ),
    "es": re.compile(
        # he emitido / hemos abierto / ha sido enviado / fue entregado / salió / se entregó
        r"\b(?:he|hemos|ha|han|has|fue|fueron|había|habíamos)\s+(?:(?:ya|también|hoy|"
        r"personalmente|sido)\s+)*(?:\w+(?:ado|ada|ados|adas|ido|ida|idos|idas)|hecho|"
        r"puesto|devuelto|abierto|escrito|visto|dicho|vuelto|resuelto|cubierto)\b"
        r"|\bse\s+\w{3,}ó\b|\b(?:salió|llegó|partió)\b"
        r"|\b(?:envié|revisé|comprobé|transferí|reenvié|restablecí|cancelé|emití|abrí|"
        r"hablé|escribí|pedí|solicité)\b"
        r"|\b(?:está|están)\s+(?:ya\s+)?(?:en camino|en tránsito|en reparto)\b",
        _I,
    ),
}

# A carrier's status quoted in the reply ("The latest scan shows "Out for delivery"", „In
# Zustellung“, « En cours d'acheminement », «En tránsito»).
_QUOTE = r"[\"“„«]"
STATUS_PATTERNS: dict[str, re.Pattern] = {
    "en": re.compile(rf"\b(?:scan|status|tracking)\b[^\"“„«]{{0,60}}{_QUOTE}", _I),
    "de": re.compile(rf"\b(?:Status|Stand|Sendungsverfolgung)\b[^\"“„«]{{0,60}}{_QUOTE}", _I),
    "fr": re.compile(rf"\b(?:statut|suivi)\b[^\"“„«]{{0,60}}{_QUOTE}", _I),
    "es": re.compile(rf"\b(?:estado|seguimiento)\b[^\"“„«]{{0,60}}{_QUOTE}", _I),
}

WEEKDAYS = {
    "en": "monday|tuesday|wednesday|thursday|friday|saturday|sunday",
    "de": "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag",
    "fr": "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche",
    "es": "lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo",
}
MONTHS = {
    "en": "january|february|march|april|may|june|july|august|september|october|november|"
    "december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec",
    "de": "januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november|"
    "dezember",
    "fr": "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre",
    "es": "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|"
    "noviembre|diciembre",
}
_RELATIVE_DAYS = {
    "en": r"yesterday|today|tonight|tomorrow|this morning|this afternoon|last week|"
    r"(?:\w+|\d+) (?:days?|weeks?) ago",
    "de": r"gestern|heute|(?<!guten )morgen|vorgestern|übermorgen|letzte Woche|"
    r"vor (?:\w+|\d+) (?:Tagen|Wochen)",
    "fr": r"hier|aujourd['’]hui|demain|avant-hier|ce matin|la semaine dernière|"
    r"il y a (?:\w+|\d+) (?:jours?|semaines?)",
    "es": r"ayer|hoy|mañana|anteayer|esta mañana|la semana pasada|"
    r"hace (?:\w+|\d+) (?:días?|semanas?)",
}
_UNITS = r"GHz|MHz|mm|cm|ml|kg|km|m|V|A|W|h|°C|EUR|USD|GBP|CHF"
# A day of the month said without the month, as replies say it: "on the 3rd", "am 4.",
# "le 4", "el día 3" (not "le 2,4 GHz", "el 10 %").
_DAY_OF_MONTH = {
    "en": r"(?:on|by|since) the \d{1,2}(?:st|nd|rd|th)\b|\bthe \d{1,2}(?:st|nd|rd|th)\b",
    "de": r"\b(?:am|vom|bis zum|seit dem) \d{1,2}\.(?!\d)",
    "fr": rf"\b(?:le|du|depuis le|au) \d{{1,2}}(?:er)?\b(?![,.]?\d)(?!\s*%)(?!\s*(?:{_UNITS}|jours?|"
    r"heures?|minutes?|mois|ans?|fois|stations?|capteurs?|secondes?)\b)",
    "es": rf"\bel (?:día )?\d{{1,2}}\b(?![,.]?\d)(?!\s*%)(?!\s*(?:{_UNITS}|días?|horas?|minutos?|"
    r"meses?|años?|veces|estaciones?|segundos?)\b)",
}


def _date_pattern(language: str) -> re.Pattern:
    weekday = WEEKDAYS[language]
    month = MONTHS[language]
    return re.compile(
        rf"\b(?:{weekday})\b"
        rf"|\b\d{{1,2}}(?:st|nd|rd|th|er|\.)?\s+(?:de\s+|of\s+)?(?:{month})\b(?:\s+\d{{4}})?"
        rf"|\b(?:{month})\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+\d{{4}})?"
        r"|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b"
        rf"|\b(?:{_RELATIVE_DAYS[language]})\b"
        rf"|{_DAY_OF_MONTH[language]}",
        _I,
    )


DATE_PATTERNS = {language: _date_pattern(language) for language in WEEKDAYS}
# "Monday to Friday", "Montag bis Freitag", "du lundi au vendredi", "de lunes a viernes": the
# team's opening hours, not a date of the case.
_WEEKDAY_RANGE = {
    language: re.compile(
        rf"\b(?:{days})\s*(?:to|through|until|till|-|–|bis|au|à|a|al|hasta)\s*(?:{days})\b", _I
    )
    for language, days in WEEKDAYS.items()
}


def _sentences(line: str) -> list[str]:
    """A line cut into sentences, the separators kept on the sentence before them, so that
    joining them gives the line back."""
    parts: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(line):
        parts.append(line[start : match.end()])
        start = match.end()
    parts.append(line[start:])
    return [p for p in parts if p]


# Within a clause, a condition or an indirect question before the verb ("as long as fewer than
# 2,000 calls were made", "send us what was affected", "si un enlace ha caducado").
_CLAUSE_CONDITION = re.compile(
    r"\b(?:if|when|whether|what|which|once|unless|provided|as long as|in case|where|"
    r"wenn|falls|sobald|ob|si|quand|lorsque|dès que|cuando|en cuanto|siempre que)\b",
    _I,
)
_CLAUSE_BREAK = re.compile(r"(?<!\d),|,(?!\d)|[;:()]|\s(?:and|und|et|y)\s")
# Quoted text is a label or a carrier's words ("«¿Has olvidado tu contraseña?»"), not the
# reply's own statement: left out when actions are looked for.
_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”|„[^“”]*[“”]|«[^»]*»")


def _is_claim(sentence: str, language: str) -> bool:
    plain = _CHECKED.sub(r"\1", sentence).strip()
    if not plain or plain.endswith("?") or _CONDITIONAL.match(plain):
        return False
    if STATUS_PATTERNS[language].search(plain):
        return True
    unquoted = _QUOTED.sub(" ", plain)
    for match in ACTION_PATTERNS[language].finditer(unquoted):
        before = unquoted[: match.start()]
        breaks = list(_CLAUSE_BREAK.finditer(before))
        clause = before[breaks[-1].end() :] if breaks else before
        if not _CLAUSE_CONDITION.search(clause):
            return True
    return False


def _wrap(sentence: str) -> tuple[str, str]:
    """(the sentence marked whole, its plain text); inner marks are dropped, the sentence's own
    whitespace stays outside the mark."""
    body = sentence.rstrip()
    tail = sentence[len(body) :]
    lead = body[: len(body) - len(body.lstrip())]
    plain = _CHECKED.sub(r"\1", body.strip())
    return f"{lead}{CHECK_OPEN}{plain}]{tail}", plain


def _dates_mark(sentence: str, language: str, question: str) -> tuple[str, list[str]]:
    ranges = [m.span() for m in _WEEKDAY_RANGE[language].finditer(sentence)]
    checked = [m.span() for m in _CHECKED.finditer(sentence)]
    found: list[str] = []

    def mark(match: re.Match) -> str:
        start, end = match.span()
        text = match.group()
        if any(s <= start < e for s, e in ranges + checked):
            return text
        if re.search(rf"(?<!\w){re.escape(text)}(?!\w)", question, _I):
            return text  # the customer said it: it is this ticket's
        found.append(text)
        return f"{CHECK_OPEN}{text}]"

    return DATE_PATTERNS[language].sub(mark, sentence), found


def claims_mark(text: str, *, language: str, question: str = "") -> tuple[str, list[str]]:
    """`text` (a sent reply adapted for another ticket) with the earlier ticket's claims marked
    `[check: ...]`: a sentence that says something was done or what the case's status is,
    whole; a date or weekday elsewhere, alone (one the new customer wrote in `question` is
    theirs and left alone). Returns the text and one note per mark for the agent. A language
    with no patterns is returned unchanged. Greeting and sign-off lines carry no claims."""
    if language not in ACTION_PATTERNS:
        return text, []
    notes: list[str] = []
    out_lines = []
    for line in text.split("\n"):
        out = []
        for sentence in _sentences(line):
            if _is_claim(sentence, language):
                marked, plain = _wrap(sentence)
                out.append(marked)
                notes.append(
                    f'"{_short(plain)}" says what was done, or the status, on the earlier '
                    "ticket: check it holds for this one before sending."
                )
                continue
            marked, dates = _dates_mark(sentence, language, question)
            out.append(marked)
            notes.extend(
                f'"{d}" is a date of the earlier ticket: check it before sending.' for d in dates
            )
        out_lines.append("".join(out))
    return "\n".join(out_lines), notes


def _short(text: str, limit: int = 90) -> str:
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"
