"""manage.py import_macros FILE: saved replies (macros) for agents, from a JSON file."""

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from drafts.macros import macros_import


class Command(BaseCommand):
    help = (
        "Create macros from a JSON list of {name, text, team} (team: a team's slug, or null to "
        "share the macro with everyone). Existing macros of the same team and name are kept as "
        "they are. Safe to run again."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="A .json file: a list of macros.")

    def handle(self, *args, **options):
        path = Path(options["file"])
        if not path.is_file():
            raise CommandError(f"{path} does not exist")
        with transaction.atomic():
            result = macros_import(entries=json.loads(path.read_text(encoding="utf-8")))
        for why in result.skipped:
            self.stderr.write(f"  skipped {why}")
        self.stdout.write(
            f"macros: {result.created} created, {result.present} already present, "
            f"{len(result.skipped)} skipped"
        )
