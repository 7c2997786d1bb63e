"""The evaluator: a pure function of (facts, rule-set snapshot) -> Decision, with explanations.

No database access and no clock: the same facts and the same snapshot always give the same
decision, so a recorded decision can be replayed (dry run, audit) exactly.

Snapshot format (what RuleSetVersion.snapshot holds, built by services.ruleset_snapshot_build):
    {"format": 1, "rules": [{"id", "name", "enabled", "order", "match": "all"|"any",
      "conditions": [{"fact", "operator", "value"}],
      "action": {"team", "team_name", "assignee_id", "assignee", "priority", "needs_human",
                 "block_auto_send", "reason", "stop"}}]}
Rules run in (order, id) order. When several rules fire: the first firing rule that routes
(team or person) decides the route, the highest priority wins, needs-human and block-auto-send
are OR-ed, every reason is shown. A rule with "stop further rules" ends the evaluation.

Built-in invariants (code, not rows, so they cannot be deleted or disabled): a high-risk ticket
(fact risk == "high") and a ticket the risk layer scores over a threshold (fact risk_kinds not
empty) always need a human and are never auto-sent. A ticket that needs triage (no class fits)
needs a human too, unless it is "unfamiliar and quiet" (the class model has never seen text like
it and the risk layer and the detectors read nothing risky): then it waits for an agent's review,
never auto-sent.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .facts import FACTS, OPERATORS, FactType, condition_text

SNAPSHOT_FORMAT = 1
HIGH_RISK_REASON = "High-risk request class: always reviewed by a human (built-in rule)."
RISK_LAYER_REASON = "High-risk reading ({kinds}): always reviewed by a human (built-in rule)."
TRIAGE_REASON = (
    "No request class could be given with enough confidence: a person triages it (built-in rule)."
)
QUIET_TRIAGE_REASON = (
    "No request class fits with enough confidence, the message is unlike anything the team has "
    "answered, and nothing in it reads risky: it waits for an agent's review and is never "
    "auto-sent (built-in rule; a rule on 'Needs triage' can send such messages to a person)."
)
QUIET_CLASS_REASON = (
    "The class model reads a high-risk class in a message unlike anything the team has "
    "answered, and the risk layer and the detectors, which read this class directly, find "
    "nothing: it waits for an agent's review and is never auto-sent (built-in rule; the "
    "class's 'quiet waits for review' setting turns it off)."
)
# The customer says it is only a question (drafts.stages.reading_facts, fact "disclaimed").
DISCLAIMED_REASON = (
    "The customer says it is only a question, not a complaint or a problem, or asks for "
    "something routine (a copy of an invoice, new payment details, a pause, another date), and "
    "nothing but the learned risk heads or the class model reads risk in it (no readable "
    "pattern, no detector): it waits for an agent's review and is never auto-sent."
)
EXCERPT = 160


@dataclass(frozen=True)
class Decision:
    fired: tuple[dict, ...]  # explanations of the rules that fired, in order
    trace: tuple[dict, ...]  # every enabled rule: matched or not, and why
    team: str | None
    assignee_id: int | None
    priority: int | None
    needs_human: bool
    block_auto_send: bool
    reasons: tuple[str, ...]
    invariants: tuple[str, ...] = ()
    stopped_by: str | None = None

    @property
    def fired_names(self) -> list[str]:
        return [f["name"] for f in self.fired]

    def outcome(self) -> dict:
        """The part of a decision a dry run compares: what would happen to the ticket."""
        return {
            "fired": [f["name"] for f in self.fired],
            "team": self.team,
            "assignee_id": self.assignee_id,
            "priority": self.priority,
            "needs_human": self.needs_human,
            "block_auto_send": self.block_auto_send,
        }

    def as_dict(self) -> dict:
        return {
            **self.outcome(),
            "reasons": list(self.reasons),
            "invariants": list(self.invariants),
            "stopped_by": self.stopped_by,
            "fired_rules": list(self.fired),
            "trace": list(self.trace),
        }


@dataclass
class _Missing:
    why: str


def _fact_value(facts: dict, name: str, cache: dict) -> Any:
    if name in cache:
        return cache[name]
    spec = FACTS.get(name)
    raw = facts.get(name)
    if spec is None:
        result: Any = _Missing("fact not in the registry")
    elif raw is None:
        result = _Missing("fact missing")
    elif spec.type is FactType.BOOL:
        result = raw if isinstance(raw, bool) else _Missing(f"fact is not yes/no: {raw!r}")
    elif spec.type is FactType.NUMBER:
        if isinstance(raw, bool) or not isinstance(raw, int | float):
            result = _Missing(f"fact is not a number: {raw!r}"[:EXCERPT])
        else:
            result = raw
    elif spec.type is FactType.LIST:
        if isinstance(raw, list | tuple):
            result = [str(v).casefold() for v in raw]
        else:
            result = _Missing("fact is not a list")
    elif spec.type is FactType.CHOICE:
        result = str(raw).casefold()
    else:  # TEXT
        result = str(raw).casefold()
    cache[name] = result
    return result


def _shown(facts: dict, name: str) -> Any:
    raw = facts.get(name)
    if isinstance(raw, str) and len(raw) > EXCERPT:
        return raw[:EXCERPT] + "…"
    return raw


@dataclass(frozen=True)
class _Cond:
    fact: str
    op: str
    value: Any  # as in the snapshot (shown in explanations)
    folded: Any  # casefolded str / tuple / frozenset, prepared once per rule set
    text: str


@dataclass(frozen=True)
class _Rule:
    id: int | None
    name: str
    order: int | None
    match_all: bool
    conditions: tuple[_Cond, ...]
    action: dict
    stop: bool


@dataclass(frozen=True)
class CompiledRuleSet:
    """A snapshot prepared for repeated evaluation (labels and casefolded values computed once,
    enabled rules sorted). Build with ruleset_compile; evaluate() accepts either form."""

    rules: tuple[_Rule, ...]


def _compile_condition(cond: dict) -> _Cond:
    name, op_key, value = cond["fact"], cond["operator"], cond.get("value")
    text = condition_text(name, op_key, value)
    if isinstance(value, list):
        folded: Any = tuple(str(v).casefold() for v in value)
        if op_key in ("in", "not_in"):
            folded = frozenset(folded)
    elif isinstance(value, str):
        folded = value.casefold()
    else:
        folded = value
    return _Cond(name, op_key, value, folded, text)


def ruleset_compile(ruleset_snapshot: dict) -> CompiledRuleSet:
    enabled = sorted(
        (r for r in ruleset_snapshot.get("rules", []) if r.get("enabled", True)),
        key=lambda r: (r.get("order") or 0, r.get("id") or 0, r["name"]),
    )
    return CompiledRuleSet(
        tuple(
            _Rule(
                r.get("id"),
                r["name"],
                r.get("order"),
                r.get("match", "all") == "all",
                tuple(_compile_condition(c) for c in r["conditions"]),
                r.get("action", {}),
                bool(r.get("action", {}).get("stop")),
            )
            for r in enabled
        )
    )


def _match(op: str, actual: Any, want: Any) -> bool:
    if op == "is_true":
        return actual is True
    if op == "is_false":
        return actual is False
    if op == "gt":
        return actual > want
    if op == "gte":
        return actual >= want
    if op == "lt":
        return actual < want
    if op == "lte":
        return actual <= want
    if op == "eq":
        return actual == want
    if op == "ne":
        return actual != want
    if op == "is":
        return actual == want
    if op == "is_not":
        return actual != want
    if op == "in":
        return actual in want
    if op == "not_in":
        return actual not in want
    if op == "contains_any":
        return any(w in actual for w in want)
    if op == "contains_none":
        return not any(w in actual for w in want)
    if op == "includes_any":
        return any(w in actual for w in want)
    if op == "includes_all":
        return all(w in actual for w in want)
    if op == "excludes_all":
        return not any(w in actual for w in want)
    if op == "is_empty":
        return not actual
    if op == "is_not_empty":
        return bool(actual)
    return False


def _why(cond: _Cond, actual: Any) -> str:
    op = cond.op
    if op in ("is_true", "is_false"):
        return f"is {'yes' if actual else 'no'}"
    if op in ("eq", "ne", "gt", "gte", "lt", "lte"):
        return f"is {actual:g}"
    if op in ("is", "is_not", "in", "not_in"):
        return f"is {actual!r}"
    if op in ("contains_any", "contains_none"):
        found = [v for v, w in zip(cond.value, cond.folded, strict=True) if w in actual]
        return f"contains {found[0]!r}" if found else "contains none of them"
    if op in ("includes_any", "includes_all", "excludes_all"):
        present = [v for v, w in zip(cond.value, cond.folded, strict=True) if w in actual]
        return f"has {', '.join(map(repr, present))}" if present else "has none of them"
    if op in ("is_empty", "is_not_empty"):
        return f"has {len(actual)} item(s)"
    return f"unknown operator {op!r}"


def _explain_condition(cond: _Cond, facts: dict, cache: dict) -> dict:
    actual = _fact_value(facts, cond.fact, cache)
    base = {
        "fact": cond.fact,
        "operator": cond.op,
        "value": cond.value,
        "condition": cond.text,
        "actual": _shown(facts, cond.fact),
    }
    if isinstance(actual, _Missing):
        return {**base, "matched": False, "why": actual.why}
    if cond.op not in OPERATORS:
        return {**base, "matched": False, "why": f"unknown operator {cond.op!r}"}
    return {**base, "matched": _match(cond.op, actual, cond.folded), "why": _why(cond, actual)}


def _explain_rule(rule: _Rule, facts: dict, cache: dict) -> dict:
    results = [_explain_condition(c, facts, cache) for c in rule.conditions]
    if not results:
        matched, why = False, "no conditions: never fires"
    elif rule.match_all:
        failing = [r for r in results if not r["matched"]]
        matched = not failing
        why = (
            f"all {len(results)} condition(s) matched"
            if matched
            else f"not matched: {failing[0]['condition']} ({failing[0]['why']})"
        )
    else:
        passing = [r for r in results if r["matched"]]
        matched = bool(passing)
        why = (
            f"matched: {passing[0]['condition']} ({passing[0]['why']})"
            if matched
            else f"none of {len(results)} condition(s) matched"
        )
    return {
        "rule_id": rule.id,
        "name": rule.name,
        "order": rule.order,
        "match": "all" if rule.match_all else "any",
        "matched": matched,
        "why": why,
        "conditions": results,
    }


def _rule_matches(rule: _Rule, facts: dict, cache: dict) -> bool:
    """The same verdict as _explain_rule, short-circuiting and without building text."""
    if not rule.conditions:
        return False
    for cond in rule.conditions:
        actual = _fact_value(facts, cond.fact, cache)
        ok = not isinstance(actual, _Missing) and _match(cond.op, actual, cond.folded)
        if rule.match_all and not ok:
            return False
        if not rule.match_all and ok:
            return True
    return rule.match_all


def evaluate(
    facts: dict, ruleset_snapshot: dict | CompiledRuleSet, *, explain: bool = True
) -> Decision:
    """Evaluate every enabled rule over the facts. Pure and deterministic. With explain=False
    (dry runs) the outcome is identical but no per-condition explanation or trace is built."""
    ruleset = (
        ruleset_snapshot
        if isinstance(ruleset_snapshot, CompiledRuleSet)
        else ruleset_compile(ruleset_snapshot)
    )
    cache: dict = {}
    trace: list[dict] = []
    fired: list[dict] = []
    stopped_by = None
    for rule in ruleset.rules:
        if stopped_by is not None:
            if explain:
                trace.append(
                    {
                        "rule_id": rule.id,
                        "name": rule.name,
                        "matched": False,
                        "why": f"not evaluated: stopped by '{stopped_by}'",
                        "conditions": [],
                    }
                )
            continue
        if explain:
            result = _explain_rule(rule, facts, cache)
            trace.append(result)
            matched = result["matched"]
        else:
            matched = _rule_matches(rule, facts, cache)
            result = {"rule_id": rule.id, "name": rule.name}
        if matched:
            fired.append({**result, "action": rule.action})
            if rule.stop:
                stopped_by = rule.name

    team = assignee_id = None
    priority = None
    needs_human = block = False
    reasons: list[str] = []
    for f in fired:
        action = f["action"]
        if (
            team is None
            and assignee_id is None
            and (action.get("team") or action.get("assignee_id"))
        ):
            team, assignee_id = action.get("team"), action.get("assignee_id")
        if action.get("priority") is not None:
            priority = max(priority or 0, action["priority"])
        needs_human = needs_human or bool(action.get("needs_human"))
        block = block or bool(action.get("block_auto_send"))
        if action.get("reason"):
            reasons.append(action["reason"])

    invariants: list[str] = []
    if isinstance(facts.get("risk"), str) and facts["risk"].casefold() == "high":
        if facts.get("class_reading_quiet") is True:
            # Only the class model calls it high risk, on text it has never seen the like
            # of, for a class the class-independent readers read directly and find quiet
            # (or that the customer says is only a question).
            # An unsure reading (under the triage bar) of such text is a guess: the quiet
            # triage reason below says so, whatever class was guessed.
            block = True
            if facts.get("disclaimed") is True or facts.get("needs_triage") is not True:
                why = DISCLAIMED_REASON if facts.get("disclaimed") is True else QUIET_CLASS_REASON
                invariants.append(why)
                reasons.append(why)
        else:
            needs_human = block = True
            invariants.append(HIGH_RISK_REASON)
            reasons.append(HIGH_RISK_REASON)
    if facts.get("disclaimed") is True and facts.get("risk_watch"):
        # The heads' kinds are watched, not over, because the customer says it is only a
        # question: never auto-sent, and the reason is shown.
        block = True
        reasons.append(DISCLAIMED_REASON)
    kinds = facts.get("risk_kinds")
    if isinstance(kinds, list | tuple) and kinds:
        # The risk layer needs no team history; its reading is not a rule a lead can disable.
        reason = facts.get("risk_reason") or RISK_LAYER_REASON.format(kinds=", ".join(kinds))
        needs_human = block = True
        invariants.append(reason)
        reasons.append(reason)
    if facts.get("needs_triage") is True and facts.get("unfamiliar_quiet") is True:
        # No class fits, but the class-independent readers (risk layer, detectors) find
        # nothing risky: an agent reviews it in the queue; it is never sent without one.
        block = True
        why = DISCLAIMED_REASON if facts.get("disclaimed") is True else QUIET_TRIAGE_REASON
        invariants.append(why)
        reasons.append(why)
    elif facts.get("needs_triage") is True:
        # Without a class, the risk is unknown: never a path without a human.
        needs_human = block = True
        invariants.append(TRIAGE_REASON)
        reasons.append(TRIAGE_REASON)
    return Decision(
        fired=tuple(fired),
        trace=tuple(trace),
        team=team,
        assignee_id=assignee_id,
        priority=priority,
        needs_human=needs_human,
        block_auto_send=block,
        reasons=tuple(dict.fromkeys(reasons)),
        invariants=tuple(invariants),
        stopped_by=stopped_by,
    )


@dataclass(frozen=True)
class AutoSendVerdict:
    allowed: bool
    reason: str
    hold_minutes: int | None = None
    checks: list[str] = field(default_factory=list)


def autosend_decide(*, decision: Decision, facts: dict, policy: dict | None) -> AutoSendVerdict:
    """Whether a drafted reply may go out without review. Pure: `policy` is the snapshot
    services.autosend_policy_snapshot makes (None when the class has no policy). Allowed only for
    a low-risk class whose policy is on and not suspended, when no rule fired, with no risk kind
    over its threshold, no injection or account-change signal, a known customer, the class
    model's own auto-send threshold cleared, above the policy's confidence threshold, and while
    the review evidence holds."""
    cls = facts.get("request_class")
    if not cls:
        return AutoSendVerdict(False, "No request class: auto-send needs a classified ticket.")
    if policy is None or not policy.get("enabled"):
        return AutoSendVerdict(False, f"Auto-send is off for '{cls}'.")
    if policy.get("class_risk") != "low" or facts.get("risk") != "low":
        return AutoSendVerdict(False, f"'{cls}' is not a low-risk class.")
    if policy.get("suspended"):
        return AutoSendVerdict(
            False, f"Auto-send for '{cls}' is suspended: {policy.get('suspended_reason', '')}"
        )
    if decision.fired:
        names = ", ".join(repr(n) for n in decision.fired_names)
        return AutoSendVerdict(False, f"Rule(s) fired: {names}.")
    if decision.block_auto_send or decision.needs_human:
        return AutoSendVerdict(False, "Needs a human (built-in rule).")
    # Whatever the rules say, never without these (the rules are editable; these are not).
    kinds = facts.get("risk_kinds")
    if kinds is None or kinds:
        why = ", ".join(kinds) if kinds else "risk layer did not run"
        return AutoSendVerdict(False, f"Risk layer: {why}.")
    watch = facts.get("risk_watch")
    if watch:
        return AutoSendVerdict(
            False,
            "Risk layer: " + ", ".join(watch) + " scored over the auto-send bar (under its "
            "escalation bar).",
        )
    if facts.get("prompt_injection") is not False:
        return AutoSendVerdict(False, "Possible prompt injection (or the detector did not run).")
    if facts.get("account_change_request"):
        return AutoSendVerdict(False, "The message asks to change account details.")
    if facts.get("delivery_change_request"):
        return AutoSendVerdict(
            False, "The message asks to send an order to another address: an agent confirms it."
        )
    if facts.get("known_customer") is not True:
        return AutoSendVerdict(False, "Unknown customer: auto-send needs a known account.")
    if facts.get("classifier_auto_send_confident") is not True:
        return AutoSendVerdict(
            False,
            "Below the class model's own auto-send bar: its confidence threshold, or the message "
            "is unlike the class's training messages (or no class model).",
        )
    confidence = facts.get("classifier_confidence")
    minimum = policy["min_confidence"]
    if not isinstance(confidence, int | float) or isinstance(confidence, bool):
        return AutoSendVerdict(False, "Classifier confidence missing.")
    if confidence < minimum:
        return AutoSendVerdict(False, f"Confidence {confidence:.2f} below {minimum:.2f}.")
    evidence_ok, evidence_why = autosend_evidence_check(policy)
    if not evidence_ok:
        return AutoSendVerdict(False, evidence_why)
    hold = policy.get("hold_minutes")
    return AutoSendVerdict(
        True,
        f"Allowed: low-risk class '{cls}', no rule fired, confidence {confidence:.2f} ≥ "
        f"{minimum:.2f}; {evidence_why}; held {hold} min for an agent to stop it.",
        hold_minutes=hold,
    )


def autosend_evidence_check(policy: dict) -> tuple[bool, str]:
    """Whether the review evidence (last N reviewed drafts of the class) supports auto-send."""
    window = policy["evidence_window"]
    reviewed = policy.get("reviewed") or 0
    accepted = policy.get("accepted") or 0
    corrections = policy.get("corrections") or 0
    if reviewed < window:
        return False, f"Not enough evidence: {reviewed} of {window} reviewed drafts."
    acceptance = accepted / reviewed
    correction_rate = corrections / reviewed
    if acceptance < policy["min_acceptance"]:
        return False, (
            f"Draft acceptance {acceptance:.0%} ({accepted}/{reviewed}) below "
            f"{policy['min_acceptance']:.0%}."
        )
    if correction_rate > policy["max_correction_rate"]:
        return False, (
            f"Customer-visible corrections {correction_rate:.0%} ({corrections}/"
            f"{reviewed}) above {policy['max_correction_rate']:.0%}."
        )
    return True, (
        f"acceptance {acceptance:.0%} ({accepted}/{reviewed}), corrections {correction_rate:.0%}"
    )
