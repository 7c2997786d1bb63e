"""Issue 17, the OpenAI-compatible path: the real `openai` client against the local
chat-completions server (tests/fakes/chat_server.py), the real stage tasks, the demo policies
imported by the real command. What the model is given: the passages retrieved for the question
(quotable text apart from agent guidance), the customer's language, and the agent's instruction
on a regenerate, which is recorded."""

import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

from drafts.models import Draft, PipelineRun, RunStatus, StageRecord
from drafts.runs import pipeline_regenerate
from tests.fakes.chat_server import Reply

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
DEMO_POLICIES = next(
    p
    for p in (ROOT / "demo" / "policies", ROOT / "supportdesk" / "demo" / "policies")
    if p.exists()
)
CLASSIFIED = {
    "request_class": "account-access",
    "confidence": 0.9,
    "language": "de",
    "urgency": "normal",
    "product_area": "account",
    "frustration": 0.1,
    "churn_risk": 0.0,
}
DRAFTED = {
    "reply": "Guten Tag, nutzen Sie „Passwort vergessen“ auf der Anmeldeseite [P1].",
    "citations": ["P1"],
    "basis": ["account-access / Password reset"],
}


@pytest.fixture
def demo_policies(db):
    call_command("import_policies", str(DEMO_POLICIES), stdout=StringIO())


def test_the_model_gets_passages_language_and_the_recorded_instruction(
    pipeline,
    ingest,
    demo_policies,
    openai_provider,
    agent,
    django_capture_on_commit_callbacks,
):
    openai_provider.set_script(Reply(CLASSIFIED), Reply(DRAFTED))
    result = ingest(
        text="Ich habe mein Passwort vergessen und komme nicht mehr in mein Konto. "
        "Wie kann ich es zurücksetzen?",
        subject="Passwort vergessen",
    )
    run = PipelineRun.objects.get(ticket=result.ticket)
    assert run.status == RunStatus.DONE, run.error
    assert run.context["language"] == "de"
    (draft_call,) = openai_provider.calls("draft")
    policies = draft_call["body"]["messages"][1]["content"]
    user = draft_call["body"]["messages"][-1]["content"]
    # The German question found the English password-reset passage (cross-lingual).
    assert "[P1] account-access / Password reset" in policies
    assert "Use **Forgot password** on the sign-in page" in policies
    # Guidance is given as guidance, not as quotable policy text.
    assert "Guidance for the agent (do not quote): never set or tell a password" in policies
    assert "> **Agent note:**" not in policies
    assert '"customer_language": "de"' in user and "Write the reply in German" in user
    assert "Instruction from the reviewing agent" not in user

    openai_provider.set_script(Reply(DRAFTED))  # a regenerate drafts again; no new classify
    with django_capture_on_commit_callbacks(execute=True):
        pipeline_regenerate(
            ticket=result.ticket, actor=agent, instruction="Mention the 60-minute link validity"
        )
    (again,) = openai_provider.calls("draft")
    user = again["body"]["messages"][-1]["content"]
    assert (
        "Instruction from the reviewing agent (trusted): Mention the 60-minute link validity"
        in user
    )
    draft = Draft.objects.get(ticket=result.ticket, is_current=True)
    assert draft.provider == "openai" and draft.run.instruction.startswith("Mention the 60")
    record = StageRecord.objects.get(run=draft.run, stage="draft")
    assert record.inputs["instruction"] == "Mention the 60-minute link validity"
    assert draft.citations and draft.citations[0]["document"] == "account-access"


def test_the_model_gets_the_teams_sent_replies_to_similar_questions(
    pipeline, ingest, demo_policies, openai_provider, tmp_path
):
    past = {
        "id": "past-de-1",
        "language": "de",
        "request_class": "account-access",
        "customer_name": "Jonas Weber",
        "customer_email": "jonas@example.de",
        "subject": "Passwort vergessen",
        "message": "Ich habe mein Passwort vergessen und komme nicht mehr in mein Konto.",
        "reply": "Hallo Jonas,\n\nüber „Passwort vergessen“ auf der Anmeldeseite bekommen Sie "
        "einen Link, der 60 Minuten gilt.\n\nViele Grüße\nAlex",
    }
    path = tmp_path / "sent.jsonl"
    path.write_text(json.dumps(past) + "\n", encoding="utf-8")
    call_command("import_sent_replies", str(path), stdout=StringIO(), stderr=StringIO())

    openai_provider.set_script(Reply(CLASSIFIED), Reply(DRAFTED))
    ingest(
        text="Ich habe mein Passwort vergessen und komme nicht mehr in mein Konto. "
        "Wie kann ich es zurücksetzen?",
        subject="Passwort vergessen",
        sender="mia@example.de",
    )
    (draft_call,) = openai_provider.calls("draft")
    blocks = [m["content"] for m in draft_call["body"]["messages"] if m["role"] == "system"]
    memory = next(b for b in blocks if b.startswith("Replies our agents sent"))
    assert "'s reply (question similarity" in memory
    assert "einen Link, der 60 Minuten gilt" in memory
    assert "Jonas" not in memory  # the earlier customer's name is not handed on


def test_the_model_is_told_when_nothing_answers_the_question(
    pipeline, ingest, demo_policies, openai_provider
):
    """No sent reply and no passage close enough: the draft carries the reason for the agent
    (the pane's banner), and the model is told the same, not to answer from the passages."""
    openai_provider.set_script(
        Reply({**CLASSIFIED, "request_class": "general", "language": "en"}),
        Reply({"reply": "Thank you, a colleague will follow up.", "citations": [], "basis": []}),
    )
    result = ingest(
        text="Do you sponsor local school science fairs with equipment?", subject="Sponsorship"
    )
    run = PipelineRun.objects.get(ticket=result.ticket)
    assert run.status == RunStatus.DONE, run.error
    draft = Draft.objects.get(ticket=result.ticket, is_current=True)
    assert draft.no_answer.startswith("No confident answer found: ")
    (draft_call,) = openai_provider.calls("draft")
    policies = draft_call["body"]["messages"][1]["content"]
    assert "Nothing the team has sent or written answers this question" in policies
    assert draft.no_answer in policies
    assert "do not answer from these passages or guess" in policies
