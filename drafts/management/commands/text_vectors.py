"""The embeddings the live pipeline keeps for replays (drafts.models.TextVector): keep them for
runs that finished without (before vectors were kept, or after pruning), or delete the old.
Thin: the work is drafts.services.text_vectors_backfill / text_vectors_prune."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from drafts.services import text_vectors_backfill, text_vectors_prune


class Command(BaseCommand):
    help = (
        "Keep the text vectors of finished runs that have none (--backfill), or delete those "
        "of messages older than N days (--prune)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--backfill",
            action="store_true",
            help="Embed and keep the texts of finished runs whose message has no vectors.",
        )
        parser.add_argument(
            "--last",
            type=int,
            default=None,
            help="With --backfill: only the newest N finished runs (what a replay of N reads).",
        )
        parser.add_argument(
            "--prune",
            type=int,
            metavar="DAYS",
            default=None,
            help="Delete the vectors of messages older than DAYS days "
            "(0: SUPPORTDESK_TEXT_VECTOR_DAYS).",
        )

    def handle(self, *args, **options):
        if not options["backfill"] and options["prune"] is None:
            raise CommandError("say --backfill, --prune DAYS, or both")
        if options["prune"] is not None:
            days = options["prune"] or settings.SUPPORTDESK_TEXT_VECTOR_DAYS
            if days <= 0:
                raise CommandError(
                    "no retention set: give --prune DAYS (or set SUPPORTDESK_TEXT_VECTOR_DAYS)"
                )
            deleted = text_vectors_prune(older_than_days=days)
            self.stdout.write(f"pruned {deleted} text vectors of messages older than {days} days")
        if options["backfill"]:

            def progress(done: int, total: int) -> None:
                self.stderr.write(f"vectors kept for {done}/{total} runs")

            kept = text_vectors_backfill(last=options["last"], progress=progress)
            self.stdout.write(
                f"kept vectors for {kept['runs']} runs without any ({kept['rows']} rows offered)"
            )
