import json

from django.core.management.base import BaseCommand, CommandError

from drafts.classifier.evaluation import version_evaluate
from drafts.classifier.history import HistoryFileError
from drafts.classifier.labelmaps import LabelMapError
from drafts.classifier.models import ClassifierVersion


class Command(BaseCommand):
    help = (
        "Score the active classifier version (or --version ID) on a labeled CSV/JSONL file: "
        "quality figures and routing figures through the label map."
    )

    def create_parser(self, prog_name, subcommand, **kwargs):
        # "--version ID" picks a classifier version; it replaces Django's own --version flag.
        return super().create_parser(prog_name, subcommand, conflict_handler="resolve", **kwargs)

    def add_arguments(self, parser):
        parser.add_argument("path")
        parser.add_argument("--label-map", help="label map JSON used for the routing figures")
        parser.add_argument("--version", type=int, dest="version_id", help="version id")
        parser.add_argument("--json", action="store_true", help="print one JSON object")
        parser.add_argument("--text-column", default="")
        parser.add_argument("--label-column", default="")
        parser.add_argument(
            "--encoding", default="", help="file encoding (default: UTF-8, else guessed)"
        )

    def handle(self, *args, **options):
        try:
            figures = version_evaluate(
                path=options["path"],
                version_id=options["version_id"],
                label_map_path=options["label_map"],
                text_column=options["text_column"],
                label_column=options["label_column"],
                encoding=options["encoding"],
            )
        except ClassifierVersion.DoesNotExist as exc:
            which = options["version_id"] or "active"
            raise CommandError(f"no classifier version ({which}): run train_classifier") from exc
        except (HistoryFileError, LabelMapError) as exc:
            raise CommandError(str(exc)) from exc
        routing = figures["routing"]
        if routing["high_risk_auto_sendable"]:
            self.stderr.write(
                self.style.ERROR(
                    f"!!! {routing['high_risk_auto_sendable']} HIGH-RISK EXAMPLE(S) COULD BE "
                    + (
                        "AUTO-SENT by the whole pipeline decision"
                        if "decision" in figures
                        else "AUTO-SENT (predicted low-risk above the auto-send threshold)"
                    )
                    + f", lines {routing['high_risk_auto_sendable_lines']}. Keep auto-send off "
                    "for these classes. !!!"
                )
            )
        alone = figures.get("class_model_routing") or {}
        if alone.get("high_risk_auto_sendable") and not routing["high_risk_auto_sendable"]:
            self.stderr.write(
                f"The class model alone rated {alone['high_risk_auto_sendable']} high-risk "
                f"example(s) low-risk above its auto-send threshold (lines "
                f"{alone['high_risk_auto_sendable_lines']}); the whole decision stops them.\n"
            )
        if options["json"]:
            self.stdout.write(json.dumps(figures, indent=2))
            return
        self._human(figures)

    def _human(self, f):
        out = self.stdout
        v = f["version"]
        out.write(
            f"Version {v['id']} ({v['sha256'][:12]}) on {f['file']['path']}: "
            f"{f['examples']} examples, {f['file']['rows_skipped']} rows skipped"
        )
        for item in f["file"]["skipped"]:
            out.write(self.style.WARNING(f"  skipped line {item['line']}: {item['reason']}"))
        if f["file"]["unknown_columns"]:
            out.write(f"Unknown columns (ignored): {', '.join(f['file']['unknown_columns'])}")
        if f["labels_not_in_model"]:
            out.write(
                self.style.WARNING(
                    "Labels not in the model's label set (always wrong): "
                    + ", ".join(f"{k} ({n})" for k, n in f["labels_not_in_model"].items())
                )
            )
        out.write(
            f"Accuracy {f['accuracy']}  macro-F1 {f['macro_f1']}  "
            f"(accuracy on known labels {f['accuracy_on_known_labels']})"
        )
        t = f["triage"]
        out.write(
            f"Triage threshold {t['threshold']}: {t['needs_triage']} need triage "
            f"({t['needs_triage_share']}); accuracy of accepted {t['accepted_accuracy']}; "
            f"ECE {f['calibration']['ece']}"
        )
        out.write("Per class (precision / recall / support):")
        for label, c in f["per_class"].items():
            out.write(f"  {label:40} {c['precision']:.3f} / {c['recall']:.3f} / {c['support']}")
        if f["most_confused"]:
            out.write("Most confused (true -> predicted):")
            for pair in f["most_confused"]:
                out.write(f"  {pair['true']} -> {pair['predicted']}: {pair['count']}")
        r = f.get("class_model_routing") or f["routing"]
        scope = "the class model alone" if "class_model_routing" in f else "the class model"
        out.write(f"Routing by {scope} (label map: {f['file']['label_map']}):")
        out.write(
            f"  high-risk recall {r['high_risk_recall']} "
            f"({r['high_risk_reaching_human']}/{r['high_risk_examples']} reach a human)"
        )
        out.write(
            f"  false escalation rate {r['false_escalation_rate']} "
            f"({r['low_risk_escalated']}/{r['low_risk_examples']} low-risk sent to a human)"
        )
        auto = r["auto_send_threshold"]
        line = (
            f"  high-risk examples auto-send could have sent: {r['high_risk_auto_sendable']} "
            f"(auto-send threshold {'never' if auto is None else auto})"
        )
        out.write(self.style.ERROR(line) if r["high_risk_auto_sendable"] else line)
        if r["unmapped_labels"]:
            out.write(
                "  unmapped labels (left out of routing figures): "
                + ", ".join(f"{k} ({n})" for k, n in r["unmapped_labels"].items())
            )
        d = f.get("decision")
        if d:
            out.write(
                f"Whole decision (class model + detectors + risk layer + rules; {d['assumptions']}):"
            )
            out.write(
                f"  high-risk recall {d['high_risk_recall']} "
                f"({d['high_risk_reaching_human']}/{d['high_risk_examples']} reach a human)"
            )
            out.write(
                f"  false escalation rate {d['false_escalation_rate']} "
                f"({d['low_risk_escalated']}/{d['low_risk_examples']} low-risk sent to a human)"
            )
            line = (
                f"  could be auto-sent: {d['high_risk_auto_sendable']} high-risk, "
                f"{d['low_risk_auto_sendable']} low-risk"
            )
            out.write(self.style.ERROR(line) if d["high_risk_auto_sendable"] else line)
