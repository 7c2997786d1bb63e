"""manage.py evaluate_drafts: the pipeline's drafts against the replies agents sent."""

import json

from django.core.management.base import BaseCommand

from drafts.draft_evaluation import REPETITIVE_CLASSES, WITHIN, drafts_evaluate


class Command(BaseCommand):
    help = (
        "Draft each remembered sent reply's question again (classify, context, draft; nothing "
        "is saved; the ticket's own reply held out of memory) and compare the draft with the "
        "reply sent: normalized edit distance, share within 0.3, language, per class and "
        "language."
    )

    def add_arguments(self, parser):
        parser.add_argument("--limit", type=int, default=None, help="Only the first N replies.")
        parser.add_argument("--json", action="store_true", help="Print the report as JSON.")

    def handle(self, *args, **options):
        report = drafts_evaluate(
            limit=options["limit"], progress=lambda m: self.stderr.write(m)
        ).as_dict()
        if options["json"]:
            self.stdout.write(json.dumps(report, indent=1))
            return
        self.stdout.write(
            f"{report['drafts']} drafts against the replies sent "
            f"({len(report['skipped'])} skipped); within = distance <= {WITHIN}"
        )
        header = f"  {'':24} {'n':>4} {'median':>7} {'within':>7} {'language':>9} {'memory':>7}"
        for title, groups in (
            ("overall", {"all": report["overall"]}),
            (
                "repetitive classes (" + ", ".join(REPETITIVE_CLASSES) + ")",
                {"all": report["repetitive_classes"]},
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
                    f"{row['within']:>7.1%} {row['language_match']:>9.1%} {row['from_memory']:>7.1%}"
                )
        for item in report["skipped"]:
            self.stdout.write(f"  skipped memory {item['memory_id']}: {item['why']}")
