"""Scoring predictions against labels: quality figures and routing figures.

`evaluation_compute` is pure (lists in, a JSON-ready dict out) so its arithmetic can be checked
by hand; `history_evaluate` runs a stored version over a labeled file and calls it.

Routing, as the pipeline applies it:
- a prediction reaches a human when it needs triage (confidence below the threshold), or its
  label maps to a high-risk class, or to no class at all;
- auto-send is possible only for a low-risk prediction at or above the auto-send threshold.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import numpy as np

from tickets.models import RequestClass

from .decisions import decisions_evaluate
from .history import HistoryRow, history_file_open
from .labelmaps import label_map_check, label_map_read
from .selectors import label_map_resolve, label_risks_get, version_get
from .services import version_load
from .training import TrainedModel, example_text, expected_calibration_error


def _rate(numerator: int, denominator: int) -> float | None:
    return round(numerator / denominator, 4) if denominator else None


def evaluation_compute(
    *,
    true_labels: list[str],
    predicted_labels: list[str],
    confidences: list[float],
    threshold: float,
    auto_send_threshold: float | None,
    label_risks: dict[str, str | None],
    model_labels: list[str],
    lines: list[int] | None = None,
    top_confused: int = 10,
) -> dict:
    """Figures for one labeled set. label_risks: label -> "low" / "high" / None (unmapped),
    covering true and predicted labels. Rates are rounded to 4 places; None when undefined."""
    n = len(true_labels)
    lines = lines or list(range(1, n + 1))
    conf = np.asarray(confidences, dtype=float)
    correct = np.array([t == p for t, p in zip(true_labels, predicted_labels, strict=True)])
    triage = conf < threshold

    per_class = {}
    f1s = []
    for label in sorted(set(true_labels) | set(predicted_labels)):
        tp = sum(1 for t, p in zip(true_labels, predicted_labels, strict=True) if t == p == label)
        support = sum(1 for t in true_labels if t == label)
        predicted = sum(1 for p in predicted_labels if p == label)
        precision = tp / predicted if predicted else 0.0
        recall = tp / support if support else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        f1s.append(f1)
        per_class[label] = {
            "precision": round(precision, 4),
            "recall": round(recall, 4),
            "f1": round(f1, 4),
            "support": support,
        }
    confused = Counter((t, p) for t, p in zip(true_labels, predicted_labels, strict=True) if t != p)
    known = set(model_labels)
    unknown = Counter(t for t in true_labels if t not in known)
    known_mask = np.array([t in known for t in true_labels])

    true_risk = [label_risks.get(t) for t in true_labels]
    pred_risk = [label_risks.get(p) for p in predicted_labels]
    reaches_human = np.array(
        [bool(tr) or r != "low" for tr, r in zip(triage, pred_risk, strict=True)]
    )
    high = np.array([r == "high" for r in true_risk])
    low = np.array([r == "low" for r in true_risk])
    auto_sendable = np.array(
        [
            auto_send_threshold is not None and pr == "low" and not tr and c >= auto_send_threshold
            for pr, tr, c in zip(pred_risk, triage, conf, strict=True)
        ]
    )
    high_auto = high & auto_sendable
    ece, reliability = expected_calibration_error(conf, correct) if n else (0.0, [])
    unmapped = Counter(t for t, r in zip(true_labels, true_risk, strict=True) if r is None)

    return {
        "examples": n,
        "accuracy": _rate(int(correct.sum()), n),
        "macro_f1": round(float(np.mean(f1s)), 4) if f1s else None,
        "accuracy_on_known_labels": _rate(int(correct[known_mask].sum()), int(known_mask.sum())),
        "per_class": per_class,
        "most_confused": [
            {"true": t, "predicted": p, "count": count}
            for (t, p), count in sorted(confused.items(), key=lambda kv: (-kv[1], kv[0]))[
                :top_confused
            ]
        ],
        "labels_not_in_model": dict(sorted(unknown.items())),
        "triage": {
            "threshold": round(threshold, 4),
            "needs_triage": int(triage.sum()),
            "needs_triage_share": _rate(int(triage.sum()), n),
            "accepted_accuracy": _rate(int(correct[~triage].sum()), int((~triage).sum())),
        },
        "calibration": {"ece": round(float(ece), 4), "reliability": reliability},
        "routing": {
            "high_risk_examples": int(high.sum()),
            "high_risk_reaching_human": int((high & reaches_human).sum()),
            "high_risk_recall": _rate(int((high & reaches_human).sum()), int(high.sum())),
            "low_risk_examples": int(low.sum()),
            "low_risk_escalated": int((low & reaches_human).sum()),
            "false_escalation_rate": _rate(int((low & reaches_human).sum()), int(low.sum())),
            "auto_send_threshold": auto_send_threshold,
            "high_risk_auto_sendable": int(high_auto.sum()),
            "high_risk_auto_sendable_lines": [lines[i] for i in np.flatnonzero(high_auto).tolist()][
                :50
            ],
            "unmapped_labels": dict(sorted(unmapped.items())),
        },
    }


def history_evaluate(
    *,
    model: TrainedModel,
    path: str | Path,
    threshold: float,
    auto_send_threshold: float | None,
    label_map: dict[str, str | None],
    label_map_path: str | Path | None = None,
    resolve_risks,
    text_column: str = "",
    label_column: str = "",
    encoding: str = "",
    known_slugs: set[str] | None = None,
    decide=None,
) -> dict:
    """Predict every row of a labeled file and score it. The file's label map (if given) takes
    precedence over the version's; resolve_risks(label_map) -> label -> risk. With
    `known_slugs`, a map naming a class not among them is an error (LabelMapError). With
    `decide(rows, true_risks, mapping)`, figures["decision"] holds what it returns."""
    history = history_file_open(
        path=path, text_column=text_column, label_column=label_column, encoding=encoding
    )
    rows: list[HistoryRow] = []
    skipped = []
    for item in history:
        if isinstance(item, HistoryRow):
            rows.append(item)
        else:
            skipped.append({"line": item.line, "reason": item.reason})
    map_problems: list[str] = []
    mapping = dict(label_map)
    if label_map_path:
        map_file = label_map_read(path=label_map_path)
        labels = map_file.labels
        if known_slugs is not None:
            labels = label_map_check(labels=labels, known_slugs=known_slugs)
        mapping.update(labels)
        map_problems = map_file.problems
    if rows:
        probs = model.probabilities(
            [example_text(subject=row.subject, text=row.text) for row in rows]
        )
        best = probs.argmax(axis=1)
        predicted = [model.labels[i] for i in best]
        confidences = probs[np.arange(len(rows)), best].tolist()
    else:
        predicted, confidences = [], []
    true_labels = [row.label for row in rows]
    label_risks = resolve_risks(set(true_labels) | set(model.labels), mapping)
    figures = evaluation_compute(
        true_labels=true_labels,
        predicted_labels=predicted,
        confidences=confidences,
        threshold=threshold,
        auto_send_threshold=auto_send_threshold,
        label_risks=label_risks,
        model_labels=model.labels,
        lines=[row.line for row in rows],
    )
    if decide is not None:
        decision = decide(rows, [label_risks.get(t) for t in true_labels], mapping)
        figures["decision"] = decision
        # "routing" is what the pipeline would do with each row (class model, detectors, risk
        # layer, rules, auto-send check); the class model's part alone stays beside it.
        class_model = figures["routing"]
        figures["class_model_routing"] = class_model
        figures["routing"] = {
            "scope": "whole decision",
            **{k: v for k, v in decision.items() if k != "rows"},
            "auto_send_threshold": class_model["auto_send_threshold"],
            "unmapped_labels": class_model["unmapped_labels"],
        }
    figures["file"] = {
        "path": str(history.path),
        "format": history.format,
        "encoding": history.encoding,
        "columns": history.columns,
        "unknown_columns": history.unknown_columns,
        "notes": history.notes,
        "rows_skipped": len(skipped),
        "skipped": skipped[:100],
        "label_map": str(label_map_path) if label_map_path else "as trained",
        "label_map_problems": map_problems,
    }
    return figures


def version_evaluate(
    *,
    path: str | Path,
    version_id: int | None = None,
    label_map_path: str | Path | None = None,
    text_column: str = "",
    label_column: str = "",
    encoding: str = "",
    whole_decision: bool = True,
) -> dict:
    """Score a stored version (default: the active one) on a labeled file. Read-only.
    With whole_decision, also the pipeline's decision per row (drafts.classifier.decisions).
    Raises ClassifierVersion.DoesNotExist, HistoryFileError, LabelMapError."""
    version = version_get(version_id=version_id)
    model = TrainedModel.from_bytes(bytes(version.artifact))

    def resolve_risks(labels, mapping):
        return label_risks_get(label_map=label_map_resolve(labels=labels, mapping=mapping))

    def decide(rows, true_risks, mapping):
        loaded = version_load(version=version)
        loaded.label_map = label_map_resolve(labels=set(model.labels), mapping=mapping)
        loaded.label_risks = label_risks_get(label_map=loaded.label_map)
        return decisions_evaluate(loaded=loaded, rows=rows, true_risks=true_risks)

    figures = history_evaluate(
        model=model,
        path=path,
        threshold=version.threshold,
        auto_send_threshold=version.auto_send_threshold,
        label_map=version.label_map,
        label_map_path=label_map_path,
        resolve_risks=resolve_risks,
        text_column=text_column,
        label_column=label_column,
        encoding=encoding,
        known_slugs=set(RequestClass.objects.values_list("slug", flat=True)),
        decide=decide if whole_decision else None,
    )
    figures["version"] = {
        "id": version.pk,
        "sha256": version.artifact_sha256,
        "created_at": version.created_at.isoformat(),
        "is_active": version.is_active,
        "training_size": version.training_size,
        "labels": len(version.labels),
        "algorithm": version.algorithm,
    }
    alerts = []
    if figures["routing"]["high_risk_auto_sendable"]:
        alerts.append(
            f"{figures['routing']['high_risk_auto_sendable']} high-risk example(s) could be "
            "auto-sent"
            + (
                " by the whole pipeline decision"
                if "decision" in figures
                else ": predicted low-risk above the auto-send threshold"
            )
        )
    figures["alerts"] = alerts
    return figures
