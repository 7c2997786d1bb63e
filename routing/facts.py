"""The registry of facts an escalation rule may test, and the operators each type allows.

The pipeline builds a plain dict keyed by these names; rules compare against it. Everything
here is pure (no database): the admin form asks `condition_parse` to turn what a lead typed into
a typed value, and the evaluator uses `OPERATORS` to compare. A fact the pipeline did not supply
is "missing", never a default value, so a rule on it does not match (and says so).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum


class FactType(StrEnum):
    BOOL = "bool"
    NUMBER = "number"
    CHOICE = "choice"
    TEXT = "text"
    LIST = "list"


TYPE_LABELS = {
    FactType.BOOL: "yes/no",
    FactType.NUMBER: "number",
    FactType.CHOICE: "one of a fixed set",
    FactType.TEXT: "free text",
    FactType.LIST: "list of words",
}


@dataclass(frozen=True)
class Operator:
    key: str
    label: str
    types: frozenset[FactType]
    takes_value: bool = True
    multi: bool = False  # the value is a comma-separated list


OPERATORS: dict[str, Operator] = {
    op.key: op
    for op in [
        Operator("is_true", "is true", frozenset({FactType.BOOL}), takes_value=False),
        Operator("is_false", "is false", frozenset({FactType.BOOL}), takes_value=False),
        Operator("eq", "equals", frozenset({FactType.NUMBER})),
        Operator("ne", "does not equal", frozenset({FactType.NUMBER})),
        Operator("gt", "is greater than", frozenset({FactType.NUMBER})),
        Operator("gte", "is at least", frozenset({FactType.NUMBER})),
        Operator("lt", "is less than", frozenset({FactType.NUMBER})),
        Operator("lte", "is at most", frozenset({FactType.NUMBER})),
        Operator("is", "is", frozenset({FactType.CHOICE, FactType.TEXT})),
        Operator("is_not", "is not", frozenset({FactType.CHOICE, FactType.TEXT})),
        Operator("in", "is any of", frozenset({FactType.CHOICE}), multi=True),
        Operator("not_in", "is none of", frozenset({FactType.CHOICE}), multi=True),
        Operator("contains_any", "contains any of", frozenset({FactType.TEXT}), multi=True),
        Operator("contains_none", "contains none of", frozenset({FactType.TEXT}), multi=True),
        Operator("includes_any", "includes any of", frozenset({FactType.LIST}), multi=True),
        Operator("includes_all", "includes all of", frozenset({FactType.LIST}), multi=True),
        Operator("excludes_all", "includes none of", frozenset({FactType.LIST}), multi=True),
        Operator("is_empty", "is empty", frozenset({FactType.LIST}), takes_value=False),
        Operator("is_not_empty", "is not empty", frozenset({FactType.LIST}), takes_value=False),
    ]
}


@dataclass(frozen=True)
class Fact:
    name: str
    label: str
    type: FactType
    description: str
    choices: tuple[str, ...] = ()
    # For choices that live in the database (request classes): the form supplies them.
    dynamic_choices: str = ""
    minimum: float | None = None
    maximum: float | None = None

    @property
    def operators(self) -> list[Operator]:
        return [op for op in OPERATORS.values() if self.type in op.types]


def _signal(name: str, label: str, what: str) -> Fact:
    return Fact(name, label, FactType.BOOL, f"Detector signal: {what}.")


RISKS = ("low", "high")
# The risk layer's kinds (drafts/risk/kinds.py), written out: routing reads facts and imports
# nothing from drafts. A test checks the two lists agree.
RISK_KIND_SLUGS = (
    "billing_dispute",
    "refund_exception",
    "account_closure",
    "legal",
    "security",
    "lost_stolen",
    "unrecognised_payment",
    "outage",
    "complaint",
)
TIERS = ("free", "starter", "business", "enterprise")
CHANNELS = ("email", "api", "web")

FACTS: dict[str, Fact] = {
    f.name: f
    for f in [
        Fact(
            "request_class",
            "Request class",
            FactType.CHOICE,
            "The request class (slug) the classifier or an agent gave the ticket.",
            dynamic_choices="request_class",
        ),
        Fact("risk", "Risk", FactType.CHOICE, "Risk level of the request class.", choices=RISKS),
        _signal(
            "legal_request",
            "Legal request",
            "the customer makes a legal request (lawyer, subpoena, GDPR demand, contract)",
        ),
        _signal(
            "security_issue",
            "Security issue",
            "a vulnerability report or a suspected account compromise",
        ),
        _signal(
            "refund_exception",
            "Refund exception",
            "a refund outside what the refund policy allows is asked for",
        ),
        _signal("data_deletion", "Data deletion", "the customer asks to delete data or an account"),
        _signal(
            "account_inconsistency",
            "Account inconsistency",
            "the account records disagree in a way that needs several steps to fix",
        ),
        _signal(
            "prompt_injection",
            "Prompt-injection attempt",
            "the message tries to instruct the assistant (ignore instructions, reveal prompts)",
        ),
        _signal(
            "account_change_request",
            "Account-detail change request",
            "the message asks to change the account's e-mail, phone, password recovery or "
            "payout details",
        ),
        Fact(
            "risk_kinds",
            "Risk kinds over threshold",
            FactType.LIST,
            "High-risk kinds the risk layer scored at or above its threshold: "
            + ", ".join(RISK_KIND_SLUGS)
            + ". Works without team history (sentence embeddings, public-data heads, patterns).",
        ),
        Fact(
            "risk_watch",
            "Risk kinds to watch",
            FactType.LIST,
            "High-risk kinds scored over the measured kinds' threshold but under their own, "
            "higher bar (refund exception, outage, legal): they never allow auto-send.",
        ),
        Fact(
            "risk_score",
            "Risk score",
            FactType.NUMBER,
            "The risk layer's highest score over the high-risk kinds (0 to 1).",
            minimum=0,
            maximum=1,
        ),
        Fact(
            "classifier_auto_send_confident",
            "Classifier sure enough to auto-send",
            FactType.BOOL,
            "The class model's own auto-send threshold (chosen on validation data) was cleared "
            "for a low-risk class.",
        ),
        Fact(
            "known_customer",
            "Known customer",
            FactType.BOOL,
            "The ticket's customer matches an account in our records (has an external id).",
        ),
        Fact(
            "customer_tier",
            "Customer tier",
            FactType.CHOICE,
            "The customer's account tier.",
            choices=TIERS,
        ),
        Fact(
            "customer_plan",
            "Customer plan",
            FactType.TEXT,
            "The customer's plan name as recorded on the account (free text).",
        ),
        Fact(
            "required_account_data_present",
            "Required account data present",
            FactType.BOOL,
            "Everything the request class needs from the account (order, plan, invoice) was found.",
        ),
        Fact(
            "customer_messages_in_thread",
            "Customer messages in thread",
            FactType.NUMBER,
            "How many messages the customer has written on this ticket.",
            minimum=0,
        ),
        Fact(
            "hours_open",
            "Hours open",
            FactType.NUMBER,
            "Hours the ticket had been open when the customer's message came in.",
            minimum=0,
        ),
        Fact(
            "reopen_count",
            "Reopen count",
            FactType.NUMBER,
            "How often the ticket was reopened after being resolved.",
            minimum=0,
        ),
        Fact(
            "top_retrieval_score",
            "Top retrieval score",
            FactType.NUMBER,
            "Score of the best policy passage for the question, about 0 to 1: 0.8 x its meaning's "
            "similarity to the question + 0.2 x word overlap (relative to the best), plus 0.1 "
            "when the passage serves the ticket's class.",
            minimum=0,
            maximum=1,
        ),
        Fact(
            "draft_cites_only_retrieved",
            "Draft cites only retrieved policies",
            FactType.BOOL,
            "Every policy the draft cites was in the retrieval context.",
        ),
        Fact(
            "draft_cited_policies",
            "Policies the draft cites",
            FactType.LIST,
            "Slugs of the policy documents the draft cites.",
        ),
        Fact(
            "needs_triage",
            "Needs triage",
            FactType.BOOL,
            "No request class could be given with enough confidence (or no classifier is trained).",
        ),
        Fact(
            "unfamiliar_quiet",
            "Unfamiliar and quiet",
            FactType.BOOL,
            "The class model has never seen messages like this one (under its familiarity bar) "
            "and nothing in it reads risky (every risk score and the injection detector's under "
            "half their thresholds, no detector fired). Needing triage then, it waits in the "
            "review queue, never auto-sent.",
        ),
        Fact(
            "class_reading_quiet",
            "Class reading quiet",
            FactType.BOOL,
            "Unfamiliar and quiet, the request class is one whose 'quiet waits for review' "
            "setting is on (shipped: complaint, legal/compliance, outage), and the message has no "
            "frustration or churn words: only the class model reads it as high risk. It then "
            "waits in the review queue, never auto-sent.",
        ),
        Fact(
            "disclaimed",
            "Said to be only a question",
            FactType.BOOL,
            "The customer says outright that it is only a question, not a complaint or a "
            "problem ('just curious', 'I'm not complaining', 'no pasa nada', 'ich frage nur'), "
            "or asks for something routine (a copy of an invoice, their own new card or bank, "
            "a pause, another date) that the heads read only weakly (under 0.5), "
            "and only the learned risk heads or the class model read risk in it (no readable "
            "pattern, no detector, no frustration words): the heads' kinds are watched, not "
            "over, and an unfamiliar class reading waits for review. Never auto-sent.",
        ),
        Fact(
            "classifier_confidence",
            "Classifier confidence",
            FactType.NUMBER,
            "The classifier's confidence in the request class (0 to 1).",
            minimum=0,
            maximum=1,
        ),
        Fact("channel", "Channel", FactType.CHOICE, "Where the message came in.", choices=CHANNELS),
        Fact(
            "language",
            "Language",
            FactType.TEXT,
            "Language of the message as a code such as en, de, fr.",
        ),
        Fact(
            "frustration",
            "Frustration",
            FactType.NUMBER,
            "How frustrated the customer sounds (0 calm to 1 furious).",
            minimum=0,
            maximum=1,
        ),
        Fact(
            "churn_risk",
            "Churn risk",
            FactType.NUMBER,
            "How likely the customer is to leave (0 to 1).",
            minimum=0,
            maximum=1,
        ),
        Fact(
            "message_text",
            "Message text",
            FactType.TEXT,
            "The customer's latest message (new text only). Matching ignores upper/lower case "
            "and finds words inside longer words: 'chargeback' matches 'chargebacks'.",
        ),
        Fact("subject", "Subject", FactType.TEXT, "The ticket subject."),
        Fact(
            "product_area",
            "Product area",
            FactType.TEXT,
            "Product area the classifier named (station, cloud, app, billing...).",
        ),
    ]
}


class ConditionInvalid(ValueError):
    """What a lead typed cannot become a condition; the message says what to fix, `field` which
    column of the row is wrong (fact, operator or value)."""

    def __init__(self, message: str, field: str = "value"):
        super().__init__(message)
        self.field = field


def operators_for(fact: Fact) -> str:
    return ", ".join(f"'{op.label}'" for op in fact.operators)


def _split(raw: str) -> list[str]:
    return [part.strip() for part in raw.split(",") if part.strip()]


def condition_parse(
    *, fact: str, operator: str, value: str, choices: dict[str, tuple[str, ...]] | None = None
):
    """Turn a condition row as typed (fact name, operator key, value text) into the typed value
    the evaluator compares against, or raise ConditionInvalid saying what to fix. `choices`
    supplies database-held choices (request classes) for facts with dynamic_choices."""
    spec = FACTS.get(fact)
    if spec is None:
        raise ConditionInvalid(
            f"Unknown fact '{fact}'. Pick one of the facts listed below.", "fact"
        )
    op = OPERATORS.get(operator)
    if op is None:
        raise ConditionInvalid(
            f"Unknown operator '{operator}'. For {spec.label} use {operators_for(spec)}.",
            "operator",
        )
    if spec.type not in op.types:
        raise ConditionInvalid(
            f"'{op.label}' does not fit {spec.label} ({TYPE_LABELS[spec.type]}). "
            f"Use {operators_for(spec)}.",
            "operator",
        )
    value = (value or "").strip()
    if not op.takes_value:
        if value:
            raise ConditionInvalid(f"'{op.label}' takes no value: leave the value empty.")
        return None
    if not value:
        raise ConditionInvalid(f"'{spec.label} {op.label}' needs a value.")
    if spec.type is FactType.NUMBER:
        try:
            number = float(value.replace(" ", ""))
        except ValueError:
            raise ConditionInvalid(
                f"'{value}' is not a number. {spec.label} is a number: type digits such as 3 "
                f"or 0.75."
            ) from None
        if not math.isfinite(number):
            raise ConditionInvalid(f"'{value}' is not a usable number.")
        if spec.minimum is not None and number < spec.minimum:
            raise ConditionInvalid(f"{spec.label} is never below {spec.minimum:g}.")
        if spec.maximum is not None and number > spec.maximum:
            raise ConditionInvalid(
                f"{spec.label} is never above {spec.maximum:g} (write 0.8 for 80%)."
            )
        return int(number) if number.is_integer() else number
    parts = _split(value) if op.multi else [value]
    if not parts:
        raise ConditionInvalid(f"'{spec.label} {op.label}' needs at least one value.")
    if spec.type is FactType.CHOICE:
        allowed = spec.choices or (choices or {}).get(spec.dynamic_choices, ())
        if allowed:
            lowered = {a.lower(): a for a in allowed}
            wrong = [p for p in parts if p.lower() not in lowered]
            if wrong:
                raise ConditionInvalid(
                    f"'{wrong[0]}' is not a valid {spec.label.lower()}. Use one of: "
                    f"{', '.join(allowed)}."
                )
            parts = [lowered[p.lower()] for p in parts]
    if op.multi:
        return list(dict.fromkeys(parts))  # de-duplicated, in the order typed
    return parts[0]


def value_display(value) -> str:
    """The value as a lead would type it back."""
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def condition_text(fact: str, operator: str, value) -> str:
    """A condition as a lead reads it ("Hours open is more than 72"); unknown facts and
    operators show their keys. Used by the rule list, the version diff and the explanations."""
    spec = FACTS.get(fact)
    op = OPERATORS.get(operator)
    label = spec.label if spec else fact
    return f"{label} {op.label if op else operator} {value_display(value)}".strip()
