"""Classify-stage latency per message, with and without the risk layer, in one command.

    .venv/bin/python bench/classify_latency.py [--rounds 5] [--train-rows 3000]

No database and no server: the classify stage's CPU work is timed directly, one message at a
time as a worker takes them, on the project's own texts (drafts/risk/checks.py and the kinds'
prototypes, EN/DE/FR/ES). Baseline: the detectors (drafts.stages.text_read) and a TF-IDF-only
class model (trained here on bitext from ../shared/data). With the risk layer: what
drafts.stages.stage_classify does now: the detectors, ONE sentence embedding of the message, the
risk heads + patterns on it, and the shipped class model (TF-IDF stacked with that same
embedding). The risk artefact's build time is printed by `manage.py build_risk_layer`.
Prints medians and p90 and writes bench/results/classify_latency-*.json.
"""

from __future__ import annotations

import argparse
import csv
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "supportdesk.settings")

import django  # noqa: E402

django.setup()

from bench._harness import percentile, results_write  # noqa: E402
from drafts.classifier.training import example_text, model_train  # noqa: E402
from drafts.risk.checks import SPOKEN_CHECKS  # noqa: E402
from drafts.risk.encoder import texts_embed  # noqa: E402
from drafts.risk.kinds import KINDS, ORDINARY_PROTOTYPES  # noqa: E402
from drafts.risk.scoring import heads_assess, heads_get, risk_assess  # noqa: E402
from drafts.stages import text_read  # noqa: E402

DATA = (
    ROOT.parent / "shared" / "data" / "bitext-customer-support" / "bitext_customer_support_4514.csv"
)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--train-rows", type=int, default=3000)
    args = parser.parse_args()
    if not DATA.exists():
        sys.exit(f"{DATA} is absent: this benchmark needs ../shared/data")
    with DATA.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))[: args.train_rows]
    train_texts = [r["instruction"] for r in rows]
    train_labels = [r["intent"] for r in rows]
    tfidf = model_train(texts=train_texts, labels=train_labels, embedding_weight=0.0)
    started = time.perf_counter()
    model = model_train(texts=train_texts, labels=train_labels)
    train_seconds = time.perf_counter() - started
    texts = [t for t, _k in SPOKEN_CHECKS] + [p for k in KINDS for p in k.prototypes]
    texts += list(ORDINARY_PROTOTYPES)
    started = time.perf_counter()
    heads_get()
    risk_assess(text="warm up")
    load_seconds = time.perf_counter() - started

    heads = heads_get()

    def baseline(text: str) -> None:
        text_read(subject="Question", text=text)
        tfidf.model.probabilities([example_text(subject="Question", text=text)])

    def with_risk(text: str) -> None:
        text_read(subject="Question", text=text)
        vector = texts_embed([f"Question\n{text}"])[0]
        heads_assess(heads=heads, text=f"Question\n{text}", vector=vector)
        model.model.probabilities([example_text(subject="Question", text=text)], vector)

    samples: dict[str, list[float]] = {"baseline": [], "with_risk_layer": []}
    for _ in range(args.rounds):
        for text in texts:  # interleaved, so a busy moment hits both alike
            for name, fn in (("baseline", baseline), ("with_risk_layer", with_risk)):
                t0 = time.perf_counter()
                fn(text)
                samples[name].append((time.perf_counter() - t0) * 1000)
    figures = {
        name: {
            "median_ms": round(statistics.median(s), 2),
            "p90_ms": round(percentile(s, 0.9), 2),
            "n": len(s),
        }
        for name, s in samples.items()
    }
    figures["risk_layer_added_median_ms"] = round(
        figures["with_risk_layer"]["median_ms"] - figures["baseline"]["median_ms"], 2
    )
    data = {
        "texts": len(texts),
        "rounds": args.rounds,
        "class_model_train_seconds": round(train_seconds, 1),
        "class_model_train_rows": len(rows),
        "risk_layer_load_seconds": round(load_seconds, 2),
        "load_average": os.getloadavg(),
        **figures,
    }
    path = results_write("classify_latency", data)
    print(f"load average {data['load_average']}")
    for name in ("baseline", "with_risk_layer"):
        f = figures[name]
        print(f"{name:18} median {f['median_ms']:7.2f} ms  p90 {f['p90_ms']:7.2f} ms  (n={f['n']})")
    print(f"risk layer adds {figures['risk_layer_added_median_ms']} ms at the median")
    print(f"class model trained on {len(rows)} rows in {train_seconds:.1f}s; written {path}")


if __name__ == "__main__":
    main()
