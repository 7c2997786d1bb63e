"""evaluate scores the whole decision (class model, detectors, risk layer, rules, auto-send),
reads flat and {"labels": ...} maps, matches class names with '_' or '-', and refuses a map that
names a class the project does not have."""

import csv
import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from .classifier_data import history_write, label_map_write

pytestmark = pytest.mark.django_db

# Held-out rows in our own words: two high-risk the class model was never shown in this form
# (German lost card, an outage) and two ordinary questions.
HELD_OUT = [
    ("Meine Kreditkarte wurde gestern gestohlen, bitte sofort sperren", "breach"),
    ("Nothing loads, the whole dashboard is down for our team since this morning", "breach"),
    ("You took the subscription fee twice this month, I dispute the second one", "chargeback"),
    ("Where is my weather station parcel? The tracking has not moved", "delivery"),
    ("How do I reset my password for the cloud dashboard?", "login"),
]


@pytest.fixture
def trained(tmp_path):
    call_command(
        "import_history",
        str(history_write(tmp_path / "h.csv")),
        "--label-map",
        str(label_map_write(tmp_path / "m.json")),
        stdout=StringIO(),
    )
    call_command("train_classifier", stdout=StringIO())


def _held_out(path: Path) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["text", "label"])
        writer.writerows(HELD_OUT)
    return path


def _evaluate(path: Path, label_map: Path) -> dict:
    out = StringIO()
    call_command(
        "evaluate",
        str(path),
        "--label-map",
        str(label_map),
        "--json",
        stdout=out,
        stderr=StringIO(),
    )
    return json.loads(out.getvalue())


def test_flat_map_with_underscores_scores_the_whole_decision(trained, tmp_path):
    flat = tmp_path / "flat.json"
    flat.write_text(
        json.dumps(
            {
                "delivery": "shipping_status",
                "login": "Account_Access",
                "chargeback": "billing_dispute",
                "breach": "security-report",
            }
        )
    )
    figures = _evaluate(_held_out(tmp_path / "held.csv"), flat)
    decision = figures["decision"]
    assert decision["high_risk_examples"] == 3 and decision["low_risk_examples"] == 2
    rows = {row["line"]: row for row in decision["rows"]}
    # The risk layer, not the class model, is what reads the German lost card and the outage.
    assert "lost_stolen" in rows[2]["risk_kinds"] and rows[2]["reaches_human"]
    assert "outage" in rows[3]["risk_kinds"] and rows[3]["reaches_human"]
    assert decision["high_risk_recall"] == 1.0
    assert decision["high_risk_auto_sendable"] == 0
    for row in decision["rows"]:
        assert set(row) >= {"request_class", "risk_kinds", "signals", "could_auto_send"}
        if row["reaches_human"]:
            assert not row["could_auto_send"]


def test_label_map_naming_an_unknown_class_is_an_error(trained, tmp_path):
    bad = label_map_write(
        tmp_path / "bad.json", {"labels": {"delivery": "shipping-status", "breach": "fraud-desk"}}
    )
    with pytest.raises(CommandError, match="'fraud-desk'"):
        _evaluate(_held_out(tmp_path / "held.csv"), bad)
