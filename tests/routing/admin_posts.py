"""Build the POST bodies the Django admin's rule forms send (change form with inline condition
rows, and the rule list with its editable columns), as a browser would."""

from routing.models import Rule


def rule_form_data(*, rule: Rule | None = None, conditions, **fields) -> dict:
    """`conditions`: (fact, operator, value) rows, or (fact, operator, value, delete) rows;
    existing rows of `rule` come first, in order, so their ids line up."""
    base = {
        "name": rule.name if rule else "",
        "enabled": rule.enabled if rule else True,
        "order": rule.order if rule else 100,
        "match": rule.match if rule else "all",
        "team": rule.team_id if rule else "",
        "assignee": rule.assignee_id if rule else "",
        "priority": rule.priority if rule else "",
        "needs_human": rule.needs_human if rule else True,
        "block_auto_send": rule.block_auto_send if rule else True,
        "reason": rule.reason if rule else "",
        "stop": rule.stop if rule else False,
        "description": rule.description if rule else "",
    }
    base.update(fields)
    data = {}
    for key, value in base.items():
        if value is True:
            data[key] = "on"
        elif value is False or value is None:
            if key not in ("enabled", "needs_human", "block_auto_send", "stop"):
                data[key] = ""
        else:
            data[key] = str(value)
    existing = list(rule.conditions.all()) if rule else []
    rows = list(conditions)
    data.update(
        {
            "conditions-TOTAL_FORMS": str(len(rows)),
            "conditions-INITIAL_FORMS": str(len(existing)),
            "conditions-MIN_NUM_FORMS": "0",
            "conditions-MAX_NUM_FORMS": "1000",
        }
    )
    for i, row in enumerate(rows):
        fact, operator, value = row[:3]
        data[f"conditions-{i}-fact"] = fact
        data[f"conditions-{i}-operator"] = operator
        data[f"conditions-{i}-value"] = value
        if rule:
            data[f"conditions-{i}-rule"] = str(rule.pk)
        if i < len(existing):
            data[f"conditions-{i}-id"] = str(existing[i].pk)
        if len(row) > 3 and row[3]:
            data[f"conditions-{i}-DELETE"] = "on"
    data["_save"] = "Save"
    return data


def existing_rows(rule: Rule) -> list[tuple[str, str, str]]:
    return [(c.fact, c.operator, c.value) for c in rule.conditions.all()]


def changelist_data(rules, changes: dict[int, dict]) -> dict:
    """The rule list's editable columns (order, enabled) for `rules`, with `changes` by pk."""
    data = {
        "form-TOTAL_FORMS": str(len(rules)),
        "form-INITIAL_FORMS": str(len(rules)),
        "form-MIN_NUM_FORMS": "0",
        "form-MAX_NUM_FORMS": "1000",
        "_save": "Save",
    }
    for i, rule in enumerate(rules):
        values = {"order": rule.order, "enabled": rule.enabled, **changes.get(rule.pk, {})}
        data[f"form-{i}-id"] = str(rule.pk)
        data[f"form-{i}-order"] = str(values["order"])
        if values["enabled"]:
            data[f"form-{i}-enabled"] = "on"
    return data
