"""A condition reads the same in the rule list, the version diff and the explanations."""

import pytest

from routing.diff import condition_text as diff_text
from routing.evaluation import _compile_condition
from routing.facts import condition_text
from routing.models import Condition


@pytest.mark.parametrize(
    ("fact", "operator", "value", "expected"),
    [
        ("hours_open", "gt", 72, "Hours open is greater than 72"),
        ("no_such_fact", "nope", ["a", "b"], "no_such_fact nope a, b"),
        ("legal_request", "is_true", None, None),
    ],
)
def test_one_text_everywhere(fact, operator, value, expected):
    text = condition_text(fact, operator, value)
    if expected is not None:
        assert text == expected
    cond = {"fact": fact, "operator": operator, "value": value}
    assert diff_text(cond) == text
    assert _compile_condition(cond).text == text
    if not isinstance(value, list):
        stored = "" if value is None else str(value)
        assert str(Condition(fact=fact, operator=operator, value=stored)) == text
