"""The inbox search on SQLite, the embedded default (the suite itself runs on PostgreSQL): a
fresh SQLite file migrated to the latest migration, then tickets opened through intake, a reply,
a note, an edit and an erasure, each followed by searches through the inbox selector, all in a
subprocess. It also proves the FTS5 triggers survive every migration after 0013 (Django
rebuilds SQLite tables for many schema changes, and a rebuild drops a table's triggers)."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = r"""
import json
from django.utils import timezone
from audit.erasure import customer_erase
from tickets.inbound import InboundMessage
from tickets.models import Message
from tickets.selectors import InboxFilters, ticket_inbox_page
from tickets.services import inbound_ingest

def ticket_open(email, name, subject, body):
    inbound = InboundMessage(
        from_address=email, from_name=name, customer_name=name, subject=subject, body_text=body
    )
    return inbound_ingest(inbound=inbound, channel="api", pipeline=False).ticket

def found(q):
    page = ticket_inbox_page(filters=InboxFilters(q=q), user=None)
    return [t.pk for t in page.tickets]

station = ticket_open("maria.keller@alpinefarms.example", "Maria Keller", "Station offline",
                      "The anemometer stopped reporting after the thunderstorm on Tuesday.")
refund = ticket_open("jonas@hof-weber.example", "Jonas Weber", "Rückerstattung",
                     "Ich möchte eine Rückerstattung für die Bestellung 4711, bitte.")
quoting = ticket_open("someone@else.example", "", "Follow-up", f"About SD-{refund.pk} again")
now = timezone.now()
Message.objects.create(ticket=station, direction="outbound", created_at=now,
                       body_text="We have sent a replacement gasket by courier.")
Message.objects.create(ticket=station, direction="note", created_at=now,
                       body_text="Customer sounds frustrated.")
ids = {"station": station.pk, "refund": refund.pk, "quoting": quoting.pk}
out = {"ids": ids, "before": {}, "syntax": {}, "after": {}}
for q in ["thunderstorm", "gasket", "frustrated", "offline courier", "thunder", "Keller",
          "alpinefarms", "rückerstattung", "ruckerstattung", "bestellung 4711",
          f"SD-{refund.pk}", f"#{refund.pk}", f"sd{refund.pk}", str(refund.pk)]:
    out["before"][q] = found(q)
for q in ['"', "'", "\\", "a AND", "OR", "NOT x", "NEAR(a b)", "thunder*", "col:thunder",
          "^thunder", "(thunderstorm", '"unbalanced', "a & b | !c", "+ - * / :", "🙂", "x" * 200,
          "a " * 100, "{a b}", "thunderstorm)"]:
    out["syntax"][q] = found(q)

edited = station.messages.filter(direction="inbound").get()
Message.objects.filter(pk=edited.pk).update(body_text="Now it is the rain gauge.")
out["edited"] = {q: found(q) for q in ("thunderstorm", "gauge")}

customer_erase(email="maria.keller@alpinefarms.example")
for q in ["gauge", "gasket", "offline", "Keller", "alpinefarms", "rückerstattung"]:
    out["after"][q] = found(q)
print("RESULT " + json.dumps(out))
"""


def _env(database: Path, var: Path) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "DATABASE_", "CELERY_", "SUPPORTDESK_"))
    }
    env.update(
        DJANGO_SETTINGS_MODULE="supportdesk.settings",
        DATABASE_URL=f"sqlite:///{database}",
        SUPPORTDESK_VAR_DIR=str(var),
        CELERY_TASK_ALWAYS_EAGER="true",
        SUPPORTDESK_PIPELINE_ENABLED="false",
    )
    return env


def _manage(*args: str, env: dict[str, str]) -> str:
    result = subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    return result.stdout


def test_sqlite_fts5_search_from_migrate_to_erasure(tmp_path):
    env = _env(tmp_path / "db.sqlite3", tmp_path / "var")
    _manage("migrate", "--noinput", "-v", "0", env=env)
    output = _manage("shell", "-c", SCRIPT, env=env)
    line = next(line for line in output.splitlines() if line.startswith("RESULT "))
    result = json.loads(line.removeprefix("RESULT "))
    station, refund, quoting = (result["ids"][k] for k in ("station", "refund", "quoting"))

    before = result["before"]
    assert before["thunderstorm"] == [station]  # inbound body
    assert before["gasket"] == [station]  # outbound body
    assert before["frustrated"] == []  # internal notes are not searched
    assert before["offline courier"] == [station]  # subject and a body
    assert before["thunder"] == [station]  # the last word is a prefix
    assert before["Keller"] == before["alpinefarms"] == [station]
    assert before["rückerstattung"] == before["ruckerstattung"] == [refund]
    assert before["bestellung 4711"] == [refund]
    for text in (f"SD-{refund}", f"#{refund}", f"sd{refund}", str(refund)):
        assert before[text][0] == refund, text
    assert quoting in before[f"SD-{refund}"][1:]  # a body quoting the reference comes next

    for text, ids in result["syntax"].items():
        assert isinstance(ids, list), text  # no error from FTS5's query syntax
    assert result["syntax"]["thunder*"] == result["syntax"]["(thunderstorm"] == [station]

    assert result["edited"] == {"thunderstorm": [], "gauge": [station]}
    after = result["after"]
    assert after == {
        "gauge": [],
        "gasket": [],
        "offline": [],
        "Keller": [],
        "alpinefarms": [],
        "rückerstattung": [refund],
    }
