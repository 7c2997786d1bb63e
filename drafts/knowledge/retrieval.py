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

import re
import threading
import time
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from .sections import Section, index_text
from .selectors import current_set_signature, fragments_current

QUERY_MAX_CHARS = 4000  # a long email thread says what it is about in its first screens
MAX_CANDIDATES_RECORDED = 200
CLASS_BOOST = 0.3  # multiplicative: helps break near-ties, never lifts an unrelated section
BM25_K1 = 1.2
BM25_B = 0.75
DEFAULT_METHOD = "bm25"
METHODS = ("bm25", "tfidf", "hybrid")

_WORD = re.compile(r"[a-z0-9]+")
_STOP = frozenset(ENGLISH_STOP_WORDS) | {"hi", "hello", "thanks", "thank", "regards", "please"}
_DOUBLE = re.compile(r"([bdfgmnprt])\1$")


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
    words = (w for w in _WORD.findall(text.lower()) if w not in _STOP and len(w) > 1)
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


@dataclass(frozen=True)
class ScoredFragment:
    fragment_id: int
    version_id: int
    document_slug: str
    anchor: str
    heading: str
    score: float
    boosted: bool = False

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
        }


class FragmentIndex:
    """BM25 and TF-IDF scores over a fixed list of fragments. Immutable once built."""

    def __init__(self, fragments: Sequence[IndexedFragment], *, stem: bool = True):
        self.fragments = list(fragments)
        self.stem = stem
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
        if method == "hybrid":
            bm25 = self.scores(terms, "bm25")
            cos = self.scores(terms, "tfidf")
            bm25 = bm25 / bm25.max() if bm25.max() > 0 else bm25
            cos = cos / cos.max() if cos.max() > 0 else cos
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
    ) -> RetrievalResult:
        started = time.perf_counter()
        query = " ".join(query.split())[:QUERY_MAX_CHARS]
        terms = text_terms(query, stem=self.stem)
        scores = self.scores(terms, method)
        boosted = np.zeros(len(self.fragments), dtype=bool)
        if request_class_slug and class_boost:
            boosted = np.array(
                [request_class_slug in f.request_classes for f in self.fragments], dtype=bool
            )
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
            )
            for i in order[:MAX_CANDIDATES_RECORDED]
            for f in (self.fragments[i],)
        ]
        return RetrievalResult(
            query=query,
            terms=[t for t in dict.fromkeys(terms) if t in self.vocabulary],
            method=method,
            k=k,
            request_class_slug=request_class_slug,
            considered=len(self.fragments),
            candidates=candidates,
            chosen=candidates[:k],
            elapsed_ms=(time.perf_counter() - started) * 1000,
        )


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
    )


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
            )
            for f in fragments_current()
        ]
        _cached = (signature, FragmentIndex(fragments))
        return _cached


def fragments_retrieve(
    *, query: str, k: int = 5, request_class_slug: str | None = None
) -> RetrievalResult:
    """Rank the current policy fragments for a ticket's text.

    Read-only; safe from any worker or web process. The result carries the query as used,
    every scored candidate, and the chosen top k (fragment id, version id, document, heading,
    score), which is what the context stage records.
    """
    started = time.perf_counter()
    signature, index = current_index()
    result = index.search(query, k=k, request_class_slug=request_class_slug)
    result.index_signature = [str(part) for part in signature]
    result.elapsed_ms = (time.perf_counter() - started) * 1000
    return result
