"""Policy retrieval quality and latency on the labelled customer questions of issue 17
(demo/retrieval_questions.json): BM25 alone beside the sentence embeddings and the hybrid the
pipeline uses, per source (demo policies, kb-plausible-docs from ../shared/data) and language.

    .venv/bin/python bench/retrieval.py            # demo policies + kb-plausible-docs if present
    .venv/bin/python bench/retrieval.py --no-kb    # demo policies only
    .venv/bin/python bench/retrieval.py --halves   # tuning half, held-out half and all
    .venv/bin/python bench/retrieval.py --grid     # the weight grid, on the tuning half only
    SUPPORTDESK_VAR_DIR=var .venv/bin/python bench/retrieval.py --predicted  # the class hint
        # the pipeline gives: the demo's class model's reading of each question, weighted as sure

The split is by question id: an even number (rq-pol-002, rq-kb-040) is in the tuning half, an
odd one in the held-out half. Weights are chosen on the tuning half (--grid prints the grid per
source and the setting with the best mean of recall@3 and MRR over both sources' tuning
halves); the held-out half is only measured.

Metrics over the answerable questions: recall@k (share of a question's labelled passages in the
top k, capped at k), hit@k, MRR of the first labelled passage, median per-query latency (the
question's embedding is computed once and shared by the embedding variants; its cost is shown
apart). A section split into "(part n)" fragments counts as found when any part is. For the
unanswerable questions the best passage similarity is shown beside the answerable ones': the
draft stage uses it to tell the agent it cannot answer. Finally the real entry point,
fragments_retrieve, runs on a scratch SQLite database after import_policies (vectors stored at
import), and its top 3 is checked.
"""

import argparse
import io
import itertools
import json
import os
import re
import shlex
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared" / "data"
QUESTIONS = ROOT / "demo" / "retrieval_questions.json"
POLICY_FOLDERS = [ROOT / "demo" / "policies", ROOT / "supportdesk" / "demo" / "policies"]
KB = "kb-plausible-docs"

# (label, method, class hint used, search weights): "use" rows are the multilingual USE alone
# (the hybrid before the question/answer encoder); the others add it for English questions.
VARIANTS = [
    ("bm25 (alone)", "bm25", False, {}),
    ("bm25+class", "bm25", True, {}),
    ("embed", "embed", False, {}),
    ("hybrid use", "hybrid", False, {"qa_weight": 0.0}),
    ("hybrid", "hybrid", False, {}),
    ("hybrid+cl use", "hybrid", True, {"qa_weight": 0.0}),
    ("hybrid+class", "hybrid", True, {}),
]
KS = (1, 3, 5)
_PART = re.compile(r" \(part \d+\)$")
_PART_ANCHOR = re.compile(r"-part-\d+$")


def section_key(c) -> str:
    return f"{c.document_slug}#{_PART_ANCHOR.sub('', c.anchor)}"


def setup_django(db_path: Path) -> None:
    os.environ["DATABASE_URL"] = f"sqlite:///{db_path}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "supportdesk.settings")
    os.environ.setdefault("SUPPORTDESK_VAR_DIR", str(db_path.parent))
    import django

    django.setup()


def parse_folder(folder: Path, prefix: str = ""):
    """[(document slug, ParsedDocument)] exactly as import_policies would store them."""
    from drafts.knowledge.importing import policy_file_read, policy_files_find, policy_slugs_assign
    from drafts.knowledge.sections import body_normalize, document_parse

    files, _ = policy_files_find(folder)
    slugs = policy_slugs_assign([f.relative_to(folder).as_posix() for f in files], prefix=prefix)
    out = []
    for f in files:
        try:
            text, _ = policy_file_read(f)
        except ValueError:
            continue
        parsed = document_parse(body_normalize(text), fallback_title=f.stem)
        if parsed.sections:
            out.append((slugs[f.relative_to(folder).as_posix()], parsed))
    return out


def build_index(docs):
    from drafts.knowledge.retrieval import FragmentIndex, indexed_fragment_from_section
    from drafts.knowledge.services import policy_request_classes

    fragments = []
    for slug, parsed in docs:
        classes = policy_request_classes(parsed.meta)
        for s in parsed.sections:
            fragments.append(
                indexed_fragment_from_section(
                    s,
                    title=parsed.title,
                    document_slug=slug,
                    fragment_id=len(fragments) + 1,
                    request_classes=classes,
                )
            )
    started = time.perf_counter()
    index = FragmentIndex(fragments)
    passages = sum(len(f.embed_texts) for f in index.fragments)
    print(
        f"  index: {len(fragments)} fragments, {passages} embedded texts, "
        f"built in {time.perf_counter() - started:.1f} s (embedding included)"
    )
    return index


def evaluate(index, items, vectors, *, method, boost, key, **weights) -> dict:
    """items: [dict(question, class, relevant, language)]; key(ScoredFragment) -> label key."""
    recall = {k: [] for k in KS}
    hit = {k: [] for k in KS}
    rr, times = [], []
    per_language: dict[str, list[float]] = {}
    for item, (qv, qa) in zip(items, vectors, strict=True):
        started = time.perf_counter()
        result = index.search(
            item["question"],
            k=max(KS),
            request_class_slug=item["class"] if boost else None,
            method=method,
            query_vectors=qv,
            qa_query_vectors=qa,
            language=item["language"],
            **{"class_weight": item.get("class_weight", 1.0), **weights},
        )
        times.append((time.perf_counter() - started) * 1000)
        ranked = list(dict.fromkeys(key(c) for c in result.candidates))
        relevant = item["relevant"]
        for k in KS:
            found = len(relevant & set(ranked[:k]))
            recall[k].append(found / min(len(relevant), k))
            hit[k].append(1.0 if found else 0.0)
        first = next((i for i, r in enumerate(ranked) if r in relevant), None)
        rr.append(0.0 if first is None else 1.0 / (first + 1))
        per_language.setdefault(item["language"], []).append(recall[3][-1])
        per_language.setdefault(item["language"] + " mrr", []).append(rr[-1])
    return {
        **{f"recall@{k}": statistics.fmean(recall[k]) for k in KS},
        **{f"hit@{k}": statistics.fmean(hit[k]) for k in KS},
        "mrr": statistics.fmean(rr),
        "median_ms": statistics.median(times),
        "n": len(items),
        "languages": {lang: statistics.fmean(v) for lang, v in sorted(per_language.items())},
    }


HALVES = {"tuning half (even ids)": 0, "held-out half (odd ids)": 1}


def question_half(question_id: str) -> int:
    """0 for the tuning half, 1 for the held-out half: the parity of the id's number."""
    return int(question_id.rsplit("-", 1)[1]) % 2


def report(title: str, rows: dict[str, dict]) -> None:
    print(f"\n## {title}  (n={next(iter(rows.values()))['n']} answerable questions)")
    print(
        f"{'method':<14} {'R@1':>6} {'R@3':>6} {'R@5':>6} {'hit@3':>6} {'MRR':>6} {'med ms':>7}"
        "   recall@3 / MRR per language"
    )
    for name, r in rows.items():
        langs = r["languages"]
        per = "  ".join(
            f"{lang} {langs[lang]:.2f}/{langs[lang + ' mrr']:.2f}"
            for lang in langs
            if not lang.endswith(" mrr")
        )
        print(
            f"{name:<14} {r['recall@1']:>6.3f} {r['recall@3']:>6.3f} {r['recall@5']:>6.3f} "
            f"{r['hit@3']:>6.3f} {r['mrr']:>6.3f} {r['median_ms']:>7.2f}   {per}"
        )


def questions_embed(items) -> list:
    from drafts.knowledge import qa_encoder
    from drafts.knowledge.retrieval import question_sentences
    from drafts.risk.encoder import texts_embed

    started = time.perf_counter()
    vectors = [texts_embed(question_sentences(item["question"])) for item in items]
    ms = (time.perf_counter() - started) * 1000 / max(len(items), 1)
    qa = [None] * len(items)
    qa_ms = 0.0
    if qa_encoder.available():
        started = time.perf_counter()
        qa = [
            qa_encoder.qa_texts_embed(question_sentences(item["question"]))
            if item["language"] == "en"
            else None
            for item in items
        ]
        qa_ms = (time.perf_counter() - started) * 1000 / max(len(items), 1)
    print(
        f"  question embedding: USE {ms:.1f} ms, question/answer encoder {qa_ms:.1f} ms per "
        "question (mean, one at a time; the second for English questions only)"
    )
    return list(zip(vectors, qa, strict=True))


def unanswerable_report(index, answerable, a_vectors, unanswerable, u_vectors, boost) -> None:
    if not unanswerable:
        return

    def best(items, vectors):
        return [
            index.search(
                i["question"],
                k=1,
                request_class_slug=i["class"] if boost else None,
                query_vectors=v[0],
                qa_query_vectors=v[1],
                language=i["language"],
            ).best_similarity
            for i, v in zip(items, vectors, strict=True)
        ]

    a, u = best(answerable, a_vectors), best(unanswerable, u_vectors)
    from drafts.knowledge.retrieval import ANSWER_MIN_SIMILARITY

    print(
        f"  best passage similarity: answerable median {statistics.median(a):.3f} "
        f"(min {min(a):.3f}); unanswerable median {statistics.median(u):.3f} "
        f"(max {max(u):.3f}); below ANSWER_MIN_SIMILARITY={ANSWER_MIN_SIMILARITY}: "
        f"{sum(x < ANSWER_MIN_SIMILARITY for x in u)}/{len(u)} unanswerable, "
        f"{sum(x < ANSWER_MIN_SIMILARITY for x in a)}/{len(a)} answerable"
    )


# The question/answer encoder's share of a row's similarity and the embeddings' weight against
# BM25 for English questions (the USE-only weights, EMBED_WEIGHT and SECOND_ROW_WEIGHT, were
# chosen by the same grid before: docs/pipeline.md), and the class bonus.
GRID = {
    "qa_weight": (0.0, 0.3, 0.5, 0.7),
    "class_bonus": (0.05, 0.1, 0.2),
    "embed_weight_qa": (0.7, 0.8, 0.9, 1.0),
}


def run_source(title, docs, items, *, key, boost_ok: bool, grid: bool, halves: bool) -> dict:
    """Prints the figures; returns the grid's tuning-half results {setting: (R@3, MRR)}."""
    answerable = [i for i in items if i["relevant"]]
    unanswerable = [i for i in items if not i["relevant"]]
    print(f"\n{title}: {len(docs)} documents, {len(items)} questions")
    index = build_index(docs)
    vectors = questions_embed(answerable)
    u_vectors = questions_embed(unanswerable) if unanswerable else []
    parts = {"all": list(range(len(answerable)))}
    if halves or grid:
        parts = {
            **{
                name: [n for n, i in enumerate(answerable) if question_half(i["id"]) == half]
                for name, half in HALVES.items()
            },
            **parts,
        }
    if not halves:
        parts = {"all": parts["all"]}
    for part, picked in parts.items():
        subset = [answerable[n] for n in picked]
        sub_vectors = [vectors[n] for n in picked]
        rows = {}
        for name, method, boost, weights in VARIANTS:
            if boost and not boost_ok:
                continue
            rows[name] = evaluate(
                index, subset, sub_vectors, method=method, boost=boost, key=key, **weights
            )
        report(title if part == "all" else f"{title}, {part}", rows)
    unanswerable_report(index, answerable, vectors, unanswerable, u_vectors, boost_ok)
    results = {}
    if grid:
        tuning = [n for n, i in enumerate(answerable) if question_half(i["id"]) == 0]
        subset = [answerable[n] for n in tuning]
        sub_vectors = [vectors[n] for n in tuning]
        print(f"  grid on the tuning half ({len(subset)} questions): {', '.join(GRID)} -> R@3, MRR")
        for setting in itertools.product(*GRID.values()):
            weights = dict(zip(GRID, setting, strict=True))
            if not boost_ok and weights["class_bonus"] != GRID["class_bonus"][0]:
                continue  # no classes in this source: the bonus changes nothing
            r = evaluate(
                index, subset, sub_vectors, method="hybrid", boost=boost_ok, key=key, **weights
            )
            results[setting] = (r["recall@3"], r["mrr"])
            print(
                f"    {' '.join(f'{v:.2f}' for v in setting)} -> {r['recall@3']:.3f} {r['mrr']:.3f}"
            )
    return results


def load_questions(path: Path = QUESTIONS):
    data = json.loads(path.read_text())
    return data["items"]


def classes_predict(picked: list[dict]) -> None:
    """The class hint as the pipeline gives it: the active class model's reading of each
    question (drafts.classifier.services.text_classify, what the classify stage calls), weighted
    by retrieval.class_hint_weight (confidence, unfamiliar). Replaces the labelled hint in place
    and prints how often the reading is the labelled class."""
    from drafts.classifier.services import text_classify
    from drafts.knowledge.retrieval import class_hint_weight

    agree = 0
    for item in picked:
        prediction = text_classify(text=item["question"])
        agree += prediction.request_class_slug == item["class"]
        item["class"] = prediction.request_class_slug
        item["class_weight"] = class_hint_weight(
            confidence=prediction.confidence, unfamiliar=bool(prediction.unfamiliar)
        )
    weights = [i["class_weight"] for i in picked]
    print(
        f"  predicted class hint: the class model's reading is the labelled class for {agree} of "
        f"{len(picked)} questions; hint weight median {statistics.median(weights):.2f}"
    )


def demo_bench(items, *, grid: bool, halves: bool, predicted: bool = False) -> tuple[list, dict]:
    folder = next(f for f in POLICY_FOLDERS if f.exists())
    docs = parse_folder(folder)
    known = {f"{slug}#{s.anchor}" for slug, p in docs for s in p.sections}
    picked = []
    for item in items:
        if item["source"] != "demo-policies":
            continue
        relevant = {a["fragment"] for a in item.get("answers", [])}
        if relevant - known:
            raise SystemExit(f"{item['id']} names unknown fragments: {sorted(relevant - known)}")
        picked.append(
            {
                "id": item["id"],
                "question": item["question"],
                "class": item.get("class_hint"),
                "relevant": relevant,
                "language": item["language"],
            }
        )
    if predicted:
        classes_predict(picked)
    # Parts of one section count as the section.
    results = run_source(
        f"Demo policies ({folder.relative_to(ROOT)})",
        docs,
        picked,
        key=section_key,
        boost_ok=True,
        grid=grid,
        halves=halves,
    )
    return picked, results


def kb_bench(items, *, grid: bool, halves: bool) -> dict:
    path = SHARED / KB
    if not path.exists():
        print(f"\n## {KB}: skipped, {path} is absent")
        return {}
    docs = parse_folder(path)
    from drafts.knowledge.importing import policy_files_find, policy_slugs_assign

    files, _ = policy_files_find(path)
    slugs = policy_slugs_assign([f.relative_to(path).as_posix() for f in files])
    path_of = {slug: rel for rel, slug in slugs.items()}
    picked = [
        {
            "id": item["id"],
            "question": item["question"],
            "class": None,
            "relevant": {f"{a['path']}#{a['section']}" for a in item.get("answers", [])},
            "language": item["language"],
        }
        for item in items
        if item["source"] == KB
    ]
    return run_source(
        f"{KB} (../shared/data)",
        docs,
        picked,
        key=lambda c: f"{path_of.get(c.document_slug)}#{_PART.sub('', c.heading)}",
        boost_ok=False,
        grid=grid,
        halves=halves,
    )


def end_to_end(items) -> None:
    """The real entry point on a scratch SQLite database: import, then fragments_retrieve."""
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    folder = next(f for f in POLICY_FOLDERS if f.exists())
    started = time.perf_counter()
    call_command("import_policies", str(folder), stdout=io.StringIO())
    import_ms = (time.perf_counter() - started) * 1000
    from drafts.knowledge import retrieval

    started = time.perf_counter()
    retrieval.fragments_retrieve(query="warm up", k=5)
    build_ms = (time.perf_counter() - started) * 1000
    times, hits = [], 0
    answerable = [i for i in items if i["relevant"]]
    for item in answerable:
        t = time.perf_counter()
        result = retrieval.fragments_retrieve(
            query=item["question"], k=3, request_class_slug=item["class"]
        )
        times.append((time.perf_counter() - t) * 1000)
        hits += bool(item["relevant"] & {section_key(c) for c in result.chosen})
    print(
        f"\n## fragments_retrieve on SQLite (method={retrieval.DEFAULT_METHOD}, class hint on)\n"
        f"import_policies with embeddings: {import_ms:.0f} ms; first call (index build from "
        f"stored vectors): {build_ms:.1f} ms; median per query (embedding the question, "
        f"signature query, search): {statistics.median(times):.1f} ms; "
        f"hit@3 {hits / len(answerable):.3f} over {len(answerable)} questions"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--no-kb", action="store_true", help="skip ../shared/data/kb-plausible-docs"
    )
    parser.add_argument(
        "--grid", action="store_true", help="the weight grid, on the tuning half only"
    )
    parser.add_argument(
        "--halves",
        action="store_true",
        help="report the tuning half (even ids), the held-out half (odd ids) and all",
    )
    parser.add_argument(
        "--predicted",
        action="store_true",
        help="the class hint from the demo's class model (SUPPORTDESK_VAR_DIR's database, read "
        "only) instead of the labelled class; skips the KB and the end-to-end check",
    )
    parser.add_argument(
        "--questions",
        type=Path,
        default=QUESTIONS,
        help="the labelled questions (default demo/retrieval_questions.json; the blind set is "
        "demo/retrieval_questions_blind.json)",
    )
    args = parser.parse_args()
    print("$ " + " ".join(shlex.quote(a) for a in [".venv/bin/python", *sys.argv]))
    if args.predicted:
        var = Path(os.environ.get("SUPPORTDESK_VAR_DIR") or ROOT / "var")
        setup_django(var / "supportdesk.sqlite3")
        demo_bench(load_questions(args.questions), grid=False, halves=args.halves, predicted=True)
        return
    with tempfile.TemporaryDirectory() as tmp:
        setup_django(Path(tmp) / "bench.sqlite3")
        items = load_questions(args.questions)
        demo_items, demo_grid = demo_bench(items, grid=args.grid, halves=args.halves)
        kb_grid = {} if args.no_kb else kb_bench(items, grid=args.grid, halves=args.halves)
        if args.grid:
            grid_choose(demo_grid, kb_grid)
        end_to_end(demo_items)


def grid_choose(demo: dict, kb: dict) -> None:
    """The setting with the best mean of recall@3 and MRR over both sources' tuning halves
    (the KB has no classes: its figure for any bonus is the one measured)."""
    from drafts.knowledge import retrieval

    def pooled(setting) -> float:
        figures = [demo[setting]]
        if kb:
            figures.append(kb[(setting[0], GRID["class_bonus"][0], *setting[2:])])
        return statistics.fmean(sum(f) / 2 for f in figures)

    current = (retrieval.QA_WEIGHT, retrieval.CLASS_BONUS, retrieval.EMBED_WEIGHT_QA)
    best = max(demo, key=lambda s: (round(pooled(s), 6), s == current))
    print(
        f"\n## grid choice on the tuning halves ({', '.join(GRID)}): "
        f"{' '.join(f'{v:.2f}' for v in best)} (pooled {pooled(best):.4f}); "
        f"the defaults {' '.join(f'{v:.2f}' for v in current)}: "
        + (f"pooled {pooled(current):.4f}" if current in demo else "not in the grid")
    )


if __name__ == "__main__":
    main()
