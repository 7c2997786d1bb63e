import json

from django.core.management.base import BaseCommand, CommandError

from drafts.classifier.selectors import active_version_id_get
from drafts.classifier.services import classifier_train
from drafts.classifier.training import TrainingError


class Command(BaseCommand):
    help = (
        "Train a classifier version on imported examples plus agent class corrections, "
        "store it and make it active."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-missing",
            action="store_true",
            help="do nothing when an active version exists (used by the run command)",
        )
        parser.add_argument(
            "--no-activate", action="store_true", help="store the version without activating it"
        )

    def handle(self, *args, **options):
        if options["if_missing"] and (active := active_version_id_get()) is not None:
            self.stdout.write(f"Classifier version {active} is active; nothing to do.")
            return
        try:
            report = classifier_train(
                activate=not options["no_activate"],
                progress=lambda message: self.stdout.write(f"  {message}"),
            )
        except TrainingError as exc:
            raise CommandError(str(exc)) from exc
        version = report.version
        scores = {k: v for k, v in version.scores.items() if k not in ("reliability", "warnings")}
        for warning in report.warnings:
            self.stdout.write(self.style.WARNING(f"Warning: {warning}"))
        if report.unmapped_labels:
            self.stdout.write(
                self.style.WARNING(
                    f"{len(report.unmapped_labels)} label(s) map to no request class (their "
                    f"predictions go to triage): {', '.join(report.unmapped_labels[:20])}"
                )
            )
        self.stdout.write("Validation: " + json.dumps(scores))
        auto = version.auto_send_threshold
        self.stdout.write(
            self.style.SUCCESS(
                f"Stored classifier version {version.pk} ({version.artifact_sha256[:12]}), "
                f"{'active' if version.is_active else 'not active'}: {version.training_size} "
                f"examples, {len(version.labels)} labels, trained in {version.training_seconds:.1f}s; "
                f"triage threshold {version.threshold:.3f}, auto-send threshold "
                f"{'never' if auto is None else f'{auto:.3f}'}."
            )
        )
