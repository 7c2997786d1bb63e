"""Ranking policy fragments for a ticket.

Method (chosen by measurement, see ``bench/retrieval.py``): Okapi BM25 over the current
fragments, with the document title and heading path indexed alongside each section's text, a
light suffix stemmer, and an optional boost for documents that list the ticket's request class.
The index is an in-process scipy sparse matrix, so it works the same on SQLite and PostgreSQL:
built lazily per process and rebuilt when the set of current versions changes (checked with one
aggregate query per call).

Every call returns everything the pipeline must record: the query as used, its terms, every
candidate that scored, and the chosen top k with fragment and version ids.
"""

import contextlib
import re
import threading
import time
from collections.abc import Iterable, Sequence
from contextvars import ContextVar
from dataclasses import asdict, dataclass, field
from functools import cache

import numpy as np

from drafts.batching import qa_texts_embed_scoped, texts_embed_scoped
from drafts.language import text_language
from drafts.risk.encoder import DIMENSIONS, ENCODER_NAME, texts_embed

from . import qa_encoder
from .sections import Section, index_text, passage_embed_texts
from .selectors import current_set_signature, fragments_current

QUERY_MAX_CHARS = 4000  # a long email thread says what it is about in its first screens
MAX_CANDIDATES_RECORDED = 200
CLASS_BOOST = 0.3  # multiplicative: helps break near-ties, never lifts an unrelated section
BM25_K1 = 1.2
BM25_B = 0.75
# Hybrid = EMBED_WEIGHT x (best cosine of a question sentence and a passage) + the rest x BM25
# scaled to the best fragment; the request class adds CLASS_BONUS (a hint, never a filter).
# Chosen on bench/retrieval.py (demo policies and kb-plausible-docs, four languages).
EMBED_WEIGHT = 0.8
CLASS_BONUS = 0.1
# For an English question, each passage row's similarity is (1 - QA_WEIGHT) x the USE cosine +
# QA_WEIGHT x the cosine of the question/answer encoder (qa_encoder.py, all-MiniLM-L6-v2), and
# the embeddings weigh EMBED_WEIGHT_QA against BM25. Other languages: USE alone, EMBED_WEIGHT.
# Chosen on the tuning half of bench/retrieval.py; the held-out half and the blind set measured.
QA_WEIGHT = 0.5
EMBED_WEIGHT_QA = 0.9
# A fragment's similarity is its best row's cosine moved toward the mean of its best two rows
# (heading path and passages): a section whose heading and a passage both match the question
# beats one with a single lucky row. 0 is the best row alone. Chosen on the tuning half of
# bench/retrieval.py (--grid), measured on the held-out half.
SECOND_ROW_WEIGHT = 0.5
QUESTIONS_EMBEDDED = 3
# Below this best passage similarity the policies do not answer the question; the draft says so
# to the agent instead of quoting unrelated policy (bench/retrieval.py shows the split).
ANSWER_MIN_SIMILARITY = 0.22
# Below this similarity of the passage ranked first, the passage is about as often another
# topic's as the question's (evaluate_drafts --rows over the demo's 254 sent replies: on topic
# 52-57% below 0.25-0.30, 67% overall, 73% from 0.45); a draft that has no sent reply to stand on
# either does not quote it: it tells the agent no confident answer was found
# (drafts.stages.no_answer_reason). The lowest bar reaching the tuning half's fewest off-topic
# drafts (docs/pipeline.md, "Drafts that cannot answer").
PASSAGE_CONFIDENT = 0.28
# The class hint counts as much as the class reading is sure (class_hint_weight): fully from
# CLASS_HINT_FULL confidence, nothing at or under CLASS_HINT_FLOOR, linearly between, and
# times CLASS_HINT_UNFAMILIAR when the class model has not seen messages like this one.
CLASS_HINT_FULL = 1.0
CLASS_HINT_FLOOR = 0.0
CLASS_HINT_UNFAMILIAR = 1.0
DEFAULT_METHOD = "hybrid"
METHODS = ("bm25", "tfidf", "bm25+tfidf", "embed", "hybrid")
_QUERY_TAG = re.compile(r"<[^<>]{0,500}>")
_QUERY_SCRIPT = re.compile(r"<(script|style)\b.*?</\1\s*>", re.I | re.S)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")
# Query cleaning (query_clean): what a customer's email wraps around the question.
_QUOTED_HEADER = re.compile(
    r"^\s*(?:on\b.{0,200}\bwrote:|am\b.{0,200}\bschrieb.{0,60}:|le\b.{0,200}\ba écrit\s*:"
    r"|el\b.{0,200}\bescribió:|-{2,}\s*original message\s*-{2,}|from:\s.+@)\s*$",
    re.I,
)
_GREETING = re.compile(
    r"^\s*(?:(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|hallo|guten (?:tag|morgen|abend)"
    r"|liebe[rs]?|sehr geehrte[rs]?|moin|servus|bonjour|bonsoir|salut|madame|monsieur|cher|chère"
    r"|hola|buenos días|buenas(?: tardes| noches)?|estimad[oa]s?)\b"
    r"(?:[ \t]+[^\s,.!?:;]+){0,3}[ \t]*(?:[,.!:;—–]+\s*|$))+",
    re.I,
)
_SIGN_OFF = re.compile(
    r"(?:^|(?<=[.!?\n]))\s*(?:thanks|thank you|thx|many thanks|cheers|best|regards|kind regards"
    r"|best regards|br|danke|vielen dank|viele grüße|mit freundlichen grüßen|lg|grüße|merci"
    r"|cordialement|bien à vous|gracias|saludos|un saludo|atentamente)\b"
    r"(?:[\s,!.]+[\w'-]+){0,4}[\s,!.]*$",
    re.I,
)
_IDENTIFIER = re.compile(r"#\d+\b|\b[a-z]{1,5}(?:-[a-z0-9]{1,5})*-\d{3,}\b|\b\d{5,}\b", re.I)

_WORD = re.compile(r"[a-z0-9]+")
_DOUBLE = re.compile(r"([bdfgmnprt])\1$")


@cache
def _stop_words() -> frozenset[str]:
    """scikit-learn's English stop words and a greeting's words. Read on first use: importing
    scikit-learn takes about 1.4 s, which a Django process that never searches should not pay."""
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    return frozenset(ENGLISH_STOP_WORDS) | {"hi", "hello", "thanks", "thank", "regards", "please"}


def term_stem(word: str) -> str:
    """A deliberately small stemmer: plurals and -ing/-ed, enough that 'refunds', 'refunded'
    and 'refunding' meet 'refund'. Measured against no stemming in bench/retrieval.py."""
    if len(word) <= 3 or word.isdigit():
        return word
    if word.endswith("ies") and len(word) > 4:
        word = word[:-3] + "y"
    elif word.endswith("sses"):
        word = word[:-2]
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    elif word.endswith("ing") and len(word) > 5:
        word = _DOUBLE.sub(r"\1", word[:-3])
    elif word.endswith("ed") and len(word) > 4:
        word = _DOUBLE.sub(r"\1", word[:-2])
    if word.endswith("e") and len(word) > 4:
        word = word[:-1]
    return word


def text_terms(text: str, *, stem: bool = True) -> list[str]:
    stop = _stop_words()
    words = (w for w in _WORD.findall(text.lower()) if w not in stop and len(w) > 1)
    return [term_stem(w) for w in words] if stem else list(words)


@dataclass(frozen=True)
class IndexedFragment:
    fragment_id: int
    version_id: int
    document_slug: str
    anchor: str
    heading: str
    text: str  # what is indexed: title, heading path, section text
    request_classes: tuple[str, ...] = ()
    # The heading path's vector, then one per passage (passage_embed_texts): computed once at
    # import and stored on the fragment; None means "embed when the index is built".
    vectors: np.ndarray | None = field(default=None, compare=False, repr=False)
    embed_texts: tuple[str, ...] = ()  # what the vectors are of; passages for the draft
    # The same texts by the question/answer encoder (English); None: embedded at index build.
    qa_vectors: np.ndarray | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class ScoredFragment:
    fragment_id: int
    version_id: int
    document_slug: str
    anchor: str
    heading: str
    score: float
    boosted: bool = False
    similarity: float = 0.0  # best cosine of the question and one of the fragment's passages
    passage: str = ""  # that passage (chosen fragments only): what answers the question
    passage_index: int = -1  # its position in sections.passage_blocks(customer_text(text))
    request_classes: tuple[str, ...] = ()  # the classes its document serves
    # What the question alone gives it: the fused row similarity (USE, and the question/answer
    # encoder for English) before BM25 and the class hint.
    match: float = 0.0

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass
class RetrievalResult:
    query: str
    terms: list[str]
    method: str
    k: int
    request_class_slug: str | None
    considered: int  # fragments in the index, every one of them scored
    candidates: list[ScoredFragment]  # every fragment with a positive score, best first (capped)
    chosen: list[ScoredFragment]
    index_signature: list = field(default_factory=list)
    elapsed_ms: float = 0.0
    questions: list[str] = field(default_factory=list)  # the sentences embedded as the question
    # The best USE cosine of any fragment: low means "cannot answer" (ranking mixes in the
    # question/answer encoder, whose cosines are not on the threshold's scale).
    best_similarity: float = 0.0
    encoders: list[str] = field(default_factory=list)  # the sentence encoders that ranked
    # The class hint as applied: the bonus a fragment of the hinted class got (CLASS_BONUS x the
    # class weight the caller gave), and the fragment that ranks first without it.
    class_bonus: float = 0.0
    unhinted_first: int | None = None

    def as_record(self) -> dict:
        """JSON-ready, for the pipeline's stage record and audit event."""
        return {
            "query": self.query,
            "terms": self.terms,
            "method": self.method,
            "k": self.k,
            "request_class": self.request_class_slug,
            "considered": self.considered,
            "candidates": [c.as_dict() for c in self.candidates],
            "chosen": [c.as_dict() for c in self.chosen],
            "index_signature": list(self.index_signature),
            "elapsed_ms": round(self.elapsed_ms, 3),
            "questions": self.questions,
            "best_similarity": round(self.best_similarity, 4),
            "encoders": self.encoders,
            "class_bonus": round(self.class_bonus, 4),
            "unhinted_first": self.unhinted_first,
        }


class FragmentIndex:
    """BM25 and TF-IDF scores over a fixed list of fragments. Immutable once built."""

    def __init__(
        self,
        fragments: Sequence[IndexedFragment],
        *,
        stem: bool = True,
        embed: bool = True,
        qa: bool | None = None,
    ):
        from scipy import sparse  # on first use, as the stop words (_stop_words)

        self.fragments = list(fragments)
        self.stem = stem
        self.embedded = embed
        # The question/answer encoder joins the embeddings when its model is installed.
        self.qa = bool(embed and (qa_encoder.available() if qa is None else qa))
        if embed:
            self._embeddings_build()
        if self.qa:
            self._qa_build()
        # Words only match words of the same language: BM25 counts for a fragment only when the
        # question is written in the fragment's language (a German question against English
        # policies is matched by the cross-lingual embeddings alone).
        self.languages = np.array([text_language(f.text).code for f in self.fragments])
        docs = [text_terms(f.text, stem=stem) for f in self.fragments]
        vocabulary: dict[str, int] = {}
        rows, cols, vals = [], [], []
        for i, terms in enumerate(docs):
            counts: dict[int, int] = {}
            for term in terms:
                j = vocabulary.setdefault(term, len(vocabulary))
                counts[j] = counts.get(j, 0) + 1
            for j, c in counts.items():
                rows.append(i)
                cols.append(j)
                vals.append(c)
        self.vocabulary = vocabulary
        n_docs, n_terms = len(docs), max(len(vocabulary), 1)
        tf = sparse.csr_matrix(
            (np.array(vals, dtype=np.float64), (rows, cols)), shape=(n_docs, n_terms)
        )
        df = np.bincount(np.array(cols, dtype=np.int64), minlength=n_terms).astype(np.float64)
        lengths = np.array([len(d) for d in docs], dtype=np.float64)
        avg = lengths.mean() if n_docs and lengths.mean() > 0 else 1.0

        # BM25: precompute the per-(fragment, term) weight so a query is one sparse product.
        idf = np.log1p((n_docs - df + 0.5) / (df + 0.5))
        bm = tf.tocoo(copy=True)
        denom = bm.data + BM25_K1 * (1 - BM25_B + BM25_B * lengths[bm.row] / avg)
        bm.data = idf[bm.col] * bm.data * (BM25_K1 + 1) / denom
        self._bm25_t = bm.tocsr().T.tocsr()  # terms x fragments

        # TF-IDF cosine (sublinear tf, smooth idf, l2-normalized rows).
        tfidf = tf.copy()
        tfidf.data = 1 + np.log(tfidf.data)
        self._idf = np.log((1 + n_docs) / (1 + df)) + 1
        tfidf = tfidf.multiply(self._idf).tocsr()
        norms = np.sqrt(np.asarray(tfidf.multiply(tfidf).sum(axis=1)).ravel())
        norms[norms == 0] = 1
        self._tfidf_t = sparse.diags(1 / norms).dot(tfidf).T.tocsr()

    def _embeddings_build(self) -> None:
        """One matrix of every passage vector, and which fragment each row belongs to.
        Fragments imported before embeddings were stored are embedded here, once per index."""
        missing = [i for i, f in enumerate(self.fragments) if f.vectors is None]
        if missing:
            texts = [
                list(self.fragments[i].embed_texts) or [self.fragments[i].text] for i in missing
            ]
            flat = passages_embed([t for group in texts for t in group])
            start = 0
            for i, group in zip(missing, texts, strict=True):
                f = self.fragments[i]
                self.fragments[i] = IndexedFragment(
                    **{**f.__dict__, "vectors": flat[start : start + len(group)]}
                )
                start += len(group)
        blocks = [
            np.asarray(f.vectors, dtype=np.float32).reshape(-1, DIMENSIONS) for f in self.fragments
        ]
        blocks = [b if len(b) else np.zeros((1, DIMENSIONS), np.float32) for b in blocks]
        lengths = [len(b) for b in blocks]
        self._starts = np.cumsum([0] + lengths[:-1]).astype(np.int64)
        self._owner = np.repeat(np.arange(len(blocks)), lengths)
        self._passages = (
            np.vstack(blocks) if blocks else np.zeros((0, DIMENSIONS), dtype=np.float32)
        )

    def _qa_build(self) -> None:
        """The question/answer encoder's rows, in the same order as the USE rows (one per
        embedded text); fragments without stored ones are embedded here, once per index."""
        blocks = []
        counts = np.bincount(self._owner, minlength=len(self.fragments))  # rows per fragment
        for f, rows in zip(self.fragments, counts.tolist(), strict=True):
            vectors = f.qa_vectors
            if vectors is None or len(vectors) != rows:
                texts = list(f.embed_texts) or [f.text]
                vectors = qa_passages_embed(texts) if len(texts) == rows else None
            if vectors is None:
                vectors = np.zeros((rows, qa_encoder.QA_DIMENSIONS), dtype=np.float32)
            blocks.append(np.asarray(vectors, dtype=np.float32).reshape(rows, -1))
        self._qa_passages = (
            np.vstack(blocks) if blocks else np.zeros((0, qa_encoder.QA_DIMENSIONS), np.float32)
        )

    def similarities(
        self,
        query_vectors: np.ndarray,
        qa_query_vectors: np.ndarray | None = None,
        qa_weight: float = 0.0,
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """(best score per fragment, index of the best row within each fragment's block,
        second-best score per fragment: the best again for a fragment of one row, and the best
        USE cosine per fragment: what the "cannot answer" threshold reads). A row's score is its USE cosine, mixed with the
        question/answer encoder's cosine when qa_query_vectors are given."""
        n = len(self.fragments)
        if not n or not self.embedded or not len(query_vectors):
            return np.zeros(n), np.zeros(n, dtype=np.int64), np.zeros(n), np.zeros(n)
        use_row = (self._passages @ query_vectors.T).max(axis=1)
        per_row = use_row
        if self.qa and qa_weight and qa_query_vectors is not None and len(qa_query_vectors):
            qa_row = (self._qa_passages @ qa_query_vectors.T).max(axis=1)
            per_row = (1 - qa_weight) * use_row + qa_weight * qa_row
        best = np.maximum.reduceat(per_row, self._starts)
        rows = np.arange(len(per_row))
        at_best = np.where(per_row >= best[self._owner], rows, len(per_row))
        first = np.minimum.reduceat(at_best, self._starts)
        others = per_row.copy()
        others[first] = -np.inf
        second = np.maximum.reduceat(others, self._starts)
        second = np.where(np.isfinite(second), second, best)
        cosine = np.maximum.reduceat(use_row, self._starts)
        return (
            best.astype(np.float64),
            first - self._starts,
            second.astype(np.float64),
            cosine.astype(np.float64),
        )

    def _query_ids(self, terms: Iterable[str]) -> list[int]:
        # Each distinct term counts once: a customer repeating "refund" five times is no
        # stronger evidence than saying it once.
        return sorted({self.vocabulary[t] for t in terms if t in self.vocabulary})

    def scores(self, terms: list[str], method: str) -> np.ndarray:
        ids = self._query_ids(terms)
        n = len(self.fragments)
        if not ids or not n:
            return np.zeros(n)
        if method == "bm25":
            return np.asarray(self._bm25_t[ids].sum(axis=0)).ravel()
        if method == "tfidf":
            q = self._idf[ids]
            q = q / np.linalg.norm(q)
            return np.asarray(self._tfidf_t[ids].T.dot(q)).ravel()
        if method == "bm25+tfidf":
            bm25 = self.scores(terms, "bm25")
            cos = self.scores(terms, "tfidf")
            bm25 = bm25 / bm25.max() if bm25.size and bm25.max() > 0 else bm25
            cos = cos / cos.max() if cos.size and cos.max() > 0 else cos
            return 0.5 * bm25 + 0.5 * cos
        raise ValueError(f"unknown retrieval method {method!r}; one of {METHODS}")

    def search(
        self,
        query: str,
        *,
        k: int = 5,
        request_class_slug: str | None = None,
        method: str = DEFAULT_METHOD,
        class_boost: float = CLASS_BOOST,
        query_vectors: np.ndarray | None = None,
        language: str | None = None,
        embed_weight: float = EMBED_WEIGHT,
        embed_weight_qa: float = EMBED_WEIGHT_QA,
        class_bonus: float = CLASS_BONUS,
        second_row_weight: float = SECOND_ROW_WEIGHT,
        qa_query_vectors: np.ndarray | None = None,
        qa_weight: float = QA_WEIGHT,
        class_weight: float = 1.0,
    ) -> RetrievalResult:
        started = time.perf_counter()
        raw_query = query[: QUERY_MAX_CHARS * 2]
        query = _query_cleaned(raw_query)
        terms = text_terms(query, stem=self.stem)
        questions: list[str] = []
        n = len(self.fragments)
        similarity, ranked, second = np.zeros(n), np.zeros(n), np.zeros(n)
        best_row = np.zeros(n, dtype=np.int64)
        use_qa = False
        if method in ("embed", "hybrid") and self.embedded:
            language = language or text_language(query).code
            # The question/answer encoder reads English only.
            use_qa = self.qa and bool(qa_weight) and language == "en"
            if query_vectors is None or (use_qa and qa_query_vectors is None):
                questions = question_sentences(raw_query)
            if query_vectors is None:
                query_vectors = texts_embed_scoped(questions)
            if use_qa and qa_query_vectors is None:
                qa_query_vectors = qa_texts_embed_scoped(questions)
            ranked, best_row, second, similarity = self.similarities(
                query_vectors, qa_query_vectors if use_qa else None, qa_weight if use_qa else 0.0
            )
        if use_qa:
            embed_weight = embed_weight_qa
        # What ranks: the best row moved toward the mean of the best two (the recorded
        # similarity, and the "cannot answer" threshold, stay the best row's USE cosine).
        matched = ranked - second_row_weight * (ranked - second) / 2
        if method == "embed":
            scores = matched.copy()
        elif method == "hybrid":
            bm25 = self.scores(terms, "bm25")
            bm25 = bm25 / bm25.max() if bm25.size and bm25.max() > 0 else bm25
            language = language or text_language(query).code
            bm25 = np.where(self.languages == language, bm25, 0.0)
            scores = embed_weight * np.clip(matched, 0, None) + (1 - embed_weight) * bm25
        else:
            scores = self.scores(terms, method)
        boosted = np.zeros(len(self.fragments), dtype=bool)
        unhinted = scores.copy()
        # How much the class hint counts: the caller's weight (how sure the class reading is).
        class_weight = min(max(float(class_weight), 0.0), 1.0)
        class_bonus, class_boost = class_bonus * class_weight, class_boost * class_weight
        if request_class_slug and (class_boost or class_bonus):
            boosted = np.array(
                [request_class_slug in f.request_classes for f in self.fragments], dtype=bool
            )
            if method in ("embed", "hybrid"):
                scores = np.where(boosted & (scores > 0), scores + class_bonus, scores)
            else:
                scores = np.where(boosted, scores * (1 + class_boost), scores)
        positive = np.flatnonzero(scores > 0)
        # Ties break by index position (document slug, then section order): deterministic.
        order = positive[np.lexsort((positive, -scores[positive]))]
        candidates = [
            ScoredFragment(
                fragment_id=f.fragment_id,
                version_id=f.version_id,
                document_slug=f.document_slug,
                anchor=f.anchor,
                heading=f.heading,
                score=round(float(scores[i]), 6),
                boosted=bool(boosted[i]),
                similarity=round(float(similarity[i]), 4),
                passage=self._passage(i, int(best_row[i])) if rank < k else "",
                passage_index=max(int(best_row[i]) - 1, 0) if self.embedded else -1,
                request_classes=tuple(f.request_classes),
                match=round(float(matched[i]), 4),
            )
            for rank, i in enumerate(order[:MAX_CANDIDATES_RECORDED])
            for f in (self.fragments[i],)
        ]
        chosen = candidates[:k]
        return RetrievalResult(
            query=query,
            terms=[t for t in dict.fromkeys(terms) if t in self.vocabulary],
            method=method,
            k=k,
            request_class_slug=request_class_slug,
            considered=len(self.fragments),
            candidates=candidates,
            chosen=chosen,
            elapsed_ms=(time.perf_counter() - started) * 1000,
            questions=questions,
            best_similarity=round(float(similarity.max()), 4) if chosen else 0.0,
            encoders=(
                [ENCODER_NAME, *([qa_encoder.QA_ENCODER_NAME] if use_qa else [])]
                if method in ("embed", "hybrid") and self.embedded
                else []
            ),
            class_bonus=float(class_bonus) if boosted.any() else 0.0,
            unhinted_first=(
                self.fragments[int(np.argmax(unhinted))].fragment_id
                if chosen and unhinted.max() > 0
                else None
            ),
        )

    def _passage(self, i: int, row: int) -> str:
        """The passage behind row ``row`` of fragment i's vectors (row 0 is the heading path,
        so the first passage stands in for it)."""
        f = self.fragments[i]
        texts = list(f.embed_texts)
        if not texts:
            return ""
        row = min(max(row, 1), len(texts) - 1) if len(texts) > 1 else 0
        text = texts[row]
        topic = texts[0]
        return text[len(topic) + 2 :] if row and text.startswith(topic + ": ") else text


def class_hint_weight(*, confidence: float | None, unfamiliar: bool = False) -> float:
    """How much the predicted class may steer retrieval (0-1): a hint that weighs as much as
    the class model is sure of it, and less for a message unlike those it learned from."""
    if confidence is None:
        return 0.0
    span = CLASS_HINT_FULL - CLASS_HINT_FLOOR
    weight = 1.0 if span <= 0 else (float(confidence) - CLASS_HINT_FLOOR) / span
    weight = min(max(weight, 0.0), 1.0)
    return weight * (CLASS_HINT_UNFAMILIAR if unfamiliar else 1.0)


def query_clean(query: str) -> str:
    """The part of a customer's message that says what it is about: markup, quoted earlier
    mail ("> ..." lines, and everything after "On ... wrote:"), a greeting or salutation in
    front, a sign-off at the end and identifiers (order, invoice and ticket numbers such as
    FH-20931177 or #48213) removed. They carry no topic, and an identifier's letters match
    documents that describe the identifier's format (a serial number "FH-S2-...")."""
    query = _QUERY_TAG.sub(" ", _QUERY_SCRIPT.sub(" ", query))
    lines = []
    for line in query.split("\n"):
        if _QUOTED_HEADER.match(line):
            break
        if not line.lstrip().startswith(">"):
            lines.append(line)
    # The greeting opens the message, which may follow the subject line.
    for n in range(min(2, len(lines))):
        lines[n] = _GREETING.sub("", lines[n], count=1)
    text = "\n".join(lines)
    text = _SIGN_OFF.sub("", text)
    text = _IDENTIFIER.sub(" ", text)
    cleaned = "\n".join(" ".join(line.split()) for line in text.split("\n"))
    cleaned = re.sub(r"\n{2,}", "\n", cleaned).strip()
    # Never clean a message down to nothing: what was asked is better than an empty query.
    return cleaned if re.search(r"\w\w", cleaned) else " ".join(query.split())


def _query_cleaned(raw_query: str) -> str:
    return " ".join(query_clean(raw_query).split())[:QUERY_MAX_CHARS]


def qa_questions(query: str) -> list[str]:
    """The sentences search() embeds with the question/answer encoder for this query (a
    ticket's text): none when the encoder is not installed or the query is not English (what a
    chunk prepares: drafts.batching.qa_texts_embed_prepare)."""
    raw_query = query[: QUERY_MAX_CHARS * 2]
    if not (qa_encoder.available() and QA_WEIGHT):
        return []
    if text_language(_query_cleaned(raw_query)).code != "en":
        return []
    return question_sentences(raw_query)


def question_sentences(query: str, *, limit: int = QUESTIONS_EMBEDDED) -> list[str]:
    """What is embedded for a ticket: the whole text (it says what the ticket is about), then
    up to ``limit`` sentences that ask something, so a question buried in a long email is
    matched on its own rather than diluted by the story around it."""
    # Markup a customer pasted ("<img onerror=...>"), greetings, sign-offs and order numbers
    # say nothing about the question.
    query = query_clean(query)
    # Line ends split sentences (the subject is the first line), so split before collapsing.
    sentences = [" ".join(s.split()) for s in _SENTENCE_END.split(query) if s and s.strip()]
    query = " ".join(query.split())[:QUERY_MAX_CHARS]
    if not query:
        return []
    asked = [s for s in sentences if s.endswith("?") and len(s) > 8][:limit]
    return [query] + [s for s in asked if s != query]


def indexed_fragment_from_section(
    section: Section,
    *,
    title: str,
    document_slug: str,
    fragment_id: int = 0,
    version_id: int = 0,
    request_classes: Sequence[str] = (),
) -> IndexedFragment:
    """For building an index straight from parsed markdown (the benchmark does)."""
    return IndexedFragment(
        fragment_id=fragment_id,
        version_id=version_id,
        document_slug=document_slug,
        anchor=section.anchor,
        heading=section.heading,
        text=index_text(title=title, heading_path=section.heading_path, text=section.text),
        request_classes=tuple(request_classes),
        embed_texts=tuple(
            passage_embed_texts(heading_path=section.heading_path, text=section.text)
        ),
    )


_EMBED_CACHE_MAX = 20000
_embed_cache: dict[str, np.ndarray] = {}
_embed_cache_lock = threading.Lock()


def passages_embed(texts: list[str]) -> np.ndarray:
    """texts_embed with a per-process memo: the encoder is deterministic, and the same policy
    text is embedded again on every re-import of an unchanged section (and in the tests)."""
    todo = list(dict.fromkeys(t for t in texts if t not in _embed_cache))
    if todo:
        vectors = texts_embed(todo)
        with _embed_cache_lock:
            if len(_embed_cache) + len(todo) > _EMBED_CACHE_MAX:
                _embed_cache.clear()
            _embed_cache.update(zip(todo, vectors, strict=True))
    out = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
    for i, text in enumerate(texts):
        vector = _embed_cache.get(text)
        out[i] = vector if vector is not None else texts_embed([text])[0]
    return out


_qa_cache: dict[str, np.ndarray] = {}


def qa_passages_embed(texts: list[str]) -> np.ndarray:
    """qa_encoder.qa_texts_embed with the same per-process memo as passages_embed."""
    todo = list(dict.fromkeys(t for t in texts if t not in _qa_cache))
    if todo:
        vectors = qa_encoder.qa_texts_embed(todo)
        with _embed_cache_lock:
            if len(_qa_cache) + len(todo) > _EMBED_CACHE_MAX:
                _qa_cache.clear()
            _qa_cache.update(zip(todo, vectors, strict=True))
    out = np.zeros((len(texts), qa_encoder.QA_DIMENSIONS), dtype=np.float32)
    for i, text in enumerate(texts):
        vector = _qa_cache.get(text)
        out[i] = vector if vector is not None else qa_encoder.qa_texts_embed([text])[0]
    return out


def vectors_dump(vectors: np.ndarray, dimensions: int = DIMENSIONS) -> bytes:
    """Passage vectors as stored on a fragment: float32 rows of DIMENSIONS (USE; the
    question/answer encoder's are QA_DIMENSIONS), little-endian."""
    return np.asarray(vectors, dtype="<f4").reshape(-1, dimensions).tobytes()


def vectors_load(
    data: bytes | memoryview | None, dimensions: int = DIMENSIONS
) -> np.ndarray | None:
    if not data:
        return None
    return np.frombuffer(bytes(data), dtype="<f4").reshape(-1, dimensions).astype(np.float32)


def vectors_matching(vectors: np.ndarray | None, texts: Sequence[str]) -> np.ndarray | None:
    """Stored vectors, or None (embed them at index build) when they were made by an earlier
    passage split (a different number of rows than the texts the split gives now): fragments
    are immutable, so vectors stored at import are not rewritten when the split changes."""
    if vectors is None or len(vectors) != len(texts):
        return None
    return vectors


_lock = threading.Lock()
_cached: tuple[tuple, FragmentIndex] | None = None


def current_index() -> tuple[tuple, FragmentIndex]:
    """The index over the current fragments, rebuilt only when the current set changed."""
    global _cached
    signature = current_set_signature()
    cached = _cached
    if cached is not None and cached[0] == signature:
        return cached
    with _lock:
        if _cached is not None and _cached[0] == signature:
            return _cached
        fragments = [
            IndexedFragment(
                fragment_id=f.pk,
                version_id=f.version_id,
                document_slug=f.version.document.slug,
                anchor=f.anchor,
                heading=f.heading,
                text=index_text(title=f.version.title, heading_path=f.heading_path, text=f.text),
                request_classes=tuple(f.version.request_classes or ()),
                vectors=vectors_matching(vectors_load(f.vectors), embed_texts),
                embed_texts=embed_texts,
                qa_vectors=vectors_matching(
                    vectors_load(f.qa_vectors, qa_encoder.QA_DIMENSIONS), embed_texts
                ),
            )
            for f in fragments_current()
            for embed_texts in (
                tuple(passage_embed_texts(heading_path=f.heading_path, text=f.text)),
            )
        ]
        _cached = (signature, FragmentIndex(fragments))
        return _cached


@dataclass(frozen=True)
class CandidateIndex:
    """An index over fragments that are not all live (an unpublished policy edit, in a replay):
    the index, its signature, and the text and guidance of the fragments that have no row
    (negative ids), by id."""

    index: FragmentIndex
    signature: tuple
    texts: dict[int, tuple[str, str]]


_candidate: ContextVar[CandidateIndex | None] = ContextVar("policy_candidate", default=None)


@contextlib.contextmanager
def fragment_index_use(*, candidate: CandidateIndex):
    """Within the block (this thread or task only), fragments_retrieve ranks `candidate`'s
    fragments instead of the current ones (drafts.knowledge.edits.policy_edits_use builds it)."""
    token = _candidate.set(candidate)
    try:
        yield
    finally:
        _candidate.reset(token)


def fragment_index_candidate() -> CandidateIndex | None:
    return _candidate.get()


def fragments_retrieve(
    *,
    query: str,
    k: int = 5,
    request_class_slug: str | None = None,
    class_weight: float = 1.0,
) -> RetrievalResult:
    """Rank the current policy fragments for a ticket's text (or a candidate's, inside
    fragment_index_use).

    Read-only; safe from any worker or web process. The result carries the query as used,
    every scored candidate, and the chosen top k (fragment id, version id, document, heading,
    score), which is what the context stage records.
    """
    started = time.perf_counter()
    candidate = _candidate.get()
    if candidate is not None:
        signature, index = candidate.signature, candidate.index
    else:
        signature, index = current_index()
    result = index.search(
        query, k=k, request_class_slug=request_class_slug, class_weight=class_weight
    )
    result.index_signature = [str(part) for part in signature]
    result.elapsed_ms = (time.perf_counter() - started) * 1000
    return result


def fragments_for_text(
    *, text: str, vectors: np.ndarray, qa_vectors: np.ndarray | None = None, k: int = 3
) -> list[ScoredFragment]:
    """The k fragments a text already embedded (a sent reply: `vectors` its USE rows,
    `qa_vectors` its question/answer encoder rows for English) reads most like, ranked as a
    question is (no class hint): which sections a remembered reply rests on."""
    candidate = _candidate.get()
    index = candidate.index if candidate is not None else current_index()[1]
    result = index.search(
        text,
        k=k,
        query_vectors=np.asarray(vectors, dtype=np.float32).reshape(-1, DIMENSIONS),
        qa_query_vectors=None
        if qa_vectors is None
        else np.asarray(qa_vectors, dtype=np.float32).reshape(1, -1),
    )
    return result.chosen
