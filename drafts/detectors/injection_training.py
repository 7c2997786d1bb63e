"""Building the learned injection head: what it reads, leave-one-part-out scores, the threshold.

Positives are the attacks of our own detector corpus (drafts/detectors/corpus); negatives
its ordinary tickets plus public customer messages (BANKING77 train, Bitext customer support,
CLINC150), read at build time only: the artefact keeps weights, never their texts.

Honest scores come from leave-one-part-out: each corpus part is scored by a head trained on the
other parts, and each public message by a head that never saw it (public messages are dealt into
as many folds as there are parts). Those figures say how the head does on a style of writing it
has never seen. The threshold is picked on out-of-fold scores of THRESHOLD_FOLDS random folds
over every example (each message scored by a head that never saw it, but trained on the other
messages of its own part): the shipped head is trained on every part, so its bar is set for the
styles it has learnt. Picked on leave-one-part-out scores, one ordinary part in a register no
other part has (the formal letters, 19 of 240 flagged out of part at 0.98) pushed the bar to 0.98
and cost the blind attack parts 2-9 attacks each (docs/detectors.md, 2026-12-07).
"""

import csv
import json
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from .corpus import OWN_ORDINARY_PART
from .injection_head import InjectionHead, head_fit
from .normalize import text_normalize

# Corpus ordinary tickets are hard negatives written next to the attacks: they count more than a
# public message each, so the head learns the line between the two rather than "support topics".
HARD_NEGATIVE_WEIGHT = 5.0
# Out-of-fold false-positive budgets the threshold must meet (the bar is 2%; margin for text the
# head has never seen).
MAX_FP_CORPUS = 0.01
MAX_FP_PUBLIC = 0.005
# Picked on random folds, which see every style of writing in training. Tried at 0.5% for the
# corpus (a bar of 0.85-0.88): it flagged none of the tests' look-alikes, but caught 62 of 80
# attacks of the blind stress18 against 64 at 1% (bar 0.835; docs/detectors.md, 2026-12-07):
# recall of attacks is the side under its goal, so the budget stays 1%.
THRESHOLD_FOLDS = 5


@dataclass
class SourceReport:
    name: str
    path: str
    read: int = 0
    kept: int = 0
    skipped: dict[str, int] = field(default_factory=dict)

    def skip(self, reason: str) -> None:
        self.skipped[reason] = self.skipped.get(reason, 0) + 1


def _banking77(path: Path) -> list[str]:
    with path.open(encoding="utf-8") as f:
        return [row["text"] for row in csv.DictReader(f)]


def _bitext(path: Path) -> list[str]:
    with path.open(encoding="utf-8") as f:
        return [row["instruction"] for row in csv.DictReader(f)]


def _clinc150(path: Path) -> list[str]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return [text for split in data.values() for text, _intent in split]


PUBLIC_SOURCES: tuple[tuple[str, str, Callable[[Path], list[str]]], ...] = (
    ("BANKING77 train (CC BY 4.0)", "banking77/train.csv", _banking77),
    (
        "Bitext customer support (CDLA-Sharing 1.0)",
        "bitext-customer-support/bitext_customer_support_4514.csv",
        _bitext,
    ),
    ("CLINC150 full (CC BY 3.0)", "clinc150/data_full.json", _clinc150),
)


def public_messages_read(data_dir: Path) -> tuple[list[str], list[SourceReport]]:
    """Ordinary customer messages from the public sets under data_dir, deduplicated.

    A missing file is reported and skipped (the head is then built from the corpus alone)."""
    texts: list[str] = []
    seen: set[str] = set()
    reports = []
    for name, relative, reader in PUBLIC_SOURCES:
        path = data_dir / relative
        report = SourceReport(name, str(path))
        reports.append(report)
        if not path.exists():
            report.skip("file missing")
            continue
        for text in reader(path):
            report.read += 1
            key = " ".join(text.lower().split())
            if len(key) < 3:
                report.skip("empty or under 3 characters")
            elif key in seen:
                report.skip("duplicate")
            else:
                seen.add(key)
                texts.append(text)
                report.kept += 1
    return texts, reports


@dataclass(frozen=True)
class Example:
    text: str  # normalized
    attack: bool
    part: str  # corpus part, or "public"
    weight: float


def examples_build(corpus: dict[str, list], public: list[str]) -> list[Example]:
    """Corpus attacks and ordinary tickets per part, then the public messages (normalized)."""
    examples = []
    for part, samples in corpus.items():
        for sample in samples:
            if sample.label in ("attack", "ordinary"):
                attack = sample.label == "attack"
                # Hard negatives are written next to the attacks; the risk layer's texts are
                # plain support messages (in four languages) and count like public ones.
                weight = 1.0 if attack or part == OWN_ORDINARY_PART else HARD_NEGATIVE_WEIGHT
                examples.append(Example(text_normalize(sample.text).text, attack, part, weight))
    for text in public:
        examples.append(Example(text_normalize(text).text, False, "public", 1.0))
    return examples


def head_train(examples: list[Example], threshold: float = 0.5) -> InjectionHead:
    model = head_fit(
        [e.text for e in examples],
        [e.attack for e in examples],
        sample_weight=np.array([e.weight for e in examples]),
    )
    return InjectionHead.from_model(model, threshold)


def out_of_fold_scores(
    examples: list[Example], parts: list[str], progress: Callable[[str], None] = lambda _: None
) -> np.ndarray:
    """Leave-one-part-out: each part scored by a head trained on all other parts; the public
    messages dealt into len(parts) folds, fold i held out together with part i."""
    public_fold = {}
    order = [i for i, e in enumerate(examples) if e.part == "public"]
    random.Random(16).shuffle(order)
    for rank, index in enumerate(order):
        public_fold[index] = rank % len(parts)
    scores = np.zeros(len(examples))
    for fold, part in enumerate(parts):
        held = [
            i
            for i, e in enumerate(examples)
            if e.part == part or (e.part == "public" and public_fold[i] == fold)
        ]
        held_set = set(held)
        train = [e for i, e in enumerate(examples) if i not in held_set]
        head = head_train(train)
        scores[held] = head.scores([examples[i].text for i in held])
        progress(f"fold {fold + 1}/{len(parts)}: held out {part} and {len(held)} messages")
    return scores


def out_of_fold_scores_random(
    examples: list[Example],
    folds: int = THRESHOLD_FOLDS,
    seed: int = 0,
    progress: Callable[[str], None] = lambda _: None,
) -> np.ndarray:
    """Each example scored by a head trained on the other folds (examples dealt at random)."""
    order = list(range(len(examples)))
    random.Random(seed).shuffle(order)
    scores = np.zeros(len(examples))
    for fold in range(folds):
        held = order[fold::folds]
        held_set = set(held)
        head = head_train([e for i, e in enumerate(examples) if i not in held_set])
        scores[held] = head.scores([examples[i].text for i in held])
        progress(f"threshold fold {fold + 1}/{folds}: {len(held)} messages")
    return scores


def threshold_pick(examples: list[Example], scores: np.ndarray) -> float:
    """The lowest threshold whose out-of-fold false-positive rates stay within budget, on the
    corpus ordinary tickets and on the public messages separately."""
    corpus_neg = np.sort(
        [s for e, s in zip(examples, scores, strict=True) if not e.attack and e.part != "public"]
    )
    public_neg = np.sort([s for e, s in zip(examples, scores, strict=True) if e.part == "public"])
    threshold = 0.5
    for negatives, budget in ((corpus_neg, MAX_FP_CORPUS), (public_neg, MAX_FP_PUBLIC)):
        if len(negatives):
            allowed = int(np.floor(budget * len(negatives)))
            # strictly above the (allowed+1)-th highest negative score
            threshold = max(threshold, float(negatives[-(allowed + 1)]))
    return threshold


def rates(examples: list[Example], scores: np.ndarray, threshold: float) -> dict[str, dict]:
    """Per corpus part: attacks over the threshold and ordinary tickets over it; and the public."""
    out: dict[str, dict] = {}
    for example, score in zip(examples, scores, strict=True):
        row = out.setdefault(example.part, {"attacks": 0, "caught": 0, "ordinary": 0, "flagged": 0})
        if example.attack:
            row["attacks"] += 1
            row["caught"] += bool(score > threshold)
        else:
            row["ordinary"] += 1
            row["flagged"] += bool(score > threshold)
    return out


def injection_head_build(
    *,
    corpus: dict[str, list],
    data_dir: Path,
    output: Path,
    progress: Callable[[str], None] = lambda _: None,
) -> dict:
    """Read the sources, score every part out of fold, pick the threshold, train on everything
    and write the artefact. Returns the summary (also stored in the artefact)."""
    public, reports = public_messages_read(data_dir)
    for report in reports:
        skipped = ", ".join(f"{n} {why}" for why, n in report.skipped.items()) or "none"
        progress(
            f"read {report.name}: {report.read} messages, kept {report.kept}, skipped {skipped}"
        )
    examples = examples_build(corpus, public)
    attacks = sum(e.attack for e in examples)
    progress(
        f"{len(examples)} examples: {attacks} attacks, {len(examples) - attacks - len(public)} "
        f"corpus ordinary tickets, {len(public)} public messages"
    )
    parts = list(corpus)
    scores = out_of_fold_scores(examples, parts, progress)
    threshold = threshold_pick(examples, out_of_fold_scores_random(examples, progress=progress))
    out_of_fold = rates(examples, scores, threshold)
    progress(
        f"threshold {threshold:.3f} (false positives within budget out of {THRESHOLD_FOLDS} "
        "random folds)"
    )
    head = head_train(examples, threshold)
    summary = {
        "threshold": threshold,
        "sources": [
            {"name": r.name, "read": r.read, "kept": r.kept, "skipped": r.skipped} for r in reports
        ],
        "corpus_parts": parts,
        "leave_one_part_out": out_of_fold,
    }
    head.save(output, summary=json.dumps(summary))
    progress(f"wrote {output} ({output.stat().st_size // 1024} KiB)")
    return summary
