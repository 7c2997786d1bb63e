"""evaluate: figures checked against numbers worked out by hand."""

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from drafts.classifier.evaluation import evaluation_compute
from drafts.classifier.models import ClassifierVersion

from .classifier_data import HISTORY, history_write, label_map_write

RISKS = {
    "delivery": "low",
    "login": "low",
    "chargeback": "high",
    "breach": "high",
    "refund-talk": None,  # unmapped
}


def test_evaluation_figures_match_hand_computed_values():
    # line: (true, predicted, confidence); triage threshold 0.6, auto-send threshold 0.9
    rows = [
        ("delivery", "delivery", 0.95),  # 1 correct
        ("delivery", "delivery", 0.55),  # 2 correct, needs triage
        ("login", "login", 0.80),  # 3 correct
        ("chargeback", "chargeback", 0.97),  # 4 correct
        ("breach", "breach", 0.70),  # 5 correct
        ("login", "breach", 0.65),  # 6 low-risk escalated (predicted high)
        ("breach", "login", 0.92),  # 7 high-risk predicted low above auto-send: must alert
        ("chargeback", "delivery", 0.50),  # 8 high-risk saved by triage
        ("refund-talk", "delivery", 0.85),  # 9 label the model does not know, unmapped
        ("login", "delivery", 0.62),  # 10 low-risk, wrong but not escalated
    ]
    figures = evaluation_compute(
        true_labels=[r[0] for r in rows],
        predicted_labels=[r[1] for r in rows],
        confidences=[r[2] for r in rows],
        threshold=0.6,
        auto_send_threshold=0.9,
        label_risks=RISKS,
        model_labels=["breach", "chargeback", "delivery", "login"],
    )

    assert figures["examples"] == 10
    assert figures["accuracy"] == 0.5  # rows 1-5
    assert figures["accuracy_on_known_labels"] == 0.5556  # 5 of 9
    # delivery: tp 2, predicted 5, support 2 -> P 0.4, R 1, F1 0.8/1.4
    assert figures["per_class"]["delivery"] == {
        "precision": 0.4,
        "recall": 1.0,
        "f1": 0.5714,
        "support": 2,
    }
    # login: tp 1, predicted 2, support 3 -> P 0.5, R 1/3, F1 (1/3)/(5/6) = 0.4
    assert figures["per_class"]["login"] == {
        "precision": 0.5,
        "recall": 0.3333,
        "f1": 0.4,
        "support": 3,
    }
    assert figures["per_class"]["chargeback"] == {
        "precision": 1.0,
        "recall": 0.5,
        "f1": 0.6667,
        "support": 2,
    }
    assert figures["per_class"]["breach"]["f1"] == 0.5
    assert figures["per_class"]["refund-talk"]["f1"] == 0.0
    # (4/7 + 2/5 + 2/3 + 1/2 + 0) / 5
    assert figures["macro_f1"] == 0.4276
    assert figures["most_confused"] == [
        {"true": "breach", "predicted": "login", "count": 1},
        {"true": "chargeback", "predicted": "delivery", "count": 1},
        {"true": "login", "predicted": "breach", "count": 1},
        {"true": "login", "predicted": "delivery", "count": 1},
        {"true": "refund-talk", "predicted": "delivery", "count": 1},
    ]
    assert figures["labels_not_in_model"] == {"refund-talk": 1}
    # rows 2 and 8 below 0.6; accepted rows 1,3,4,5,6,7,9,10 of which 1,3,4,5 correct
    assert figures["triage"] == {
        "threshold": 0.6,
        "needs_triage": 2,
        "needs_triage_share": 0.2,
        "accepted_accuracy": 0.5,
    }
    routing = figures["routing"]
    # high-risk rows 4,5,7,8: 4 and 5 predicted high, 8 triaged, 7 slips through
    assert routing["high_risk_examples"] == 4
    assert routing["high_risk_reaching_human"] == 3
    assert routing["high_risk_recall"] == 0.75
    # low-risk rows 1,2,3,6,10: 2 triaged, 6 predicted high
    assert routing["low_risk_examples"] == 5
    assert routing["low_risk_escalated"] == 2
    assert routing["false_escalation_rate"] == 0.4
    assert routing["high_risk_auto_sendable"] == 1
    assert routing["high_risk_auto_sendable_lines"] == [7]
    assert routing["unmapped_labels"] == {"refund-talk": 1}


def test_no_auto_send_threshold_means_nothing_is_auto_sendable():
    figures = evaluation_compute(
        true_labels=["breach"],
        predicted_labels=["login"],
        confidences=[0.99],
        threshold=0.6,
        auto_send_threshold=None,
        label_risks=RISKS,
        model_labels=["breach", "login"],
    )
    assert figures["routing"]["high_risk_auto_sendable"] == 0
    assert figures["routing"]["high_risk_recall"] == 0.0


def test_calibration_error_by_hand():
    # Two bins: 0.9 (1 right of 2 -> |0.9-0.5| = 0.4) and 0.3 (1 right of 2 -> |0.3-0.5| = 0.2)
    figures = evaluation_compute(
        true_labels=["a", "a", "a", "a"],
        predicted_labels=["a", "b", "a", "b"],
        confidences=[0.9, 0.9, 0.3, 0.3],
        threshold=0.5,
        auto_send_threshold=None,
        label_risks={"a": "low", "b": "low"},
        model_labels=["a", "b"],
    )
    assert figures["calibration"]["ece"] == 0.3  # 0.5 * 0.4 + 0.5 * 0.2


@pytest.mark.django_db
def test_evaluate_without_a_trained_version_is_a_clear_error(tmp_path):
    with pytest.raises(CommandError, match="no classifier version"):
        call_command("evaluate", str(history_write(tmp_path / "h.csv")), stdout=StringIO())


@pytest.mark.django_db
def test_evaluate_command_scores_the_active_model_and_prints_json(tmp_path):
    history = history_write(tmp_path / "history.csv")
    label_map = label_map_write(tmp_path / "map.json")
    call_command("import_history", str(history), "--label-map", str(label_map), stdout=StringIO())
    call_command("train_classifier", stdout=StringIO())
    version = ClassifierVersion.objects.get(is_active=True)

    # Texts the model was trained on, so its predictions are known: the label column below
    # disagrees with them on purpose in lines 7, 8 and 9.
    held_out = tmp_path / "held_out.jsonl"
    rows = [
        (HISTORY["delivery"][0], "delivery"),  # 1 correct
        (HISTORY["delivery"][1], "delivery"),  # 2 correct
        (HISTORY["login"][0], "login"),  # 3 correct
        (HISTORY["chargeback"][0], "chargeback"),  # 4 correct
        (HISTORY["breach"][0], "breach"),  # 5 correct
        (HISTORY["breach"][1], "breach"),  # 6 correct
        (HISTORY["breach"][2], "login"),  # 7 predicted breach: low-risk escalated
        (HISTORY["login"][1], "breach"),  # 8 predicted login: high-risk predicted low
        (HISTORY["delivery"][2], "refund-talk"),  # 9 not a model label
    ]
    held_out.write_text(
        "\n".join(
            json.dumps({"text": t, "label": label, "ticket_id": i})
            for i, (t, label) in enumerate(rows)
        )
        + "\n{broken\n",
        encoding="utf-8",
    )
    out, err = StringIO(), StringIO()
    call_command(
        "evaluate", str(held_out), "--label-map", str(label_map), "--json", stdout=out, stderr=err
    )
    figures = json.loads(out.getvalue())

    assert figures["version"]["id"] == version.pk
    assert figures["file"]["unknown_columns"] == ["ticket_id"]
    assert figures["file"]["skipped"] == [
        {
            "line": 10,
            "reason": "invalid JSON: Expecting property name enclosed in double quotes at column 2",
        }
    ]
    assert figures["examples"] == 9
    assert figures["triage"]["needs_triage"] == 0  # all are training texts: confident
    assert figures["accuracy"] == 0.6667  # 6 of 9
    assert figures["accuracy_on_known_labels"] == 0.75  # 6 of 8
    assert figures["labels_not_in_model"] == {"refund-talk": 1}
    # delivery: tp 2, predicted 3 (lines 1, 2, 9), support 2 -> F1 0.8
    # login: tp 1, predicted 2 (3, 8), support 2 (3, 7) -> 0.5
    # chargeback: 1/1/1 -> 1.0; breach: tp 2, predicted 3 (5, 6, 7), support 3 (5, 6, 8) -> 2/3
    # refund-talk: 0. Macro-F1 = (0.8 + 0.5 + 1 + 2/3 + 0) / 5 = 0.5933
    assert figures["per_class"]["delivery"]["precision"] == 0.6667
    assert figures["per_class"]["breach"]["recall"] == 0.6667
    assert figures["macro_f1"] == 0.5933
    routing = figures["class_model_routing"]
    # high-risk: 4, 5, 6 (predicted high) and 8 (predicted login, low, confident)
    assert (routing["high_risk_examples"], routing["high_risk_reaching_human"]) == (4, 3)
    assert routing["high_risk_recall"] == 0.75
    # low-risk: 1, 2, 3, 7; line 7 predicted breach -> escalated
    assert (routing["low_risk_examples"], routing["low_risk_escalated"]) == (4, 1)
    assert routing["false_escalation_rate"] == 0.25
    assert routing["unmapped_labels"] == {"refund-talk": 1}
    # Line 8 is the only high-risk example predicted low-risk: whether auto-send could have
    # sent it depends on the auto-send threshold the training chose, and it is said loudly.
    line8 = routing["high_risk_auto_sendable_lines"]
    assert line8 in ([], [8])
    if line8:
        assert "The class model alone rated 1 high-risk" in err.getvalue()
    # "routing" is the whole decision (class model, detectors, risk layer, rules): the same
    # figures as "decision", whose rows say why.
    whole = figures["routing"]
    assert whole["scope"] == "whole decision"
    assert whole["high_risk_recall"] == figures["decision"]["high_risk_recall"]
    assert whole["false_escalation_rate"] == figures["decision"]["false_escalation_rate"]
    assert whole["high_risk_examples"] == 4

    human = StringIO()
    call_command(
        "evaluate", str(held_out), "--version", str(version.pk), stdout=human, stderr=StringIO()
    )
    text = human.getvalue()
    assert "Accuracy 0.6667" in text
    assert "Labels not in the model's label set (always wrong): refund-talk (1)" in text
    assert "skipped line 10" in text
