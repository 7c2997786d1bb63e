"""Reply memory: the replies the team actually sent are the first source of a draft.

A reply a person approved or edited becomes memory the moment it is sent
(`reply_memory_record`, called by the sender); an auto-sent reply or a rejected draft never
does. For a new ticket the draft stage looks for the nearest remembered question in the
customer's language (`reply_memory_nearest`: the MEMORY_POOL nearest questions by the sentence
embeddings of subject and message, the same encoder as the risk layer, reranked by how near the
question is and how well the sent reply answers it, `memory_likeness`), and when one is close
enough (MEMORY_SIMILARITY) the offline
provider adapts that reply (`reply_adapt`: the new customer's name and ticket number, the
order numbers the new customer gave) and the draft says it is "based on SD-123's reply".
The OpenAI-compatible provider gets the nearest replies as examples in its prompt.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
import threading
from collections import Counter, OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from django.conf import settings
from django.db import transaction
from django.db.models import Count, Max
from django.utils import timezone

from tickets.inbound import InboundMessage
from tickets.models import (
    Message,
    MessageDirection,
    RequestClass,
    Ticket,
    TicketStatus,
    ticket_reference,
)
from tickets.services import inbound_ingest, ticket_transition

from .batching import qa_texts_embed_scoped, read_once, rows_once
from .claims import claims_mark
from .knowledge import qa_encoder
from .knowledge.retrieval import query_clean, term_stem
from .language import text_language
from .models import OutboundReply, ReplyMemory
from .providers.composing import order_numbers_find, signoff_learn
from .risk.encoder import DIMENSIONS, texts_embed

# Likeness of a remembered reply to a new question (`memory_likeness`): the mean of the cosines
# question-question and question-reply, by the sentence embeddings (USE, every language) and,
# for English, by the question/answer encoder as well (drafts/knowledge/qa_encoder.py). The
# question-reply cosines matter: of two remembered questions that read alike, the one whose
# reply answers this question is the one to reuse.
# From MEMORY_SIMILARITY on, a sent reply is reused as an answer to the same question. Below it,
# down to MEMORY_RELATED, the nearest of the first two replies of the same request class (a
# low-risk class the classifier predicted for this ticket) is still the draft, marked as a reply
# to a related question. Both chosen on the tuning half of the demo's replies (even memory ids,
# `manage.py evaluate_drafts`): drafts within 0.3 of the reply sent in the repetitive classes
# 48% -> 62% (held-out half 45% -> 66%); a plateau from 0.35 to 0.45, the highest kept. The
# earlier rule (question cosine by USE alone, 0.75 and 0.40) and the figures: docs/pipeline.md.
MEMORY_SIMILARITY = 0.45
MEMORY_RELATED = 0.30
# The nearest questions by the USE cosine that `memory_likeness` reranks.
MEMORY_POOL = 10
# The pool is ranked by likeness + MEMORY_WORDS_WEIGHT x the words the remembered reply shares
# with the new question (`words_overlap`: TF-IDF cosine, the IDF of the language's memories'
# questions and replies). Of two replies that read alike, the one that speaks of what this
# customer wrote ("seats", "prorated") is reused; MEMORY_SIMILARITY still reads the likeness.
# `manage.py evaluate_drafts`, repetitive classes within 0.3, tuning half: 62.0% at 0, 63.9-65.7%
# from 0.1 to 1.0 (1-2 drafts of 108 apart); the held-out half gains at every weight. From 0.2
# a Spanish rain gauge pairing question takes a calibration reply (words outside English are not
# stemmed: "empareja" misses "emparejamiento"), so the low end is kept. docs/pipeline.md, "Reply
# memory: the words the reply shares with the question".
MEMORY_WORDS_WEIGHT = 0.15
# The most recent memories of the language that are compared (newest first).
MEMORY_CANDIDATES = 5000
# The most recent replies of the language the team's sign-off is read from.
SIGNOFF_REPLIES = 200
# Facts of a ticket: order, invoice, tracking or ticket numbers (FH-20481137, 48213,
# JVGL0604812233945510, SD-12): a run of capitals, digits and hyphens holding 5 digits in a row.
FACT_RE = re.compile(r"\b(?=[A-Z0-9-]*\d{5})[A-Z0-9][A-Z0-9-]{4,}\b|\bSD-\d+\b")
# The same facts written in groups ("1Z 84F 302 61 0123 4", "+49 30 1234 5678"): three or more
# groups of capitals and digits, each holding a digit, separated by single spaces, with at
# least SPACED_FACT_DIGITS digits in all. A carrier's or a phone's way of writing a number.
SPACED_FACT_RE = re.compile(
    r"(?<![\w-])[A-Z]{0,5}\d[A-Z0-9]{0,5}(?: [A-Z]{0,5}\d[A-Z0-9]{0,5}){2,}(?![\w-])"
)
SPACED_FACT_DIGITS = 8


def facts_find(text: str) -> list[str]:
    """The facts a text holds (FACT_RE, SPACED_FACT_RE), each once, in order of appearance; a
    compact fact inside a spaced one is not counted twice."""
    spaced = [
        m
        for m in SPACED_FACT_RE.finditer(text)
        if sum(c.isdigit() for c in m.group()) >= SPACED_FACT_DIGITS
    ]
    found = [(m.start(), m.group()) for m in spaced]
    for m in FACT_RE.finditer(text):
        if not any(s.start() <= m.start() < s.end() for s in spaced):
            found.append((m.start(), m.group()))
    return list(dict.fromkeys(fact for _, fact in sorted(found)))


def question_text(*, subject: str, text: str) -> str:
    """What is embedded: the subject and the customer's message, as the classify stage reads them."""
    return f"{subject}\n{text}"


def _answered_message(reply: OutboundReply) -> Message | None:
    if reply.draft_id and reply.draft.message_id:
        return reply.draft.message
    return (
        Message.objects.filter(
            ticket_id=reply.ticket_id,
            direction=MessageDirection.INBOUND,
            created_at__lte=reply.created_at,
        )
        .order_by("-created_at", "-id")
        .first()
    )


def reply_memory_record(*, reply: OutboundReply) -> ReplyMemory | None:
    """Remember a reply a person sent (approved, edited or a correction); None for an
    auto-sent reply or one with no customer message to pair it with. Idempotent per reply."""
    if reply.auto_sent:
        return None
    existing = ReplyMemory.objects.filter(outbound=reply).first()
    if existing is not None:
        return existing
    message = _answered_message(reply)
    if message is None:
        return None
    ticket = reply.ticket
    body = message.body_text or message.full_text or ""
    return memory_create(
        ticket=ticket,
        question=question_text(subject=ticket.subject, text=body),
        language=text_language(body or ticket.subject).code,
        reply_text=reply.text,
        customer_name=ticket.customer.name if ticket.customer_id else "",
        outbound=reply,
    )


# (question USE vector, reply USE vector, question and reply QA vectors or None), float16.
MemoryVectors = tuple[np.ndarray, np.ndarray, np.ndarray | None]


def memory_vectors(items: list[tuple[str, str, str]]) -> list[MemoryVectors]:
    """Per (question, reply, language): what a memory stores, one encoder call per encoder for
    the whole list (an import embeds its rows in batches, not two texts at a time)."""
    if not items:
        return []
    use = texts_embed([t for q, r, _ in items for t in (q, r)]).astype(np.float16)
    qa_rows = [i for i, (_, _, language) in enumerate(items) if _qa_reads(language)]
    qa = (
        qa_encoder.qa_texts_embed([t for i in qa_rows for t in items[i][:2]]).astype(np.float16)
        if qa_rows
        else None
    )
    qa_of = {i: qa[2 * k : 2 * k + 2] for k, i in enumerate(qa_rows)} if qa is not None else {}
    return [(use[2 * i], use[2 * i + 1], qa_of.get(i)) for i in range(len(items))]


def memory_create(
    *,
    ticket,
    question: str,
    language: str,
    reply_text: str,
    customer_name: str = "",
    outbound: OutboundReply | None = None,
    source_key: str | None = None,
    vectors: MemoryVectors | None = None,
) -> ReplyMemory:
    """vectors: the question's and reply's embeddings when the caller computed them in a batch
    (memory_vectors); computed here otherwise."""
    if vectors is None:
        vectors = memory_vectors([(question, reply_text, language)])[0]
    question_vector, reply_vector, qa = vectors
    return ReplyMemory.objects.create(
        ticket=ticket,
        outbound=outbound,
        source_key=source_key,
        language=language,
        request_class_id=ticket.request_class_id,
        customer_name=customer_name[:200],
        question=question,
        reply=reply_text,
        embedding=question_vector.tobytes(),
        reply_embedding=reply_vector.tobytes(),
        qa_embedding=qa.tobytes() if qa is not None else b"",
    )


@dataclass(frozen=True)
class MemoryMatch:
    memory: ReplyMemory
    similarity: float  # memory_likeness
    question_similarity: float = 0.0  # USE cosine of the two questions
    # The question/answer encoder's cosine of the two questions (English; None otherwise).
    qa_question_similarity: float | None = None
    words: float = 0.0  # words_overlap of the new question and the remembered reply

    @property
    def rank(self) -> float:
        return self.similarity + MEMORY_WORDS_WEIGHT * self.words

    @property
    def reference(self) -> str:
        return ticket_reference(self.memory.ticket_id)

    def as_dict(self) -> dict:
        return {
            "memory_id": self.memory.pk,
            "ticket": self.reference,
            "similarity": round(self.similarity, 3),
            "question_similarity": round(self.question_similarity, 3),
            "words": round(self.words, 3),
            **(
                {"qa_question_similarity": round(self.qa_question_similarity, 3)}
                if self.qa_question_similarity is not None
                else {}
            ),
            "language": self.memory.language,
            "request_class_id": self.memory.request_class_id,
        }


@dataclass(frozen=True)
class _Matrix:
    """The newest MEMORY_CANDIDATES memories of one language, as numpy arrays."""

    signature: tuple  # (count, highest id, newest time) of the language's memories when loaded
    ids: np.ndarray
    ticket_ids: np.ndarray
    vectors: np.ndarray  # float32, one L2-normalized row per memory
    signoff: str = ""  # the team's sign-off in this language (composing.signoff_learn)
    # Document frequency of each word over these memories' questions and replies (words_overlap).
    frequencies: dict = field(default_factory=dict)
    documents: int = 0
    # The remembered replies' word vectors under these frequencies, by reply text, filled as
    # drafts meet them (a reply is a candidate for many questions; splitting, stemming and
    # weighting it again for each took about a quarter of a replay's CPU).
    reply_word_vectors: dict = field(default_factory=dict)

    def reply_words(self, reply: str) -> dict[str, float]:
        """_words_vector of a remembered reply's words, computed once per matrix."""
        vector = self.reply_word_vectors.get(reply)
        if vector is None:
            vector = _words_vector(memory_words(reply), self.frequencies, self.documents)
            self.reply_word_vectors[reply] = vector
        return vector


# Per process: a draft would otherwise read every memory's embedding (1 KB each, up to 5 MB)
# from the database. Checked on every use by one aggregate query, so a memory added or erased
# in any process is seen at once.
_matrices: dict[str, _Matrix] = {}
_matrices_lock = threading.Lock()


def _matrix(language: str) -> _Matrix:
    # The time as well: SQLite may hand a rolled-back row's id to the next row. (The queryset is
    # built only when it is read: a chunk asks for the cached matrix once per draft.)
    stats = read_once(
        ("memory.signature", language),
        lambda: ReplyMemory.objects.filter(language=language).aggregate(
            count=Count("id"), top=Max("id"), newest=Max("created_at")
        ),
    )
    signature = (stats["count"], stats["top"], stats["newest"])
    cached = _matrices.get(language)
    if cached is not None and cached.signature == signature:
        return cached
    mine = ReplyMemory.objects.filter(language=language)
    rows = list(
        mine.order_by("-id").values_list("id", "ticket_id", "embedding")[:MEMORY_CANDIDATES]
    )
    frequencies = _words_frequencies([r[0] for r in rows])
    vectors = np.frombuffer(b"".join(bytes(e) for *_, e in rows), dtype=np.float16)
    replies = list(mine.order_by("-id").values_list("reply", flat=True)[:SIGNOFF_REPLIES])
    loaded = _Matrix(
        signature=signature,
        ids=np.array([r[0] for r in rows], dtype=np.int64),
        ticket_ids=np.array([r[1] for r in rows], dtype=np.int64),
        vectors=vectors.reshape(len(rows), DIMENSIONS).astype(np.float32),
        signoff=signoff_learn(replies),
        frequencies=frequencies,
        documents=2 * len(rows),
    )
    with _matrices_lock:
        _matrices[language] = loaded
    return loaded


_WORDS_RE = re.compile(r"[a-z0-9]+")


def memory_words(text: str) -> list[str]:
    """The words `words_overlap` compares: lower case, stemmed as retrieval stems them
    (term_stem), three letters or more, after query_clean (no greeting, sign-off or order
    numbers)."""
    return [term_stem(w) for w in _WORDS_RE.findall(query_clean(text).lower()) if len(w) > 2]


def _words_vector(words: list[str], frequencies: dict, documents: int) -> dict[str, float]:
    """TF-IDF (1 + log tf, smooth IDF, L2-normalized) over the words the memories hold."""
    counts = Counter(w for w in words if w in frequencies)
    weights = {
        w: (1 + math.log(n)) * (math.log((1 + documents) / (1 + frequencies[w])) + 1)
        for w, n in counts.items()
    }
    norm = math.sqrt(sum(v * v for v in weights.values())) or 1.0
    return {w: v / norm for w, v in weights.items()}


def words_overlap(question: str, reply: str, *, frequencies: dict, documents: int) -> float:
    """How much of what the customer wrote a remembered reply speaks of: the cosine of the
    TF-IDF vectors of the question and the reply (0 to 1), words weighted by how rare they are
    among the language's remembered questions and replies."""
    return _vectors_overlap(
        _words_vector(memory_words(question), frequencies, documents),
        _words_vector(memory_words(reply), frequencies, documents),
    )


def _vectors_overlap(a: dict[str, float], b: dict[str, float]) -> float:
    return sum(v * b[w] for w, v in a.items() if w in b)


# Per process: each memory's words (question, reply), keyed by memory id; a memory's texts never
# change, so a refresh after a reply is sent reads and splits only the new memories' texts.
_word_sets: dict[int, tuple[frozenset, frozenset]] = {}
WORD_SETS_CACHE = 4 * MEMORY_CANDIDATES


def _words_frequencies(ids: list[int]) -> dict[str, int]:
    """Document frequency of each word over these memories' questions and replies (each text
    one document). One query for the memories this process has not split yet."""
    missing = [i for i in ids if i not in _word_sets]
    if len(_word_sets) + len(missing) > WORD_SETS_CACHE:
        _word_sets.clear()
        missing = list(ids)
    if missing:
        texts = ReplyMemory.objects.filter(id__in=missing).values_list("id", "question", "reply")
        for pk, question, reply in texts:
            _word_sets[pk] = (frozenset(memory_words(question)), frozenset(memory_words(reply)))
    frequencies: Counter = Counter()
    for pk in ids:
        if pk in _word_sets:
            frequencies.update(_word_sets[pk][0])
            frequencies.update(_word_sets[pk][1])
    return dict(frequencies)


def team_signoff(*, language: str) -> str:
    """How the team signs its replies in `language`, learned from the newest SIGNOFF_REPLIES
    replies it sent ("Best regards,\nFernhill Support"); "" when it cannot tell. One query
    (two when a memory was added or erased since this process last looked)."""
    return _matrix(language).signoff if language else ""


# Per process: the embeddings of remembered replies made before they were kept with the memory
# (reply_embedding, qa_embedding empty), computed once, keyed by memory id and texts.
_signals: OrderedDict[tuple, tuple[np.ndarray, np.ndarray | None, np.ndarray | None]] = (
    OrderedDict()
)
_signals_lock = threading.Lock()
SIGNALS_CACHE = 2 * MEMORY_CANDIDATES


def _qa_reads(language: str) -> bool:
    return language == "en" and qa_encoder.available()


def _stored_signals(memory: ReplyMemory, *, qa: bool) -> tuple | None:
    reply = bytes(memory.reply_embedding or b"")
    both = bytes(memory.qa_embedding or b"")
    if not reply or (qa and not both):
        return None
    reply_use = np.frombuffer(reply, dtype=np.float16).astype(np.float32)
    if not qa:
        return reply_use, None, None
    question_qa, reply_qa = np.frombuffer(both, dtype=np.float16).astype(np.float32).reshape(2, -1)
    return reply_use, question_qa, reply_qa


def _memory_signals(memories: list[ReplyMemory], *, qa: bool) -> list[tuple]:
    """(USE of the reply, QA of the question, QA of the reply) per memory; QA None unless qa.
    Stored with the memory (memory_create); computed here, once per process, when not."""
    keys = [(m.pk, hash(m.question), hash(m.reply), qa) for m in memories]
    found = {k: _stored_signals(m, qa=qa) for k, m in zip(keys, memories, strict=True)}
    with _signals_lock:
        found.update({k: _signals[k] for k, v in found.items() if v is None and k in _signals})
    todo = [(k, m) for k, m in zip(keys, memories, strict=True) if found[k] is None]
    if todo:
        replies = texts_embed([m.reply for _, m in todo])
        if qa:
            qa_vectors = qa_encoder.qa_texts_embed(
                [t for _, m in todo for t in (m.question, m.reply)]
            )
        for index, (key, _m) in enumerate(todo):
            found[key] = (
                replies[index],
                qa_vectors[2 * index] if qa else None,
                qa_vectors[2 * index + 1] if qa else None,
            )
        with _signals_lock:
            for key, _m in todo:
                _signals[key] = found[key]
            while len(_signals) > SIGNALS_CACHE:
                _signals.popitem(last=False)
    return [found[k] for k in keys]


def reply_vectors(memory: ReplyMemory) -> tuple[np.ndarray, np.ndarray | None]:
    """The remembered reply's USE vector and, for English with the question/answer encoder
    installed, its vector by that encoder (None otherwise); stored or computed once."""
    reply_use, _question_qa, reply_qa = _memory_signals([memory], qa=_qa_reads(memory.language))[0]
    return reply_use, reply_qa


def memory_likeness(
    *, question_similarity: float, vector: np.ndarray, qa_vector, signals: tuple
) -> float:
    """How well a remembered reply fits a new question: the mean of the question-question and
    question-reply cosines, by USE and (with `qa_vector`, English) by the question/answer
    encoder."""
    reply_use, question_qa, reply_qa = signals
    cosines = [question_similarity, float(np.dot(vector, reply_use))]
    if qa_vector is not None and question_qa is not None:
        cosines += [float(np.dot(qa_vector, question_qa)), float(np.dot(qa_vector, reply_qa))]
    return sum(cosines) / len(cosines)


def reply_memory_nearest(
    *,
    vector: np.ndarray,
    language: str,
    question: str = "",
    exclude_ticket_id: int | None = None,
    limit: int = 3,
) -> list[MemoryMatch]:
    """The `limit` remembered replies that fit the question best, in `language`, best first
    (any likeness: the caller applies MEMORY_SIMILARITY): the MEMORY_POOL nearest questions by
    the USE cosine, reranked by `memory_likeness` (`question`: the text `vector` embeds, for
    the question/answer encoder). Two queries (three when a memory was added or erased since
    this process last looked)."""
    matrix = _matrix(language)
    if not len(matrix.ids):
        return []
    similarities = matrix.vectors @ np.asarray(vector, dtype=np.float32)
    if exclude_ticket_id is not None:
        similarities[matrix.ticket_ids == exclude_ticket_id] = -np.inf
    pool = [i for i in np.argsort(-similarities)[:MEMORY_POOL] if np.isfinite(similarities[i])]
    by_id = rows_once(
        "reply_memory", [int(matrix.ids[i]) for i in pool], ReplyMemory.objects.in_bulk
    )
    pool = [i for i in pool if int(matrix.ids[i]) in by_id]
    memories = [by_id[int(matrix.ids[i])] for i in pool]
    qa = bool(question) and _qa_reads(language)
    qa_vector = qa_texts_embed_scoped([question])[0] if qa else None
    signals = _memory_signals(memories, qa=qa)
    # words_overlap of the question and each reply, the question's words weighed once.
    asked = (
        _words_vector(memory_words(question), matrix.frequencies, matrix.documents)
        if question
        else {}
    )
    matches = [
        MemoryMatch(
            memory,
            memory_likeness(
                question_similarity=float(similarities[i]),
                vector=np.asarray(vector, dtype=np.float32),
                qa_vector=qa_vector,
                signals=signal,
            ),
            float(similarities[i]),
            float(np.dot(qa_vector, signal[1]))
            if qa_vector is not None and signal[1] is not None
            else None,
            _vectors_overlap(asked, matrix.reply_words(memory.reply)) if question else 0.0,
        )
        for i, memory, signal in zip(pool, memories, signals, strict=True)
    ]
    matches.sort(key=lambda m: -m.rank)
    return matches[:limit]


def _name_parts(name: str) -> tuple[str, str, str]:
    """(full, first, last) of a customer's name; empty strings when unknown."""
    words = (name or "").split()
    if not words:
        return "", "", ""
    return " ".join(words), words[0], words[-1] if len(words) > 1 else ""


def _names_swap(text: str, old_name: str, new_name: str) -> str:
    """The earlier customer's name (full, then surname, then first name) becomes the new
    customer's; with no new name it is dropped ("Hi Maya," -> "Hi,")."""
    old_full, old_first, old_last = _name_parts(old_name)
    new_full, new_first, new_last = _name_parts(new_name)
    for old, new in (
        (old_full, new_full),
        (old_last, new_last or new_full),
        (old_first, new_first),
    ):
        if not old:
            continue
        if new:
            text = re.sub(rf"\b{re.escape(old)}\b", new, text)
        else:
            text = re.sub(rf"[ \t]+{re.escape(old)}\b", "", text)
            text = re.sub(rf"\b{re.escape(old)}\b", "", text)
    return text


def reply_adapt(
    *, memory: ReplyMemory, customer_name: str, question: str, reference: str
) -> tuple[str, list[str]]:
    """The remembered reply made this ticket's: the new customer's name for the old one,
    this ticket's reference for the old one, and the numbers the new customer gave for the
    ones the old customer gave, in order. Numbers the old reply holds that the old customer did
    not give (a tracking number the agent looked up) cannot be carried over: they are marked
    [check: ...] in the text. So are the earlier ticket's claims (claims.claims_mark: a sentence
    saying what was done or what the status is, whole; a date or weekday alone): "I've issued
    the refund", "it left our warehouse on Monday" were true of that case, not of this one.
    Returns the text and notes for the agent."""
    text = memory.reply
    notes: list[str] = []
    text = _names_swap(text, memory.customer_name, customer_name)
    old_ref = ticket_reference(memory.ticket_id)
    text = text.replace(old_ref, reference)
    given_before = facts_find(memory.question)
    given_now = facts_find(question)
    for index, fact in enumerate(given_before):
        if fact not in text:
            continue
        if index < len(given_now):
            text = text.replace(fact, given_now[index])
        else:
            text = text.replace(fact, f"[check: {fact}]")
            notes.append(f"{fact} is the earlier customer's; this customer gave no such number.")
    # An order number the earlier reply named that its customer did not give (the agent looked
    # it up) is the earlier customer's order: where this customer gave an order number not yet
    # in the text, it takes that one's place ("choose order FH-20455210" for a customer who
    # wrote "the second station (FH-208050) ... a duplicate order").
    orders_now = [n for n in order_numbers_find(question) if n not in text]
    for fact in order_numbers_find(text):
        if not orders_now or fact in given_now or fact in given_before or fact == reference:
            continue
        if fact not in facts_find(text):
            continue
        given = orders_now.pop(0)
        text = re.sub(rf"(?<![\w-]){re.escape(fact)}(?![\w-])", given, text)
        notes.append(
            f"Order {given} is the one this customer gave (the earlier reply named another)."
        )
    for fact in facts_find(text):
        if fact in given_now or fact == reference or fact.startswith("[check"):
            continue
        if fact not in given_before:
            text = re.sub(rf"(?<!\[check: )\b{re.escape(fact)}\b", f"[check: {fact}]", text)
            notes.append(f"{fact} comes from the earlier ticket: check it before sending.")
    text, claims = claims_mark(text, language=memory.language, question=question)
    return text, notes + claims


def memory_erase(*, ticket_ids: list[int]) -> int:
    """Forget the replies sent on these tickets (a customer's data erasure). Returns rows."""
    deleted, _ = ReplyMemory.objects.filter(ticket_id__in=ticket_ids).delete()
    _word_sets.clear()
    return deleted


# -- importing replies sent before Supportdesk --------------------------------------------------

# Rows embedded per encoder call by sent_replies_import.
IMPORT_BATCH = 64
SENT_REPLY_FIELDS = ("id", "language", "customer_email", "subject", "message", "reply")


@dataclass
class ImportSummary:
    imported: int = 0
    present: int = 0
    skipped: list[tuple[int, str]] = field(default_factory=list)  # (line, why)


def sent_replies_import(
    *, path: Path, progress: Callable[[str], None] = lambda _m: None
) -> ImportSummary:
    """Import replies a team sent before it used Supportdesk (JSON lines: id, language,
    request_class, customer_name, customer_email, subject, message, reply, created_days_ago,
    sent_after_hours) as resolved tickets whose thread holds the question and the reply, each
    remembered. Idempotent: a row whose id was imported before is counted as present. A bad
    line is skipped with its line number and the reason; the rest are imported."""
    summary = ImportSummary()
    lines = path.read_text(encoding="utf-8").splitlines()
    classes = {c.slug: c for c in RequestClass.objects.all()}
    done = set(
        ReplyMemory.objects.filter(source_key__startswith="sent-replies:").values_list(
            "source_key", flat=True
        )
    )
    todo: list[tuple[int, str, dict]] = []  # (line number, key, row)
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            summary.skipped.append((number, f"not JSON: {exc.msg}"))
            continue
        if not isinstance(row, dict):
            summary.skipped.append((number, "not a JSON object"))
            continue
        missing = [f for f in SENT_REPLY_FIELDS if not str(row.get(f) or "").strip()]
        if missing:
            summary.skipped.append((number, f"missing {', '.join(missing)}"))
            continue
        key = f"sent-replies:{row['id']}"[:120]
        if key in done:
            summary.present += 1
            continue
        done.add(key)
        todo.append((number, key, row))
    for start in range(0, len(todo), IMPORT_BATCH):
        batch = todo[start : start + IMPORT_BATCH]
        vectors = memory_vectors(
            [
                (
                    question_text(subject=row["subject"], text=row["message"]),
                    row["reply"],
                    row["language"],
                )
                for _, _, row in batch
            ]
        )
        for (_number, key, row), vector in zip(batch, vectors, strict=True):
            _sent_reply_import(row, key, classes.get(row.get("request_class") or ""), vector)
            summary.imported += 1
        progress(f"{summary.imported} replies imported (line {batch[-1][0]} of {len(lines)})")
    return summary


def _sent_reply_import(row: dict, key: str, request_class, vectors: MemoryVectors) -> ReplyMemory:
    now = timezone.now()
    created = now - dt.timedelta(days=float(row.get("created_days_ago") or 0))
    answered = created + dt.timedelta(hours=float(row.get("sent_after_hours") or 1))
    with transaction.atomic():
        result = inbound_ingest(
            inbound=InboundMessage(
                from_address=row["customer_email"],
                from_name=row.get("customer_name") or "",
                subject=row["subject"],
                body_text=row["message"],
                message_id=f"<{key.replace(':', '-')}@import.supportdesk>",
            ),
            channel="email",
            pipeline=False,
        )
        ticket = result.ticket
        Message.objects.create(
            ticket=ticket,
            direction=MessageDirection.OUTBOUND,
            from_address=settings.SUPPORTDESK_SUPPORT_ADDRESS[:320],
            subject=f"Re: {row['subject']}"[:500],
            body_text=row["reply"],
            full_text=row["reply"],
            created_at=answered,
        )
        if ticket.status != TicketStatus.RESOLVED:
            ticket_transition(ticket=ticket, to=TicketStatus.RESOLVED, reason="imported sent reply")
        # Backdated like the demo's history (the trail itself is never backdated).
        Message.objects.filter(pk=result.message.pk).update(created_at=created)
        Ticket.objects.filter(pk=ticket.pk).update(
            request_class=request_class,
            created_at=created,
            last_customer_message_at=created,
            first_response_at=answered,
            resolved_at=answered,
            message_count=2,
        )
        ticket.request_class = request_class
        return memory_create(
            ticket=ticket,
            question=question_text(subject=row["subject"], text=row["message"]),
            language=row["language"],
            reply_text=row["reply"],
            customer_name=row.get("customer_name") or "",
            source_key=key,
            vectors=vectors,
        )
