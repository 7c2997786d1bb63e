"""Score a customer message for each high-risk kind, with evidence an agent can read.

A kind's score is the larger of its head score and 1.0 when one of the kind's readable patterns
matches. The head score is the probability of a logistic-regression head over sentence
embeddings (trained on public data: training.py), scaled by the message's neighbourhood: how
much closer it lies to the risky messages of the training data than to the ordinary ones
(the mean similarity to its NEIGHBOURS nearest centroids of each), as
min(HEAD_CAP, p * exp(MARGIN_WEIGHT * margin)) (a kind in HEAD_SURE saturates later). Across
industries the neighbourhood tells a fee question from a dispute better than the head alone
(docs/classifier.md). A long message is also read passage by passage (text_segments:
paragraphs, numbered or bulleted points, groups of sentences): a kind's head score is the whole
message's, or its best passage's when that reaches SEGMENT_BAR. A kind at or above the shipped
threshold is "over": the ticket must reach a human. The evidence per kind names the matched
patterns, the passage it was read in, and the nearest of our own prototype sentences.

The artefact (data/risk_heads.npz) is loaded once per process; it holds weights, the prototype
embeddings and the thresholds, never a data set's text.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
import threading
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np

from supportdesk.regex import LazyRegex

from .encoder import texts_embed
from .kinds import KIND_SLUGS, KINDS, KINDS_BY_SLUG, NEGATED_KINDS, NEGATION_TAKEN_BACK

NONE = "none"
ARTEFACT_PATH = Path(__file__).resolve().parent / "data" / "risk_heads.npz"
NEAREST = 2
PATTERN_SCORE = 1.0
# A head score stays under the pattern score: a head never reads as a matched pattern.
HEAD_CAP = 0.999
# The bar of a kind whose head escalates only at saturation (the refund kind: its head cannot
# tell a refund the policy allows from one outside it, except when it is sure, at the cap).
# Under HEAD_CAP by more than float32 rounding, as the artefact stores bars in float32.
HEAD_SATURATED = 0.998
# Kinds whose head saturates (reaches HEAD_CAP, and so HEAD_SATURATED) only where the unbounded
# score p * exp(MARGIN_WEIGHT * margin) reaches this; under it their score stays under
# HEAD_UNSURE (still watched, never over). The refund head reads "what is your refund policy?"
# near the refunds that never arrived (p 0.78 just inside their neighbourhood: 1.6), and such a
# message where one never arrived well inside it (3 to 11). Chosen on the held-out rows of
# bench/decision_cross.py (docs/classifier.md, "The refund kind at saturation").
HEAD_SURE = {"refund_exception": 2.0}
HEAD_UNSURE = 0.99
NEIGHBOURS = 5
MARGIN_WEIGHT = 20.0

# Long messages are also scored passage by passage (text_segments): a risky paragraph among
# ordinary ones is diluted in the whole message's one embedding (a billing dispute as point 2
# of 4 in a bookkeeper's letter scored 0.002). A passage's head score counts for its kind only
# at or above max(the kind's bar, SEGMENT_BAR): a passage is short and out of context, so it
# needs more to raise a ticket than the whole message does (docs/classifier.md, "Long
# messages read passage by passage").
SEGMENT_BAR = 0.2
SEGMENT_MIN_TEXT = 400  # characters: shorter messages are read whole only
SEGMENT_MIN_COUNT = 3  # or a message with at least this many paragraphs or points
SEGMENT_MIN_CHARS = 60  # a shorter paragraph or point is joined to the next
SEGMENT_TARGET = 280  # sentences are grouped up to about this many characters
SEGMENT_MAX = 8  # at most this many passages per message (the encoder's cost)
PASSAGE_SHOWN = 160  # characters of the passage kept in the evidence


_SURE = [(KIND_SLUGS.index(k), sure) for k, sure in HEAD_SURE.items()]


@dataclass
class RiskHeads:
    coef: np.ndarray  # (kinds + 1, dims): rows in KIND_SLUGS order, then NONE
    intercept: np.ndarray
    threshold: float
    prototype_vectors: np.ndarray
    prototype_kinds: list[str]
    prototype_texts: list[str]
    meta: dict = field(default_factory=dict)
    # Per kind, when it differs from `threshold` (kinds the checks cannot measure).
    kind_thresholds: dict[str, float] = field(default_factory=dict)
    # Centroids (L2-normalized) of the training data's risky and ordinary messages: the
    # neighbourhood the margin is read from. Means of embeddings, never a text.
    risky_centroids: np.ndarray | None = None
    ordinary_centroids: np.ndarray | None = None

    def threshold_for(self, slug: str) -> float:
        return self.kind_thresholds.get(slug, self.threshold)

    def probabilities(self, vectors: np.ndarray) -> np.ndarray:
        logits = vectors.astype(np.float32) @ self.coef.T + self.intercept
        logits -= logits.max(axis=1, keepdims=True)
        exp = np.exp(logits)
        return exp / exp.sum(axis=1, keepdims=True)

    def margins(self, vectors: np.ndarray) -> np.ndarray:
        """Per row: mean similarity to the NEIGHBOURS nearest risky centroids minus the same
        for ordinary ones (0 when the artefact has no centroids)."""
        vectors = vectors.astype(np.float32)
        if self.risky_centroids is None or self.ordinary_centroids is None:
            return np.zeros(len(vectors), dtype=np.float32)

        def nearest(centroids: np.ndarray) -> np.ndarray:
            sims = vectors @ centroids.T
            k = min(NEIGHBOURS, centroids.shape[0])
            return np.partition(sims, sims.shape[1] - k, axis=1)[:, -k:].mean(axis=1)

        return nearest(self.risky_centroids) - nearest(self.ordinary_centroids)

    def kind_scores(self, vectors: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(head scores per kind in KIND_SLUGS order, the head's probabilities, the margins)."""
        probs = self.probabilities(vectors)
        margins = self.margins(vectors)
        scaled = probs[:, : len(KIND_SLUGS)] * np.exp(MARGIN_WEIGHT * margins)[:, None]
        scores = np.minimum(scaled, HEAD_CAP)
        for i, sure in _SURE:
            scores[:, i] = np.where(
                scaled[:, i] >= sure, HEAD_CAP, np.minimum(scaled[:, i], HEAD_UNSURE)
            )
        return scores, probs, margins

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        np.savez_compressed(
            path,
            coef=self.coef,
            intercept=self.intercept,
            threshold=np.float32(self.threshold),
            prototype_vectors=self.prototype_vectors,
            prototype_kinds=np.array(self.prototype_kinds),
            prototype_texts=np.array(self.prototype_texts),
            kinds=np.array(KIND_SLUGS),
            kind_thresholds=np.array([self.threshold_for(k) for k in KIND_SLUGS], dtype=np.float32),
            meta=np.array(json.dumps(self.meta)),
            **(
                {
                    "risky_centroids": self.risky_centroids.astype(np.float16),
                    "ordinary_centroids": self.ordinary_centroids.astype(np.float16),
                }
                if self.risky_centroids is not None and self.ordinary_centroids is not None
                else {}
            ),
        )

    @classmethod
    def load(cls, path: Path) -> RiskHeads:
        with np.load(path, allow_pickle=False) as data:
            kinds = [str(k) for k in data["kinds"]]
            if kinds != list(KIND_SLUGS):
                raise ValueError(
                    f"risk artefact {path} was built for kinds {kinds}; rebuild it "
                    "(manage.py build_risk_layer)"
                )
            return cls(
                coef=data["coef"],
                intercept=data["intercept"],
                threshold=float(data["threshold"]),
                prototype_vectors=data["prototype_vectors"].astype(np.float32),
                prototype_kinds=[str(k) for k in data["prototype_kinds"]],
                prototype_texts=[str(t) for t in data["prototype_texts"]],
                meta=json.loads(str(data["meta"])),
                kind_thresholds={
                    k: float(t) for k, t in zip(kinds, data["kind_thresholds"], strict=True)
                }
                if "kind_thresholds" in data
                else {},
                risky_centroids=data["risky_centroids"].astype(np.float32)
                if "risky_centroids" in data
                else None,
                ordinary_centroids=data["ordinary_centroids"].astype(np.float32)
                if "ordinary_centroids" in data
                else None,
            )


@dataclass(frozen=True)
class RiskAssessment:
    scores: dict[str, float]
    over: list[str]  # kinds at or above the threshold, highest score first
    evidence: dict[str, dict]
    threshold: float

    @property
    def reason(self) -> str:
        return risk_reason_text(kinds=self.over, scores=self.scores, evidence=self.evidence)

    def as_dict(self) -> dict:
        return {
            "scores": self.scores,
            "over": self.over,
            "evidence": self.evidence,
            "threshold": self.threshold,
        }


def risk_reason_text(*, kinds: list[str], scores: dict, evidence: dict) -> str:
    """The reason in words, for the routing explanation and the agent."""
    parts = []
    for slug in kinds:
        kind = KINDS_BY_SLUG.get(slug)
        ev = evidence.get(slug, {})
        if ev.get("patterns"):
            why = f"matched '{ev['patterns'][0]['pattern']}'"
        elif ev.get("passage") and ev.get("nearest"):
            why = (
                f"in the passage '{_shortened(ev['passage'])}': reads like "
                f"'{ev['nearest'][0]['example']}'"
            )
        elif ev.get("nearest"):
            why = f"reads like '{ev['nearest'][0]['example']}'"
        else:
            why = "risk head"
        label = kind.label if kind else slug
        parts.append(f"{label} ({float(scores.get(slug, 0.0)):.2f}, {why})")
    if not parts:
        return ""
    return "High-risk reading: " + "; ".join(parts) + ". A person must review it."


def _shortened(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 3].rstrip() + "..."


def patterns_match(text: str) -> dict[str, list[dict]]:
    """Each kind whose readable patterns match: which pattern matched which words."""
    hits: dict[str, list[dict]] = {}
    for kind in KINDS:
        for pattern in kind.patterns:
            match = pattern.find(text)
            if match:
                hits.setdefault(kind.slug, []).append(
                    {"pattern": pattern.description, "matched": match.group(0)[:80]}
                )
    return hits


_heads: RiskHeads | None = None
_version: str | None = None
_lock = threading.Lock()


# Other thresholds for a replay's candidate (heads_thresholds_use), this thread or task only.
_candidate: ContextVar[RiskHeads | None] = ContextVar("risk_heads_candidate", default=None)


@contextlib.contextmanager
def heads_use(heads: RiskHeads):
    """Within the block, heads_get() is `heads` (an artefact built elsewhere, e.g. with
    `build_risk_layer --output`: bench/decision_spoken.py --heads), this thread or task only."""
    token = _candidate.set(heads)
    try:
        yield
    finally:
        _candidate.reset(token)


@contextlib.contextmanager
def heads_thresholds_use(*, threshold: float | None = None, kinds: dict[str, float] | None = None):
    """Within the block, heads_get() is the heads in use (the shipped ones, or those of an
    enclosing heads_use) with other thresholds: `threshold` replaces the measured kinds' bar
    (every kind whose own bar is the heads' own follows it), `kinds` sets a kind's own bar.
    Nothing is written; the shipped artefact is unchanged."""
    shipped = heads_get()
    bar = shipped.threshold if threshold is None else float(threshold)
    per_kind = {
        slug: bar
        if shipped.threshold_for(slug) == shipped.threshold
        else shipped.threshold_for(slug)
        for slug in KIND_SLUGS
    }
    per_kind.update({slug: float(value) for slug, value in (kinds or {}).items()})
    token = _candidate.set(replace(shipped, threshold=bar, kind_thresholds=per_kind))
    try:
        yield
    finally:
        _candidate.reset(token)


def heads_get() -> RiskHeads:
    global _heads
    candidate = _candidate.get()
    if candidate is not None:
        return candidate
    if _heads is None:
        with _lock:
            if _heads is None:
                _heads = RiskHeads.load(ARTEFACT_PATH)
    return _heads


_BULLET = re.compile(r"^\s*(?:[-*\u2022\u2013]\s+|\(?\d{1,2}[.)]\s+|\(?[a-h][.)]\s+)")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def text_segments(text: str) -> list[str]:
    """The passages of a long message the heads also read: its paragraphs and its numbered or
    bulleted points (a paragraph or point under SEGMENT_MIN_CHARS is joined to the next), or,
    for one long block, groups of sentences of about SEGMENT_TARGET characters. [] for a
    message under SEGMENT_MIN_TEXT characters with fewer than SEGMENT_MIN_COUNT paragraphs or
    points, or one that makes a single passage; at most SEGMENT_MAX passages."""
    blocks: list[str] = []
    current: list[str] = []
    for line in (text or "").splitlines():
        if not line.strip() or _BULLET.match(line):
            if current:
                blocks.append(" ".join(current))
            current = [line.strip()] if line.strip() else []
        else:
            current.append(line.strip())
    if current:
        blocks.append(" ".join(current))
    if len(text or "") < SEGMENT_MIN_TEXT and len(blocks) < SEGMENT_MIN_COUNT:
        return []
    pieces: list[str] = []
    for block in blocks:
        if len(block) <= SEGMENT_TARGET * 1.5:
            pieces.append(block)
            continue
        group = ""
        for sentence in _SENTENCE_END.split(block):
            if group and len(group) + len(sentence) > SEGMENT_TARGET:
                pieces.append(group)
                group = ""
            group = f"{group} {sentence}".strip()
        if group:
            pieces.append(group)
    segments: list[str] = []
    pending = ""
    for piece in pieces:
        pending = f"{pending} {piece}".strip()
        if len(pending) >= SEGMENT_MIN_CHARS:
            segments.append(pending)
            pending = ""
    if pending:
        if segments:
            segments[-1] = f"{segments[-1]} {pending}"
        else:
            segments.append(pending)
    return segments[:SEGMENT_MAX] if len(segments) > 1 else []


def heads_assess(
    *,
    heads: RiskHeads,
    text: str,
    vector: np.ndarray,
    embed: Callable[[list[str]], np.ndarray] | None = None,
) -> RiskAssessment:
    """Score one text whose embedding is already computed (a long one's passages are embedded
    with `embed`, texts_embed by default)."""
    return heads_assess_many(heads=heads, texts=[text], vectors=vector.reshape(1, -1), embed=embed)[
        0
    ]


def heads_assess_many(
    *,
    heads: RiskHeads,
    texts: list[str],
    vectors: np.ndarray,
    embed: Callable[[list[str]], np.ndarray] | None = None,
) -> list[RiskAssessment]:
    """Score many texts (one row of `vectors` each, already computed) in one pass: the heads,
    the neighbourhood margins and the prototype similarities as matrix products over all the
    rows (a chunk of tickets: drafts.stages.classify_prepare), the patterns and the evidence
    per text. The passages of the long texts (text_segments) are embedded in one `embed` call
    (texts_embed by default; the pipeline's chunks prepare them with the messages) and
    scored in the same pass. No other I/O."""
    vectors = np.asarray(vectors, dtype=np.float32).reshape(len(texts), -1)
    if not len(texts):
        return []
    segments = [text_segments(text) for text in texts]
    flat = [segment for per_text in segments for segment in per_text]
    if flat:
        vectors = np.vstack([vectors, np.asarray((embed or texts_embed)(flat), dtype=np.float32)])
    head_scores, probs, margins = heads.kind_scores(vectors)
    sims = vectors @ heads.prototype_vectors.T
    out = []
    next_row = len(texts)
    for row, text in enumerate(texts):
        rows = [row, *range(next_row, next_row + len(segments[row]))]
        next_row += len(segments[row])
        out.append(
            _assessment(
                heads,
                text,
                head_scores[rows],
                probs[rows],
                margins[rows],
                sims[rows],
                ["", *segments[row]],
            )
        )
    return out


def _assessment(
    heads: RiskHeads,
    text: str,
    head_scores: np.ndarray,
    probs: np.ndarray,
    margins: np.ndarray,
    sims: np.ndarray,
    segments: list[str],
) -> RiskAssessment:
    """Row 0 of the arrays is the whole text; the others its passages (`segments[row]`)."""
    hits = patterns_match(text)
    scores: dict[str, float] = {}
    evidence: dict[str, dict] = {}
    for i, slug in enumerate(KIND_SLUGS):
        bar = heads.threshold_for(slug)
        # The row the kind's score is read from: the whole text, or the passage scoring
        # highest when it reaches the passages' bar and beats the whole.
        best = 0
        if len(segments) > 1:
            seg = 1 + int(np.argmax(head_scores[1:, i]))
            if head_scores[seg, i] >= max(bar, SEGMENT_BAR) and (
                head_scores[seg, i] > head_scores[0, i]
            ):
                best = seg
        score = float(head_scores[best, i])
        if slug in hits:
            score = max(score, PATTERN_SCORE)
        scores[slug] = round(score, 4)
        if score >= bar:
            mine = [j for j, k in enumerate(heads.prototype_kinds) if k == slug]
            nearest = sorted(mine, key=lambda j: -sims[best, j])[:NEAREST]
            evidence[slug] = {
                "label": KINDS_BY_SLUG[slug].label,
                "score": round(score, 4),
                "head": round(float(probs[best, i]), 4),
                "neighbourhood": round(float(margins[best]), 3),
                "patterns": hits.get(slug, []),
                "nearest": [
                    {
                        "example": heads.prototype_texts[j],
                        "similarity": round(float(sims[best, j]), 3),
                    }
                    for j in nearest
                ],
            }
            if best and slug not in hits:
                evidence[slug]["passage"] = segments[best][:PASSAGE_SHOWN]
    negated = kinds_negated(text)
    for slug, phrase in negated.items():
        if slug in evidence:
            evidence[slug]["negated"] = phrase
    over = sorted(
        (s for s, v in scores.items() if v >= heads.threshold_for(s) and s not in negated),
        key=lambda s: -scores[s],
    )
    return RiskAssessment(scores=scores, over=over, evidence=evidence, threshold=heads.threshold)


_NEGATION_FLAGS = re.IGNORECASE | re.DOTALL
_NEGATED_RX = {
    slug: [
        tuple(LazyRegex(part, _NEGATION_FLAGS) for part in (rx if isinstance(rx, tuple) else (rx,)))
        for rx in rxs
    ]
    for slug, rxs in NEGATED_KINDS.items()
}
_TAKEN_BACK_RX = LazyRegex(NEGATION_TAKEN_BACK, re.IGNORECASE)


def kinds_negated(text: str) -> dict[str, str]:
    """The kinds the message says have not happened (kinds.NEGATED_KINDS), with the words that
    say so: such a kind is watched, not over its bar. A "but" after the words takes them back."""
    found: dict[str, str] = {}
    for slug, patterns in _NEGATED_RX.items():
        for parts in patterns:
            matches = [rx.search(text) for rx in parts]
            if all(matches) and not any(
                _TAKEN_BACK_RX.search(text[m.end() : m.end() + 200]) for m in matches
            ):
                found[slug] = matches[-1].group(0)[-120:]
                break
    return found


def risk_watch_kinds(*, scores: dict, over: list[str]) -> list[str]:
    """Kinds not over their own bar but at or above the measured kinds' threshold: the kinds
    with a higher bar of their own (the refund kind, read by its patterns and a saturated head; outage and
    legal, which no public data measures). They do not send the ticket to a human, but they
    keep it from being auto-sent: "I can't see the refund for my return" scores 0.56 on the
    refund head, and is an ordinary refund-policy question for the class model."""
    bar = heads_get().threshold
    return sorted(
        (k for k, v in scores.items() if k not in over and isinstance(v, int | float) and v >= bar),
        key=lambda k: -scores[k],
    )


# "Quiet": every kind's score under this share of the threshold, and the injection head's
# under the same share of its own (an unplaced message may then wait in the review queue
# instead of triage; docs/classifier.md gives the measurements).
QUIET_FRACTION = 0.5


def risk_quiet(*, scores: dict, over: list[str]) -> bool:
    """Nothing in the message reads risky: no kind over its bar, none watched, and every score
    under QUIET_FRACTION of the measured kinds' threshold."""
    bar = heads_get().threshold * QUIET_FRACTION
    values = [v for v in scores.values() if isinstance(v, int | float)]
    return not over and bool(values) and max(values) < bar


def risk_layer_version() -> str:
    """What produced the scores, for the run's versions: the artefact's content hash."""
    global _version
    if _version is None:
        _version = hashlib.sha256(ARTEFACT_PATH.read_bytes()).hexdigest()[:16]
    return _version


def risk_assess(*, text: str) -> RiskAssessment:
    """Score a message (subject and body joined) with the shipped heads."""
    heads = heads_get()
    vector = texts_embed([text])[0]
    return heads_assess(heads=heads, text=text, vector=vector)
