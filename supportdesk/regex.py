"""Regexes compiled on first use.

The detectors and the risk layer hold a few hundred long patterns in four languages: about
0.3-0.45 s of compiling that every process importing the apps (web, intake, each `manage.py`
command) paid at start, whether or not it ever reads a customer message. A `LazyRegex`
compiles when first searched; the worker compiles them all once before it forks
(`regexes_compile`, on Celery's `worker_init`), so its children start with them ready.
"""

from __future__ import annotations

import re

_ALL: list[LazyRegex] = []


class LazyRegex:
    __slots__ = ("pattern", "flags", "_compiled")

    def __init__(self, pattern: str, flags: int = 0):
        self.pattern = pattern
        self.flags = flags
        self._compiled: re.Pattern | None = None
        _ALL.append(self)

    def compiled(self) -> re.Pattern:
        if self._compiled is None:
            self._compiled = re.compile(self.pattern, self.flags)
        return self._compiled

    def search(self, text: str, *args) -> re.Match | None:
        return (self._compiled or self.compiled()).search(text, *args)

    def finditer(self, text: str, *args):
        return (self._compiled or self.compiled()).finditer(text, *args)

    def __repr__(self) -> str:
        return f"LazyRegex({self.pattern[:40]!r}...)"


def regexes_compile() -> int:
    """Compile every LazyRegex made so far; returns how many there are."""
    for regex in _ALL:
        regex.compiled()
    return len(_ALL)
