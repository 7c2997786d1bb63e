from django.core.management.base import BaseCommand, CommandError

from drafts.classifier.history import HistoryFileError
from drafts.classifier.labelmaps import LabelMapError
from drafts.classifier.services import examples_import


class Command(BaseCommand):
    help = (
        "Import labeled ticket history (CSV or JSONL: text,label + optional subject, "
        "customer_email, created_at, resolution) as classifier training examples."
    )

    def add_arguments(self, parser):
        parser.add_argument("path")
        parser.add_argument(
            "--label-map", help='JSON {"labels": {"<label>": "<request-class-slug>"}} to store'
        )
        parser.add_argument("--text-column", default="", help="column holding the text")
        parser.add_argument("--label-column", default="", help="column holding the label")
        parser.add_argument(
            "--encoding", default="", help="file encoding (default: UTF-8, else guessed)"
        )

    def handle(self, *args, **options):
        self.stdout.write(f"Importing {options['path']} ...")
        try:
            report = examples_import(
                path=options["path"],
                label_map_path=options["label_map"],
                text_column=options["text_column"],
                label_column=options["label_column"],
                encoding=options["encoding"],
                progress=lambda message: self.stdout.write(f"  {message}"),
            )
        except (HistoryFileError, LabelMapError) as exc:
            raise CommandError(str(exc)) from exc
        out = self.stdout
        out.write(
            f"Format {report.format}, encoding {report.encoding}; columns read: "
            + ", ".join(f"{k}={v!r}" for k, v in report.columns.items())
        )
        for note in report.notes:
            out.write(f"Note: {note}")
        if report.unknown_columns:
            out.write(
                self.style.WARNING(
                    "Unknown columns (not imported): " + ", ".join(report.unknown_columns)
                )
            )
        for line, reason in report.bad_rows:
            out.write(self.style.WARNING(f"Skipped line {line}: {reason}"))
        for line, warning in report.warnings:
            out.write(f"Line {line}: {warning}")
        if report.label_map is not None:
            lm = report.label_map
            out.write(f"Label map: {lm.stored} labels mapped, {lm.cleared} cleared")
            for label, slug in lm.unknown_slugs.items():
                out.write(
                    self.style.WARNING(
                        f"Label map: {label!r} -> {slug!r} names no request class; not stored"
                    )
                )
            for problem in lm.problems:
                out.write(self.style.WARNING(f"Label map: {problem}"))
        out.write(
            self.style.SUCCESS(
                f"Done: {report.rows_read} rows read, {report.created} examples created, "
                f"{report.duplicates} duplicates skipped, {len(report.bad_rows)} bad rows skipped, "
                f"{len(report.labels)} labels in new examples."
            )
        )
