"""The demo's labeled history: parses, covers all 13 classes, and is reproducible."""

import csv
import importlib.util
import io
import json

import pytest

from tickets.demo import DEMO_DIR

SHIPPED_CLASSES = {
    "shipping-status",
    "refund-policy",
    "account-access",
    "setup-help",
    "pricing",
    "general",
    "billing-dispute",
    "refund-exception",
    "data-deletion",
    "legal-compliance",
    "security-report",
    "outage",
    "complaint",
}


def _rows():
    with (DEMO_DIR / "history.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_history_parses_with_every_class_and_enough_rows():
    rows = _rows()
    assert len(rows) >= 1500
    assert set(rows[0]) == {
        "text",
        "label",
        "subject",
        "customer_email",
        "created_at",
        "resolution",
    }
    assert {row["label"] for row in rows} == SHIPPED_CLASSES
    assert all(row["text"].strip() for row in rows)
    assert len({row["text"] for row in rows}) == len(rows)  # no duplicated texts
    domains = {row["customer_email"].rsplit("@", 1)[1] for row in rows}
    assert all(d.endswith("example") or d in {"example.com", "example.org"} for d in domains)
    # Varied: no class is a handful of templates.
    for label in SHIPPED_CLASSES:
        texts = [row["text"] for row in rows if row["label"] == label]
        openings = {" ".join(t.split()[:6]).lower() for t in texts}
        assert len(openings) > len(texts) / 3, label


def test_label_map_maps_every_label_to_a_shipped_class():
    labels = json.loads((DEMO_DIR / "label_map.json").read_text("utf-8"))["labels"]
    assert set(labels) == SHIPPED_CLASSES
    assert set(labels.values()) <= SHIPPED_CLASSES


def test_history_file_is_what_the_builder_produces():
    spec = importlib.util.spec_from_file_location("build_history", DEMO_DIR / "build_history.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    built = module.history_csv()
    committed = (DEMO_DIR / "history.csv").read_text(encoding="utf-8")
    if built != committed:
        pytest.fail("history.csv is stale: run `python demo/build_history.py`")
    assert list(csv.DictReader(io.StringIO(built)))
