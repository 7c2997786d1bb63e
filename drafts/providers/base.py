"""What a model provider is asked and what it answers. Providers are replaceable; the pipeline
only sees these shapes and these errors."""

from dataclasses import dataclass, field
from typing import Any


class ProviderError(Exception):
    """Base for provider failures."""


class TransientProviderError(ProviderError):
    """Worth retrying later: 429, 5xx, timeouts, connection errors."""

    def __init__(
        self, message: str, *, retry_after: float | None = None, status: int | None = None
    ):
        super().__init__(message)
        self.retry_after = retry_after
        self.status = status


class PermanentProviderError(ProviderError):
    """Retrying will not help: 400, 401, 403, 404, exhausted quota. Goes to a human at once."""

    def __init__(self, message: str, *, status: int | None = None):
        super().__init__(message)
        self.status = status


class InvalidOutputError(ProviderError):
    """The model answered, but not in the required shape, even after one retry."""


@dataclass
class Usage:
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cached_tokens: int = 0
    cost: float = 0.0
    latency_ms: float = 0.0
    calls: int = 0

    def add(self, other: "Usage") -> None:
        self.prompt_tokens += other.prompt_tokens
        self.completion_tokens += other.completion_tokens
        self.cached_tokens += other.cached_tokens
        self.cost += other.cost
        self.latency_ms += other.latency_ms
        self.calls += other.calls

    def as_dict(self) -> dict:
        return {
            "prompt_tokens": self.prompt_tokens,
            "completion_tokens": self.completion_tokens,
            "cached_tokens": self.cached_tokens,
            "cost": round(self.cost, 6),
            "latency_ms": round(self.latency_ms, 2),
            "calls": self.calls,
        }


@dataclass
class ClassRef:
    slug: str
    name: str
    risk: str
    description: str = ""


@dataclass
class ClassifyInput:
    subject: str
    text: str
    classes: list[ClassRef]
    # The ticket's sentence embedding (drafts/risk/encoder.texts_embed of subject and body), when
    # the caller already computed it: a class model that stacks embeddings reuses it.
    embedding: Any = None


@dataclass
class ClassifyOutput:
    request_class_slug: str | None
    label: str
    confidence: float
    needs_triage: bool
    alternatives: list[dict] = field(default_factory=list)
    language: str = ""
    urgency: str = ""
    product_area: str = ""
    frustration: float | None = None
    churn_risk: float | None = None
    classifier_version_id: int | None = None
    # The class model's own auto-send bar (chosen on validation data) was cleared for a
    # low-risk label. A provider without such a bar (an LLM) never sets it.
    auto_send_confident: bool = False
    # The class model's familiarity with the message (see drafts/classifier/training.py).
    familiarity: float | None = None
    # Familiarity under the class model's bar (an LLM provider never sets it).
    unfamiliar: bool = False
    note: str = ""
    raw_output: str = ""
    usage: Usage = field(default_factory=Usage)


@dataclass
class FragmentRef:
    key: str  # the citation key shown to the model, e.g. "P3"
    fragment_id: int
    version_id: int
    document: str
    heading: str
    text: str
    score: float
    similarity: float = 0.0  # best cosine of the question and one of its passages
    passage_index: int = -1  # which passage answered (sections.passage_blocks), -1 unknown
    guidance: str = ""  # agent guidance of the section: for the basis, never the reply


@dataclass
class MemoryRef:
    """A reply the team sent on a similar ticket (drafts/memory.py), already adapted to this one."""

    reference: str  # the earlier ticket, e.g. "SD-123"
    similarity: float  # memory.memory_likeness: the questions, and the reply to the new question
    text: str  # the reply with this ticket's name, reference and numbers
    notes: list[str] = field(default_factory=list)  # what the agent must check
    memory_id: int = 0
    # True: the question is only related (MEMORY_RELATED <= similarity < MEMORY_SIMILARITY, same
    # request class); the agent must check the reply answers this question.
    related: bool = False


@dataclass
class DraftInput:
    ticket_reference: str
    subject: str
    customer: dict
    thread: list[dict]  # {"direction", "text", "at"}; the last one is the message to answer
    request_class: ClassRef | None
    fragments: list[FragmentRef]
    facts: dict
    instruction: str = ""
    language: str = ""  # the customer's language (drafts.language), "" when unknown
    # False when retrieval's best passage is too far from the question to answer it.
    answerable: bool = True
    # Why nothing close answers (no sent reply, no passage close enough to quote:
    # drafts.stages.no_answer_reason), for the agent; "" when something does. The offline
    # provider then writes only an acknowledgement in the customer's language.
    no_answer: str = ""
    # The class whose template fits the passage that answers (None: the request class).
    template_class: ClassRef | None = None
    # When the draft cannot answer and the class read needs a person (and is no guess): that
    # class, whose team template in the customer's language (an apology, a handover) is the
    # holding reply instead of the bare acknowledgement. None otherwise.
    holding_class: ClassRef | None = None
    # The variant of the class's template (in the customer's language) written for what this
    # customer asks, when the class's usual template answers another of its questions
    # (drafts.template_asks.template_variant): {"name", "title", "body", "similarity",
    # "usual"}. None otherwise.
    template_variant: dict | None = None
    # Sent replies of similar tickets in the customer's language, nearest first: the first
    # source of a draft (the offline provider adapts the nearest; an LLM sees them as examples).
    memories: list[MemoryRef] = field(default_factory=list)
    # How the team signs its replies in the customer's language, learned from the replies it
    # sent (drafts.memory.team_signoff); "" when unknown.
    signoff: str = ""


@dataclass
class DraftOutput:
    text: str
    citations: list[str]  # citation keys, e.g. ["P1", "P3"]
    basis: list[str]
    model: str = ""
    prompt_version: str = ""
    raw_output: str = ""
    usage: Usage = field(default_factory=Usage)
