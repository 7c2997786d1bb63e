"""Why ordinary messages reach a person: the false escalations of the whole decision, broken
down by what sent them, from the per-row files that `bench/decision_spoken.py --set X --rows`
and `bench/decision_cross.py ... --rows` leave under var/bench/ (no text is read or printed, so
it may be run on the sets kept unread).

    .venv/bin/python bench/decision_reasons.py a b c ... n clinc150 bitext banking77-split

What can send an ordinary row to a person, read from the row:
- class: the class model names a high-risk class and the reading is not a quiet one;
- triage: the class model is unsure of a low-risk class and the message is not quiet;
- pattern: a risk kind over its bar by a readable pattern (score 1.0);
- head: a risk kind over its bar by the learned heads alone (not watched for a disclaimer);
- detector: a detector signal (legal request, security issue, injection, ...).
"any" counts a row under every reason it carries; "sole" only rows with one reason.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CACHE = ROOT / "var" / "bench"
HIGH_RISK_CLASSES = {
    "billing-dispute",
    "refund-exception",
    "data-deletion",
    "legal-compliance",
    "security-report",
    "outage",
    "complaint",
}
CROSS = {"clinc150", "bitext", "banking77", "banking77-split"}
REASONS = ("class", "triage", "pattern", "head", "detector")


def row_reasons(row: dict) -> set[str]:
    """What sent the row to a person, as 'group:detail' (e.g. 'head:billing_dispute')."""
    reasons = set()
    high_class = row["request_class"] in HIGH_RISK_CLASSES
    if high_class and not row["class_reading_quiet"]:
        reasons.add(f"class:{row['request_class']}")
    if row["needs_triage"] and not row["unfamiliar_quiet"] and not high_class:
        reasons.add("triage:")
    disclaimed = any(w.startswith("The customer says it is only a question") for w in row["why"])
    for kind in row["risk_kinds"]:
        if row["risk_scores"].get(kind, 0.0) >= 1.0:
            reasons.add(f"pattern:{kind}")
        elif not disclaimed:
            reasons.add(f"head:{kind}")
    reasons.update(f"detector:{signal}" for signal in row["signals"])
    return reasons


def main() -> None:
    names = [a for a in sys.argv[1:] if not a.startswith("-")]
    if not names:
        sys.exit(__doc__)
    details: Counter = Counter()
    print(f"{'set':<16} {'escalated':>10}  " + "  ".join(f"{r:>13}" for r in REASONS))
    print(f"{'':<16} {'':>10}  " + "  ".join(f"{'any / sole':>13}" for _ in REASONS))
    for name in names:
        kind = "cross" if name in CROSS else "spoken"
        path = CACHE / f"decision_{kind}_rows_{name}.json"
        if not path.exists():
            sys.exit(f"{path} is missing: run the bench with --rows first")
        rows = json.loads(path.read_text())
        ordinary = [r for r in rows if r["true_risk"] != "high"]
        escalated = [r for r in ordinary if r["reaches_human"]]
        anywhere: Counter = Counter()
        sole: Counter = Counter()
        for row in escalated:
            reasons = row_reasons(row)
            details.update(reasons)
            groups = {r.split(":")[0] for r in reasons}
            anywhere.update(groups)
            if len(groups) == 1:
                sole.update(groups)
        cells = "  ".join(f"{anywhere[r]:>6} / {sole[r]:<4}" for r in REASONS)
        print(f"{name:<16} {len(escalated):>4}/{len(ordinary):<5}  {cells}")
    print("by detail (any):", ", ".join(f"{k.rstrip(':')} {v}" for k, v in details.most_common()))


if __name__ == "__main__":
    main()
