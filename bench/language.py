"""Language detection on the demo's labelled messages: lingua (restricted to EN/DE/FR/ES, what
drafts.language uses) beside the stopword count in drafts.detectors, accuracy and time.

    .venv/bin/python bench/language.py

Labelled texts: the customer messages (subject + message) of demo/replies/sent_replies.jsonl and
the questions of demo/retrieval_questions.json (short, informal: the hard case).
"""

import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "supportdesk.settings")
    import django

    django.setup()
    from drafts.detectors import text_detect
    from drafts.language import text_language

    sets = {
        "sent-reply messages": [
            (f"{r['subject']}\n{r['message']}", r["language"])
            for r in map(json.loads, (ROOT / "demo/replies/sent_replies.jsonl").open())
        ],
        "retrieval questions": [
            (i["question"], i["language"])
            for i in json.loads((ROOT / "demo/retrieval_questions.json").read_text())["items"]
        ],
    }
    text_language("warm up")
    for name, items in sets.items():
        print(f"\n## {name} (n={len(items)})")
        for label, detect in (
            ("lingua (en/de/fr/es)", lambda t: text_language(t).code),
            ("stopwords (detectors)", lambda t: text_detect(t).language),
        ):
            times, right, wrong = [], 0, {}
            for text, gold in items:
                started = time.perf_counter()
                got = detect(text)
                times.append((time.perf_counter() - started) * 1000)
                if got == gold:
                    right += 1
                else:
                    wrong[f"{gold}->{got}"] = wrong.get(f"{gold}->{got}", 0) + 1
            print(
                f"{label:<24} accuracy {right / len(items):.3f}  median {statistics.median(times):.2f} ms"
                f"  errors {dict(sorted(wrong.items()))}"
            )


if __name__ == "__main__":
    main()
