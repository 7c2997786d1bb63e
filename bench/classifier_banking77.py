"""BANKING77 77-way accuracy, training time and per-text predict latency of the class model,
with the TF-IDF-only model as baseline in the same command.

    .venv/bin/python bench/classifier_banking77.py
    .venv/bin/python bench/classifier_banking77.py --weight 2.0 --latency 100
    .venv/bin/python bench/classifier_banking77.py --sweep 0,0.5,1,1.5,2   # choose the weight

Only ../shared/data/banking77/train.csv is available here (its test split is not), so this holds
out a stratified 30% of it (seed 0, fixed) and never trains on it. Each model is trained by the
real training code (drafts.classifier.training.model_train: 3-fold out-of-fold validation,
temperature calibration, thresholds, final fit) on the other 70%. Training time includes
embedding every training text (the encoder is loaded first, outside the timing, as a worker
would have it loaded). Latency: one text at a time, as the classify stage calls it, embedding
included (median and p90 over --latency texts, wall and CPU time: on a shared machine the
wall time includes waiting for a core). Writes bench/results/classifier_banking77-*.json.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import statistics
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
from sklearn.model_selection import StratifiedKFold, train_test_split

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from drafts.classifier.training import (  # noqa: E402
    EMBEDDING_WEIGHT,
    model_train,
    pipeline_fit,
    scores_compute,
)
from drafts.risk.encoder import texts_embed  # noqa: E402

PATH = ROOT.parent / "shared" / "data" / "banking77" / "train.csv"
RESULTS = ROOT / "bench" / "results"


def run(name, *, x_train, y_train, x_test, y_test, weight, latency_n):
    started, started_cpu = time.perf_counter(), time.process_time()
    result = model_train(texts=list(x_train), labels=list(y_train), embedding_weight=weight)
    seconds, cpu = time.perf_counter() - started, time.process_time() - started_cpu
    model = result.model
    probs = model.probabilities(list(x_test))
    predicted = np.array(model.labels, dtype=object)[probs.argmax(axis=1)]
    accuracy = float((predicted == y_test).mean())
    single, single_cpu = [], []
    for text in list(x_test[: latency_n + 10]):
        t0, c0 = time.perf_counter(), time.process_time()
        model.probabilities([text])
        single.append((time.perf_counter() - t0) * 1000)
        single_cpu.append((time.process_time() - c0) * 1000)
    single, single_cpu = single[10:], single_cpu[10:]  # warm-up
    row = {
        "model": name,
        "embedding_weight": weight,
        "accuracy": round(accuracy, 4),
        "oof_accuracy": result.scores.get("accuracy"),
        "temperature": result.scores.get("temperature"),
        "threshold": result.scores.get("threshold"),
        "auto_send_threshold": result.scores.get("auto_send_threshold"),
        "train_seconds_wall": round(seconds, 1),
        "train_seconds_cpu": round(cpu, 1),
        "predict_ms_median": round(statistics.median(single), 2),
        "predict_ms_p90": round(float(np.percentile(single, 90)), 2),
        "predict_cpu_ms_median": round(statistics.median(single_cpu), 2),
    }
    print(json.dumps(row), flush=True)
    return row


def sweep(weights, *, x, y, vectors) -> None:
    """3-fold accuracy on the training part only (the held-out 30% is never read) for each
    embedding weight: how EMBEDDING_WEIGHT was chosen. Embeddings computed once."""
    folds = StratifiedKFold(3, shuffle=True, random_state=0)
    for weight in weights:
        accuracies = []
        for a, b in folds.split(x, y):
            pipeline = pipeline_fit(texts=x[a], y=y[a], vectors=vectors[a], weight=weight)
            scores = scores_compute(pipeline, list(x[b]), vectors[b], weight)
            accuracies.append(float((pipeline.classes_[scores.argmax(axis=1)] == y[b]).mean()))
        print(f"weight {weight}: 3-fold accuracy {np.mean(accuracies):.4f} {accuracies}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--weight", type=float, default=EMBEDDING_WEIGHT)
    parser.add_argument("--latency", type=int, default=200, help="texts timed one by one")
    parser.add_argument("--no-baseline", action="store_true")
    parser.add_argument("--sweep", help="comma-separated weights: validation folds only")
    args = parser.parse_args()
    if not PATH.exists():
        sys.exit(f"{PATH} is absent: this benchmark needs ../shared/data")
    with PATH.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    x = np.array([r["text"] for r in rows], dtype=object)
    y = np.array([r["category"] for r in rows], dtype=object)
    train, test = train_test_split(np.arange(len(x)), test_size=0.3, stratify=y, random_state=0)
    texts_embed(["warm-up"])  # load the encoder outside the timings
    load = os.getloadavg()
    print(f"banking77 train.csv: {len(train)} train, {len(test)} held out; load {load}")
    if args.sweep:
        vectors = texts_embed(list(x[train]))
        weights = [float(w) for w in args.sweep.split(",")]
        sweep(weights, x=x[train], y=y[train], vectors=vectors)
        return
    split = {"x_train": x[train], "y_train": y[train], "x_test": x[test], "y_test": y[test]}
    results = []
    if not args.no_baseline:
        results.append(run("tfidf (baseline)", weight=0.0, latency_n=args.latency, **split))
    results.append(run("tfidf + embeddings", weight=args.weight, latency_n=args.latency, **split))
    RESULTS.mkdir(exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    payload = {
        "bench": "classifier_banking77",
        "at": stamp,
        "split": "banking77 train.csv, stratified 30% held out, random_state=0",
        "loadavg": load,
        "results": results,
    }
    for name in (f"classifier_banking77-{stamp}.json", "classifier_banking77-latest.json"):
        (RESULTS / name).write_text(json.dumps(payload, indent=2) + "\n")


if __name__ == "__main__":
    main()
