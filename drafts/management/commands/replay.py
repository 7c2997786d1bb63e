"""manage.py replay: the last N tickets through the pipeline as configured now (or with a
challenger classifier), beside what was decided at the time. Writes nothing live: the experiment
and one trail event."""

import json
import sys
import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from drafts.replay import (
    ReplayError,
    candidate_label,
    candidate_validate,
    replay_estimate,
    replay_experiment_run,
    selection_validate,
)


class Command(BaseCommand):
    help = (
        "Replay the last N finished pipeline runs under the current configuration (classifier, "
        "risk layer, policies, templates, reply memory, rules, auto-send policies) and show what "
        "would be decided differently: class, risk, route, auto-send, draft. Nothing is saved "
        "except one drafts.replay_ran event."
    )

    def add_arguments(self, parser):
        parser.add_argument("--last", type=int, default=200, help="How many runs (default 200).")
        parser.add_argument("--json", action="store_true", help="The whole report as JSON.")
        parser.add_argument(
            "--classifier",
            type=int,
            default=None,
            help="Replay with this classifier version (a challenger from train_classifier "
            "--no-activate) instead of the active one.",
        )

        parser.add_argument(
            "--rules",
            type=int,
            default=None,
            help="Replay with this rule-set version instead of the rules in force.",
        )
        parser.add_argument(
            "--rules-edit",
            default="",
            metavar="FILE",
            help="Replay with the rule set in this JSON file (a rule-set snapshot, as a "
            "version's snapshot reads) instead of the rules in force; not saved.",
        )
        parser.add_argument(
            "--policy-edit",
            action="append",
            default=[],
            metavar="SLUG=FILE",
            help="Replay with this policy document's text read from FILE (not published). "
            "Repeatable.",
        )
        parser.add_argument(
            "--policy-version",
            action="append",
            default=[],
            metavar="SLUG=N",
            help="Replay with version N's text of this policy document instead of its current "
            "version. Repeatable.",
        )
        parser.add_argument(
            "--risk-threshold",
            default="",
            help="The risk layer's threshold for the measured kinds (0 to 1) in the replay.",
        )
        parser.add_argument(
            "--risk-kind",
            action="append",
            default=[],
            metavar="KIND=VALUE",
            help="One risk kind's own threshold in the replay. Repeatable.",
        )
        parser.add_argument(
            "--prompt",
            action="append",
            default=[],
            metavar="KIND=VERSION",
            help="Replay with this prompt version (classify or draft; the OpenAI-compatible "
            "provider reads prompts). Repeatable.",
        )
        parser.add_argument(
            "--provider",
            choices=["offline", "openai"],
            default="",
            help="Replay with this provider instead of the configured one (openai: the "
            "OpenAI-compatible endpoint at OPENAI_BASE_URL).",
        )
        parser.add_argument(
            "--model",
            default="",
            help="With --provider openai: the model name to call (default OPENAI_MODEL).",
        )
        parser.add_argument("--class", dest="request_class", default="", help="Only this class.")
        parser.add_argument("--since", default="", help="Runs from this date (YYYY-MM-DD).")
        parser.add_argument("--until", default="", help="Runs up to this date, inclusive.")
        parser.add_argument(
            "--only",
            choices=["corrected", "escalated"],
            default="",
            help="Only tickets whose class an agent corrected, or that went to a person.",
        )

        parser.add_argument(
            "--cost-cap",
            type=float,
            default=None,
            help="Stop once the model calls cost this much (OpenAI-compatible provider).",
        )
        parser.add_argument(
            "--estimate",
            action="store_true",
            help="Only say what the replay would cost with the provider and model (--provider, "
            "--model, else the configured ones), then stop.",
        )

    def handle(self, *args, **options):
        started = time.perf_counter()
        selection = {
            "class": options["request_class"],
            "since": options["since"],
            "until": options["until"],
            "only": options["only"],
        }
        if options["estimate"]:
            try:
                estimate = replay_estimate(
                    last=options["last"],
                    selection=selection_validate(selection),
                    candidate=candidate_validate(self._candidate(options)),
                )
            except ReplayError as exc:
                raise CommandError(str(exc)) from exc
            self.stdout.write(json.dumps(estimate.as_dict()))
            return
        tty = sys.stderr.isatty()

        def progress(done: int, total: int) -> None:
            rate = done / max(time.perf_counter() - started, 1e-6)
            line = f"replayed {done}/{total} tickets ({rate:.0f}/s)"
            if tty:
                self.stderr.write(f"\r{line}", ending="")
            elif done == total or done % 100 == 0:
                self.stderr.write(line)

        try:
            experiment = replay_experiment_run(
                last=options["last"],
                candidate=self._candidate(options),
                selection=selection,
                cost_cap=options["cost_cap"],
                progress=progress,
            )
        except ReplayError as exc:
            raise CommandError(str(exc)) from exc
        if tty:
            self.stderr.write("")
        report = {
            "experiment_id": experiment.pk,
            "candidate": experiment.candidate,
            "seconds": round(time.perf_counter() - started, 1),
            **experiment.summary,
            "rows": experiment.rows,
        }
        if options["json"]:
            self.stdout.write(json.dumps(report, indent=1, default=str))
            return
        alarm = report["high_risk_losing_human"] + report["high_risk_becoming_auto_sendable"]
        if alarm:
            self.stdout.write(
                self.style.ERROR(
                    "HIGH-RISK TICKETS WOULD LOSE THEIR HUMAN OR BECOME AUTO-SENDABLE: "
                    + ", ".join(alarm)
                )
            )
        self.stdout.write(
            f"replay #{report['experiment_id']} ({candidate_label(experiment.candidate)}, "
            f"{report['seconds']} s): {report['replayed']} tickets, "
            f"{report['changed']} decided differently, {report['draft_changed']} drafts changed"
        )
        if report.get("models_after"):
            self.stdout.write(
                "  decided by: then "
                + ", ".join(f"{m} ({n})" for m, n in report["models_before"].items())
                + "; now "
                + ", ".join(f"{m} ({n})" for m, n in report["models_after"].items())
            )
        if report.get("tokens"):
            self.stdout.write(f"  model calls: {report['tokens']} tokens, cost {report['cost']}")
        for name, count in report["changed_by_field"].items():
            self.stdout.write(f"  {name:14} changed on {count}")
        self.stdout.write(
            f"  escalation rate {report['escalation_rate_before']:.1%} -> "
            f"{report['escalation_rate_after']:.1%}"
        )
        if report["sent_replies"]:
            self.stdout.write(
                f"  distance of the draft to the reply a person sent ({report['sent_replies']} "
                f"tickets): {report['sent_distance_before']:.3f} -> "
                f"{report['sent_distance_after']:.3f}"
            )
        for row in report["rows"]:
            if row["changes"]:
                changes = ", ".join(
                    f"{c} {row['before'][c]!r} -> {row['after'][c]!r}" for c in row["changes"]
                )
                self.stdout.write(f"  {row['ticket']}: {changes}")

    @staticmethod
    def _pairs(values: list[str], option: str) -> dict[str, str]:
        pairs = {}
        for value in values:
            key, sep, rest = value.partition("=")
            if not sep or not key or not rest:
                raise CommandError(f"{option}: give NAME=VALUE, not {value!r}.")
            pairs[key] = rest
        return pairs

    def _candidate(self, options) -> dict:
        rules_edit = None
        if options["rules_edit"]:
            try:
                snapshot = json.loads(Path(options["rules_edit"]).read_text())
            except (OSError, ValueError) as exc:
                raise CommandError(f"--rules-edit: {exc}") from exc
            from routing.selectors import ruleset_version_current

            current = ruleset_version_current()
            rules_edit = {
                "snapshot": snapshot,
                "label": f"the rule set in {Path(options['rules_edit']).name} (not saved)",
                "base": current.number if current else None,
            }
        policy_edits = {}
        for slug, path in self._pairs(options["policy_edit"], "--policy-edit").items():
            try:
                policy_edits[slug] = Path(path).read_text()
            except OSError as exc:
                raise CommandError(f"--policy-edit: {exc}") from exc
        return {
            "classifier": options["classifier"],
            "rules": options["rules"],
            "rules_edit": rules_edit,
            "policy_edits": policy_edits,
            "policy_versions": self._pairs(options["policy_version"], "--policy-version"),
            "risk_thresholds": {
                "threshold": options["risk_threshold"],
                "kinds": self._pairs(options["risk_kind"], "--risk-kind"),
            },
            "prompts": self._pairs(options["prompt"], "--prompt"),
            "provider": {"name": options["provider"], "model": options["model"]},
        }
