"""The whole decision across industries, honestly held out: for each public source, the risk
heads are trained on the OTHER sources (plus our prototypes, the shipped threshold), and the
decision the pipeline would take (`drafts.classifier.decisions.decisions_evaluate`: the active
class model, the detectors, that risk layer, the live rules and the auto-send check) is scored
on the held-out source: all its high-risk rows and 2,500 of its ordinary ones (seed 0).

    .venv/bin/python bench/decision_cross.py [clinc150 bitext banking77 banking77-split] [--rows]
        [--threshold X]

banking77-split: BANKING77's own held-out 30%, heads trained on its other 70% as well.

Needs the database the console uses (a demo one: `python3 dev.py up --setup-only`) and
../shared/data. Embeddings are cached under var/bench/ between runs. `manage.py evaluate` on
the same rows would use the shipped heads, which were trained on all three sources.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "supportdesk.settings")

import django  # noqa: E402

django.setup()

import numpy as np  # noqa: E402
from _harness import log, results_write  # noqa: E402
from sklearn.model_selection import train_test_split  # noqa: E402

from drafts.classifier.decisions import decisions_evaluate  # noqa: E402
from drafts.classifier.history import HistoryRow  # noqa: E402
from drafts.classifier.models import ClassifierVersion  # noqa: E402
from drafts.classifier.services import version_load  # noqa: E402
from drafts.risk import scoring, training  # noqa: E402
from drafts.risk.encoder import text_prepare, texts_embed  # noqa: E402

DATA = ROOT.parent / "shared" / "data"
CACHE = ROOT / "var" / "bench"
ORDINARY_ROWS = 2500


def embedded(name: str) -> training.Embedded:
    texts, labels = training.dataset_load(name, DATA)
    # Keyed by what the encoder reads: a change to text_prepare recomputes the vectors.
    key = hashlib.sha256("\n".join(map(text_prepare, texts)).encode()).hexdigest()[:16]
    cache = CACHE / f"decision_cross_{name}_{key}.npy"
    if cache.exists() and len(np.load(cache)) == len(texts):
        vectors = np.load(cache)
    else:
        log(f"embedding {name}: {len(texts)} texts")
        vectors = texts_embed(texts)
        CACHE.mkdir(parents=True, exist_ok=True)
        np.save(cache, vectors)
    return training.Embedded(name, vectors, labels, training.kinds_of(name, labels), texts)


SPLIT = "banking77-split"


def banking_split(full: training.Embedded) -> tuple[training.Embedded, training.Embedded]:
    idx_train, idx_test = train_test_split(
        np.arange(len(full.labels)), test_size=0.3, random_state=13, stratify=full.labels
    )

    def part(idx) -> training.Embedded:
        return training.Embedded(
            full.name,
            full.vectors[idx],
            [full.labels[i] for i in idx],
            [full.kinds[i] for i in idx],
            [full.texts[i] for i in idx],
        )

    return part(idx_train), part(idx_test)


def main() -> None:
    args = sys.argv[1:]
    dump = "--rows" in args  # per-row decisions under var/bench/, for reading the misses
    # --threshold X: the measured kinds' bar X instead of the shipped one (what a bar would do)
    threshold = float(args.pop(args.index("--threshold") + 1)) if "--threshold" in args else None
    names = [a for a in args if not a.startswith("--")] or list(training.SOURCE_KINDS)
    started = time.perf_counter()
    shipped = scoring.heads_get()
    sets = {name: embedded(name) for name in training.SOURCE_KINDS}
    prototypes = training._prototype_set()
    version = ClassifierVersion.objects.get(is_active=True)
    loaded = version_load(version=version)
    figures = {}
    for test in names:
        if test == SPLIT:
            # BANKING77's own held-out 30% (as build_risk_layer splits it): the heads learn
            # from the other 70% and the other sources, as the shipped ones learn from its
            # train split before a user's BANKING77 test split.
            train_part, held = banking_split(sets["banking77"])
            heads = training.heads_train(
                [sets[n] for n in sets if n != "banking77"] + [train_part], prototypes
            )
        else:
            heads = training.heads_train([sets[n] for n in sets if n != test], prototypes)
            held = sets[test]
        heads.threshold = shipped.threshold
        heads.kind_thresholds = dict(shipped.kind_thresholds)
        scoring._heads = heads  # the held-out heads for this source only
        rng = np.random.default_rng(0)
        high = [i for i, k in enumerate(held.kinds) if k != training.NONE]
        low = [i for i, k in enumerate(held.kinds) if k == training.NONE]
        low = [int(i) for i in rng.choice(low, size=min(ORDINARY_ROWS, len(low)), replace=False)]
        pick = sorted(high + low)
        rows = [HistoryRow(line=i, text=held.texts[i], label=held.labels[i]) for i in pick]
        risks = ["high" if held.kinds[i] != training.NONE else "low" for i in pick]
        log(f"{test}: whole decision on {len(rows)} rows (heads trained without {test})")
        with scoring.heads_thresholds_use(threshold=threshold):
            result = decisions_evaluate(loaded=loaded, rows=rows, true_risks=risks)
        rows_out = result.pop("rows")
        if dump:
            CACHE.mkdir(parents=True, exist_ok=True)
            (CACHE / f"decision_cross_rows_{test}.json").write_text(json.dumps(rows_out))
            # Every held-out row's head probability and neighbourhood per kind (no text): what
            # a kind's own bar would decide, read without retraining.
            probs, margins = heads.probabilities(held.vectors), heads.margins(held.vectors)
            np.savez_compressed(
                CACHE / f"decision_cross_heads_{test}.npz",
                labels=np.array(held.labels),
                kinds=np.array(held.kinds),
                probs=probs.astype(np.float32),
                margins=margins.astype(np.float32),
            )
        figures[test] = result
        log(
            f"  high-risk recall {result['high_risk_recall']} "
            f"({result['high_risk_reaching_human']}/{result['high_risk_examples']}), "
            f"false escalation {result['false_escalation_rate']} "
            f"({result['low_risk_escalated']}/{result['low_risk_examples']}), "
            f"auto-sendable high-risk {result['high_risk_auto_sendable']}, "
            f"low-risk {result['low_risk_auto_sendable']}"
        )
    scoring._heads = None
    path = results_write(
        "decision_cross",
        {
            "classifier_version": version.pk,
            "familiarity_bar": version.scores.get("familiarity_bar"),
            "threshold": threshold,
            "figures": figures,
        },
    )
    log(f"done in {time.perf_counter() - started:.0f} s; {path}")


if __name__ == "__main__":
    main()
