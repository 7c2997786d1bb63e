"""Routing figures on banking77 through a label map: does anything high-risk slip through?

    .venv/bin/python bench/classifier_routing.py

Trains the shipped model (drafts.classifier.training.model_train, which also picks the triage
and auto-send thresholds on its own inner folds) on 80% of banking77 and scores the other 20%
with drafts.classifier.evaluation.evaluation_compute, the code behind `manage.py evaluate`.
The label map is the one suggested in ../shared/data/banking77/SOURCE.md (intents -> our request
classes); unmapped intents have no class, so they always go to a human.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import numpy as np
from sklearn.model_selection import train_test_split

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from drafts.classifier.evaluation import evaluation_compute  # noqa: E402
from drafts.classifier.training import model_train  # noqa: E402

PATH = ROOT.parent / "shared" / "data" / "banking77" / "train.csv"
HIGH = {"security-report", "billing-dispute", "data-deletion"}
LABEL_MAP = {
    "security-report": [
        "compromised_card",
        "lost_or_stolen_card",
        "lost_or_stolen_phone",
        "card_payment_not_recognised",
        "cash_withdrawal_not_recognised",
        "direct_debit_payment_not_recognised",
    ],
    "billing-dispute": [
        "transaction_charged_twice",
        "extra_charge_on_statement",
        "wrong_amount_of_cash_received",
        "card_payment_fee_charged",
        "Refund_not_showing_up",
        "request_refund",
        "reverted_card_payment?",
    ],
    "data-deletion": ["terminate_account"],
    "account-access": [
        "passcode_forgotten",
        "pin_blocked",
        "change_pin",
        "verify_my_identity",
        "why_verify_identity",
        "unable_to_verify_identity",
    ],
    "shipping-status": ["card_arrival", "card_delivery_estimate"],
    "pricing": [
        "exchange_charge",
        "transfer_fee_charged",
        "top_up_by_card_charge",
        "cash_withdrawal_charge",
        "top_up_by_bank_transfer_charge",
        "disposable_card_limits",
        "top_up_limits",
    ],
    "setup-help": [
        "activate_my_card",
        "getting_virtual_card",
        "get_physical_card",
        "order_physical_card",
        "apple_pay_or_google_pay",
        "automatic_top_up",
    ],
}


def main() -> None:
    if not PATH.exists():
        sys.exit(f"{PATH} is absent: this benchmark needs ../shared/data")
    with PATH.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    texts = np.array([r["text"] for r in rows], dtype=object)
    labels = np.array([r["category"] for r in rows], dtype=object)
    risk_by_intent = {
        intent: ("high" if slug in HIGH else "low")
        for slug, intents in LABEL_MAP.items()
        for intent in intents
    }
    label_risks = {label: risk_by_intent.get(label) for label in set(labels)}
    risky = {label for label, risk in label_risks.items() if risk != "low"}
    x_train, x_test, y_train, y_test = train_test_split(
        texts, labels, test_size=0.2, stratify=labels, random_state=0
    )
    result = model_train(texts=list(x_train), labels=list(y_train), risky_labels=risky)
    probs = result.model.probabilities(list(x_test))
    predicted = [result.model.labels[i] for i in probs.argmax(axis=1)]
    figures = evaluation_compute(
        true_labels=list(y_test),
        predicted_labels=predicted,
        confidences=probs.max(axis=1).tolist(),
        threshold=result.threshold,
        auto_send_threshold=result.auto_send_threshold,
        label_risks=label_risks,
        model_labels=result.model.labels,
    )
    routing = figures["routing"]
    print(
        f"train {len(y_train)}, test {len(y_test)}; {len(risky)} of {len(label_risks)} "
        f"intents are high-risk or unmapped"
    )
    print(
        f"accuracy {figures['accuracy']}  macro-F1 {figures['macro_f1']}  "
        f"ECE {figures['calibration']['ece']}"
    )
    print(
        f"triage threshold {figures['triage']['threshold']}: "
        f"{figures['triage']['needs_triage_share']} need triage, accepted accuracy "
        f"{figures['triage']['accepted_accuracy']}"
    )
    print(
        f"high-risk recall {routing['high_risk_recall']} "
        f"({routing['high_risk_reaching_human']}/{routing['high_risk_examples']})"
    )
    print(
        f"false escalation rate {routing['false_escalation_rate']} "
        f"({routing['low_risk_escalated']}/{routing['low_risk_examples']})"
    )
    auto = routing["auto_send_threshold"]
    print(
        f"auto-send threshold {'never' if auto is None else auto}; high-risk examples "
        f"auto-send could have sent: {routing['high_risk_auto_sendable']}"
    )
    if routing["high_risk_auto_sendable"]:
        print("!!! HIGH-RISK EXAMPLES COULD HAVE BEEN AUTO-SENT !!!")


if __name__ == "__main__":
    main()
