"""manage.py import_sent_replies FILE: replies the team sent before Supportdesk, as reply memory."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from drafts.memory import sent_replies_import


class Command(BaseCommand):
    help = (
        "Import replies your team sent before it used Supportdesk (JSON lines: id, language, "
        "request_class, customer_name, customer_email, subject, message, reply, "
        "created_days_ago, sent_after_hours) as resolved tickets, each remembered as a sent "
        "reply that drafts for similar tickets start from. Safe to run again."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="A .jsonl file, one sent reply per line.")

    def handle(self, *args, **options):
        path = Path(options["file"])
        if not path.is_file():
            raise CommandError(f"{path} does not exist")
        summary = sent_replies_import(path=path, progress=lambda m: self.stderr.write(m))
        for line, why in summary.skipped:
            self.stderr.write(f"  skipped line {line}: {why}")
        self.stdout.write(
            f"imported {summary.imported} sent replies, {summary.present} already present, "
            f"{len(summary.skipped)} lines skipped"
        )
