"""Erase one customer's personal data (audit/erasure.py says what goes and what stays)."""

from django.core.management.base import BaseCommand

from audit.erasure import customer_erase


class Command(BaseCommand):
    help = (
        "Erase a customer's personal data from their customer row, messages, raw inputs, "
        "drafts, pipeline records, routing decisions, labeled examples and event payloads. "
        "The event chain stays verifiable; an audit.customer_erased event records the erasure."
    )

    def add_arguments(self, parser):
        parser.add_argument("email")

    def handle(self, *args, email: str, **options):
        self.stdout.write(f"Erasing personal data of {email} ...")
        summary = customer_erase(email=email)
        if summary.customer_id is None:
            self.stdout.write("No customer row has this address; erasing what names it elsewhere.")
        for name, count in summary.counts.items():
            self.stdout.write(f"  {name}: {count}")
        for note in summary.notes:
            self.stdout.write(self.style.WARNING(f"Note: {note}"))
        self.stdout.write(
            self.style.SUCCESS(
                f"Done: {sum(summary.counts.values())} row(s) erased or redacted; recorded as "
                f"event {summary.erasure_event_id}. Run audit_verify to check the chain."
            )
        )
