"""import_history: rows in, bad rows and unknown columns reported with line numbers."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from audit.models import Event
from drafts.classifier.models import ExampleSource, LabeledExample, LabelMapping

from .classifier_data import history_write, label_map_write

pytestmark = pytest.mark.django_db


def run_import(*args) -> str:
    out = StringIO()
    call_command("import_history", *[str(a) for a in args], stdout=out)
    return out.getvalue()


def test_csv_bad_rows_are_listed_with_their_line_numbers_and_skipped(tmp_path):
    path = tmp_path / "history.csv"
    path.write_text(
        "text,label,subject,priority,agent_notes\n"  # line 1
        "Where is my parcel,delivery,Order 12,high,x\n"  # line 2
        '"My station\nwill not\npair",setup,,low,y\n'  # lines 3-5 (one row)
        "no label here,,,low,z\n"  # line 6
        ",login,,low,z\n"  # line 7
        "too,many,fields,here,and,more\n"  # line 8
        "I was charged twice,chargeback,,high,\n",  # line 9
        encoding="utf-8",
    )
    output = run_import(path)

    assert "Skipped line 6: empty label" in output
    assert "Skipped line 7: empty text" in output
    assert "Skipped line 8: more fields than the header has columns" in output
    assert "Unknown columns (not imported): priority, agent_notes" in output
    assert "3 rows read, 3 examples created" in output
    assert "3 bad rows skipped" in output
    rows = {e.label: e for e in LabeledExample.objects.all()}
    assert set(rows) == {"delivery", "setup", "chargeback"}
    assert rows["setup"].text == "My station\nwill not\npair"
    assert rows["setup"].source_line == 3
    assert rows["chargeback"].source_line == 9
    assert rows["delivery"].subject == "Order 12"
    assert rows["delivery"].source == ExampleSource.IMPORT
    assert Event.objects.filter(name="classifier.history_imported").count() == 1


def test_jsonl_bad_lines_are_reported_and_reimport_adds_nothing(tmp_path):
    path = tmp_path / "history.jsonl"
    path.write_text(
        '{"text": "Where is my parcel", "label": "delivery", "customer_email": "a@example.com",'
        ' "created_at": "2026-03-01T10:00:00Z", "resolution": "sent tracking"}\n'
        "{not json}\n"
        '["a", "list"]\n'
        '{"text": "Locked out", "label": "login", "customer_email": "not-an-address",'
        ' "created_at": "yesterday", "channel": "email"}\n'
        '{"text": 42, "label": "numbers"}\n'
        '{"text": {"nested": 1}, "label": "login"}\n',
        encoding="utf-8",
    )
    output = run_import(path)

    assert "Skipped line 2: invalid JSON" in output
    assert "Skipped line 3: a JSON list, not an object" in output
    assert "Skipped line 6: 'text' is not a string (dict)" in output
    assert "Line 4: customer_email 'not-an-address' is not an address; left empty" in output
    assert "Line 4: created_at 'yesterday' is not an ISO date; left empty" in output
    assert "Unknown columns (not imported): channel" in output
    assert LabeledExample.objects.count() == 3
    first = LabeledExample.objects.get(label="delivery")
    assert first.customer_email == "a@example.com"
    assert first.created_at.year == 2026
    assert first.resolution == "sent tracking"

    again = run_import(path)
    assert "0 examples created, 3 duplicates skipped" in again
    assert LabeledExample.objects.count() == 3


def test_label_map_is_stored_and_unknown_slugs_reported(tmp_path):
    history = history_write(tmp_path / "history.csv")
    mapping = label_map_write(
        tmp_path / "map.json",
        {"labels": {"delivery": "shipping-status", "chargeback": "no-such-class"}},
    )
    output = run_import(history, "--label-map", mapping)

    assert "'chargeback' -> 'no-such-class' names no request class; not stored" in output
    assert dict(LabelMapping.objects.values_list("label", "request_class__slug")) == {
        "delivery": "shipping-status"
    }


def test_unusable_files_fail_with_a_clear_error(tmp_path):
    no_label = tmp_path / "nolabel.csv"
    no_label.write_text("text,notes\nhello,x\n", encoding="utf-8")
    with pytest.raises(CommandError, match="no 'label' column"):
        run_import(no_label)
    binary = tmp_path / "history.csv"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10)
    with pytest.raises(CommandError, match="looks binary"):
        run_import(binary)
    with pytest.raises(CommandError, match="cannot read"):
        run_import(tmp_path / "missing.csv")
    bad_map = tmp_path / "map.json"
    bad_map.write_text('{"labels": ["a"]}', encoding="utf-8")
    with pytest.raises(CommandError, match="must be a JSON object"):
        run_import(history_write(tmp_path / "ok.csv"), "--label-map", bad_map)
    assert LabeledExample.objects.count() == 0


def test_non_utf8_file_names_its_guessed_encoding_and_takes_an_explicit_one(tmp_path):
    path = tmp_path / "export.csv"
    path.write_bytes(
        "body,category\nMon colis n'est pas arrivé à Genève,delivery\n".encode("latin-1")
    )
    guessed = run_import(path)

    assert "not UTF-8; encoding guessed as" in guessed
    assert "reading column 'body' as text" in guessed
    assert "reading column 'category' as label" in guessed

    LabeledExample.objects.all().delete()
    run_import(path, "--encoding", "latin-1")
    assert LabeledExample.objects.get().text == "Mon colis n'est pas arrivé à Genève"
