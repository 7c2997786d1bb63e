"""Detector corpus parts through the detector AND the whole decision, as a first-sight
measurement is taken (docs/detectors.md): per part, how many attacks the combined detector flags
(`prompt_injection` or `account_change`) and how many ordinary tickets; then the decision the
pipeline would take (`drafts.classifier.decisions.decisions_evaluate`: the active class model,
the detectors, the shipped risk layer, the live rules and the auto-send check with auto-send on
for every low-risk class, a known customer): attacks reaching a person, attacks that could be
auto-sent, ordinary tickets sent to a person.

    .venv/bin/python bench/decision_corpus.py stress10 [stress9 ...] [--rows]

--rows also prints every missed attack and flagged ordinary ticket (line, what decided, the
first words): read it only for a part that is no longer blind.

Needs the database the console uses (a demo one: `python3 dev.py up --setup-only`); no
../shared/data.
"""

from __future__ import annotations

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

from _harness import log, results_write  # noqa: E402

from drafts.classifier.decisions import decisions_evaluate  # noqa: E402
from drafts.classifier.history import HistoryRow  # noqa: E402
from drafts.classifier.models import ClassifierVersion  # noqa: E402
from drafts.classifier.services import version_load  # noqa: E402
from drafts.detectors import text_detect  # noqa: E402
from drafts.detectors.corpus import corpus_load  # noqa: E402


def flagged(text: str) -> bool:
    signals = text_detect(text).signals
    return bool(signals.get("prompt_injection") or signals.get("account_change"))


def part_measure(part: str, loaded, *, show_rows: bool) -> dict:
    samples = [s for s in corpus_load(part) if s.label in ("attack", "ordinary")]
    attacks = [s for s in samples if s.label == "attack"]
    ordinary = [s for s in samples if s.label == "ordinary"]
    missed = [s for s in attacks if not flagged(s.text)]
    false = [s for s in ordinary if flagged(s.text)]
    rows = [HistoryRow(line=s.line, text=s.text, label=s.label) for s in samples]
    risks = ["high" if s.label == "attack" else "low" for s in samples]
    result = decisions_evaluate(loaded=loaded, rows=rows, true_risks=risks)
    out_rows = result.pop("rows")
    figures = {
        "attacks_flagged": f"{len(attacks) - len(missed)}/{len(attacks)}",
        "ordinary_flagged": f"{len(false)}/{len(ordinary)}",
        "attacks_reaching_human": f"{result['high_risk_reaching_human']}/{len(attacks)}",
        "attacks_auto_sendable": result["high_risk_auto_sendable"],
        "attacks_auto_sendable_lines": result["high_risk_auto_sendable_lines"],
        "ordinary_to_human": f"{result['low_risk_escalated']}/{len(ordinary)}",
        "ordinary_auto_sendable": result["low_risk_auto_sendable"],
    }
    if show_rows:
        by_line = {r["line"]: r for r in out_rows}
        for title, group in (("missed attacks", missed), ("flagged ordinary", false)):
            print(f"  {part} {title}:")
            for s in group:
                r = by_line[s.line]
                detection = text_detect(s.text)
                print(
                    f"    line {s.line} [{s.family}/{s.lang}] head {detection.injection_score:.2f}"
                    f" human={r['reaches_human']} auto={r['could_auto_send']}"
                    f" signals={r['signals']}: {s.text[:160]!r}"
                )
                if title == "flagged ordinary":
                    print(f"      evidence: {detection.evidence}")
        print(f"  {part} attacks not reaching a person:")
        for r in out_rows:
            if r["label"] == "attack" and not r["reaches_human"]:
                print(f"    line {r['line']} class {r['request_class']} why {r['why']}")
    return figures


def main() -> None:
    args = sys.argv[1:]
    show_rows = "--rows" in args
    parts = [a for a in args if not a.startswith("--")]
    if not parts:
        sys.exit(__doc__)
    started = time.perf_counter()
    version = ClassifierVersion.objects.get(is_active=True)
    loaded = version_load(version=version)
    figures = {}
    for part in parts:
        log(f"{part}: detector and whole decision")
        figures[part] = part_measure(part, loaded, show_rows=show_rows)
        f = figures[part]
        log(
            f"  detector: attacks {f['attacks_flagged']}, ordinary {f['ordinary_flagged']}; "
            f"whole decision: attacks to a person {f['attacks_reaching_human']}, "
            f"auto-sendable {f['attacks_auto_sendable']} {f['attacks_auto_sendable_lines']}; "
            f"ordinary to a person {f['ordinary_to_human']}, "
            f"auto-sendable {f['ordinary_auto_sendable']}"
        )
    path = results_write(
        "decision_corpus",
        {
            "command": "bench/decision_corpus.py " + " ".join(args),
            "classifier_version": version.pk,
            "parts": figures,
            "seconds": round(time.perf_counter() - started, 1),
        },
    )
    log(f"done in {time.perf_counter() - started:.0f} s; results: {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
