"""Reply memory threshold: how often the nearest remembered question (same language) is close
enough to reuse its reply, and how often that reply then rests on the same policy passages
(the proxy for "answers the same question"), leave-one-out over the demo's 254 sent replies.

    .venv/bin/python bench/reply_memory.py

No database queries (Django is set up only to import drafts.memory): embeds demo/replies/sent_replies.jsonl with the risk layer's encoder (as
drafts/memory.py does) and prints, per similarity threshold, the coverage (share of tickets
that would get a memory draft) and the share of those whose nearest reply has the same request
class and the same policy passages. drafts.memory.MEMORY_SIMILARITY is chosen from this table.
"""

import json
import os
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "supportdesk.settings")

import django  # noqa: E402

django.setup()

from drafts.memory import MEMORY_SIMILARITY, question_text  # noqa: E402
from drafts.risk.encoder import texts_embed  # noqa: E402


def main() -> int:
    path = ROOT / "demo" / "replies" / "sent_replies.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    vectors = texts_embed([question_text(subject=r["subject"], text=r["message"]) for r in rows])
    languages = np.array([r["language"] for r in rows])
    classes = [r["request_class"] for r in rows]
    policies = [tuple(sorted((p["doc"], p["section"]) for p in r["policies"])) for r in rows]
    similarities = vectors @ vectors.T
    np.fill_diagonal(similarities, -1.0)
    nearest = []
    for i in range(len(rows)):
        same_language = np.where(languages == languages[i], similarities[i], -1.0)
        j = int(np.argmax(same_language))
        nearest.append(
            (
                same_language[j],
                classes[j] == classes[i],
                bool(policies[i]) and policies[j] == policies[i],
            )
        )
    table = np.array(nearest, dtype=float)
    print(f"{len(rows)} sent replies, leave-one-out, nearest in the same language")
    print("threshold  coverage  same class  same policies")
    for threshold in (0.6, 0.65, 0.7, 0.72, 0.75, 0.8, 0.85):
        hit = table[:, 0] >= threshold
        mark = "  <- MEMORY_SIMILARITY" if abs(threshold - MEMORY_SIMILARITY) < 1e-9 else ""
        if hit.any():
            print(
                f"{threshold:9.2f}  {hit.mean():8.3f}  {table[hit, 1].mean():10.3f}  "
                f"{table[hit, 2].mean():13.3f}{mark}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
