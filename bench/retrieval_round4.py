"""The fourth retrieval round's experiments (docs/pipeline.md, "Retrieval, fourth round"): none
is shipped; this script reproduces their figures.

    git show <this commit>:bench/retrieval_round4.py > /tmp/retrieval_round4.py
    SUPPORTDESK_VAR_DIR=/path/to/demo/var .venv/bin/python /tmp/retrieval_round4.py

(from the repository's root; the file is not in the tree, so `dev.py bench` does not run it)

1. A learned combination of the ranking signals (fused best and second-best row, the USE and
   question/answer encoder cosines apart, BM25, the heading row, the passages' mean, the
   question's words in the heading, passages per section, a page's lead section), fitted on
   ONE labelled set (every answerable question of it) and measured on the OTHER: demo
   policies -> kb-plausible-docs and back. Pairwise logistic regression (the labelled section
   against each of the shipped hybrid's 30 best others) and a listwise softmax (the labelled
   sections' share of a softmax over the 50 best, L2). The class hint is not learned (the KB
   has no classes): it is added as shipped, CLASS_BONUS against EMBED_WEIGHT_QA of the weight
   the model gives the similarities.
2. A section's best sentence by the question/answer encoder (each sentence behind its heading
   path, embedded here) mixed into the shipped score, with BM25 over single passages (the max
   over a section's passages) added to it or in place of the section's BM25. English
   questions only (the encoder reads English); the others keep the shipped score.

Figures: recall@3 / MRR on the tuning half (even ids), the held-out half (odd ids) and all, as
bench/retrieval.py counts them; the demo's class hint is the class model's reading
(bench/retrieval.py --predicted). The shipped hybrid is recomputed here from the same rows and
gives bench/retrieval.py's figures exactly. Takes about 6 minutes (the KB's 3,408 rows and
5,655 sentences are embedded).
"""

import re
import statistics
import sys
import time
from pathlib import Path

import numpy as np

# bench/retrieval.py, also when this file is run from elsewhere (from the repository's root)
sys.path[:0] = [str(Path(__file__).resolve().parent), str(Path.cwd() / "bench")]
import retrieval as bench  # noqa: E402  (bench/retrieval.py)

SENTENCE_SPLIT = re.compile(
    r"(?<=[.!?:])\s+(?=[A-Z0-9*\[(])|\s+-\s+|\s*\|\s*|\s+\d+\.\s+|\s+[*•]\s+"
)
FEATURES = (
    "fused best",
    "fused second",
    "USE best",
    "QA best",
    "BM25",
    "heading row",
    "passage mean",
    "heading words",
    "log rows",
    "lead section",
    "USE heading",
    "QA heading",
)
SIMILARITIES = {0, 1, 2, 3, 5, 6, 10, 11}  # features on the cosine scale
FEATURE_SETS = {
    "all twelve": list(range(12)),
    "fused best, second, BM25": [0, 1, 4],
    "USE best, QA best, second, BM25": [2, 3, 1, 4],
    "eleven (no lead section)": [0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 11],
    "best, second, BM25, passage mean": [0, 1, 4, 6],
    "best, second, BM25, heading row and words": [0, 1, 4, 5, 7],
}


class Source:
    """One labelled set and its index: the rows, the questions' vectors, and BM25 scores."""

    def __init__(self, name, items, index, keys):
        from drafts.knowledge import qa_encoder
        from drafts.knowledge.retrieval import _query_cleaned, question_sentences, text_terms
        from drafts.risk.encoder import texts_embed

        self.name, self.items, self.index, self.keys = name, items, index, keys
        self.n = len(index.fragments)
        self.starts = index._starts
        self.rows = np.bincount(index._owner, minlength=self.n)
        self.vectors = [
            (
                texts_embed(question_sentences(i["question"])),
                qa_encoder.qa_texts_embed(question_sentences(i["question"])),
            )
            for i in items
        ]
        self.terms = [text_terms(_query_cleaned(i["question"])) for i in items]
        self.bm25 = [index.scores(t, "bm25") for t in self.terms]
        self.serves = [tuple(f.request_classes) for f in index.fragments]
        self.heading_terms = [set(text_terms(f.heading)) for f in index.fragments]
        seen: set[str] = set()
        self.lead = np.zeros(self.n)
        for i, f in enumerate(index.fragments):
            self.lead[i] = f.document_slug not in seen
            seen.add(f.document_slug)
        self._features: dict[int, np.ndarray] = {}
        self._sentences_embed()
        self._passage_bm25_build()

    def _sentences_embed(self) -> None:
        from drafts.knowledge import qa_encoder

        texts, owner = [], []
        for i, f in enumerate(self.index.fragments):
            embed_texts = list(f.embed_texts) or [f.text]
            topic = embed_texts[0]
            for text in embed_texts[1:]:
                body = text[len(topic) + 2 :] if text.startswith(topic + ": ") else text
                for sentence in SENTENCE_SPLIT.split(body):
                    if len(sentence.strip()) >= 15:
                        texts.append(f"{topic}: {sentence.strip()}")
                        owner.append(i)
        started = time.perf_counter()
        self.sentences = qa_encoder.qa_texts_embed(texts)
        self.sentence_owner = np.array(owner)
        print(
            f"  {self.name}: {len(texts)} sentences embedded by the question/answer encoder in "
            f"{time.perf_counter() - started:.0f} s"
        )

    def _passage_bm25_build(self) -> None:
        from drafts.knowledge.retrieval import FragmentIndex, IndexedFragment

        passages, owner = [], []
        for i, f in enumerate(self.index.fragments):
            for text in list(f.embed_texts)[1:]:
                passages.append(
                    IndexedFragment(
                        fragment_id=len(passages) + 1,
                        version_id=0,
                        document_slug=f.document_slug,
                        anchor=f.anchor,
                        heading=f.heading,
                        text=text,
                    )
                )
                owner.append(i)
        self.passage_index = FragmentIndex(passages, embed=False)
        self.passage_owner = np.array(owner)

    def row_cosines(self, qi: int):
        use_q, qa_q = self.vectors[qi]
        use = (self.index._passages @ use_q.T).max(axis=1)
        qa = (self.index._qa_passages @ qa_q.T).max(axis=1)
        return use, qa, self.items[qi]["language"]

    def class_hint(self, qi: int) -> np.ndarray:
        item = self.items[qi]
        if not item["class"]:
            return np.zeros(self.n)
        weight = min(max(item.get("class_weight", 1.0), 0.0), 1.0)
        return np.array([item["class"] in c for c in self.serves], dtype=float) * weight


def best_two(per_row: np.ndarray, starts: np.ndarray):
    """Each section's best row score and second-best (the best again for one row), as
    FragmentIndex.similarities computes them."""
    owner = np.repeat(np.arange(len(starts)), np.diff(np.append(starts, len(per_row))))
    best = np.maximum.reduceat(per_row, starts)
    rows = np.arange(len(per_row))
    first = np.minimum.reduceat(np.where(per_row >= best[owner], rows, len(per_row)), starts)
    others = per_row.copy()
    others[first] = -np.inf
    second = np.maximum.reduceat(others, starts)
    return best, np.where(np.isfinite(second), second, best)


def shipped(src: Source, qi: int, *, hint: bool = True) -> np.ndarray:
    """FragmentIndex.search's hybrid score at the shipped weights."""
    from drafts.knowledge import retrieval as r

    use, qa, language = src.row_cosines(qi)
    english = language == "en"
    per_row = (1 - r.QA_WEIGHT) * use + r.QA_WEIGHT * qa if english else use
    best, second = best_two(per_row, src.starts)
    matched = best - r.SECOND_ROW_WEIGHT * (best - second) / 2
    bm25 = src.bm25[qi]
    bm25 = bm25 / bm25.max() if bm25.max() > 0 else bm25
    bm25 = np.where(src.index.languages == language, bm25, 0.0)
    weight = r.EMBED_WEIGHT_QA if english else r.EMBED_WEIGHT
    score = weight * np.clip(matched, 0, None) + (1 - weight) * bm25
    if hint:
        score = np.where(score > 0, score + r.CLASS_BONUS * src.class_hint(qi), score)
    return score


def features(src: Source, qi: int) -> np.ndarray:
    if qi in src._features:
        return src._features[qi]
    use, qa, language = src.row_cosines(qi)
    english = language == "en"
    per_row = 0.5 * use + 0.5 * qa if english else use
    qa = qa if english else use
    best, second = best_two(per_row, src.starts)
    heading = per_row[src.starts]
    sums = np.add.reduceat(per_row, src.starts)
    mean = np.where(src.rows > 1, (sums - heading) / np.maximum(src.rows - 1, 1), heading)
    bm25 = src.bm25[qi]
    bm25 = bm25 / bm25.max() if bm25.max() > 0 else bm25
    bm25 = np.where(src.index.languages == language, bm25, 0.0)
    terms = set(src.terms[qi])
    words = np.array(
        [len(terms & h) / max(len(terms), 1) if english else 0.0 for h in src.heading_terms]
    )
    x = np.stack(
        [
            best,
            second,
            np.maximum.reduceat(use, src.starts),
            np.maximum.reduceat(qa, src.starts),
            bm25,
            heading,
            mean,
            words,
            np.log(src.rows),
            src.lead,
            use[src.starts],
            qa[src.starts],
        ],
        axis=1,
    )
    src._features[qi] = x
    return x


def answerable(src: Source) -> list[int]:
    return [qi for qi, i in enumerate(src.items) if i["relevant"]]


def fit_pairwise(src: Source, cols: list[int], c: float) -> np.ndarray:
    from sklearn.linear_model import LogisticRegression

    diffs = []
    for qi in answerable(src):
        x = features(src, qi)[:, cols]
        relevant = src.items[qi]["relevant"]
        positives = [i for i in range(src.n) if src.keys[i] in relevant]
        top = np.argsort(-shipped(src, qi, hint=False))[:30]
        for p in positives:
            diffs += [x[p] - x[m] for m in top if src.keys[m] not in relevant]
    x = np.array(diffs)
    x = np.vstack([x, -x])
    y = np.r_[np.ones(len(diffs)), np.zeros(len(diffs))]
    sd = x.std(axis=0)
    sd[sd == 0] = 1
    model = LogisticRegression(C=c, fit_intercept=False, max_iter=2000).fit(x / sd, y)
    return model.coef_[0] / sd


def fit_listwise(src: Source, cols: list[int], l2: float) -> np.ndarray:
    from scipy.optimize import minimize

    data = []
    for qi in answerable(src):
        x = features(src, qi)[:, cols]
        relevant = src.items[qi]["relevant"]
        pool = list(np.argsort(-shipped(src, qi, hint=False))[:50])
        pool += [i for i in range(src.n) if src.keys[i] in relevant and i not in pool]
        data.append((x[pool], np.array([src.keys[i] in relevant for i in pool])))
    sd = np.vstack([d[0] for d in data]).std(axis=0)
    sd[sd == 0] = 1

    def loss(w):
        total, grad = 0.0, np.zeros_like(w)
        for x, positive in data:
            z = x / sd
            s = z @ w
            p = np.exp(s - s.max())
            p /= p.sum()
            total -= np.log(p[positive].sum())
            q = np.where(positive, p, 0) / p[positive].sum()
            grad -= (q - p) @ z
        return total / len(data) + l2 * w @ w, grad / len(data) + 2 * l2 * w

    start = np.zeros(len(cols))
    start[0] = 1
    return minimize(loss, start, jac=True, method="L-BFGS-B").x / sd


def learned(cols: list[int], w: np.ndarray):
    from drafts.knowledge import retrieval as r

    bonus = (
        r.CLASS_BONUS
        / r.EMBED_WEIGHT_QA
        * sum(x for c, x in zip(cols, w, strict=True) if c in SIMILARITIES)
    )

    def score(src: Source, qi: int) -> np.ndarray:
        s = features(src, qi)[:, cols] @ w
        return s - s.min() + 1e-6 + bonus * src.class_hint(qi)

    return score


def with_sentences(mix: float, passage_bm25: float = 0.0, replace_bm25: bool = False):
    from drafts.knowledge import retrieval as r

    def score(src: Source, qi: int) -> np.ndarray:
        if src.items[qi]["language"] != "en":
            return shipped(src, qi)
        s = shipped(src, qi, hint=False)
        passages = np.zeros(src.n)
        raw = src.passage_index.scores(src.terms[qi], "bm25")
        np.maximum.at(passages, src.passage_owner, raw)
        passages = passages / passages.max() if passages.max() > 0 else passages
        if replace_bm25:
            bm25 = src.bm25[qi]
            bm25 = bm25 / bm25.max() if bm25.max() > 0 else bm25
            s = s + (1 - r.EMBED_WEIGHT_QA) * (passages - bm25)
        sentence = np.full(src.n, 0.0)
        cosines = (src.sentences @ src.vectors[qi][1].T).max(axis=1)
        np.maximum.at(sentence, src.sentence_owner, np.clip(cosines, 0, None))
        s = (1 - mix) * s + mix * sentence + passage_bm25 * passages
        return np.where(s > 0, s + r.CLASS_BONUS * src.class_hint(qi), s)

    return score


def figures(src: Source, score) -> str:
    """recall@3 / MRR on the tuning half, the held-out half and all (bench/retrieval.py's
    counting: sections ranked by their best part, recall capped at 3)."""
    per = {0: ([], []), 1: ([], [])}
    for qi in answerable(src):
        item = src.items[qi]
        s = score(src, qi)
        positive = np.flatnonzero(s > 0)
        order = positive[np.lexsort((positive, -s[positive]))]
        ranked = list(dict.fromkeys(src.keys[i] for i in order))
        relevant = item["relevant"]
        first = next((n for n, key in enumerate(ranked) if key in relevant), None)
        recall, rr = per[bench.question_half(item["id"])]
        recall.append(len(relevant & set(ranked[:3])) / min(len(relevant), 3))
        rr.append(0.0 if first is None else 1 / (first + 1))
    parts = [per[0], per[1], (per[0][0] + per[1][0], per[0][1] + per[1][1])]
    return "  ".join(f"{statistics.fmean(r):.3f}/{statistics.fmean(m):.3f}" for r, m in parts)


def sources() -> tuple[Source, Source]:
    from drafts.knowledge.importing import policy_files_find, policy_slugs_assign

    items = bench.load_questions()
    folder = next(f for f in bench.POLICY_FOLDERS if f.exists())
    docs = bench.parse_folder(folder)
    demo_items = [
        {
            "id": i["id"],
            "question": i["question"],
            "class": i.get("class_hint"),
            "relevant": {a["fragment"] for a in i["answers"]},
            "language": i["language"],
        }
        for i in items
        if i["source"] == "demo-policies"
    ]
    bench.classes_predict(demo_items)
    index = bench.build_index(docs)
    demo = Source("demo", demo_items, index, [bench.section_key(f) for f in index.fragments])
    path = bench.SHARED / bench.KB
    files, _ = policy_files_find(path)
    slugs = policy_slugs_assign([f.relative_to(path).as_posix() for f in files])
    path_of = {slug: rel for rel, slug in slugs.items()}
    kb_items = [
        {
            "id": i["id"],
            "question": i["question"],
            "class": None,
            "relevant": {f"{a['path']}#{a['section']}" for a in i["answers"]},
            "language": i["language"],
        }
        for i in items
        if i["source"] == bench.KB
    ]
    index = bench.build_index(bench.parse_folder(path))
    keys = [
        f"{path_of.get(f.document_slug)}#{bench._PART.sub('', f.heading)}" for f in index.fragments
    ]
    return demo, Source("kb", kb_items, index, keys)


def main() -> None:
    import os

    var = Path(os.environ.get("SUPPORTDESK_VAR_DIR") or bench.ROOT / "var")
    bench.setup_django(var / "supportdesk.sqlite3")  # read only: the class model
    demo, kb = sources()
    print("\nrecall@3 / MRR: tuning half, held-out half, all")
    for src in (demo, kb):
        print(f"{src.name:5} {'BM25 alone':58} {figures(src, lambda s, q: s.bm25[q])}")
        print(f"{src.name:5} {'shipped hybrid':58} {figures(src, shipped)}")
    print("\n1. learned combinations, fitted on one set and measured on the other")
    for name, cols in FEATURE_SETS.items():
        for kind, fit, settings in (
            ("pairwise C", fit_pairwise, (0.1, 1.0)),
            ("listwise L2", fit_listwise, (0.001, 0.01, 0.1)),
        ):
            for setting in settings:
                for train, test in ((demo, kb), (kb, demo)):
                    w = fit(train, cols, setting)
                    label = f"{name}, {kind} {setting}, from {train.name}"
                    print(f"{test.name:5} {label:58} {figures(test, learned(cols, w))}")
    print("\n2. a section's best sentence (question/answer encoder), passage-level BM25")
    for mix in (0.0, 0.1, 0.2, 0.3, 0.5):
        for passage_bm25 in (0.0, 0.05, 0.1):
            for replace in (False, True):
                if not (mix or passage_bm25 or replace):
                    continue
                label = f"sentence {mix}, passage BM25 +{passage_bm25}" + (
                    ", in place of the section's" if replace else ""
                )
                for src in (demo, kb):
                    score = with_sentences(mix, passage_bm25, replace)
                    print(f"{src.name:5} {label:58} {figures(src, score)}")


if __name__ == "__main__":
    main()
