"""A readable per-rule diff between two rule-set snapshots, for leads comparing versions."""

from __future__ import annotations

from dataclasses import dataclass, field

from . import facts

FIELD_LABELS = {
    "name": "name",
    "enabled": "enabled",
    "order": "order",
    "match": "fire when",
    "team": "route to team",
    "assignee": "route to person",
    "priority": "priority",
    "needs_human": "escalate to a human",
    "block_auto_send": "block auto-send",
    "reason": "reason shown to the agent",
    "stop": "stop further rules",
}
PRIORITIES = {1: "Low", 2: "Normal", 3: "High", 4: "Urgent"}


@dataclass
class RuleChange:
    kind: str  # added, removed, changed
    name: str
    rule_id: int | None
    fields: list[tuple[str, str, str]] = field(default_factory=list)
    conditions: list[tuple[str, str, str]] = field(default_factory=list)  # (kind, before, after)


def condition_text(cond: dict | None) -> str:
    if cond is None:
        return ""
    return facts.condition_text(cond["fact"], cond["operator"], cond.get("value"))


def _flat(rule: dict) -> dict[str, str]:
    action = rule.get("action", {})
    match = rule.get("match", "all")
    return {
        "name": rule["name"],
        "enabled": "yes" if rule.get("enabled", True) else "no",
        "order": str(rule.get("order")),
        "match": "ALL conditions" if match == "all" else "ANY condition",
        "team": action.get("team_name") or action.get("team") or "—",
        "assignee": action.get("assignee") or "—",
        "priority": PRIORITIES.get(action.get("priority"), "unchanged"),
        "needs_human": "yes" if action.get("needs_human") else "no",
        "block_auto_send": "yes" if action.get("block_auto_send") else "no",
        "reason": action.get("reason") or "",
        "stop": "yes" if action.get("stop") else "no",
    }


def _key(rule: dict):
    return rule.get("id") if rule.get("id") is not None else f"name:{rule['name']}"


def ruleset_diff(old: dict, new: dict) -> list[RuleChange]:
    """Rules are matched by id (a renamed rule is a change, not a remove and an add);
    conditions are compared row by row in their order."""
    before = {_key(r): r for r in old.get("rules", [])}
    after = {_key(r): r for r in new.get("rules", [])}
    changes: list[RuleChange] = []
    for key, rule in after.items():
        if key not in before:
            changes.append(
                RuleChange(
                    "added",
                    rule["name"],
                    rule.get("id"),
                    fields=[(FIELD_LABELS[k], "", v) for k, v in _flat(rule).items()],
                    conditions=[("added", "", condition_text(c)) for c in rule["conditions"]],
                )
            )
            continue
        old_rule = before[key]
        old_flat, new_flat = _flat(old_rule), _flat(rule)
        fields = [
            (FIELD_LABELS[k], old_flat[k], new_flat[k])
            for k in new_flat
            if old_flat[k] != new_flat[k]
        ]
        conds = []
        old_c, new_c = old_rule["conditions"], rule["conditions"]
        for i in range(max(len(old_c), len(new_c))):
            a = old_c[i] if i < len(old_c) else None
            b = new_c[i] if i < len(new_c) else None
            if a == b:
                continue
            kind = "added" if a is None else "removed" if b is None else "changed"
            conds.append((kind, condition_text(a), condition_text(b)))
        if fields or conds:
            changes.append(RuleChange("changed", rule["name"], rule.get("id"), fields, conds))
    for key, rule in before.items():
        if key not in after:
            changes.append(
                RuleChange(
                    "removed",
                    rule["name"],
                    rule.get("id"),
                    conditions=[("removed", condition_text(c), "") for c in rule["conditions"]],
                )
            )
    order = {"changed": 0, "added": 1, "removed": 2}
    changes.sort(key=lambda c: (order[c.kind], c.name))
    return changes
