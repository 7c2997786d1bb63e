from io import StringIO

import pytest
from django.core.management import call_command

from audit.chain import events_seal
from tests.drafts.classifier_data import history_write, label_map_write
from tests.drafts.conftest import ingest, policies  # noqa: F401 (fixtures shared with drafts)

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture
def trained(db, tmp_path):
    """A tiny classifier, trained the way tests/drafts/test_pipeline_offline.py does."""
    call_command(
        "import_history",
        str(history_write(tmp_path / "h.csv")),
        "--label-map",
        str(label_map_write(tmp_path / "m.json")),
        stdout=StringIO(),
    )
    call_command("train_classifier", stdout=StringIO())


@pytest.fixture
def sealed():
    """Seal what is pending. In a test wrapped in one transaction nothing commits, so the
    after-commit sealer only runs where a test captures on-commit callbacks; this seals the
    rest the way the sealer would."""
    return events_seal


def audit_verify() -> str:
    out = StringIO()
    call_command("audit_verify", stdout=out)
    return out.getvalue()
