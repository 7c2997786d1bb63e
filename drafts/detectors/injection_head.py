"""A learned prompt-injection head over hashed n-grams, shipped as weights only.

The patterns in injection.py read the shape of known attacks; this head scores wording they have
never seen. Features need no downloaded model and keep no source text: character n-grams (2-5,
inside word boundaries) and word n-grams (1-2) of the *normalized* text are hashed into a fixed
number of buckets (sklearn's HashingVectorizer), and a logistic regression weighs them. The
artefact (injection_head.npz) holds the non-zero bucket weights, the intercept and the decision
threshold; `manage.py injection_head_build` rebuilds it (see injection_head_SOURCES.md).

Evidence is read back from the customer's own text: each n-gram of the message is hashed the same
way and its weight looked up, so the strongest n-grams can be named without storing any
training text.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

# scikit-learn and SciPy are imported on first use: importing them takes about 1.5 s, and every
# Django process imports this module (through the detectors and the pipeline's stages), also
# those that never read a message (intake, the web server's start).
if TYPE_CHECKING:
    import scipy.sparse as sp
    from sklearn.feature_extraction.text import HashingVectorizer
    from sklearn.linear_model import LogisticRegression

ARTEFACT = Path(__file__).with_name("injection_head.npz")
N_FEATURES = 2**18  # per analyzer; char and word buckets sit side by side
C = 4.0  # inverse regularization strength of the logistic regression


def _vectorizers() -> tuple[HashingVectorizer, HashingVectorizer]:
    from sklearn.feature_extraction.text import HashingVectorizer

    common = {"n_features": N_FEATURES, "alternate_sign": False, "lowercase": True}
    return (
        HashingVectorizer(analyzer="char_wb", ngram_range=(2, 5), **common),
        HashingVectorizer(analyzer="word", ngram_range=(1, 2), **common),
    )


# The demo company's name is masked before hashing: the project's corpus is written for Fernhill,
# so the name stood in most attacks and in none of the public ordinary messages, and the head
# learned it as an attack word ("fernhill" was the strongest n-gram of four ordinary stress8
# tickets it flagged). A name says nothing about intent.
_MASKED = re.compile(r"\bfernhill\b", re.IGNORECASE)


def head_text(text: str) -> str:
    """What the head reads of a normalized text: the company name masked."""
    return _MASKED.sub(" ", text)


@dataclass(frozen=True)
class _Hashing:
    """The two vectorizers, their analyzers and the hash they bucket n-grams with."""

    char: HashingVectorizer
    word: HashingVectorizer
    char_analyze: Callable[[str], list[str]]
    word_analyze: Callable[[str], list[str]]
    murmurhash: Callable[..., int]


@cache
def _hashing() -> _Hashing:
    from sklearn.utils import murmurhash3_32

    char, word = _vectorizers()
    return _Hashing(char, word, char.build_analyzer(), word.build_analyzer(), murmurhash3_32)


def features(texts: list[str]) -> sp.csr_matrix:
    """Hashed char and word n-grams of already normalized texts, one row per text."""
    import scipy.sparse as sp

    hashing = _hashing()
    texts = [head_text(t) for t in texts]
    return sp.hstack([hashing.char.transform(texts), hashing.word.transform(texts)], format="csr")


def head_fit(texts: list[str], labels: list[bool], *, sample_weight=None) -> LogisticRegression:
    """Fit the logistic regression on normalized texts (labels: True for an attack)."""
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(
        C=C, class_weight="balanced", max_iter=3000, solver="liblinear", random_state=0
    )
    model.fit(features(texts), np.asarray(labels, dtype=bool), sample_weight=sample_weight)
    return model


def _bucket(token: str, offset: int, murmurhash: Callable[..., int]) -> int:
    return offset + abs(murmurhash(token, seed=0)) % N_FEATURES


@dataclass(frozen=True)
class InjectionHead:
    """Bucket weights (dense, float32), intercept and the decision threshold."""

    weights: np.ndarray
    intercept: float
    threshold: float

    @classmethod
    def from_model(cls, model: LogisticRegression, threshold: float) -> InjectionHead:
        return cls(model.coef_[0].astype(np.float32), float(model.intercept_[0]), threshold)

    @classmethod
    def load(cls, path: Path = ARTEFACT) -> InjectionHead:
        with np.load(path) as data:
            weights = np.zeros(2 * N_FEATURES, dtype=np.float32)
            weights[data["index"]] = data["value"].astype(np.float32)
            return cls(weights, float(data["intercept"]), float(data["threshold"]))

    def save(self, path: Path = ARTEFACT, **meta) -> None:
        index = np.flatnonzero(self.weights).astype(np.int32)
        np.savez_compressed(
            path,
            index=index,
            value=self.weights[index].astype(np.float16),
            intercept=np.float64(self.intercept),
            threshold=np.float64(self.threshold),
            **{key: np.asarray(value) for key, value in meta.items()},
        )

    def scores(self, texts: list[str]) -> np.ndarray:
        """Probability of an injection for each normalized text."""
        logits = features(texts) @ self.weights + self.intercept
        return 1 / (1 + np.exp(-logits))

    def score(self, text: str) -> float:
        """The same probability as scores([text]), computed without sklearn's per-call overhead
        (about 5x faster on one message: the detectors run once per incoming message)."""
        hashing = _hashing()
        logit = self.intercept
        text = head_text(text)
        for grams, offset in (
            (hashing.char_analyze(text), 0),
            (hashing.word_analyze(text), N_FEATURES),
        ):
            if not grams:
                continue
            counts = Counter(_bucket(gram, offset, hashing.murmurhash) for gram in grams)
            index = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
            value = np.fromiter(counts.values(), dtype=np.float64, count=len(counts))
            logit += float(self.weights[index] @ value) / math.sqrt(float(value @ value))
        return 1 / (1 + math.exp(-logit))

    def strongest(self, text: str, limit: int = 4) -> list[str]:
        """The words and word pairs of the text that push its score up most, strongest first.

        Character n-grams are credited to the word they were cut from, so an agent reads words.
        """
        hashing = _hashing()
        murmurhash = hashing.murmurhash
        credit: dict[str, float] = {}
        for gram in set(hashing.word_analyze(head_text(text))):
            credit[gram] = float(self.weights[_bucket(gram, N_FEATURES, murmurhash)])
            if " " not in gram:  # a word: add the character n-grams cut from it
                credit[gram] += sum(
                    float(self.weights[_bucket(g, 0, murmurhash)])
                    for g in hashing.char_analyze(gram)
                )
        ranked = sorted((c, g) for g, c in credit.items() if c > 0)[::-1]
        chosen: list[str] = []
        for _, gram in ranked:
            if any(gram in c or c in gram for c in chosen):
                continue
            chosen.append(gram)
            if len(chosen) == limit:
                break
        return chosen


@cache
def head_load() -> InjectionHead | None:
    """The shipped head, or None when the artefact has not been built (patterns still run)."""
    return InjectionHead.load() if ARTEFACT.exists() else None


def injection_quiet(score: float | None, *, fraction: float) -> bool:
    """The learned head reads nothing like an instruction: its score under `fraction` of its
    threshold (True when no head is built or no score was recorded: the patterns decide)."""
    head = head_load()
    return score is None or head is None or score < head.threshold * fraction
