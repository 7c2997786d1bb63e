"""Rebuild the risk layer's shipped artefact (drafts/risk/data/risk_heads.npz) from the public
data sets, with the cross-domain checks. Thin: the work is drafts.risk.training."""

import json
import time
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from drafts.risk.scoring import ARTEFACT_PATH
from drafts.risk.training import SOURCE_KINDS, risk_layer_build


class Command(BaseCommand):
    help = "Train the risk heads on ../shared/data (banking77, clinc150, bitext) and save them."

    def add_arguments(self, parser):
        parser.add_argument(
            "--data-dir",
            default=str(Path(settings.BASE_DIR).parent / "shared" / "data"),
            help="Folder holding banking77/, clinc150/, bitext-customer-support/.",
        )
        parser.add_argument("--output", default=str(ARTEFACT_PATH))
        parser.add_argument("--json", action="store_true", help="Print the checks as JSON.")

    def handle(self, *args, **options):
        data_dir = Path(options["data_dir"])
        if not data_dir.is_dir():
            raise CommandError(f"data folder {data_dir} does not exist (see ../shared/data)")
        started = time.perf_counter()

        def progress(message: str) -> None:
            self.stderr.write(f"[{time.perf_counter() - started:6.1f}s] {message}")

        try:
            heads, checks = risk_layer_build(data_dir=data_dir, progress=progress)
        except FileNotFoundError as exc:
            raise CommandError(f"a source is missing: {exc}") from exc
        output = Path(options["output"])
        heads.save(output)
        if options["json"]:
            self.stdout.write(json.dumps({"threshold": heads.threshold, "checks": checks}))
            return
        self.stdout.write(f"sources: {', '.join(SOURCE_KINDS)}")
        self.stdout.write(f"threshold (any kind): {heads.threshold:.4f}")
        for c in checks:
            self.stdout.write(
                f"  {c['check']}: recall {c['recall']:.4f} of {c['high_risk']} high-risk, "
                f"false escalation {c['false_escalation']:.4f} of {c['low_risk']} low-risk"
            )
        size = output.stat().st_size
        self.stdout.write(
            f"saved {output} ({size / 1024:.0f} KiB) in {time.perf_counter() - started:.0f}s"
        )
