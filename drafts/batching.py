"""The stages over many tickets at once (a replay's chunk): what every ticket would read
alike is read once per chunk, and the texts every ticket embeds are embedded in one encoder
call.

The stage functions (drafts/stages.py) stay per ticket and are the same code the live
pipeline runs; inside `batch_scope()` their configuration reads (`read_once`) and their
embeddings (`text_embed`, `texts_embed_scoped`) come from the chunk's memo. Outside a scope
(the live pipeline, one ticket per task) every read goes to the database as before, so a
change made in another process is seen at once. Inside one, the chunk sees the configuration
as it was when the chunk first read it: a replay runs against one configuration anyway.

A chunk can also be handed vectors computed earlier for the same texts (`stored_vectors_put`:
what the live pipeline kept, drafts.models.TextVector): a text whose vector is there is not
embedded again. `scope_vectors_computed` gives what the scope embedded itself, to keep.

Embeddings computed in one call differ from one-at-a-time ones by float rounding (about 1e-7:
the encoder's matrix products are blocked differently); bench/replay.py checks that the
decisions and drafts of every replayed ticket are the same both ways.
"""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Callable, Hashable, Iterable
from contextvars import ContextVar
from typing import Any, TypeVar

import numpy as np

from .knowledge import qa_encoder
from .risk.encoder import ENCODER_NAME, text_prepare, texts_embed

T = TypeVar("T")


class _Scope:
    __slots__ = ("from_store", "qa_vectors", "reads", "stored", "vectors")

    def __init__(self) -> None:
        self.reads: dict[Hashable, Any] = {}
        self.vectors: dict[str, np.ndarray] = {}
        self.qa_vectors: dict[str, np.ndarray] = {}
        # (encoder name, SHA-256 of the prepared text) -> float32 bytes, from stored_vectors_put
        self.stored: dict[tuple[str, bytes], bytes] = {}
        # (encoder name, prepared text) taken from `stored` rather than embedded here
        self.from_store: set[tuple[str, str]] = set()


def text_digest(prepared: str) -> bytes:
    """The key a prepared text's vector is kept under (its SHA-256, never the text)."""
    return hashlib.sha256(prepared.encode()).digest()


def stored_vectors_put(rows: Iterable[tuple[str, bytes, bytes]]) -> None:
    """(encoder name, digest, float32 bytes) computed earlier for texts the scope's stages may
    embed: those texts are taken from here instead of being embedded (no-op outside a scope)."""
    scope = _scope.get()
    if scope is not None:
        for encoder, digest, vector in rows:
            scope.stored[(encoder, bytes(digest))] = bytes(vector)


def _from_store(scope: _Scope, encoder: str, keys: list[str]) -> tuple[dict, list[str]]:
    """({prepared text: vector} found in the scope's stored vectors, the keys not found)."""
    found, missing = {}, []
    for key in keys:
        vector = scope.stored.get((encoder, text_digest(key))) if scope.stored else None
        if vector is None:
            missing.append(key)
        else:
            found[key] = np.frombuffer(vector, dtype="<f4").astype(np.float32)
            scope.from_store.add((encoder, key))
    return found, missing


def scope_vectors_computed(
    use_texts: Iterable[str], qa_texts: Iterable[str]
) -> list[tuple[str, bytes, bytes]]:
    """(encoder name, digest, float32 bytes) of those texts the scope embedded itself (not
    the stored ones), USE then question/answer, each once; [] outside a scope."""
    scope = _scope.get()
    if scope is None:
        return []
    out = []
    for encoder, keys, vectors in (
        (ENCODER_NAME, map(text_prepare, use_texts), scope.vectors),
        (qa_encoder.QA_ENCODER_NAME, map(qa_encoder.qa_text_prepare, qa_texts), scope.qa_vectors),
    ):
        for key in dict.fromkeys(keys):
            vector = vectors.get(key)
            if key and vector is not None and (encoder, key) not in scope.from_store:
                out.append((encoder, text_digest(key), vector.astype("<f4").tobytes()))
    return out


_scope: ContextVar[_Scope | None] = ContextVar("batch_scope", default=None)


@contextlib.contextmanager
def batch_scope():
    """Within the block (this thread or task only), read_once remembers what it read and
    text_embed uses the vectors texts_embed_prepare computed."""
    token = _scope.set(_Scope())
    try:
        yield
    finally:
        _scope.reset(token)


def scoped() -> bool:
    """Whether a batch scope is open here (what a chunk prepares is then used)."""
    return _scope.get() is not None


def read_once(key: Hashable, load: Callable[[], T]) -> T:
    """load(), once per batch scope for this key (every time outside a scope). What it
    returns is shared by the scope's tickets: callers must not change it."""
    scope = _scope.get()
    if scope is None:
        return load()
    try:
        return scope.reads[key]
    except KeyError:
        value = scope.reads[key] = load()
        return value


def prefill(key: Hashable, value: Any) -> None:
    """Put what a chunk read in bulk where the stages look for it (prefilled); no-op outside a
    scope."""
    scope = _scope.get()
    if scope is not None:
        scope.reads[("prefilled", key)] = value


def prefilled(key: Hashable) -> Any:
    """What prefill put under this key in the scope, or None: the caller then reads it
    itself, as it does outside a scope."""
    scope = _scope.get()
    return None if scope is None else scope.reads.get(("prefilled", key))


def rows_once(kind: str, ids: Iterable[int], load: Callable[[list[int]], dict]) -> dict:
    """{id: row} for these ids; inside a batch scope, only the ids not read yet in it are
    loaded (load(missing ids) -> {id: row}), in one call."""
    ids = list(ids)
    scope = _scope.get()
    if scope is None:
        return load(ids)
    found = scope.reads.setdefault(("rows", kind), {})
    missing = [i for i in dict.fromkeys(ids) if i not in found]
    if missing:
        loaded = load(missing)
        found.update(loaded)
        for i in missing:
            found.setdefault(i, None)
    return {i: found[i] for i in ids if found.get(i) is not None}


def texts_embed_prepare(texts: Iterable[str]) -> None:
    """Embed these texts in one encoder call for the scope's stages (no-op outside one)."""
    scope = _scope.get()
    if scope is None:
        return
    todo = list(dict.fromkeys(t for t in texts if text_prepare(t) not in scope.vectors))
    if not todo:
        return
    found, _ = _from_store(scope, ENCODER_NAME, list(dict.fromkeys(map(text_prepare, todo))))
    scope.vectors.update(found)
    todo = [t for t in todo if text_prepare(t) not in found]
    if not todo:
        return
    vectors = texts_embed(todo)
    for text, vector in zip(todo, vectors, strict=True):
        scope.vectors[text_prepare(text)] = vector


def text_embed(text: str) -> np.ndarray:
    """One text's embedding: the scope's, when it was prepared, else texts_embed's."""
    scope = _scope.get()
    if scope is not None:
        key = text_prepare(text)
        vector = scope.vectors.get(key)
        if vector is None:
            found, _ = _from_store(scope, ENCODER_NAME, [key])
            vector = found.get(key)
            if vector is not None:
                scope.vectors[key] = vector
        if vector is not None:
            return vector.copy()
    return texts_embed([text])[0]


def texts_embed_scoped(texts: list[str]) -> np.ndarray:
    """texts_embed(texts), from the scope's vectors when every one of them was prepared."""
    scope = _scope.get()
    if scope is not None and texts:
        vectors = [scope.vectors.get(text_prepare(t)) for t in texts]
        if all(v is not None for v in vectors):
            return np.vstack(vectors)
    return texts_embed(texts)


def qa_texts_embed_prepare(texts: Iterable[str]) -> None:
    """Embed these texts with the question/answer encoder (retrieval's English questions) in
    one call for the scope's stages (no-op outside a scope, or without the encoder)."""
    scope = _scope.get()
    if scope is None or not qa_encoder.available():
        return
    _qa_missing_embed(scope, texts)


def _qa_missing_embed(scope: _Scope, texts: Iterable[str]) -> None:
    todo = list(
        dict.fromkeys(
            key for key in map(qa_encoder.qa_text_prepare, texts) if key not in scope.qa_vectors
        )
    )
    if todo:
        found, todo = _from_store(scope, qa_encoder.QA_ENCODER_NAME, todo)
        scope.qa_vectors.update(found)
    if todo:
        scope.qa_vectors.update(zip(todo, qa_encoder.qa_texts_embed(todo), strict=True))


def qa_texts_embed_scoped(texts: list[str]) -> np.ndarray:
    """qa_encoder.qa_texts_embed(texts); inside a scope, each text (as the encoder reads it)
    is embedded once per scope: the prepared ones are taken, the others embedded together
    and kept (retrieval's question and reply memory's are often the same text)."""
    scope = _scope.get()
    if scope is None or not texts:
        return qa_encoder.qa_texts_embed(texts)
    _qa_missing_embed(scope, texts)
    return np.vstack([scope.qa_vectors[qa_encoder.qa_text_prepare(t)] for t in texts])
