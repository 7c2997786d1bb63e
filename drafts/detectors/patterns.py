"""A readable pattern: what a team lead sees on the trail, and the regex behind it."""

import re
from dataclasses import dataclass

from supportdesk.regex import LazyRegex

FLAGS = re.IGNORECASE | re.MULTILINE


@dataclass(frozen=True)
class Pattern:
    description: str
    regex: LazyRegex
    # The pattern does not count where this matches the sentence around its hit (a how-to
    # question about one's own settings is not a request to change them).
    unless: LazyRegex | None = None
    # The pattern does not count where this matches the text just before its hit (a customer
    # who says they are quoting a chat with the bot before pasting its turns).
    unless_before: LazyRegex | None = None
    # A word every match contains (a noun the pattern cannot do without): where it does not occur
    # the long pattern is not run at all. Speed only, never a change in what matches.
    requires: LazyRegex | None = None
    # Something else the message must say for a match to count (a pattern whose meaning needs two
    # parts of the message: a third person, and a request for that person's details).
    needs: LazyRegex | None = None

    def search(self, text: str) -> re.Match | None:
        if self.requires is not None and self.requires.search(text) is None:
            return None
        if self.needs is not None and self.needs.search(text) is None:
            return None
        for match in self.regex.finditer(text):
            if self.unless is not None and self.unless.search(_sentence(text, match)):
                continue
            if self.unless_before is not None and self.unless_before.search(
                text[max(0, match.start() - BEFORE_CHARS) : match.start()]
            ):
                continue
            return match
        return None


BEFORE_CHARS = 200


def _sentence(text: str, match: re.Match) -> str:
    start = max(text.rfind(stop, 0, match.start()) for stop in (". ", "? ", "! ", "\n"))
    ends = [
        i for i in (text.find(stop, match.end()) for stop in (". ", "? ", "! ", "\n")) if i >= 0
    ]
    end = min(ends) + 1 if ends else len(text)
    return text[start + 1 : end].strip()


def _p(
    description: str,
    regex: str,
    unless: str | None = None,
    unless_before: str | None = None,
    requires: str | None = None,
    needs: str | None = None,
) -> Pattern:
    return Pattern(
        description,
        LazyRegex(regex, FLAGS),
        LazyRegex(unless, FLAGS) if unless else None,
        LazyRegex(unless_before, FLAGS) if unless_before else None,
        LazyRegex(requires, FLAGS) if requires else None,
        LazyRegex(needs, FLAGS) if needs else None,
    )
