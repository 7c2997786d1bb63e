"""Policy retrieval quality and latency: BM25 vs TF-IDF cosine vs a hybrid, with and without
stemming and request-class boosting, on the labeled Fernhill set; optionally on the kb-* folders
of ../shared/data with labels taken from the data's own structure.

    .venv/bin/python bench/retrieval.py            # demo labels + kb-* folders when present
    .venv/bin/python bench/retrieval.py --no-kb    # demo labels only

Metrics per method: recall@k (share of a ticket's labeled fragments found in the top k, averaged
over tickets), hit@k (share of tickets with at least one labeled fragment in the top k), MRR of
the first labeled fragment, and the median per-query latency. Ratios are against the baseline
(TF-IDF cosine, no stemming) measured in the same run. Finally the real entry point,
drafts.knowledge.retrieval.fragments_retrieve, is timed on a scratch SQLite database (import,
signature check and all), and its rankings are checked against the in-process index.
"""

import argparse
import io
import json
import os
import shlex
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared" / "data"
KB_FOLDERS = ["kb-plausible-docs/docs", "kb-37signals-policies", "kb-github-site-policy/Policies"]

# (label, method, stem, class boost)
VARIANTS = [
    ("tfidf (baseline)", "tfidf", False, False),
    ("tfidf+stem", "tfidf", True, False),
    ("bm25", "bm25", False, False),
    ("bm25+stem", "bm25", True, False),
    ("hybrid+stem", "hybrid", True, False),
    ("bm25+stem+class", "bm25", True, True),
    ("hybrid+stem+class", "hybrid", True, True),
]
BASELINE = "tfidf (baseline)"
KS = (1, 3, 5)


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


def build_index(docs, *, stem: bool):
    from drafts.knowledge.retrieval import FragmentIndex, indexed_fragment_from_section
    from drafts.knowledge.services import _request_classes

    fragments = []
    for slug, parsed in docs:
        classes = _request_classes(parsed.meta)
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
    return FragmentIndex(fragments, stem=stem)


def evaluate(index, items, *, method: str, boost: bool, key, repeat: int = 3) -> dict:
    """items: [(query, class or None, set of relevant keys)]; key(ScoredFragment) -> label key."""
    recall = {k: [] for k in KS}
    hit = {k: [] for k in KS}
    rr, times = [], []
    for query, cls, relevant in items:
        samples = []
        for _ in range(repeat):
            started = time.perf_counter()
            result = index.search(
                query, k=max(KS), request_class_slug=cls if boost else None, method=method
            )
            samples.append((time.perf_counter() - started) * 1000)
        times.append(statistics.median(samples))
        ranked = [key(c) for c in result.candidates]
        for k in KS:
            top = ranked[:k]
            found = len(relevant & set(top))
            recall[k].append(found / min(len(relevant), k))
            hit[k].append(1.0 if found else 0.0)
        first = next((i for i, r in enumerate(ranked) if r in relevant), None)
        rr.append(0.0 if first is None else 1.0 / (first + 1))
    return {
        **{f"recall@{k}": statistics.fmean(recall[k]) for k in KS},
        **{f"hit@{k}": statistics.fmean(hit[k]) for k in KS},
        "mrr": statistics.fmean(rr),
        "median_ms": statistics.median(times),
        "n": len(items),
    }


def report(title: str, rows: dict[str, dict]) -> None:
    base = rows.get(BASELINE)
    print(f"\n## {title}  (n={next(iter(rows.values()))['n']} queries)")
    print(
        f"{'method':<20} {'R@1':>6} {'R@3':>6} {'R@5':>6} {'hit@3':>6} {'MRR':>6} "
        f"{'med ms':>7} {'R@3/base':>9} {'ms/base':>8}"
    )
    for name, r in rows.items():
        r3_ratio = r["recall@3"] / base["recall@3"] if base and base["recall@3"] else float("nan")
        ms_ratio = (
            r["median_ms"] / base["median_ms"] if base and base["median_ms"] else float("nan")
        )
        print(
            f"{name:<20} {r['recall@1']:>6.3f} {r['recall@3']:>6.3f} {r['recall@5']:>6.3f} "
            f"{r['hit@3']:>6.3f} {r['mrr']:>6.3f} {r['median_ms']:>7.3f} {r3_ratio:>9.2f} {ms_ratio:>8.2f}"
        )


def demo_bench(labels_path: Path) -> list:
    docs = parse_folder(ROOT / "demo" / "policies")
    known = {f"{slug}#{s.anchor}" for slug, p in docs for s in p.sections}
    data = json.loads(labels_path.read_text())
    items = []
    for item in data["items"]:
        missing = set(item["relevant"]) - known
        if missing:
            raise SystemExit(f"label {item['id']} names unknown fragments: {sorted(missing)}")
        items.append((item["text"], item.get("class"), set(item["relevant"])))
    fragments = sum(len(p.sections) for _, p in docs)
    print(
        f"\nDemo policies: {len(docs)} documents, {fragments} fragments; labels: {labels_path.name}"
    )
    indexes = {stem: build_index(docs, stem=stem) for stem in (False, True)}
    rows = {}
    for name, method, stem, boost in VARIANTS:
        rows[name] = evaluate(
            indexes[stem],
            items,
            method=method,
            boost=boost,
            key=lambda c: f"{c.document_slug}#{c.anchor}",
        )
    report("Fernhill labeled set", rows)
    return items


def kb_bench(folder: str) -> None:
    path = SHARED / folder
    if not path.exists():
        print(f"\n## {folder}: skipped, {path} is absent")
        return
    docs = parse_folder(path)
    fragments = sum(len(p.sections) for _, p in docs)
    # Labels from the data's own structure: the page's front-matter description (not indexed)
    # as the query, any fragment of that page as the answer. Measures document-level hits.
    items = []
    for slug, parsed in docs:
        description = parsed.meta.get("description")
        if isinstance(description, str) and len(description.split()) >= 6:
            items.append((description, None, {slug}))
    if not items:
        print(f"\n## {folder}: skipped, no front-matter descriptions to use as queries")
        return
    print(f"\n{folder}: {len(docs)} documents, {fragments} fragments")
    indexes = {stem: build_index(docs, stem=stem) for stem in (False, True)}
    rows = {}
    for name, method, stem, boost in VARIANTS:
        if boost:
            continue  # no request classes in this data
        rows[name] = evaluate(
            indexes[stem], items, method=method, boost=False, key=lambda c: c.document_slug
        )
    report(f"{folder}: description -> its page (document-level)", rows)


def end_to_end(items, scratch: Path) -> None:
    """The real entry point on a scratch SQLite database: import, then fragments_retrieve."""
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("import_policies", str(ROOT / "demo" / "policies"), stdout=io.StringIO())
    from drafts.knowledge import retrieval

    started = time.perf_counter()
    retrieval.fragments_retrieve(query="warm up", k=5)
    build_ms = (time.perf_counter() - started) * 1000
    times, hits = [], 0
    for query, cls, relevant in items:
        samples = []
        for _ in range(3):
            t = time.perf_counter()
            result = retrieval.fragments_retrieve(query=query, k=3, request_class_slug=cls)
            samples.append((time.perf_counter() - t) * 1000)
        times.append(statistics.median(samples))
        hits += bool(relevant & {f"{c.document_slug}#{c.anchor}" for c in result.chosen})
    print(
        f"\n## fragments_retrieve on SQLite (method={retrieval.DEFAULT_METHOD}, class boost on)\n"
        f"first call (index build + signature query): {build_ms:.1f} ms; "
        f"median per query (signature query + search): {statistics.median(times):.3f} ms; "
        f"hit@3 {hits / len(items):.3f} over {len(items)} queries"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--labels", type=Path, default=ROOT / "demo" / "retrieval_labels.json")
    parser.add_argument("--no-kb", action="store_true", help="skip the ../shared/data kb-* folders")
    args = parser.parse_args()
    print("$ " + " ".join(shlex.quote(a) for a in [".venv/bin/python", *sys.argv]))
    with tempfile.TemporaryDirectory() as tmp:
        setup_django(Path(tmp) / "bench.sqlite3")
        items = demo_bench(args.labels)
        if not args.no_kb:
            for folder in KB_FOLDERS:
                kb_bench(folder)
        end_to_end(items, Path(tmp))


if __name__ == "__main__":
    main()
