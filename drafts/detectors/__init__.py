"""Explicit, readable detectors over normalized customer text.

normalize.py undoes hiding tricks and keeps them as evidence; injection.py holds the
prompt-injection and account-change patterns in four languages; signals.py the other signals
and the plain word-list heuristics; detect.py runs them all.
"""

from .detect import Detection, text_detect
from .normalize import NormalizedText, text_normalize
from .patterns import Pattern
from .signals import SIGNALS

__all__ = ["SIGNALS", "Detection", "NormalizedText", "Pattern", "text_detect", "text_normalize"]
