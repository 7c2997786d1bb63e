"""Cross-validated quality, training time and prediction latency of the offline classifier.

    .venv/bin/python bench/classifier_cv.py                      # banking77, 5 folds
    .venv/bin/python bench/classifier_cv.py --dataset bitext
    .venv/bin/python bench/classifier_cv.py --rows 2000 --folds 3  # demo-sized training time

Reads ../shared/data (exits with a message when it is absent); nothing is copied into the repo.
For each outer fold it runs the real training code (drafts.classifier.training.model_train:
inner out-of-fold validation, temperature calibration, threshold choice, final fit) on the
training part only, then scores the untouched test part. The triage threshold is therefore
chosen without seeing the test fold. A baseline (word unigram TF-IDF + LinearSVC, no
calibration) runs on the same folds in the same command; figures are medians over folds.
"""

from __future__ import annotations

import argparse
import csv
import statistics
import sys
import time
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import accuracy_score, f1_score
from sklearn.model_selection import StratifiedKFold
from sklearn.pipeline import make_pipeline
from sklearn.svm import LinearSVC

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from drafts.classifier.training import (  # noqa: E402
    ALGORITHM,
    TrainedModel,
    expected_calibration_error,
    model_train,
)

DATA = ROOT.parent / "shared" / "data"
DATASETS = {
    "banking77": (DATA / "banking77" / "train.csv", "text", "category"),
    "bitext": (
        DATA / "bitext-customer-support" / "bitext_customer_support_4514.csv",
        "instruction",
        "intent",
    ),
}


def load(name: str, rows: int | None, seed: int) -> tuple[list[str], list[str]]:
    path, text_col, label_col = DATASETS[name]
    if not path.exists():
        sys.exit(f"{path} is absent: this benchmark needs ../shared/data")
    with path.open(newline="", encoding="utf-8") as handle:
        records = list(csv.DictReader(handle))
    if rows and rows < len(records):
        pick = np.random.default_rng(seed).choice(len(records), size=rows, replace=False)
        records = [records[i] for i in sorted(pick)]
    return [r[text_col] for r in records], [r[label_col] for r in records]


def latency_ms(model: TrainedModel, texts: list[str], n: int = 300) -> tuple[float, float]:
    """Median wall and CPU time (ms) of one single-ticket prediction, after a warm-up."""
    for text in texts[:20]:
        model.probabilities([text])
    wall, cpu = [], []
    for text in texts[:n]:
        started, started_cpu = time.perf_counter(), time.process_time()
        model.probabilities([text])
        wall.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
    return statistics.median(wall), statistics.median(cpu)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dataset", choices=sorted(DATASETS), default="banking77")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--rows", type=int, default=0, help="random subsample (0: all)")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()

    texts, labels = load(args.dataset, args.rows or None, args.seed)
    x = np.array(texts, dtype=object)
    y = np.array(labels, dtype=object)
    print(
        f"{args.dataset}: {len(texts)} examples, {len(set(labels))} labels, "
        f"{args.folds}-fold CV; model: {ALGORITHM}",
        flush=True,
    )
    ours = {
        k: []
        for k in (
            "acc",
            "f1",
            "train_s",
            "train_cpu_s",
            "latency_ms",
            "latency_cpu_ms",
            "ece",
            "threshold",
            "accepted",
            "accepted_acc",
        )
    }
    base = {k: [] for k in ("acc", "f1", "train_s")}
    folds = StratifiedKFold(args.folds, shuffle=True, random_state=args.seed)
    for number, (train, test) in enumerate(folds.split(x, y), start=1):
        started = time.perf_counter()
        baseline = make_pipeline(TfidfVectorizer(sublinear_tf=True), LinearSVC())
        baseline.fit(x[train], y[train])
        base["train_s"].append(time.perf_counter() - started)
        predicted = baseline.predict(x[test])
        base["acc"].append(accuracy_score(y[test], predicted))
        base["f1"].append(f1_score(y[test], predicted, average="macro"))

        started_cpu = time.process_time()
        result = model_train(texts=list(x[train]), labels=list(y[train]))
        ours["train_cpu_s"].append(time.process_time() - started_cpu)
        model = result.model
        probs = model.probabilities(list(x[test]))
        predicted = np.array(model.labels, dtype=object)[probs.argmax(axis=1)]
        confidence = probs.max(axis=1)
        correct = predicted == y[test]
        accepted = confidence >= result.threshold
        ours["acc"].append(float(correct.mean()))
        ours["f1"].append(f1_score(y[test], predicted, average="macro"))
        ours["train_s"].append(result.seconds)
        wall_ms, cpu_ms = latency_ms(model, list(x[test]))
        ours["latency_ms"].append(wall_ms)
        ours["latency_cpu_ms"].append(cpu_ms)
        ours["ece"].append(expected_calibration_error(confidence, correct)[0])
        ours["threshold"].append(result.threshold)
        ours["accepted"].append(float(accepted.mean()))
        ours["accepted_acc"].append(float(correct[accepted].mean()) if accepted.any() else 0.0)
        print(
            f"fold {number}: accuracy {ours['acc'][-1]:.4f} macro-F1 {ours['f1'][-1]:.4f} "
            f"train {result.seconds:.1f}s (cpu {ours['train_cpu_s'][-1]:.1f}s) predict "
            f"{wall_ms:.2f}ms (cpu {cpu_ms:.2f}ms) "
            f"threshold {result.threshold:.3f} accepted {ours['accepted'][-1]:.3f} "
            f"at accuracy {ours['accepted_acc'][-1]:.4f} | baseline accuracy "
            f"{base['acc'][-1]:.4f}",
            flush=True,
        )

    def med(values):
        return statistics.median(values)

    print("\nmedians over folds (mean accuracy in brackets)")
    print(
        f"  ours:     accuracy {med(ours['acc']):.4f} ({np.mean(ours['acc']):.4f})  "
        f"macro-F1 {med(ours['f1']):.4f} ({np.mean(ours['f1']):.4f})  "
        f"train {med(ours['train_s']):.1f}s (incl. 3-fold inner "
        f"validation + final fit; cpu {med(ours['train_cpu_s']):.1f}s)  predict "
        f"{med(ours['latency_ms']):.2f}ms/ticket (cpu {med(ours['latency_cpu_ms']):.2f}ms)"
    )
    print("  (wall times include waiting for a busy CPU; cpu times are this process's own)")
    print(
        f"  baseline: accuracy {med(base['acc']):.4f} ({np.mean(base['acc']):.4f})  "
        f"macro-F1 {med(base['f1']):.4f}  train {med(base['train_s']):.1f}s (one fit)"
    )
    print(
        f"  ratio ours/baseline: accuracy {med(ours['acc']) / med(base['acc']):.3f}, "
        f"train time {med(ours['train_s']) / med(base['train_s']):.1f}x"
    )
    print(
        f"  calibration: ECE {med(ours['ece']):.4f} on the test folds; triage threshold "
        f"{med(ours['threshold']):.3f} (chosen on inner folds for >=95% accepted accuracy) "
        f"accepts {med(ours['accepted']):.3f} of test tickets at accuracy "
        f"{med(ours['accepted_acc']):.4f}"
    )


if __name__ == "__main__":
    main()
