"""Probe, not product: would a small learned model generalize better than the injection patterns?

Trains char (2-5) + word (1-2) TF-IDF with logistic regression on the detector corpus parts
written *before* each stress part (plus 4,000 ordinary customer messages from ../shared/data as
negatives), then scores that stress part and 4,000 other public messages. Prints, per stress
part and threshold, attacks caught and false positives, beside the patterns' own figures, and
the union of both. Nothing is shipped from this; see docs/detectors.md.

    .venv/bin/python bench/injection_learned_probe.py
"""

import csv
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sklearn.feature_extraction.text import TfidfVectorizer  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402
from sklearn.pipeline import make_pipeline, make_union  # noqa: E402

from drafts.detectors import text_detect, text_normalize  # noqa: E402
from drafts.detectors.corpus import FRESH_PARTS, PARTS, STRESS_PARTS, corpus_load  # noqa: E402

DATA = ROOT.parent / "shared" / "data"
ORDER = ["dev", "heldout", *STRESS_PARTS, *FRESH_PARTS]  # the order the parts were written in


def public_messages() -> list[str]:
    texts = []
    with (DATA / "bitext-customer-support" / "bitext_customer_support_4514.csv").open() as f:
        texts += [row["instruction"] for row in csv.DictReader(f)]
    with (DATA / "banking77" / "train.csv").open() as f:
        texts += [row["text"] for row in csv.DictReader(f)]
    random.Random(1).shuffle(texts)
    return texts


def fit(texts: list[str], labels: list[bool]):
    model = make_pipeline(
        make_union(
            TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=2),
            TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True),
        ),
        LogisticRegression(C=10, class_weight="balanced", max_iter=2000),
    )
    model.fit([text_normalize(t).text for t in texts], labels)
    return model


def flagged(text: str) -> bool:
    signals = text_detect(text).signals
    return signals["prompt_injection"] or signals["account_change"]


def main() -> None:
    assert set(ORDER) == {*PARTS, *STRESS_PARTS, *FRESH_PARTS}
    data = {p: [s for s in corpus_load(p) if s.label in ("attack", "ordinary")] for p in ORDER}
    public = public_messages()
    negatives, unseen = public[:4000], public[4000:8000]
    unseen_regex = sum(flagged(t) for t in unseen)
    print(f"patterns on {len(unseen)} public messages: {unseen_regex} flagged")
    for test in (*STRESS_PARTS, *FRESH_PARTS):
        train = [s for p in ORDER[: ORDER.index(test)] for s in data[p]]
        model = fit(
            [s.text for s in train] + negatives,
            [s.label == "attack" for s in train] + [False] * len(negatives),
        )
        samples = data[test]
        scores = model.predict_proba([text_normalize(s.text).text for s in samples])[:, 1]
        public_scores = model.predict_proba([text_normalize(t).text for t in unseen])[:, 1]
        attacks = [(s, p) for s, p in zip(samples, scores, strict=True) if s.label == "attack"]
        ordinary = [(s, p) for s, p in zip(samples, scores, strict=True) if s.label == "ordinary"]
        regex_caught = sum(flagged(s.text) for s, _ in attacks)
        for threshold in (0.5, 0.7):
            caught = sum(p > threshold for _, p in attacks)
            union = sum(p > threshold or flagged(s.text) for s, p in attacks)
            false = sum(p > threshold or flagged(s.text) for s, p in ordinary)
            public_false = sum(p > threshold for p in public_scores)
            print(
                f"{test:8} t={threshold}: model {caught}/{len(attacks)}, patterns (now) "
                f"{regex_caught}/{len(attacks)}, either {union}/{len(attacks)}; ordinary flagged "
                f"{false}/{len(ordinary)}; public flagged by the model {public_false}/{len(unseen)}"
            )


if __name__ == "__main__":
    main()
