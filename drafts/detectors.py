"""Explicit, readable detectors. Each signal is a list of patterns a team lead can read; a
signal fires when any of its patterns matches the customer's text. They are deliberately not
the model's opinion of itself: routing acts on them, and the trail shows which pattern matched.

The heuristic scores (frustration, churn risk, urgency, product area, language) are likewise
plain word lists, so their output can be explained.
"""

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Pattern:
    description: str
    regex: re.Pattern


def _p(description: str, regex: str) -> Pattern:
    return Pattern(description, re.compile(regex, re.IGNORECASE))


SIGNALS: dict[str, list[Pattern]] = {
    "legal_request": [
        _p(
            "mentions a subpoena, warrant or court order",
            r"\b(subpoena|warrant|court order|summons|injunction)\b",
        ),
        _p(
            "mentions a lawyer or legal action",
            r"\b(lawyer|attorney|solicitor|legal action|lawsuit|litigation|sue (you|your))\b",
        ),
        _p(
            "a data-protection request under the law (GDPR, CCPA, DSAR)",
            r"\b(gdpr|ccpa|dsar|data subject (access )?request|article 1[57])\b",
        ),
        _p(
            "law enforcement or a regulator",
            r"\b(law enforcement|police|regulator|ombudsman|data protection authority)\b",
        ),
    ],
    "security_issue": [
        _p(
            "reports a vulnerability or exploit",
            r"\b(vulnerabilit(y|ies)|exploit|xss|cross[- ]site|sql injection|csrf|rce|"
            r"remote code execution|cve-\d{4}-\d+|security (issue|flaw|bug|hole|problem))\b",
        ),
        _p(
            "account compromise or unauthorised access",
            r"\b(hacked|compromised|unauthori[sz]ed (access|login|charge)|someone (else )?logged in|"
            r"breach|phishing)\b",
        ),
        _p("leaked secrets", r"\b(leaked|exposed) (credentials|api keys?|passwords?|tokens?)\b"),
    ],
    "refund_exception": [
        _p(
            "asks for a refund outside the policy window",
            r"\brefund\b.{0,80}\b(outside|beyond|past|after|expired|even though|despite|exception)\b",
        ),
        _p(
            "asks for an exception to the refund policy",
            r"\b(make an exception|special case|waive|bend the rules?)\b",
        ),
        _p("refund after long use", r"\brefund\b.{0,60}\b(\d+|several|many) (months|years)\b"),
    ],
    "data_deletion": [
        _p(
            "asks to delete an account or personal data",
            r"\b(delete|erase|remove|wipe|purge)\b.{0,40}\b(my|our|all)\b.{0,30}"
            r"\b(account|data|information|details|history|records)\b",
        ),
        _p("right to be forgotten / erasure", r"\b(right to (be forgotten|erasure)|forget me)\b"),
    ],
    "account_inconsistency": [
        _p("charged more than once", r"\b(charged|billed) (twice|two times|double|again)\b"),
        _p(
            "records that do not match",
            r"\b(doesn'?t|does not|don'?t|do not) match\b|\bmismatch\b|\bwrong (plan|tier|account|amount)\b",
        ),
        _p(
            "two accounts or a changed owner",
            r"\b(two|second|duplicate|another) accounts?\b|\b(different|old|new) email\b.{0,40}\baccount\b",
        ),
        _p(
            "still charged after cancelling",
            r"\bstill (being )?(charged|billed)\b|\bcharged after (i )?cancel",
        ),
    ],
    "prompt_injection": [
        _p(
            "tells the assistant to ignore its instructions",
            r"\b(ignore|disregard|forget|override)\b.{0,30}\b(previous|prior|above|earlier|all|your|the)\b"
            r".{0,20}\b(instructions?|prompts?|rules|guidelines|directions)\b",
        ),
        _p(
            "asks for the system prompt or hidden instructions",
            r"\b(system prompt|hidden instructions|reveal your (instructions|prompt|rules))\b",
        ),
        _p(
            "tries to change the assistant's role",
            r"\b(you are now|act as (an?|the)|pretend (to be|you are)|developer mode|jailbreak|"
            r"do anything now)\b",
        ),
        _p(
            "fake conversation markup",
            r"</?\s*(system|assistant|instructions?)\s*>|\bnew instructions\s*:",
        ),
        _p(
            "instructs the assistant to take an action",
            r"\b(assistant|ai|bot|model)\b.{0,40}\b(must|should|will) (now )?(issue|approve|refund|send|grant)\b",
        ),
    ],
}

FRUSTRATION_WORDS = re.compile(
    r"\b(ridiculous|unacceptable|furious|angry|worst|terrible|awful|useless|scam|disgusting|"
    r"fed up|sick of|joke|pathetic|incompetent|outrageous|still not|third time|again and again|"
    r"nobody|no one (has )?(answered|replied)|waste of)\b",
    re.IGNORECASE,
)
CHURN_WORDS = re.compile(
    r"\b(cancel|cancelling|canceling|switch(ing)? to|competitor|leave|leaving|not renew(ing)?|"
    r"close my account|move to another|looking for alternatives|last chance|done with)\b",
    re.IGNORECASE,
)
URGENT_WORDS = re.compile(
    r"\b(urgent|asap|immediately|right now|critical|emergency|production|down|outage|deadline|"
    r"today)\b",
    re.IGNORECASE,
)

PRODUCT_AREAS: dict[str, re.Pattern] = {
    "shipping": re.compile(
        r"\b(ship|shipping|shipped|delivery|parcel|package|tracking|courier|customs)\b", re.I
    ),
    "hardware": re.compile(
        r"\b(station|sensor|gauge|anemometer|battery|device|hardware|firmware|pairing)\b", re.I
    ),
    "billing": re.compile(
        r"\b(invoice|charge[ds]?|billing|payment|card|refund|price|plan|subscription)\b", re.I
    ),
    "account": re.compile(
        r"\b(login|log in|password|2fa|two[- ]factor|account|sign in|email address)\b", re.I
    ),
    "cloud": re.compile(
        r"\b(dashboard|alerts?|cloud|graph|history|export|api|webhook|integration)\b", re.I
    ),
}

LANGUAGE_STOPWORDS: dict[str, set[str]] = {
    "en": {"the", "and", "is", "my", "to", "i", "you", "it", "not", "with", "have", "for"},
    "de": {"der", "die", "das", "und", "ist", "nicht", "ich", "mein", "meine", "mit", "sie", "ein"},
    "fr": {"le", "la", "les", "et", "est", "je", "mon", "ma", "pas", "avec", "vous", "une"},
    "es": {"el", "la", "los", "y", "es", "mi", "no", "con", "que", "por", "una", "para"},
    "nl": {"de", "het", "een", "en", "is", "niet", "ik", "mijn", "met", "voor", "dat", "van"},
}


@dataclass(frozen=True)
class Detection:
    signals: dict[str, bool]
    evidence: dict[str, list[dict]]
    frustration: float
    churn_risk: float
    urgency: str
    product_area: str
    language: str


def _clip(value: float) -> float:
    return max(0.0, min(1.0, round(value, 3)))


def text_detect(text: str) -> Detection:
    """Run every detector over the customer's text. Pure and cheap: no I/O."""
    text = text or ""
    signals: dict[str, bool] = {}
    evidence: dict[str, list[dict]] = {}
    for name, patterns in SIGNALS.items():
        hits = []
        for pattern in patterns:
            match = pattern.regex.search(text)
            if match:
                hits.append({"pattern": pattern.description, "matched": match.group(0)[:120]})
        signals[name] = bool(hits)
        if hits:
            evidence[name] = hits

    frustration_hits = len(FRUSTRATION_WORDS.findall(text))
    exclamations = text.count("!")
    letters = [w for w in re.findall(r"\b[A-Za-z]{4,}\b", text)]
    shouting = sum(1 for w in letters if w.isupper()) / len(letters) if letters else 0.0
    frustration = _clip(0.25 * frustration_hits + 0.05 * min(exclamations, 6) + shouting)
    churn_risk = _clip(0.35 * len(CHURN_WORDS.findall(text)) + 0.2 * (frustration > 0.5))

    urgent_hits = len(URGENT_WORDS.findall(text))
    urgency = "high" if urgent_hits >= 2 else "normal" if urgent_hits == 1 else "low"

    area_scores = {area: len(rx.findall(text)) for area, rx in PRODUCT_AREAS.items()}
    best_area = max(area_scores, key=area_scores.get)
    product_area = best_area if area_scores[best_area] else "general"

    words = re.findall(r"[a-zà-ÿ]+", text.lower())
    language_scores = {
        lang: sum(1 for w in words if w in stops) for lang, stops in LANGUAGE_STOPWORDS.items()
    }
    best_language = max(language_scores, key=language_scores.get)
    language = best_language if language_scores[best_language] else "und"

    return Detection(
        signals=signals,
        evidence=evidence,
        frustration=frustration,
        churn_risk=churn_risk,
        urgency=urgency,
        product_area=product_area,
        language=language,
    )
