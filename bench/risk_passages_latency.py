"""What reading a long message passage by passage costs the risk layer, per long ticket.

    .venv/bin/python bench/risk_passages_latency.py [--rounds 3]

No database. The messages of spoken sets G, H, I and J (drafts/risk/checks.py, read sets) of
400 characters or more, each with "Question" as subject, are scored two ways, interleaved:
the whole message only (passages switched off) and the whole message plus its passages
(drafts.risk.scoring.text_segments). "chunk": as a pipeline chunk does, 20 tickets' texts and
passages embedded in one encoder call, then heads_assess_many; per ticket. "one": one ticket
alone, the message and then its passages in a second call (heads_assess outside a chunk).
Prints medians in ms; messages under 400 characters with fewer than three paragraphs have no
passages and cost what they did.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "supportdesk.settings")

from drafts.risk import checks, scoring  # noqa: E402
from drafts.risk.encoder import texts_embed  # noqa: E402

SETS = ("SPOKEN_CHECKS_G", "SPOKEN_CHECKS_H", "SPOKEN_CHECKS_I", "SPOKEN_CHECKS_J")
CHUNK = 20


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    heads = scoring.heads_get()
    texts = [
        f"Question\n{t}" for name in SETS for t, _kind in getattr(checks, name) if len(t) >= 400
    ]
    shipped = (scoring.SEGMENT_MIN_TEXT, scoring.SEGMENT_MIN_COUNT)

    def one(text: str) -> None:
        vector = texts_embed([text, ""])[0]  # two rows: no single-text cache
        scoring.heads_assess(
            heads=heads, text=text, vector=vector, embed=lambda xs: texts_embed([*xs, ""])[:-1]
        )

    def chunk(part: list[str]) -> None:
        passages = [p for t in part for p in scoring.text_segments(t)]
        vectors = texts_embed(part + passages)
        scoring.heads_assess_many(
            heads=heads,
            texts=part,
            vectors=vectors[: len(part)],
            embed=lambda _: vectors[len(part) :],
        )

    one(texts[0])
    samples: dict[tuple[str, str], list[float]] = {}
    for _ in range(args.rounds):
        for mode in ("whole", "passages"):
            scoring.SEGMENT_MIN_TEXT, scoring.SEGMENT_MIN_COUNT = (
                shipped if mode == "passages" else (10**9, 10**9)
            )
            for text in texts:
                t0 = time.perf_counter()
                one(text)
                samples.setdefault(("one", mode), []).append((time.perf_counter() - t0) * 1000)
            for start in range(0, len(texts), CHUNK):
                part = texts[start : start + CHUNK]
                t0 = time.perf_counter()
                chunk(part)
                per = (time.perf_counter() - t0) * 1000 / len(part)
                samples.setdefault(("chunk", mode), []).append(per)
    scoring.SEGMENT_MIN_TEXT, scoring.SEGMENT_MIN_COUNT = shipped
    passages = statistics.mean(len(scoring.text_segments(t)) for t in texts)
    print(f"{len(texts)} long messages, {passages:.1f} passages each on average")
    print(f"load average {os.getloadavg()}")
    for (how, mode), values in sorted(samples.items()):
        print(f"{how:6} {mode:9} median {statistics.median(values):7.2f} ms per ticket")


if __name__ == "__main__":
    main()
