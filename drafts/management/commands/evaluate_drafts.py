"""manage.py evaluate_drafts: the pipeline's drafts against the replies agents sent."""

import dataclasses
import json
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from drafts.draft_evaluation import REPETITIVE_CLASSES, WITHIN, drafts_evaluate


def _percent(value) -> str:
    return "-" if value is None else f"{value:.1%}"


class Command(BaseCommand):
    help = (
        "Draft each remembered sent reply's question again (classify, context, draft; nothing "
        "is saved; the ticket's own reply held out of memory) and compare the draft with the "
        "reply sent: normalized edit distance, share within 0.3 (tuning half: even memory ids; "
        "held-out half: odd), language, source, off topic, per class and language."
    )

    def add_arguments(self, parser):
        parser.add_argument("--limit", type=int, default=None, help="Only the first N replies.")
        parser.add_argument("--json", action="store_true", help="Print the report as JSON.")
        parser.add_argument(
            "--labels",
            default=None,
            help="Sent-replies JSONL naming each reply's policy passages (`policies`), for the "
            "off-topic check; default: the demo's demo/replies/sent_replies.jsonl. 'none' to skip.",
        )
        parser.add_argument(
            "--rows",
            default=None,
            help="Also write every draft's score as a JSON line to this file (distance, source, "
            "half, off topic, the nearest reply's likeness, the best passage's similarity): what "
            "a bar is chosen from.",
        )

    def handle(self, *args, **options):
        labels = options["labels"]
        if labels is None:
            demo = Path(settings.BASE_DIR) / "demo" / "replies" / "sent_replies.jsonl"
            path = demo if demo.is_file() else None
        elif labels == "none":
            path = None
        else:
            path = Path(labels)
            if not path.is_file():
                raise CommandError(f"no such file: {path}")
        evaluation = drafts_evaluate(
            limit=options["limit"], labels_path=path, progress=lambda m: self.stderr.write(m)
        )
        if options["rows"]:
            with Path(options["rows"]).open("w", encoding="utf-8") as rows:
                for score in evaluation.scores:
                    rows.write(json.dumps(dataclasses.asdict(score)) + "\n")
            self.stderr.write(f"{len(evaluation.scores)} rows written to {options['rows']}")
        report = evaluation.as_dict()
        if options["json"]:
            self.stdout.write(json.dumps(report, indent=1))
            return
        self.stdout.write(
            f"{report['drafts']} drafts against the replies sent "
            f"({len(report['skipped'])} skipped); within = distance <= {WITHIN}; tuning half = "
            "even memory ids, held out = odd; off topic = the draft rests on none of the reply's "
            "policy passages, drafts that cannot answer not judged; cannot = the draft says no "
            "confident answer was found (labels: " + (str(path) if path else "none") + ")"
        )
        header = (
            f"  {'':24} {'n':>4} {'median':>7} {'within':>7} {'tuning':>7} {'held':>7} "
            f"{'lang':>7} {'memory':>7} {'related':>7} {'cannot':>7} {'off':>7}"
        )
        for title, groups in (
            ("overall", {"all": report["overall"]}),
            (
                "repetitive classes (" + ", ".join(REPETITIVE_CLASSES) + ")",
                {"all": report["repetitive_classes"], **report["repetitive_by_source"]},
            ),
            ("by class", report["by_class"]),
            ("by language", report["by_language"]),
            ("by source", report["by_source"]),
        ):
            self.stdout.write(title)
            self.stdout.write(header)
            for name, row in groups.items():
                if not row.get("n"):
                    continue
                self.stdout.write(
                    f"  {name:24} {row['n']:>4} {row['median_distance']:>7.3f} "
                    f"{row['within']:>7.1%} {_percent(row['within_tuning']):>7} "
                    f"{_percent(row['within_held_out']):>7} {row['language_match']:>7.1%} "
                    f"{row['from_memory']:>7.1%} {row['from_related_memory']:>7.1%} "
                    f"{row['cannot_answer']:>7.1%} "
                    f"{_percent(row['off_topic']):>7}"
                )
        strict = report["by_source"]
        for source in ("memory", "related memory"):
            share = strict.get(source, {}).get("memory_other_passages")
            if share is not None:
                self.stdout.write(
                    f"{source} drafts resting on other passages than the reply sent "
                    f"(bench/reply_memory.py's check): {share:.1%}"
                )
        for item in report["skipped"]:
            self.stdout.write(f"  skipped memory {item['memory_id']}: {item['why']}")
