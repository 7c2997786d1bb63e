"""The customer's language: which of the team's languages a message is written in.

`lingua-language-detector` restricted to the languages the team writes (English, German, French,
Spanish), so a short message is never called Dutch or Catalan. Measured against the stopword
count in drafts/detectors.py on the demo's labelled messages (bench/language.py): see
docs/pipeline.md. The detector is built once per process, on first use.
"""

import threading
from dataclasses import dataclass

from lingua import Language, LanguageDetectorBuilder

from .batching import read_once

SUPPORTED = {
    "en": Language.ENGLISH,
    "de": Language.GERMAN,
    "fr": Language.FRENCH,
    "es": Language.SPANISH,
}
LANGUAGE_NAMES = {"en": "English", "de": "German", "fr": "French", "es": "Spanish"}
DEFAULT_LANGUAGE = "en"
MAX_CHARS = 2000
# Below this confidence (lingua's, 0..1) a very short text is not trusted to name a language.
MIN_CONFIDENCE = 0.5

_detector = None
_lock = threading.Lock()
_CODE = {language: code for code, language in SUPPORTED.items()}


@dataclass(frozen=True)
class LanguageGuess:
    code: str  # "en", "de", "fr", "es"
    confidence: float
    detected: bool  # False: too little text to tell; code is then DEFAULT_LANGUAGE

    @property
    def name(self) -> str:
        return LANGUAGE_NAMES.get(self.code, self.code)


def _get_detector():
    global _detector
    if _detector is None:
        with _lock:
            if _detector is None:
                _detector = (
                    LanguageDetectorBuilder.from_languages(*SUPPORTED.values())
                    .with_preloaded_language_models()
                    .build()
                )
    return _detector


def text_language(text: str) -> LanguageGuess:
    """The language of a customer's message, among the supported ones (once per text inside a
    drafts.batching scope: a chunk's preparation and its stages ask about the same texts)."""
    text = " ".join((text or "").split())[:MAX_CHARS]
    return read_once(("language", text), lambda: _text_language(text))


def _text_language(text: str) -> LanguageGuess:
    if not any(ch.isalpha() for ch in text):
        return LanguageGuess(DEFAULT_LANGUAGE, 0.0, False)
    values = _get_detector().compute_language_confidence_values(text)
    if not values:
        return LanguageGuess(DEFAULT_LANGUAGE, 0.0, False)
    best = values[0]
    code = _CODE[best.language]
    if best.value < MIN_CONFIDENCE and len(text) < 20:
        return LanguageGuess(DEFAULT_LANGUAGE, float(best.value), False)
    return LanguageGuess(code, round(float(best.value), 4), True)
