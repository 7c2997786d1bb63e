"""What data migrations that change the shipped rules share: record the rule set they leave as
a version. The same shape as routing.selectors.ruleset_snapshot_live, written out here so the
migrations keep working whatever the code becomes. (Not a migration: Django skips modules whose
name starts with an underscore.)"""

import hashlib
import json

from django.utils import timezone


def _typed(operator, value):
    if operator in ("is_true", "is_false", "is_empty", "is_not_empty"):
        return None
    if operator in ("includes_any", "includes_all", "excludes_all", "in", "not_in",
                    "contains_any", "contains_none"):
        return [part.strip() for part in value.split(",") if part.strip()]
    try:
        number = float(value)
    except ValueError:
        return value
    return int(number) if number.is_integer() else number


def ruleset_version_record(apps, *, summary: str) -> None:
    """A new rule-set version of the rules as they now are, by "system". On a fresh install,
    where nothing has been decided with v1 yet, v1 (the shipped defaults) takes them instead."""
    Rule = apps.get_model("routing", "Rule")
    Condition = apps.get_model("routing", "Condition")
    RuleSetVersion = apps.get_model("routing", "RuleSetVersion")
    rules = []
    for rule in Rule.objects.select_related("team", "assignee").order_by("order", "id"):
        rules.append({
            "id": rule.pk, "name": rule.name, "enabled": rule.enabled, "order": rule.order,
            "match": rule.match,
            "conditions": [
                {"fact": c.fact, "operator": c.operator, "value": _typed(c.operator, c.value)}
                for c in Condition.objects.filter(rule=rule).order_by("position", "id")
            ],
            "action": {
                "team": rule.team.slug if rule.team_id else None,
                "team_name": rule.team.name if rule.team_id else None,
                "assignee_id": rule.assignee_id,
                "assignee": rule.assignee.get_username() if rule.assignee_id else None,
                "priority": rule.priority, "needs_human": rule.needs_human,
                "block_auto_send": rule.block_auto_send, "reason": rule.reason,
                "stop": rule.stop,
            },
        })
    snapshot = {"format": 1, "rules": rules}
    canonical = json.dumps(snapshot, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    content_hash = hashlib.sha256(canonical.encode()).hexdigest()
    versions = list(RuleSetVersion.objects.order_by("-number")[:2])
    if len(versions) == 1 and versions[0].number == 1 and versions[0].author_label == "system":
        shipped = versions[0]
        if not apps.get_model("routing", "RoutingDecision").objects.filter(
            ruleset_version=shipped
        ).exists():
            shipped.snapshot, shipped.content_hash = snapshot, content_hash
            shipped.save(update_fields=["snapshot", "content_hash"])
            return
    latest = versions[0] if versions else None
    RuleSetVersion.objects.create(
        number=(latest.number + 1) if latest else 1, snapshot=snapshot,
        content_hash=content_hash, author_label="system", summary=summary,
        created_at=timezone.now(),
    )


def rules_condition_add(apps, *, rules, fact: str, operator: str, summary: str) -> None:
    """Add the condition `fact operator` (no value) at the end of each named shipped rule that
    matches on all its conditions and does not test `fact` yet (a rule a lead already edited to
    test it is left alone); record a new rule-set version when anything changed."""
    Rule = apps.get_model("routing", "Rule")
    Condition = apps.get_model("routing", "Condition")
    changed = False
    for rule in Rule.objects.filter(name__in=rules, match="all"):
        conditions = Condition.objects.filter(rule=rule)
        if conditions.filter(fact=fact).exists():
            continue
        last = conditions.order_by("-position").first()
        Condition.objects.create(
            rule=rule, position=(last.position + 1) if last else 0, fact=fact,
            operator=operator, value="",
        )
        changed = True
    if changed:
        ruleset_version_record(apps, summary=summary)


def condition_forwards(*, rules, fact: str, operator: str, summary: str):
    """A RunPython function that calls rules_condition_add with these arguments."""

    def forwards(apps, schema_editor):
        rules_condition_add(apps, rules=rules, fact=fact, operator=operator, summary=summary)

    return forwards
