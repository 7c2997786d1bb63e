"""Admin forms: a rule and its condition rows, checked against the facts registry so a lead
gets a message saying what to fix, and the auto-send policy."""

from django import forms
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.forms.models import BaseInlineFormSet

from supportdesk.roles import ROLES

from .facts import FACTS, OPERATORS, TYPE_LABELS, ConditionInvalid, condition_parse
from .models import AutoSendPolicy, Condition, Rule
from .selectors import request_class_choices
from .services import autosend_policy_check

FACT_CHOICES = [("", "— pick a fact —")] + [
    (f.name, f"{f.label} ({TYPE_LABELS[f.type]})") for f in FACTS.values()
]
OPERATOR_CHOICES = [("", "— pick —")] + [(o.key, o.label) for o in OPERATORS.values()]


class ConditionForm(forms.ModelForm):
    fact = forms.ChoiceField(
        choices=FACT_CHOICES,
        error_messages={
            "invalid_choice": "Unknown fact '%(value)s': pick one from the list "
            "(the facts are described below the rules)."
        },
    )
    operator = forms.ChoiceField(
        choices=OPERATOR_CHOICES,
        error_messages={"invalid_choice": "Unknown operator '%(value)s': pick one from the list."},
    )

    class Meta:
        model = Condition
        fields = ["fact", "operator", "value"]
        widgets = {"value": forms.TextInput(attrs={"size": 40})}

    def __init__(self, *args, request_classes=None, **kwargs):
        super().__init__(*args, **kwargs)
        self._choices = request_classes

    def clean(self):
        data = super().clean()
        fact, operator = data.get("fact"), data.get("operator")
        if fact and operator:
            try:
                condition_parse(
                    fact=fact,
                    operator=operator,
                    value=data.get("value", ""),
                    choices=self._choices if self._choices is not None else request_class_choices(),
                )
            except ConditionInvalid as exc:
                self.add_error(exc.field, str(exc))
        return data


class ConditionFormSet(BaseInlineFormSet):
    def get_form_kwargs(self, index):
        kwargs = super().get_form_kwargs(index)
        # One query for the request classes, shared by every row.
        if not hasattr(self, "_request_classes"):
            self._request_classes = request_class_choices()
        kwargs["request_classes"] = self._request_classes
        return kwargs

    def clean(self):
        super().clean()
        kept = 0
        for position, form in enumerate(self.forms):
            if not hasattr(form, "cleaned_data") or not form.cleaned_data:
                continue
            if self.can_delete and self._should_delete_form(form):
                continue
            form.instance.position = position
            kept += 1
        if kept == 0 and not any(form.errors for form in self.forms):
            raise ValidationError(
                "Add at least one condition row (fact, operator, value): a rule without "
                "conditions would never fire."
            )


class RuleForm(forms.ModelForm):
    class Meta:
        model = Rule
        fields = [
            "name",
            "enabled",
            "order",
            "match",
            "team",
            "assignee",
            "priority",
            "needs_human",
            "block_auto_send",
            "reason",
            "stop",
            "description",
        ]
        widgets = {
            "reason": forms.TextInput(attrs={"size": 80}),
            "description": forms.Textarea(attrs={"rows": 2}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "assignee" in self.fields:
            self.fields["assignee"].queryset = (
                get_user_model()
                .objects.filter(is_active=True, groups__name__in=ROLES)
                .distinct()
                .order_by("username")
            )

    def clean(self):
        data = super().clean()
        does_something = any(
            data.get(k) for k in ("team", "assignee", "priority", "needs_human", "block_auto_send")
        )
        if not does_something:
            raise ValidationError(
                "This rule would do nothing when it fires: pick a team or a person, a priority, "
                "or tick 'escalate to a human' or 'block auto-send'."
            )
        return data


class AutoSendPolicyForm(forms.ModelForm):
    class Meta:
        model = AutoSendPolicy
        fields = [
            "request_class",
            "enabled",
            "min_confidence",
            "evidence_window",
            "min_acceptance",
            "max_correction_rate",
            "hold_minutes",
        ]

    def _post_clean(self):
        super()._post_clean()
        if self.instance.request_class_id is None:
            return
        try:
            autosend_policy_check(policy=self.instance)
        except ValidationError as exc:
            self._update_errors(exc)
