"""The demo company: load_demo through the real intake path, idempotent, and its data files."""

import datetime as dt
import importlib
import io
import json

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone

from audit.models import Event
from tickets.demo import DEMO_DIR, DEMO_USERS, demo_load, demo_message_id
from tickets.models import Customer, Message, MessageDirection, Ticket, TicketStatus

pytestmark = pytest.mark.django_db

TICKETS = json.loads((DEMO_DIR / "tickets.json").read_text("utf-8"))["tickets"]
CUSTOMERS = json.loads((DEMO_DIR / "customers.json").read_text("utf-8"))["customers"]


@pytest.fixture(autouse=True)
def _development_settings(settings):
    # The test runner forces DEBUG off; load_demo only runs on development settings.
    settings.DEBUG = True


@pytest.fixture(autouse=True)
def _shipped_data(db):
    """The roles and request classes a real install has. A transactional test that ran earlier
    may have flushed them, so apply the migration's (idempotent) data step again."""
    from django.apps import apps

    migration = importlib.import_module("tickets.migrations.0002_roles_classes_teams")
    migration.forwards(apps, None)


def _counts() -> dict[str, int]:
    return {
        "customers": Customer.objects.count(),
        "tickets": Ticket.objects.count(),
        "messages": Message.objects.count(),
        "users": get_user_model().objects.count(),
        "ticket_events": Event.objects.filter(name__startswith="tickets.")
        .exclude(name="tickets.demo_loaded")
        .count(),
    }


def _load(*args) -> str:
    out = io.StringIO()
    call_command("load_demo", *args, stdout=out)
    return out.getvalue()


def test_load_demo_creates_the_company_and_a_second_run_creates_nothing():
    """One load (it takes a while), checked from several sides, then loaded again."""
    first_output = _load("--no-follow-on")
    first = _counts()

    outsiders = {e["customer"].lower() for e in TICKETS} - {c["email"].lower() for c in CUSTOMERS}
    assert first["customers"] == len(CUSTOMERS) + len(outsiders)
    assert 28 <= len(CUSTOMERS) <= 32
    assert first["tickets"] == len(TICKETS) == 200
    assert "tickets    created  200" in first_output
    assert "demo-admin-pass" in first_output  # the logins are printed

    User = get_user_model()
    for spec in DEMO_USERS:
        user = User.objects.get(username=spec.username)
        assert user.check_password(spec.password)
        assert spec.role in set(user.groups.values_list("name", flat=True))
        assert user.is_staff == spec.is_staff
        # Each in its demo teams: My team in the inbox lists something from the start.
        assert set(user.support_teams.values_list("slug", flat=True)) == set(spec.teams)
    assert DEMO_USERS[0].teams  # the agent has a team
    assert User.objects.get(username="lead").is_staff
    assert User.objects.get(username="admin").is_superuser

    _check_tickets_match_their_data()
    _check_hostile_cases_and_sanitized_html()

    second_output = _load("--no-follow-on")
    assert _counts() == first
    assert "tickets    created    0, already present  200" in second_output
    assert "customers  created    0, already present   30" in second_output
    assert "users      created    0, already present    4" in second_output


def _check_tickets_match_their_data():
    now = timezone.now()
    by_key = {
        spec["key"]: Message.objects.get(message_id=demo_message_id(spec["key"])).ticket
        for spec in TICKETS
    }
    for spec in TICKETS:
        ticket = by_key[spec["key"]]
        assert ticket.status == spec["status"], spec["key"]
        assert ticket.customer.email.lower() == spec["customer"].lower()
        assert now - dt.timedelta(days=60) < ticket.created_at <= now
        thread = list(ticket.messages.all())
        assert thread[0].direction == MessageDirection.INBOUND
        assert thread[0].created_at == ticket.created_at
        expected = sum(e["kind"] != "status" for e in spec["thread"]) + bool(spec.get("resolution"))
        assert len(thread) == expected == ticket.message_count, spec["key"]
        inbound = [m for m in thread if m.direction == MessageDirection.INBOUND]
        assert ticket.last_customer_message_at == inbound[-1].created_at
        outbound = [m for m in thread if m.direction == MessageDirection.OUTBOUND]
        assert ticket.first_response_at == (outbound[0].created_at if outbound else None)
        if spec["status"] == TicketStatus.RESOLVED:
            assert (
                ticket.resolved_at is not None
                and ticket.request_class.slug == spec["request_class"]
            )
        else:
            # Open tickets are left for the pipeline to classify.
            assert ticket.request_class is None

    # Every class is represented in the data, the high-risk ones several times.
    classes = [spec["request_class"] for spec in TICKETS]
    assert len(set(classes)) == 13
    for slug in (
        "billing-dispute",
        "refund-exception",
        "data-deletion",
        "legal-compliance",
        "security-report",
        "outage",
        "complaint",
    ):
        assert classes.count(slug) >= 5, slug

    # Agent corrections: the class first set by "the model", then corrected through the service.
    corrected = [spec for spec in TICKETS if spec.get("model_guess")]
    assert len(corrected) >= 5
    for spec in corrected:
        ticket = by_key[spec["key"]]
        assert ticket.class_source == "agent"
        event = Event.objects.get(ticket=ticket, name="tickets.class_corrected")
        assert event.payload == {"from": spec["model_guess"], "to": spec["request_class"]}

    # Reopened through intake: a customer wrote again on a resolved ticket.
    reopened = Ticket.objects.filter(status=TicketStatus.REOPENED)
    assert reopened.count() >= 2
    assert all(t.reopen_count == 1 for t in reopened)


def _check_hostile_cases_and_sanitized_html():
    injection = Message.objects.filter(body_text__icontains="ignore previous instructions")
    assert injection.exists()
    assert injection.first().ticket.status == TicketStatus.NEW

    html_spec = next(spec for spec in TICKETS if "html" in spec.get("tags", []))
    assert "<script" in html_spec["thread"][0]["html"]
    html_message = Message.objects.get(message_id=demo_message_id(html_spec["key"]))
    assert "My dashboard is blank." in html_message.body_html
    for body in Message.objects.exclude(body_html="").values_list("body_html", flat=True):
        lowered = body.lower()
        assert "<script" not in lowered and "onerror" not in lowered
        assert "javascript:" not in lowered and "<iframe" not in lowered

    tags = {tag for spec in TICKETS for tag in spec.get("tags", [])}
    assert {
        "prompt-injection",
        "html",
        "legal",
        "gdpr",
        "chargeback",
        "churn-threat",
        "outage",
    } <= tags
    assert Ticket.objects.filter(subject__icontains="subpoena").exists()


def test_demo_starts_the_pipeline_only_for_tickets_that_await_a_reply(pipeline, tmp_path):
    """Historical messages are replayed with the hook off; afterwards the configured hook runs
    once for the latest customer message of each ticket still awaiting us."""
    from drafts.models import PipelineRun

    new = next(s for s in TICKETS if s["status"] == "new" and len(s["thread"]) > 1)
    resolved = next(s for s in TICKETS if s["status"] == "resolved")
    waiting = next(s for s in TICKETS if s["status"] == "waiting_on_customer")
    (tmp_path / "customers.json").write_text(json.dumps({"customers": CUSTOMERS}))
    (tmp_path / "tickets.json").write_text(json.dumps({"tickets": [new, resolved, waiting]}))

    summary = demo_load(demo_dir=tmp_path, follow_on=False)

    runs = list(PipelineRun.objects.all())
    assert len(runs) == 1
    last_inbound = (
        len(new["thread"]) - 1 - [e["kind"] for e in reversed(new["thread"])].index("inbound")
    )
    assert runs[0].message.message_id == demo_message_id(new["key"], last_inbound)
    assert ("pipeline", "requested for 1 open tickets", "") in summary.steps
    assert not Message.objects.filter(pipeline_pending=True).exists()  # dispatched (eagerly)
    for spec in (resolved, waiting):
        ticket = Message.objects.get(message_id=demo_message_id(spec["key"])).ticket
        assert ticket.status == spec["status"]


def test_load_demo_refuses_production_settings(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="published"):
        call_command("load_demo", stdout=io.StringIO())
    assert Ticket.objects.count() == 0


def test_follow_on_steps_run_once_and_are_skipped_on_the_next_load(tmp_path):
    """import_history and train_classifier (other apps' commands) run on the first load; the
    next load skips them and says why. A tiny history keeps training quick."""
    (tmp_path / "customers.json").write_text(json.dumps({"customers": []}))
    (tmp_path / "tickets.json").write_text(json.dumps({"tickets": []}))
    lines = ["text,label"]
    phrasings = {
        "shipping-status": [
            "where is my parcel {}",
            "tracking stuck on order {}",
            "delivery late for order {}",
            "has order {} shipped",
        ],
        "account-access": [
            "cannot log in since {}",
            "password reset mail missing {}",
            "locked out of account {}",
            "two factor code rejected {}",
        ],
    }
    for label, texts in phrasings.items():
        for n in range(6):
            for text in texts:
                lines.append(f"{text.format(n)},{label}")
    (tmp_path / "history.csv").write_text("\n".join(lines) + "\n")
    labels = {"labels": {"shipping-status": "shipping-status", "account-access": "account-access"}}
    (tmp_path / "label_map.json").write_text(json.dumps(labels))

    first = demo_load(demo_dir=tmp_path, stdout=io.StringIO())
    steps = {step: (outcome, why) for step, outcome, why in first.steps}
    assert steps["import_policies"][0] == "skipped"  # no policies folder here
    assert steps["import_history"] == ("done", "")
    assert steps["train_classifier"] == ("done", "")

    second = demo_load(demo_dir=tmp_path, stdout=io.StringIO())
    steps = {step: (outcome, why) for step, outcome, why in second.steps}
    assert steps["import_history"] == ("skipped", "already done by an earlier load_demo")
    assert steps["train_classifier"] == ("skipped", "an active classifier model exists")
