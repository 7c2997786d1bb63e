"""The whole decision on the spoken-style set (drafts/risk/checks.py: 40 messages, our own
text in English, German, French and Spanish, spelled-out numbers and hesitations), through
`manage.py evaluate` as a new user would run it: a CSV and a label map written to a temporary
folder, the active class model, the shipped risk layer, the detectors and the live rules.

    .venv/bin/python bench/decision_spoken.py [--set b|c|...|z|aa] [--rows]

Set a: SPOKEN_CHECKS (40); set b: SPOKEN_CHECKS_B (60); set c: SPOKEN_CHECKS_C (60, written
before the ordinary prototypes of other industries, blind at its first run); sets d and e:
SPOKEN_CHECKS_D and SPOKEN_CHECKS_E (80 each, ten further industries each, written before the
risk layer's data was read; d was read and tuned on after its first run, e kept blind); set f:
SPOKEN_CHECKS_F (80, ten more industries, written blind by someone who had not read the risk
layer, kept blind for its one scoring); set g: SPOKEN_CHECKS_G (80, ten more industries, written
blind the same way, kept blind for its one scoring); set h: SPOKEN_CHECKS_H (80, ten more
industries, written blind the same way, kept blind for its one scoring); set i:
SPOKEN_CHECKS_I (80, written style: chat lines, e-mails, forwarded threads, typos; ten more
industries, blind); set j: SPOKEN_CHECKS_J (80, voicemail and call transcripts, ten more
industries, blind). I and J were written on 2026-12-06 (late) by writers who read no code;
set k: SPOKEN_CHECKS_K (80, contact forms, rants, SMS, non-native English, B2B; ten more
industries), written the same night, kept unread until its one first-sight scoring; set l:
SPOKEN_CHECKS_L (80, social-media messages, app-store review replies, in-app chat, letters from
elderly customers; ten more industries), written blind on 2026-12-07, scored once unread; set m:
SPOKEN_CHECKS_M (80, managerial and professional writing, ten more industries), written blind the
same day and kept unread: only its figures are read; set n: SPOKEN_CHECKS_N (80, text that
passed through other systems: chat widgets, machine translation, dictation, pasted receipts),
written blind the same day after the day's risk changes, kept unread; set o: SPOKEN_CHECKS_O
(80, messages written on behalf of someone else and messages with several topics in one; ten
more industries), written blind on 2026-12-07 (later) and kept unread; set p: SPOKEN_CHECKS_P (80,
terse SMS and chat messages, non-native writers, implicit risks; fifteen industries), written
blind on 2026-12-07 (eighth session) and kept unread; set q: SPOKEN_CHECKS_Q (80, long emotional
messages with the point late, formal letters in regulated industries, forwarded messages,
understated and overstated risks), written blind the same session and kept unread; set r:
SPOKEN_CHECKS_R (80, small local businesses: voice dictation, typos, elderly customers' letters,
implied points, second-language writers), written blind the same session and kept unread; sets s
and t: SPOKEN_CHECKS_S (80, business customers and marketplace sellers: web forms, signatures,
legal footers, quoted replies) and SPOKEN_CHECKS_T (80, young informal customers and parents:
slang, emoji, code-switching, pasted message bursts), written blind in the ninth session and kept
unread; set u: SPOKEN_CHECKS_U (80, public services and utilities, look-alikes that say the risk
did not happen), written blind the same session; set v: SPOKEN_CHECKS_V (80, small trades and
services: vets, garages, movers, a marina, an online pharmacy; tradespeople on phones, accounts
departments, quoted replies), written blind in the tenth session and kept unread; set w:
SPOKEN_CHECKS_W (80, banks, gyms, streaming, airlines' loyalty programmes, insurance, ride-hailing;
chat bursts, unpunctuated paragraphs, pasted statement lines), written blind the same session and
scored once unread after the session's risk changes; sets x and y: SPOKEN_CHECKS_X (80, clinics,
a funeral home, self-storage, web hosting, ticket resale; voicemails typed up by a receptionist,
office managers writing for a boss, pasted tables) and SPOKEN_CHECKS_Y (80, a mobile carrier,
scooter sharing, tutoring, a theatre, co-living; phone texts, bug-report tickets, survey replies,
forwarded SMS, two languages in one message), written blind in the eleventh session and scored
once unread before any change of that session; set z: SPOKEN_CHECKS_Z (80, opticians, a wine
club, a letting agent, an ancestry kit, a public pool; contact forms with fields, children writing
for elderly parents, pasted threads, subject-line-only notes; regional German, French and
Spanish), written blind later in the same session and scored once unread; set aa:
SPOKEN_CHECKS_AA (80, car sharing, a bus company, pet insurance, a solar installer, a summer camp;
messages relayed by assistants, social workers and carers, the risky point second or third,
one-liners), written blind in the twelfth session and scored once unread.

Needs the database the console uses (a demo one: `python3 dev.py up --setup-only`).
"""

from __future__ import annotations

import csv
import io
import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CACHE = ROOT / "var" / "bench"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "supportdesk.settings")

import django  # noqa: E402

django.setup()

from _harness import log, results_write  # noqa: E402
from django.core.management import call_command  # noqa: E402

from drafts.risk import scoring  # noqa: E402
from drafts.risk.checks import SPOKEN_SETS  # noqa: E402

# Risk kind -> the demo's request class (the label map a user would write).
KIND_CLASS = {
    "billing_dispute": "billing-dispute",
    "unrecognised_payment": "billing-dispute",
    "refund_exception": "refund-exception",
    "account_closure": "data-deletion",
    "legal": "legal-compliance",
    "security": "security-report",
    "lost_stolen": "security-report",
    "outage": "outage",
    "complaint": "complaint",
    "none": "general",
}


def main() -> None:
    sets = SPOKEN_SETS
    name = sys.argv[sys.argv.index("--set") + 1] if "--set" in sys.argv else "a"
    if name not in sets:
        sys.exit(f"unknown set {name!r}: one of {', '.join(sets)}")
    checks = sets[name]
    # --threshold X: the measured kinds' bar X instead of the shipped one (what a bar would do)
    threshold = (
        float(sys.argv[sys.argv.index("--threshold") + 1]) if "--threshold" in sys.argv else None
    )
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder) / "spoken.csv"
        with data.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(["text", "label"])
            for text, kind in checks:
                writer.writerow([text, kind])
        mapping = Path(folder) / "map.json"
        mapping.write_text(json.dumps(KIND_CLASS))
        out = io.StringIO()
        # --heads PATH: another risk artefact (build_risk_layer --output PATH)
        heads_path = sys.argv[sys.argv.index("--heads") + 1] if "--heads" in sys.argv else None
        heads = scoring.RiskHeads.load(Path(heads_path)) if heads_path else scoring.heads_get()
        with scoring.heads_use(heads), scoring.heads_thresholds_use(threshold=threshold):
            call_command(
                "evaluate",
                str(data),
                label_map=str(mapping),
                json=True,
                stdout=out,
                stderr=io.StringIO(),
            )
        figures = json.loads(out.getvalue())
    d = figures["decision"]
    log(
        f"spoken set {name} ({len(checks)} rows): high-risk recall {d['high_risk_recall']} "
        f"({d['high_risk_reaching_human']}/{d['high_risk_examples']}), false escalation "
        f"{d['false_escalation_rate']} ({d['low_risk_escalated']}/{d['low_risk_examples']}), "
        f"high-risk auto-sendable {d['high_risk_auto_sendable']}"
    )
    waived = [r for r in d["rows"] if r["needs_triage"] and r["unfamiliar_quiet"]]
    log(
        f"  unfamiliar and quiet (triage waived): {len(waived)} rows, "
        f"{sum(r['true_risk'] == 'high' for r in waived)} of them high-risk"
    )
    for row in d["rows"]:
        wrong = (row["true_risk"] == "high") != row["reaches_human"]
        if wrong:
            log(
                f"  {'MISSED' if row['true_risk'] == 'high' else 'escalated'} line {row['line']}: "
                f"{row['label']} -> {row['request_class']} ({row['confidence']}), "
                f"risk {row['risk_score']}, {row['why'][:1]}"
            )
    if "--rows" in sys.argv:  # per-row decisions under var/bench/, for reading them
        CACHE.mkdir(parents=True, exist_ok=True)
        (CACHE / f"decision_spoken_rows_{name}.json").write_text(json.dumps(d["rows"]))
    d.pop("rows")
    path = results_write(
        "decision_spoken", {"set": name, "threshold": threshold, "heads": heads_path, "decision": d}
    )
    log(f"done; {path}")


if __name__ == "__main__":
    main()
