"""manage.py import_email PATH [PATH ...]: import .eml files, mbox files, Maildirs, or
directories of them (recursively), through the same intake as the inbound webhooks."""

import time
from collections import Counter
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from tickets.email.mailboxes import mail_items, mail_sources
from tickets.email.services import Outcome, email_receive

FAILURES_LISTED = 20


class Command(BaseCommand):
    help = (
        "Import email from .eml files, mbox files, Maildirs or directories of them. Each message "
        "is stored raw, parsed and taken in (new ticket, reply threaded into its ticket, "
        "auto-reply ignored, or a flagged ticket when it cannot be parsed). Re-running skips "
        "what was already imported."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH")
        parser.add_argument(
            "--progress-every",
            type=int,
            default=100,
            help="Print a progress line every N messages (default 100).",
        )

    def handle(self, *args, paths, progress_every, **options):
        roots = [Path(p) for p in paths]
        missing = [str(p) for p in roots if not p.exists()]
        if missing:
            raise CommandError(f"No such file or directory: {', '.join(missing)}")

        counts: Counter[str] = Counter()
        ignored_reasons: Counter[str] = Counter()
        duplicate_reasons: Counter[str] = Counter()
        failures: list[tuple[str, str]] = []
        skipped_files: list[Path] = []
        started = time.monotonic()
        total = 0
        for root in roots:
            sources, skipped = mail_sources(path=root)
            skipped_files.extend(skipped)
            for source in sources:
                before = total
                try:
                    for item in mail_items(source=source):
                        result = email_receive(content=item.content, source=item.source)
                        total += 1
                        counts[result.outcome] += 1
                        if result.outcome == Outcome.IGNORED:
                            ignored_reasons[result.detail] += 1
                        elif result.outcome == Outcome.DUPLICATE:
                            duplicate_reasons[result.detail.split(" on message")[0]] += 1
                        elif result.outcome == Outcome.FAILED:
                            failures.append((item.source, result.detail))
                        if progress_every and total % progress_every == 0:
                            self._progress(total, counts, started)
                except OSError as exc:
                    # An unreadable file or mailbox: report it, go on with the rest.
                    failures.append((str(source.path), f"could not read: {exc}"))
                    counts["unreadable"] += 1
                if source.kind != "eml":
                    self.stdout.write(f"{source.kind} {source.path}: {total - before} messages")

        self._summary(
            total, counts, ignored_reasons, duplicate_reasons, failures, skipped_files, started
        )

    def _progress(self, total, counts, started):
        elapsed = time.monotonic() - started
        self.stdout.write(
            f"  {total} messages ({total / elapsed:.0f}/s): {counts[Outcome.CREATED]} new, "
            f"{counts[Outcome.THREADED]} threaded, {counts[Outcome.IGNORED]} ignored, "
            f"{counts[Outcome.DUPLICATE]} duplicates, {counts[Outcome.FAILED]} flagged"
        )

    def _summary(
        self, total, counts, ignored_reasons, duplicate_reasons, failures, skipped_files, started
    ):
        elapsed = time.monotonic() - started
        write = self.stdout.write
        write(f"Done: {total} messages in {elapsed:.1f}s.")
        write(f"  imported as new tickets:        {counts[Outcome.CREATED]}")
        write(f"  threaded into existing tickets: {counts[Outcome.THREADED]}")
        write(f"  ignored (auto-reply/bounce):    {counts[Outcome.IGNORED]}")
        for reason, n in ignored_reasons.most_common():
            write(f"      {n} x {reason}")
        write(f"  skipped as duplicates:          {counts[Outcome.DUPLICATE]}")
        for reason, n in duplicate_reasons.most_common():
            write(f"      {n} x {reason}")
        write(f"  flagged failures:               {len(failures)}")
        for source, error in failures[:FAILURES_LISTED]:
            write(f"      {source}: {error}")
        if len(failures) > FAILURES_LISTED:
            write(f"      ... and {len(failures) - FAILURES_LISTED} more (see flagged tickets)")
        if skipped_files:
            write(f"  files skipped (not .eml, mbox or Maildir): {len(skipped_files)}")
            for path in skipped_files[:FAILURES_LISTED]:
                write(f"      {path}")
