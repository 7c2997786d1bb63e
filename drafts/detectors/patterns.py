"""A readable pattern: what a team lead sees on the trail, and the regex behind it."""

import re
from dataclasses import dataclass

FLAGS = re.IGNORECASE | re.MULTILINE


@dataclass(frozen=True)
class Pattern:
    description: str
    regex: re.Pattern
    # The pattern does not count where this matches the sentence around its hit (a how-to
    # question about one's own settings is not a request to change them).
    unless: re.Pattern | None = None

    def search(self, text: str) -> re.Match | None:
        for match in self.regex.finditer(text):
            if self.unless is None or not self.unless.search(_sentence(text, match)):
                return match
        return None


def _sentence(text: str, match: re.Match) -> str:
    start = max(text.rfind(stop, 0, match.start()) for stop in (". ", "? ", "! ", "\n"))
    ends = [
        i for i in (text.find(stop, match.end()) for stop in (". ", "? ", "! ", "\n")) if i >= 0
    ]
    end = min(ends) + 1 if ends else len(text)
    return text[start + 1 : end].strip()


def _p(description: str, regex: str, unless: str | None = None) -> Pattern:
    return Pattern(
        description, re.compile(regex, FLAGS), re.compile(unless, FLAGS) if unless else None
    )
