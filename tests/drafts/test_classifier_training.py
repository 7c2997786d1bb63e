"""train_classifier and text_classify: a tiny hand-made history, real training, real predictions."""

from io import StringIO

import pytest
from django.core.management import call_command

from drafts.classifier.models import ClassifierVersion, ExampleSource, LabeledExample
from drafts.classifier.services import NoActiveClassifier, TrainedModel, text_classify
from tickets.inbound import InboundMessage
from tickets.models import RequestClass
from tickets.services import inbound_ingest, ticket_class_correct

from .classifier_data import HISTORY, history_write, label_map_write

pytestmark = pytest.mark.django_db


@pytest.fixture
def history(tmp_path):
    out = StringIO()
    call_command(
        "import_history",
        str(history_write(tmp_path / "history.csv")),
        "--label-map",
        str(label_map_write(tmp_path / "map.json")),
        stdout=out,
    )
    return tmp_path


def train(*args) -> str:
    out = StringIO()
    call_command("train_classifier", *args, stdout=out)
    return out.getvalue()


def test_no_active_version_is_a_clear_error():
    with pytest.raises(NoActiveClassifier, match="train_classifier"):
        text_classify(text="Where is my parcel?")


def test_trained_model_predicts_its_classes_with_mapped_request_classes(
    history, django_assert_num_queries
):
    output = train()

    version = ClassifierVersion.objects.get(is_active=True)
    assert f"Stored classifier version {version.pk}" in output
    assert "triage threshold" in output and "Validation:" in output
    assert version.training_size == 24
    assert version.labels == ["breach", "chargeback", "delivery", "login"]
    assert version.label_map["chargeback"] == "billing-dispute"
    assert version.scores["method"].startswith("5-fold")
    assert 0 < version.scores["ece"] < 1
    # The stored bytes are the model: they load on their own and hash to the recorded digest.
    model = TrainedModel.from_bytes(bytes(version.artifact))
    assert model.labels == version.labels

    cases = {
        "My parcel has still not arrived, where is the courier with my order": (
            "delivery",
            "shipping-status",
        ),
        "I cannot log in, the password reset email does not arrive": ("login", "account-access"),
        "You charged my card twice, I dispute this charge": ("chargeback", "billing-dispute"),
        "I found a security vulnerability that exposes account data": (
            "breach",
            "security-report",
        ),
    }
    for text, (label, slug) in cases.items():
        prediction = text_classify(text=text)
        assert (prediction.label, prediction.request_class_slug) == (label, slug), text
        assert prediction.version_id == version.pk
        assert len(prediction.alternatives) == 2
        assert prediction.confidence > prediction.alternatives[0].confidence
    # Warm: one small query (the active version id), so a rollback anywhere is seen at once.
    with django_assert_num_queries(1):
        text_classify(text="Where is my parcel?", subject="Order 12")


def test_low_confidence_prediction_needs_triage(history):
    train()
    version = ClassifierVersion.objects.get(is_active=True)
    assert version.threshold >= 0.5

    prediction = text_classify(text="Bonjour, merci beaucoup pour tout")

    assert prediction.confidence < version.threshold
    assert prediction.needs_triage is True
    assert prediction.auto_send_confident is False
    assert text_classify(text="   ", subject="").needs_triage is True
    confident = text_classify(text=HISTORY["login"][0])
    assert confident.needs_triage is False


def test_if_missing_does_nothing_when_a_version_is_active(history):
    train()
    output = train("--if-missing")
    assert "is active; nothing to do" in output
    assert ClassifierVersion.objects.count() == 1


def test_agent_correction_becomes_a_label_and_changes_the_next_model(history, agent):
    train()
    # Worded like a delivery question; the agent knows it is a dispute (the customer's bank
    # already has it), and says so.
    text = "Tracking says my parcel was delivered yesterday but the package is not here"
    ticket = inbound_ingest(
        inbound=InboundMessage(from_address="kim@example.com", subject="", body_text=text),
        channel="email",
    ).ticket
    first = text_classify(text=text)
    assert first.label == "delivery"

    ticket_class_correct(
        ticket=ticket,
        request_class=RequestClass.objects.get(slug="billing-dispute"),
        actor=agent,
    )
    output = train()

    example = LabeledExample.objects.get(source=ExampleSource.AGENT)
    assert example.ticket_id == ticket.pk
    # The team's own label for billing-dispute, so the correction strengthens it.
    assert example.label == "chargeback"
    assert "1 agent corrections" in output
    second = text_classify(text=text)
    assert second.version_id != first.version_id
    assert (second.label, second.request_class_slug) == ("chargeback", "billing-dispute")


def test_agent_correction_overrides_an_imported_label_for_the_same_text(history, agent):
    text = HISTORY["delivery"][0]
    ticket = inbound_ingest(
        inbound=InboundMessage(from_address="lee@example.com", subject="", body_text=text),
        channel="email",
    ).ticket
    ticket_class_correct(
        ticket=ticket, request_class=RequestClass.objects.get(slug="security-report"), actor=agent
    )
    output = train()

    assert "1 imported labels overridden by agents" in output
    version = ClassifierVersion.objects.get(is_active=True)
    assert version.training_size == 24  # 23 imported + 1 correction, not 25
    assert text_classify(text=text).label == "breach"


def test_agent_corrections_are_read_in_one_query_from_each_first_customer_message(
    agent, django_assert_num_queries
):
    from drafts.classifier.selectors import agent_corrections_list

    dispute = RequestClass.objects.get(slug="billing-dispute")
    tickets = []
    for i in range(3):
        ticket = inbound_ingest(
            inbound=InboundMessage(
                from_address=f"c{i}@example.com", subject=f"Charge {i}", body_text=f"Charged {i}x"
            ),
            channel="email",
        ).ticket
        # A follow-up on the same ticket: the correction still learns from the first message.
        inbound_ingest(
            inbound=InboundMessage(
                from_address=f"c{i}@example.com",
                subject=f"Re: [SD-{ticket.pk}] later",
                body_text="Any news?",
            ),
            channel="email",
        )
        assert ticket.messages.count() == 2
        ticket_class_correct(ticket=ticket, request_class=dispute, actor=agent)
        tickets.append(ticket)

    with django_assert_num_queries(1):
        corrections = agent_corrections_list()
    assert [(c.ticket_id, c.subject, c.text, c.label) for c in corrections] == [
        (t.pk, f"Charge {i}", f"Charged {i}x", "billing-dispute") for i, t in enumerate(tickets)
    ]
