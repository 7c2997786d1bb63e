"""Walk the event chain and name the first event that does not verify."""

from django.core.management.base import BaseCommand, CommandError

from audit.chain import chain_verify, events_seal
from audit.models import Event


class Command(BaseCommand):
    help = (
        "Verify the event trail's hash chain (streaming, constant memory). Exits non-zero and "
        "names the first event that does not verify."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--seal",
            action="store_true",
            help="First seal events committed but not yet sealed (normally done on commit).",
        )
        parser.add_argument("--chunk-size", type=int, default=2000)
        parser.add_argument(
            "--expect-head",
            default="",
            help="The head hash recorded earlier (e.g. by a previous run): fail if it is no "
            "longer in the chain. Detects a rewritten or truncated tail.",
        )

    def handle(self, *args, **options):
        if options["seal"]:
            self.stdout.write(f"Sealed {events_seal()} pending event(s).")

        def progress(count, seconds):
            self.stdout.write(f"  {count:,} events verified ({count / seconds:,.0f}/s)")

        result = chain_verify(chunk_size=options["chunk_size"], progress=progress)
        self.stdout.write(
            f"Checked {result.checked:,} events in {result.seconds:.2f}s "
            f"({result.per_second:,.0f} events/s); {result.erased:,} with erased payloads; "
            f"{result.unsealed:,} not sealed yet (skipped: sealed right after their commit, "
            "or by --seal)."
        )
        if result.failure is not None:
            f = result.failure
            raise CommandError(
                f"Event {f.event_id} ({f.name}, seq {f.seq}) does not verify: {f.problem}. "
                f"The {result.checked:,} events before it verify."
            )
        self.stdout.write(f"Head: seq {result.head_seq}, hash {result.head_hash}")
        if options["expect_head"]:
            if not Event.objects.filter(hash=options["expect_head"]).exists():
                raise CommandError(
                    f"The expected head {options['expect_head']} is not in the chain: the "
                    "chain was rewritten or truncated after it was recorded."
                )
        self.stdout.write(self.style.SUCCESS("The chain verifies."))
