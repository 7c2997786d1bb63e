"""manage.py import_policies DIR: load a folder of markdown policies, recursively.

Idempotent: an unchanged file makes no version, a changed one makes a new version, a new one a
new document. Prints one line per file and a summary of what was done and skipped, and why.
"""

from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from drafts.knowledge.services import ImportOutcome, policy_folder_import


class Command(BaseCommand):
    help = "Import a folder of markdown policy documents (recursively) as versioned policies."

    def add_arguments(self, parser):
        parser.add_argument("directory", type=Path)
        parser.add_argument(
            "--prefix", default="", help="Slug prefix for every document (keeps folders apart)."
        )
        parser.add_argument("--author", default="", help="Username recorded as the author.")

    def handle(self, *args, directory: Path, prefix: str, author: str, **options):
        root = directory.expanduser().resolve()
        if not root.is_dir():
            raise CommandError(f"{directory} is not a directory")
        user = None
        if author:
            user = get_user_model().objects.filter(username=author).first()
            if user is None:
                raise CommandError(f"no user named {author!r}")
        verbosity = options["verbosity"]

        def progress(index, total, relative, outcome, detail):
            if verbosity >= 1:
                mark = {
                    ImportOutcome.CREATED: self.style.SUCCESS("created    "),
                    ImportOutcome.NEW_VERSION: self.style.SUCCESS("new version"),
                    ImportOutcome.UNCHANGED: "unchanged  ",
                    ImportOutcome.SKIPPED: self.style.WARNING("skipped    "),
                }[outcome]
                self.stdout.write(f"[{index}/{total}] {mark} {relative}: {detail}")

        summary = policy_folder_import(root=root, author=user, prefix=prefix, progress=progress)

        self.stdout.write("")
        self.stdout.write(self.style.MIGRATE_HEADING(f"Imported {root}"))
        self.stdout.write(f"  files seen:         {summary.files}")
        self.stdout.write(f"  documents created:  {len(summary.created)}")
        self.stdout.write(f"  new versions:       {len(summary.new_versions)}")
        self.stdout.write(f"  unchanged:          {len(summary.unchanged)}")
        self.stdout.write(f"  fragments written:  {summary.fragments}")
        self.stdout.write(f"  skipped:            {len(summary.skipped)}")
        reasons: dict[str, list[str]] = {}
        for path, reason in summary.skipped:
            reasons.setdefault(reason, []).append(path)
        for reason, paths in sorted(reasons.items()):
            shown = ", ".join(paths[:5]) + (f" and {len(paths) - 5} more" if len(paths) > 5 else "")
            self.stdout.write(f"    {len(paths)} x {reason}: {shown}")
        for path, note in summary.notes:
            self.stdout.write(f"  note: {path} {note}")
