"""manage.py injection_head_build: rebuild the learned prompt-injection head's weights."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

from drafts.detectors.corpus import TRAINING_PARTS, corpus_load
from drafts.detectors.injection_head import ARTEFACT
from drafts.detectors.injection_training import injection_head_build


class Command(BaseCommand):
    help = (
        "Rebuild drafts/detectors/injection_head.npz from the detector corpus and the public "
        "customer messages under --data-dir (read only; no text is stored): leave-one-part-out "
        "scores, threshold, final weights. About 12-20 minutes on two cores (one fold per corpus part)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--data-dir",
            default=str(settings.BASE_DIR.parent / "shared" / "data"),
            help="Folder holding banking77/, bitext-customer-support/ and clinc150/.",
        )
        parser.add_argument("--output", default=str(ARTEFACT), help="Where to write the .npz.")

    def handle(self, *args, **options):
        corpus = {part: corpus_load(part) for part in TRAINING_PARTS}
        summary = injection_head_build(
            corpus=corpus,
            data_dir=Path(options["data_dir"]),
            output=Path(options["output"]),
            progress=lambda line: self.stdout.write(line),
        )
        self.stdout.write("leave-one-part-out, head alone, at the chosen threshold:")
        for part, row in summary["leave_one_part_out"].items():
            caught = f"attacks {row['caught']}/{row['attacks']}, " if row["attacks"] else ""
            self.stdout.write(
                f"  {part:8} {caught}ordinary flagged {row['flagged']}/{row['ordinary']}"
            )
        self.stdout.write(self.style.SUCCESS(f"threshold {summary['threshold']:.3f}"))
