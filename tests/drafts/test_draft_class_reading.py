"""Issue 17: the predicted class steers a draft only as far as the class reading is sure. The
demo policies imported by the real command, the real retrieval (stored passage vectors, BM25,
both encoders), the real pipeline stages and the offline provider; nothing of ours is faked.
A class reading other than the test classifier's is given by setting the run's classify
fields (what stage_classify writes) before the context and draft stages run, as
drafts.draft_evaluation runs them."""

import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

from drafts.knowledge.retrieval import CLASS_BONUS, class_hint_weight, fragments_retrieve
from drafts.memory import MEMORY_RELATED
from drafts.models import PipelineRun, RunStatus
from drafts.stages import PASSAGE_ANSWERS, stage_context, stage_draft
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
    # A question the policies do not answer (since the demo policies explain embedding a
    # dashboard, that question no longer serves: its own passage wins whatever the hint).
    question = "Does the station work with my Alexa?"
    sure = fragments_retrieve(query=question, k=3, request_class_slug="security-report")
    unsure = fragments_retrieve(
        query=question, k=3, request_class_slug="security-report", class_weight=0.3
    )
    unhinted = fragments_retrieve(query=question, k=3)
    # Read for sure as a security report, the security policy's sections come first although
    # the question is about a voice assistant; without the hint they do not.
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
        # What the demo policies do not answer (webhooks): the passage ranked first clears the
        # quoting bar but answers another question. (A charting-tool question was used here
        # until the demo policies said how other tools read the API.)
        text="Can your system call our webhook whenever a station reading crosses a "
        "threshold, or do we have to check ourselves every few minutes?",
        subject="Webhooks",
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


def _sent_reply_import(tmp_path, *, request_class, subject, message, reply):
    path = tmp_path / "sent.jsonl"
    row = {
        "id": "past-1",
        "language": "en",
        "request_class": request_class,
        "customer_name": "Ada Lovelace",
        "customer_email": "ada@example.com",
        "subject": subject,
        "message": message,
        "reply": reply,
    }
    path.write_text(json.dumps(row), encoding="utf-8")
    call_command("import_sent_replies", str(path), stdout=StringIO(), stderr=StringIO())


EMAIL_CHANGE_REPLY = (
    "Hi Ada,\n\nYou can change it yourself under Settings > Profile. Enter the new address and "
    "save; we then send a confirmation to the new address and a notice to the old one. The "
    "change completes when you click the confirmation link within 24 hours.\n\nKind regards,\n"
    "Jordan\nFernhill Support"
)


def test_a_sent_reply_to_a_neighbouring_question_gives_way_to_the_passage_that_answers(
    tmp_path, pipeline, ingest, demo_policies, trained, maya
):
    _sent_reply_import(
        tmp_path,
        request_class="account-access",
        subject="New email address",
        message="I want to use my work email for my Fernhill account from now on. How?",
        reply=EMAIL_CHANGE_REPLY,
    )
    merge = ingest(
        text="I accidentally created a second account with my work email and added my "
        "station there. Can you merge it into my main account so I keep my history?",
        subject="Two accounts - can they be merged?",
        sender="maya@example.com",
    )
    run, draft = _read_as(merge, "account-access", confidence=0.9, unfamiliar=False)
    first = run.retrieval["chosen"][0]
    assert first["heading"].startswith("Two accounts for one person"), run.retrieval["chosen"]
    assert first["similarity"] >= PASSAGE_ANSWERS
    # The e-mail change reply is near enough to be used (likeness over the related bar) ...
    stage = stage_draft(run)
    candidate = stage.inputs["memory_candidates"][0]
    assert candidate["similarity"] >= MEMORY_RELATED, candidate
    # ... but it rests on another section than the close passage that answers the question:
    # the draft quotes that passage, and the agent is pointed at the reply not used.
    assert candidate["elsewhere"] == "account-access / Changing the account email address"
    assert stage.outputs["memory_offered"] == []
    assert draft["no_answer"] == "" and draft["citations"], draft
    assert "cannot be merged" in draft["text"] and "Settings > Profile" not in draft["text"]
    assert any("not used: it answers account-access / Changing" in b for b in draft["basis"])

    # The question the reply answers still starts from it.
    change = ingest(
        text="How do I change the email address of my account to my new work address?",
        subject="Changing my email",
        sender="maya@example.com",
    )
    run, draft = _read_as(change, "account-access", confidence=0.9, unfamiliar=False)
    assert draft["basis"][0].startswith("Based on "), draft["basis"]
    assert "Settings > Profile" in draft["text"]


def test_a_complaint_that_cannot_be_answered_gets_the_teams_holding_reply(
    pipeline, ingest, demo_policies, trained, maya
):
    result = ingest(
        text="I was told by your email that I should read the manual before contacting "
        "support. I did read it. That is not a nice way to speak to a customer.",
        subject="Your reply was very rude",
        sender="maya@example.com",
    )
    run, draft = _read_as(result, "complaint", confidence=0.97, unfamiliar=False)
    assert draft["no_answer"].startswith("No confident answer found: "), draft
    # The class needs a person and its reading is no guess: the team's own complaint template
    # (an apology, who takes the case, when they hear back), not the bare acknowledgement.
    assert "I'm sorry about your experience" in draft["text"]
    assert "We have read your message" not in draft["text"]
    assert "holding reply for Complaint" in draft["basis"][0]
    assert draft["citations"] == [] and "[P" not in draft["text"]

    # Read as a guess (a class model that has not seen such messages, and unsure): only the
    # acknowledgement, whatever the class's template says.
    run, draft = _read_as(result, "complaint", confidence=0.4, unfamiliar=True)
    assert f"We have read your message ({result.ticket.reference})" in draft["text"]
    assert "I'm sorry about your experience" not in draft["text"]


def test_a_guessed_high_risk_reading_with_a_close_passage_of_a_low_risk_class_answers_from_it(
    pipeline, ingest, demo_policies, trained, maya
):
    result = ingest(
        text="Can I put my weather dashboard on my own website, as an embed?",
        subject="Dashboard on my website",
        sender="maya@example.com",
    )
    # A security report read by a class model that has not seen such messages, unsure: the
    # passage that answers closely serves pricing, so the draft answers from it with that
    # class's template, and says the ticket is still routed as read.
    run, draft = _read_as(result, "security-report", confidence=0.6, unfamiliar=True)
    first = run.retrieval["chosen"][0]
    assert first["similarity"] >= PASSAGE_ANSWERS, first
    assert "security-report" not in first["request_classes"], first
    assert draft["no_answer"] == "" and draft["citations"], draft
    assert "Share > Embed" in draft["text"]
    assert "Template of Pricing" in " ".join(draft["basis"])
    assert any(
        b.startswith("Read as Security report, which needs a person") for b in draft["basis"]
    )

    # Read surely as a security report, the class's reading stands: no pricing answer.
    run, draft = _read_as(result, "security-report", confidence=0.95, unfamiliar=False)
    assert "Share > Embed" not in draft["text"]
    assert "Template of Pricing" not in " ".join(draft["basis"])
