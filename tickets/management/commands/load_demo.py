"""manage.py load_demo: the Fernhill Instruments demo company (idempotent)."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from tickets.demo import DEMO_DIR, demo_load


class Command(BaseCommand):
    help = (
        "Load the demo company (users, customers, ~200 tickets) and, when their commands exist, "
        "import its policies and labeled history and train the classifier. Safe to run twice."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dir", default=str(DEMO_DIR), help="Demo data folder.")
        parser.add_argument(
            "--no-follow-on",
            action="store_true",
            help="Only users, customers and tickets; skip import_policies, import_history and "
            "train_classifier.",
        )
        parser.add_argument(
            "--allow-production",
            action="store_true",
            help="Load even with DJANGO_DEBUG=false (creates users with published passwords).",
        )

    def handle(self, *args, **options):
        if not settings.DEBUG and not options["allow_production"]:
            raise CommandError(
                "Refusing to load the demo with DJANGO_DEBUG=false: it creates users whose "
                "passwords are published. Pass --allow-production if you really mean it."
            )
        summary = demo_load(
            demo_dir=Path(options["dir"]),
            follow_on=not options["no_follow_on"],
            progress=lambda line: self.stdout.write(line),
            stdout=self.stdout,
        )
        for line in summary.lines():
            self.stdout.write(line)
