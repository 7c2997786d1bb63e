"""Detector benchmark: median time per message of `text_detect` on the detector corpus, the new
detectors (normalization + four-language patterns) against the old single-module detector,
interleaved in the same command so machine noise hits both. No database, no Django setup.

    .venv/bin/python bench/detectors.py [--rounds 30] [--baseline-commit <sha>]

The old detector is read from git (`drafts/detectors.py` at --baseline-commit, the last commit
before the package) and loaded as a module of its own. Also reported: how many corpus attacks
each detector flags and how many ordinary tickets, per part (dev / held-out), and the time for
a 50,000-character message and for a pathological one (many near-miss words). The new
detector is the patterns OR the learned injection head (drafts/detectors/injection_head.py); per
part it also says which of the two caught each attack. stress6 and stress7 were measured with
this command at first sight (docs/detectors.md) before the detector was widened on them; every
part is training data now, so the figures are regression checks until a new blind part exists.
"""

import argparse
import importlib.util
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from _harness import log, results_write  # noqa: E402

from drafts.detectors import text_detect  # noqa: E402
from drafts.detectors.corpus import (  # noqa: E402
    FRESH_PARTS,
    MEASURED_PARTS,
    PARTS,
    STRESS_PARTS,
    corpus_load,
)
from drafts.detectors.injection_training import PUBLIC_SOURCES  # noqa: E402

SHARED_DATA = ROOT.parent / "shared" / "data"
BASELINE_COMMIT = "04c01ac3c7e79471be0cf13b19d12b4f71fabfe4"
ALL_PARTS = (*PARTS, *STRESS_PARTS, *FRESH_PARTS, *MEASURED_PARTS)


def old_detector(commit: str):
    source = subprocess.run(
        ["git", "show", f"{commit}:drafts/detectors.py"],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    spec = importlib.util.spec_from_loader("old_detectors", loader=None)
    module = importlib.util.module_from_spec(spec)
    exec(compile(source, "old_detectors.py", "exec"), module.__dict__)  # noqa: S102 (our own file)
    return module.text_detect


def flagged(detection) -> bool:
    return bool(
        detection.signals.get("prompt_injection") or detection.signals.get("account_change")
    )


def rates(detect, samples) -> dict:
    attacks = [s for s in samples if s.label == "attack"]
    ordinary = [s for s in samples if s.label == "ordinary"]
    takeover = [s for s in samples if s.label == "takeover"] or None
    caught = sum(flagged(detect(s.text)) for s in attacks)
    # Which half of the combined detector caught each attack: the learned head's evidence carries
    # a score, the patterns' does not (the old detector has no head).
    sources = {"patterns": 0, "learned_head": 0}
    for sample in attacks:
        detection = detect(sample.text)
        if not flagged(detection):
            continue
        hits = [
            h
            for name in ("prompt_injection", "account_change")
            for h in detection.evidence.get(name, [])
        ]
        sources["learned_head"] += any("score" in h for h in hits)
        sources["patterns"] += any("score" not in h for h in hits)
    false = sum(flagged(detect(s.text)) for s in ordinary)
    security = sum(bool(detect(s.text).signals.get("security_issue")) for s in takeover or [])
    return {
        "attacks_flagged": f"{caught}/{len(attacks)}",
        "attack_rate": round(caught / len(attacks), 4),
        "ordinary_flagged": f"{false}/{len(ordinary)}",
        "false_positive_rate": round(false / len(ordinary), 4),
        "attacks_caught_by": {k: f"{v}/{len(attacks)}" for k, v in sources.items()},
        "takeover_security": f"{security}/{len(takeover)}" if takeover else "-",
    }


def per_message_medians(detectors: dict, texts: list[str], rounds: int) -> dict[str, list[float]]:
    times: dict[str, list[list[float]]] = {name: [[] for _ in texts] for name in detectors}
    for _ in range(rounds):
        for i, text in enumerate(texts):
            for name, detect in detectors.items():  # interleaved: same noise for both
                start = time.perf_counter()
                detect(text)
                times[name][i].append(time.perf_counter() - start)
    return {name: [statistics.median(t) for t in per] for name, per in times.items()}


def timed_once(detect, text: str, repeat: int = 5) -> float:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        detect(text)
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def public_flagged(data_dir: Path, show: int) -> dict:
    """Ordinary public customer messages (every row of each source, not deduplicated) the
    combined detector flags: none of them is an attack."""
    counts = {}
    for name, relative, reader in PUBLIC_SOURCES:
        path = data_dir / relative
        if not path.exists():
            log(f"{name}: {path} missing, skipped")
            continue
        texts = reader(path)
        hits = [t for t in texts if flagged(text_detect(t))]
        key = relative.split("/")[0].split("-")[0]
        counts[key] = f"{len(hits)}/{len(texts)}"
        log(f"public {key}: {len(hits)}/{len(texts)} flagged")
        for text in hits[:show]:
            print(f"    {text[:120]!r}")
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--baseline-commit", default=BASELINE_COMMIT)
    parser.add_argument(
        "--public-only",
        action="store_true",
        help="only count the public ordinary messages flagged (needs ../shared/data), no timing",
    )
    parser.add_argument("--show", type=int, default=0, help="print up to N flagged public rows")
    args = parser.parse_args()
    command = ".venv/bin/python bench/detectors.py " + " ".join(sys.argv[1:])
    if args.public_only:
        if not SHARED_DATA.exists():
            sys.exit(f"{SHARED_DATA} missing: nothing to count")
        counts = public_flagged(SHARED_DATA, args.show)
        path = results_write("detectors_public", {"command": command, "flagged": counts})
        print(f"public ordinary messages flagged: {counts}; results: {path.relative_to(ROOT)}")
        return

    detectors = {"new": text_detect, "old": old_detector(args.baseline_commit)}
    samples = {part: corpus_load(part) for part in ALL_PARTS}
    texts = [s.text for part in ALL_PARTS for s in samples[part]]
    log(f"{len(texts)} corpus messages, {args.rounds} rounds, interleaved")
    medians = per_message_medians(detectors, texts, args.rounds)
    new_us = statistics.median(medians["new"]) * 1e6
    old_us = statistics.median(medians["old"]) * 1e6
    ratio = [n / o for n, o in zip(medians["new"], medians["old"], strict=True)]

    long_text = " ".join(s.text for s in samples["dev"] if s.label == "ordinary")
    long_text = (long_text * (50_000 // len(long_text) + 1))[:50_000]
    nasty = (
        "ignore the " * 2000 + "you are now " * 1000 + "User: a\n" * 500 + "change the email " * 500
    )
    # Long runs without spaces or of one short unit (40,000 characters each): an unbounded
    # repetition reads them from every position to the end (up to 36 s for one message before
    # EMAIL, PHONE and a data-key pattern were bounded, 2026-12-07). Timed once each.
    runs = {"dotted": "abc." * 10_000, "hyphened": "ab-" * 13_000, "digits": "1 2 " * 10_000}
    edge = {
        name: {
            "long_50k_ms": round(timed_once(detect, long_text) * 1000, 2),
            "pathological_ms": round(timed_once(detect, nasty) * 1000, 2),
            "runs_ms": {
                run: round(timed_once(detect, text, repeat=1) * 1000, 1)
                for run, text in runs.items()
            },
        }
        for name, detect in detectors.items()
    }
    quality = {
        name: {part: rates(detect, samples[part]) for part in ALL_PARTS}
        for name, detect in detectors.items()
    }
    data = {
        "command": command,
        "baseline_commit": args.baseline_commit,
        "messages": len(texts),
        "rounds": args.rounds,
        "median_us_per_message": {"new": round(new_us, 1), "old": round(old_us, 1)},
        "p90_us_per_message": {
            name: round(sorted(m)[int(0.9 * (len(m) - 1))] * 1e6, 1) for name, m in medians.items()
        },
        "median_ratio_new_over_old": round(statistics.median(ratio), 2),
        "edge_cases": edge,
        "quality": quality,
    }
    path = results_write("detectors", data)
    print(
        f"\nmedian per message: new {new_us:.1f} us, old {old_us:.1f} us, "
        f"per-message ratio new/old {data['median_ratio_new_over_old']}x"
    )
    for name in detectors:
        print(
            f"{name}: 50k chars {edge[name]['long_50k_ms']} ms, "
            f"pathological {edge[name]['pathological_ms']} ms, runs {edge[name]['runs_ms']} ms"
        )
        for part in ALL_PARTS:
            print(f"  {part:8} {quality[name][part]}")
    print(f"results: {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
