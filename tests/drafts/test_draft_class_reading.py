"""Issue 17: the predicted class steers a draft only as far as the class reading is sure. The
demo policies imported by the real command, the real retrieval (stored passage vectors, BM25,
both encoders), the real pipeline stages and the offline provider; nothing of ours is faked.
A class reading other than the test classifier's is given by setting the run's classify
fields (what stage_classify writes) before the context and draft stages run, as
drafts.draft_evaluation runs them."""

from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

from drafts.knowledge.retrieval import CLASS_BONUS, class_hint_weight, fragments_retrieve
from drafts.models import PipelineRun, RunStatus
from drafts.stages import stage_context, stage_draft
from tests.drafts.classifier_data import history_write, label_map_write
from tickets.models import Customer, RequestClass

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
DEMO_POLICIES = next(
    p
    for p in (ROOT / "demo" / "policies", ROOT / "supportdesk" / "demo" / "policies")
    if p.exists()
)


@pytest.fixture
def demo_policies(db):
    call_command("import_policies", str(DEMO_POLICIES), stdout=StringIO())


@pytest.fixture
def trained(tmp_path):
    call_command(
        "import_history",
        str(history_write(tmp_path / "h.csv")),
        "--label-map",
        str(label_map_write(tmp_path / "m.json")),
        stdout=StringIO(),
    )
    call_command("train_classifier", stdout=StringIO())


def test_the_class_hint_weighs_as_much_as_the_class_reading_is_sure():
    assert class_hint_weight(confidence=0.95) == pytest.approx(0.95)
    assert class_hint_weight(confidence=0.4) == pytest.approx(0.4)
    assert class_hint_weight(confidence=1.7) == 1.0
    assert class_hint_weight(confidence=None) == 0.0


def test_an_unsure_class_reading_does_not_pull_another_topics_passage_first(demo_policies):
    question = "Can I put my weather dashboard on my own website, as an embed?"
    sure = fragments_retrieve(query=question, k=3, request_class_slug="security-report")
    unsure = fragments_retrieve(
        query=question, k=3, request_class_slug="security-report", class_weight=0.3
    )
    unhinted = fragments_retrieve(query=question, k=3)
    # Read for sure as a security report, the security policy's sections come first although
    # the question is about dashboards; without the hint they do not.
    assert sure.chosen[0].document_slug == "security-disclosure", sure.chosen
    assert unhinted.chosen[0].document_slug != "security-disclosure", unhinted.chosen
    assert sure.class_bonus == pytest.approx(CLASS_BONUS)
    assert sure.unhinted_first == unhinted.chosen[0].fragment_id
    # An unsure reading adds less: a hint, and the question's own best passage stays first.
    assert unsure.class_bonus == pytest.approx(0.3 * CLASS_BONUS)
    assert unsure.chosen[0].fragment_id == unhinted.chosen[0].fragment_id
    hinted = next(c for c in unsure.candidates if c.boosted)
    plain = next(c for c in unhinted.candidates if c.fragment_id == hinted.fragment_id)
    assert hinted.score == pytest.approx(plain.score + 0.3 * CLASS_BONUS, abs=1e-5)
    assert hinted.match == plain.match > 0


def _read_as(result, slug: str, *, confidence: float, unfamiliar: bool) -> tuple[PipelineRun, dict]:
    """The context and draft stages on the ticket's message, its class read as `slug` with
    that confidence and familiarity (the fields stage_classify writes). Nothing is saved."""
    done = PipelineRun.objects.get(ticket=result.ticket)
    assert done.status == RunStatus.DONE, done.error
    run = PipelineRun(
        ticket=result.ticket,
        message=done.message,
        request_class=RequestClass.objects.get(slug=slug),
        confidence=confidence,
        unfamiliar=unfamiliar,
        language=done.language,
    )
    for stage in (stage_context, stage_draft):
        out = stage(run)
        for name, value in out.run_updates.items():
            setattr(run, name, value)
    return run, out.draft


@pytest.fixture
def maya(db):
    return Customer.objects.create(email="maya@example.com", name="Maya Ortiz", external_id="C-9")


def test_a_high_risk_reading_the_class_model_does_not_know_is_not_padded_with_a_passage(
    pipeline, ingest, demo_policies, trained, maya
):
    result = ingest(
        text="We'd like to chart our station readings in our own BI tool. Is there a plugin, "
        "or should we poll your API every few minutes?",
        subject="Charting tool integration",
        sender="maya@example.com",
    )
    run, draft = _read_as(result, "outage", confidence=0.68, unfamiliar=True)
    # The passage clears the quoting bar, yet the draft does not quote it under an outage
    # apology: the reading is a guess, and the agent is told so.
    assert run.retrieval["confident"], run.retrieval["chosen"][0]
    assert run.retrieval["class_weight"] == pytest.approx(0.68)
    assert draft["no_answer"].startswith("No confident answer found: ")
    assert "Outage, confidence 0.68" in draft["no_answer"]
    assert "has not seen messages like this one" in draft["no_answer"]
    assert draft["citations"] == []
    assert "[P" not in draft["text"] and "engineers have been alerted" not in draft["text"]
    assert f"We have read your message ({result.ticket.reference})" in draft["text"]

    # The same reading on a message the class model knows, with a passage of the outage
    # policy first: the outage template quotes it.
    outage = ingest(
        text="The dashboard and the API have been down for an hour for all our stations. "
        "Is there an outage, and will we get a credit?",
        subject="Dashboard down",
        sender="maya@example.com",
    )
    run, draft = _read_as(outage, "outage", confidence=0.95, unfamiliar=False)
    assert "outage" in run.retrieval["chosen"][0]["request_classes"], run.retrieval["chosen"]
    assert run.retrieval["class_bonus"] == pytest.approx(0.95 * CLASS_BONUS, abs=1e-4)
    assert draft["no_answer"] == ""
    assert draft["citations"] and "[P1]" in draft["text"]

    # A low-risk reading the model does not know keeps its draft: its template follows the
    # passage's class (_template_class), so nothing is framed under a guessed class.
    run, draft = _read_as(outage, "account-access", confidence=0.6, unfamiliar=True)
    assert draft["no_answer"] == "", draft["no_answer"]


def test_a_high_risk_template_does_not_frame_another_topics_passage(
    pipeline, ingest, demo_policies, trained, maya
):
    result = ingest(
        text="How do I do a factory reset of the station? What does it erase?",
        subject="Factory reset",
        sender="maya@example.com",
    )
    run, draft = _read_as(result, "outage", confidence=0.9, unfamiliar=False)
    first = run.retrieval["chosen"][0]
    assert run.retrieval["confident"] and "outage" not in first["request_classes"], first
    assert draft["no_answer"].startswith("No confident answer found: ")
    assert f"{first['document']} / {first['heading']}" in draft["no_answer"]
    assert "is about another topic than the class read for this message" in draft["no_answer"]
    assert draft["citations"] == [] and "[P" not in draft["text"]
    assert any(line.startswith("Closest policy passage, not quoted") for line in draft["basis"])
