"""PII redaction before text leaves for a third-party model endpoint, and restoration in the
reply that comes back. Emails, phone numbers, payment card numbers (Luhn-checked) and IBANs
(mod-97-checked) become placeholders like [EMAIL_1]; the mapping never leaves the process."""

import re
from dataclasses import dataclass, field

EMAIL_RE = re.compile(r"\b[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}\b")
CARD_RE = re.compile(r"\b(?:\d[ -]?){12,18}\d\b")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b")
PHONE_RE = re.compile(r"(?<![\w/])\+?\d[\d ().-]{7,}\d\b")


def luhn_valid(digits: str) -> bool:
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char)
        if index % 2 == 1:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


def iban_valid(candidate: str) -> bool:
    compact = candidate.replace(" ", "")
    if not 15 <= len(compact) <= 34:
        return False
    rearranged = compact[4:] + compact[:4]
    numeric = "".join(str(int(c, 36)) for c in rearranged)
    return int(numeric) % 97 == 1


@dataclass
class Redaction:
    mapping: dict[str, str] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)

    def placeholder(self, kind: str, original: str) -> str:
        for key, value in self.mapping.items():
            if value == original and key.startswith(f"[{kind}_"):
                return key
        self.counts[kind] = self.counts.get(kind, 0) + 1
        key = f"[{kind}_{self.counts[kind]}]"
        self.mapping[key] = original
        return key

    def redact(self, text: str) -> str:
        text = EMAIL_RE.sub(lambda m: self.placeholder("EMAIL", m.group(0)), text)
        text = IBAN_RE.sub(
            lambda m: (
                self.placeholder("IBAN", m.group(0)) if iban_valid(m.group(0)) else m.group(0)
            ),
            text,
        )

        def card(match: re.Match) -> str:
            digits = re.sub(r"\D", "", match.group(0))
            if 13 <= len(digits) <= 19 and luhn_valid(digits):
                return self.placeholder("CARD", match.group(0))
            return match.group(0)

        text = CARD_RE.sub(card, text)

        def phone(match: re.Match) -> str:
            digits = re.sub(r"\D", "", match.group(0))
            return (
                self.placeholder("PHONE", match.group(0))
                if 8 <= len(digits) <= 15
                else match.group(0)
            )

        return PHONE_RE.sub(phone, text)

    def restore(self, text: str) -> str:
        for key, value in self.mapping.items():
            text = text.replace(key, value)
        return text
