"""Which of a class's templates answers what the customer asks.

A request class holds more than one question: "how long does delivery take?" and "where is my
order?" are both shipping status, and a template about tracking does not answer the first. The
team's templates (demo/templates/<lang>.json) may give a class's template the questions it
answers (`asks`) and add `variants` for the class's other questions, each with its own `asks`
and `body`:

    "shipping-status": {"body": "...", "asks": ["Where is my order?"],
                        "variants": [{"name": "delivery-times", "title": "Delivery times",
                                      "asks": ["How long does delivery take?"], "body": "..."}]}

A variant is chosen when the customer's message reads like one of its asks (the best USE
cosine over them, cross-lingual) at least ASK_FLOOR, and by ASK_MARGIN more than like the
class's own asks. A sent reply whose remembered question would not choose that variant answered
the class's other question, and gives way to it (drafts.stages._memories).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

import numpy as np

from .risk.encoder import texts_embed

# Chosen on the demo's sent replies (docs/pipeline.md, 2026-12-07): no remembered shipping
# question in any of the four languages reads 0.2 closer to the delivery-times asks than to the
# tracking asks (the most, 0.15: "¿Cuándo me llega la S2 Pro? La pedí el día 14."), while
# questions written before ordering read 0.23-0.30 closer.
ASK_FLOOR = 0.5
ASK_MARGIN = 0.2

_vectors: dict[tuple[str, ...], np.ndarray] = {}
_lock = threading.Lock()


def _asks_vectors(asks: list[str]) -> np.ndarray | None:
    key = tuple(a for a in asks if a.strip())
    if not key:
        return None
    with _lock:
        found = _vectors.get(key)
    if found is None:
        found = texts_embed(list(key))
        with _lock:
            _vectors[key] = found
    return found


def ask_similarity(asks: list[str], vector: np.ndarray) -> float:
    """The best cosine of a message's embedding to the asks (0.0 when there are none)."""
    matrix = _asks_vectors(asks or [])
    if matrix is None:
        return 0.0
    return float(np.max(matrix @ np.asarray(vector, dtype=np.float32)))


@dataclass(frozen=True)
class VariantChoice:
    name: str
    title: str
    body: str
    similarity: float  # the message to the variant's asks
    usual: float  # the message to the class template's own asks

    def as_dict(self) -> dict:
        return {
            "name": self.name,
            "similarity": round(self.similarity, 3),
            "usual": round(self.usual, 3),
        }


def template_variant(*, templates: dict | None, slug: str, vector) -> VariantChoice | None:
    """The variant of class `slug`'s template in `templates` (one language's) that the message
    embedded as `vector` asks for, or None when the class's own template fits as well."""
    entry = ((templates or {}).get("templates") or {}).get(slug) or {}
    variants = [v for v in entry.get("variants") or [] if v.get("body") and v.get("asks")]
    if not variants or vector is None:
        return None
    usual = ask_similarity(entry.get("asks") or [], vector)
    scored = [(ask_similarity(v["asks"], vector), v) for v in variants]
    similarity, best = max(scored, key=lambda pair: pair[0])
    if similarity < ASK_FLOOR or similarity < usual + ASK_MARGIN:
        return None
    return VariantChoice(
        name=best.get("name") or "variant",
        title=best.get("title") or best.get("name") or "another question",
        body=best["body"],
        similarity=similarity,
        usual=usual,
    )
