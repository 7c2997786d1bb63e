"""Small, honest tuning of the classifier's SVM C and char n-gram range on banking77.

    .venv/bin/python bench/classifier_tune.py

Only the training part of the first outer fold of bench/classifier_cv.py (same seed) is used,
split again into 3 inner folds; the outer test folds that classifier_cv.py reports are never
seen here. Prints the inner-CV accuracy (median over the 3 inner folds) of each setting.
"""

from __future__ import annotations

import csv
import statistics
import sys
import time
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import accuracy_score
from sklearn.model_selection import StratifiedKFold
from sklearn.pipeline import FeatureUnion, Pipeline
from sklearn.svm import LinearSVC

PATH = Path(__file__).resolve().parents[2] / "shared" / "data" / "banking77" / "train.csv"


def build(c: float, char_range: tuple[int, int], word_range: tuple[int, int]) -> Pipeline:
    features = FeatureUnion(
        [
            ("word", TfidfVectorizer(ngram_range=word_range, sublinear_tf=True)),
            (
                "char",
                TfidfVectorizer(
                    analyzer="char_wb", ngram_range=char_range, sublinear_tf=True, min_df=2
                ),
            ),
        ]
    )
    return Pipeline([("features", features), ("svm", LinearSVC(C=c))])


def main() -> None:
    if not PATH.exists():
        sys.exit(f"{PATH} is absent: this benchmark needs ../shared/data")
    with PATH.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    x = np.array([r["text"] for r in rows], dtype=object)
    y = np.array([r["category"] for r in rows], dtype=object)
    outer_train, _ = next(StratifiedKFold(5, shuffle=True, random_state=0).split(x, y))
    x, y = x[outer_train], y[outer_train]
    inner = list(StratifiedKFold(3, shuffle=True, random_state=1).split(x, y))
    grid = [
        (0.25, (2, 5), (1, 2)),
        (0.5, (2, 5), (1, 2)),
        (1.0, (2, 5), (1, 2)),
        (0.5, (1, 6), (1, 2)),
        (0.5, (2, 5), (1, 3)),
    ]
    print(f"inner 3-fold CV on {len(y)} examples (outer fold 1 training part only)")
    for c, char_range, word_range in grid:
        accs, times = [], []
        for train, test in inner:
            started = time.perf_counter()
            model = build(c, char_range, word_range).fit(x[train], y[train])
            times.append(time.perf_counter() - started)
            accs.append(accuracy_score(y[test], model.predict(x[test])))
        print(
            f"C={c} char_wb{char_range} word{word_range}: accuracy "
            f"{statistics.median(accs):.4f} (mean {np.mean(accs):.4f}), fit "
            f"{statistics.median(times):.1f}s",
            flush=True,
        )


if __name__ == "__main__":
    main()
