"""Reply memory through the real stack: replies approved or edited by an agent and sent by the
real send task (local SMTP server) become memory at once; a rejected draft or an auto-sent reply
never does; the next similar ticket's offline draft starts from the sent reply, adapted and
cited; other languages and unrelated questions fall back to templates and policies; imported
past replies are memory too; an erasure forgets them."""

import json
import re
from io import StringIO

import pytest
from django.core.management import call_command

from audit.erasure import customer_erase
from drafts import reviews
from drafts.memory import (
    MEMORY_RELATED,
    MEMORY_SIMILARITY,
    MEMORY_WORDS_WEIGHT,
    memory_words,
    question_text,
    reply_adapt,
    reply_memory_nearest,
    words_overlap,
)
from drafts.models import Draft, OutboundReply, ReplyMemory, StageRecord
from drafts.risk.encoder import texts_embed
from tests.drafts.review_support import *  # noqa: F403 (the fixtures)
from tickets.models import (
    Customer,
    Message,
    MessageDirection,
    RequestClass,
    Ticket,
    TicketStatus,
)

pytestmark = pytest.mark.django_db

EDITED = (
    "Hi Ada,\n\nYour parcel for order 48213 left our warehouse yesterday with DHL; the tracking "
    "page updates within 24 hours of dispatch. If it still shows nothing tomorrow, reply here "
    "and we will open a trace with the carrier.\n\nBest regards,\nAlex"
)


def _edit_send(ticket, draft, agent, text, callbacks):
    with callbacks(execute=True):
        reviews.draft_edit_send(ticket_id=ticket.pk, draft_id=draft.pk, agent=agent, text=text)


def test_an_edited_and_sent_reply_is_the_next_similar_tickets_draft(
    drafted, smtp, agent, django_capture_on_commit_callbacks
):
    ticket, draft = drafted()
    assert not ReplyMemory.objects.exists()
    _edit_send(ticket, draft, agent, EDITED, django_capture_on_commit_callbacks)
    memory = ReplyMemory.objects.get()
    assert memory.outbound == OutboundReply.objects.get(ticket=ticket)
    assert memory.reply == EDITED and memory.language == "en"
    assert "Order 48213" in memory.question

    # Another customer asks the same thing about another order.
    Customer.objects.create(email="bo@example.com", name="Bo Lindqvist", external_id="ACC-bo")
    second, second_draft = drafted(
        text="Where is my weather station parcel? Order 77120, tracking shows nothing.",
        sender="bo@example.com",
    )
    assert second_draft.text.startswith("Hi Bo,")
    assert "order 77120" in second_draft.text and "48213" not in second_draft.text
    assert "Ada" not in second_draft.text
    assert any(f"Based on {ticket.reference}'s reply" in item for item in second_draft.basis)
    # Where Ada's parcel was yesterday says nothing about Bo's: marked for the agent.
    assert "[check: Your parcel for order 77120 left our warehouse yesterday with DHL;" in (
        second_draft.text
    )
    assert any("says what was done" in item for item in second_draft.basis)
    record = StageRecord.objects.filter(run__ticket=second, stage="draft").latest("id")
    offered = record.outputs["memory_offered"]
    assert offered[0]["ticket"] == ticket.reference
    assert offered[0]["similarity"] >= MEMORY_SIMILARITY
    assert record.inputs["memory_candidates"][0]["ticket"] == ticket.reference


def test_a_rejected_draft_never_becomes_memory(
    drafted, smtp, agent, django_capture_on_commit_callbacks
):
    ticket, draft = drafted()
    with django_capture_on_commit_callbacks(execute=True):
        reviews.draft_reject(
            ticket_id=ticket.pk, draft_id=draft.pk, agent=agent, reason="Wrong order number"
        )
    assert not ReplyMemory.objects.exists()


def test_other_languages_and_other_questions_do_not_reuse_it(
    drafted, smtp, agent, django_capture_on_commit_callbacks
):
    ticket, draft = drafted()
    _edit_send(ticket, draft, agent, EDITED, django_capture_on_commit_callbacks)
    # The same question in German: memory is kept per language.
    _, german = drafted(
        text="Wo ist mein Paket mit der Wetterstation? Bestellung 77120, die Sendungsverfolgung "
        "zeigt nichts an.",
        subject="Wo ist meine Bestellung",
        sender="jonas@example.de",
    )
    assert not any("Based on" in item for item in german.basis)
    # An unrelated English question: too far from the remembered one.
    _, other = drafted(
        text="Can I use the rain gauge with a solar panel instead of batteries?",
        subject="Solar power",
        sender="cy@example.com",
    )
    assert not any("Based on" in item for item in other.basis)
    assert "48213" not in other.text


RELATED_TEXT = (
    "Hello, can I still change the delivery address for my order 77120? I am moving next week."
)
RELATED_SUBJECT = "Delivery address"


def test_a_question_worded_otherwise_that_the_sent_reply_answers_reuses_it(
    drafted, smtp, agent, django_capture_on_commit_callbacks
):
    """The likeness reads the reply as well as the question: asking for the tracking of an
    order is answered by the reply about where the parcel is, though the questions differ."""
    ticket, draft = drafted()
    _edit_send(ticket, draft, agent, EDITED, django_capture_on_commit_callbacks)
    Customer.objects.create(email="bo@example.com", name="Bo Lindqvist", external_id="ACC-bo")
    second, second_draft = drafted(
        text="Hello, I ordered a weather station last week (order 77120) and I cannot find any "
        "tracking information. Can you send it?",
        subject="Tracking",
        sender="bo@example.com",
    )
    record = StageRecord.objects.filter(run__ticket=second, stage="draft").latest("id")
    nearest = record.inputs["memory_candidates"][0]
    assert nearest["ticket"] == ticket.reference
    # By the question alone it was not the same question (the earlier rule reused from a USE
    # cosine of 0.75); the reply answering this one makes it so.
    assert nearest["question_similarity"] < 0.75, nearest
    assert nearest["similarity"] >= MEMORY_SIMILARITY, nearest
    assert record.outputs["memory_offered"][0]["related"] is False
    assert any(
        f"Based on {ticket.reference}'s reply (the questions read alike" in item
        for item in second_draft.basis
    ), second_draft.basis
    assert "order 77120" in second_draft.text


def _related_asked(drafted, agent, callbacks, before=lambda: None):
    """A reply edited and sent for the first ticket, then a related question of the same class
    from another customer: both tickets, the second's draft, its draft stage record and the
    nearest memory candidate (checked to be related, not the same question)."""
    ticket, draft = drafted()
    _edit_send(ticket, draft, agent, EDITED, callbacks)
    before()
    Customer.objects.create(email="bo@example.com", name="Bo Lindqvist", external_id="ACC-bo")
    second, second_draft = drafted(
        text=RELATED_TEXT, subject=RELATED_SUBJECT, sender="bo@example.com"
    )
    record = StageRecord.objects.filter(run__ticket=second, stage="draft").latest("id")
    nearest = record.inputs["memory_candidates"][0]
    # Not the same question, but a related one the team answered in the same class.
    assert MEMORY_RELATED <= nearest["similarity"] < MEMORY_SIMILARITY, nearest
    assert second.request_class == ticket.request_class
    return ticket, second, second_draft, record, nearest


def test_a_related_question_of_the_same_class_starts_from_the_reply_marked_for_checking(
    drafted, smtp, agent, django_capture_on_commit_callbacks
):
    ticket, second, second_draft, record, nearest = _related_asked(
        drafted, agent, django_capture_on_commit_callbacks
    )
    assert record.outputs["memory_offered"] == [
        {
            "ticket": ticket.reference,
            "similarity": nearest["similarity"],
            "memory_id": nearest["memory_id"],
            "related": True,
        }
    ]
    assert second_draft.text.startswith("Hi Bo,") and "order 77120" in second_draft.text
    assert any(
        f"Based on {ticket.reference}'s reply (a related question of the same class" in item
        and "check that it answers this question" in item
        for item in second_draft.basis
    ), second_draft.basis

    # A reply remembered under another class is not taken for a merely related question.
    other = RequestClass.objects.exclude(pk=ticket.request_class_id).filter(risk="low").first()
    ReplyMemory.objects.update(request_class=other)
    Customer.objects.create(email="di@example.com", name="Di Prince", external_id="ACC-di")
    _, unrelated_class = drafted(
        text=RELATED_TEXT, subject=RELATED_SUBJECT, sender="di@example.com"
    )
    assert not any("Based on" in item for item in unrelated_class.basis)
    ReplyMemory.objects.update(request_class=ticket.request_class)

    # A high-risk class never takes a merely related reply: the template and policies answer.
    RequestClass.objects.filter(pk=ticket.request_class_id).update(risk="high")
    Customer.objects.create(email="cy@example.com", name="Cy Young", external_id="ACC-cy")
    third, third_draft = drafted(
        text=RELATED_TEXT, subject=RELATED_SUBJECT, sender="cy@example.com"
    )
    record = StageRecord.objects.filter(run__ticket=third, stage="draft").latest("id")
    assert record.inputs["memory_candidates"][0]["similarity"] < MEMORY_SIMILARITY
    assert record.outputs["memory_offered"] == []
    assert not any("Based on" in item for item in third_draft.basis)
    # The agent is still pointed at it.
    assert any(
        item.startswith(f"Nearest sent reply: {ticket.reference}'s, to a related question")
        for item in third_draft.basis
    ), third_draft.basis


def test_a_related_reply_the_retrieval_does_not_back_is_only_pointed_at(
    drafted, smtp, agent, django_capture_on_commit_callbacks
):
    """A reply to a related question becomes the draft only where this question's retrieval
    can answer and chose the section the reply rests on; with no policy to back it the draft
    says it cannot answer, and the agent is pointed at the reply."""
    from drafts.knowledge.models import PolicyDocument

    ticket, second, second_draft, record, nearest = _related_asked(
        drafted,
        agent,
        django_capture_on_commit_callbacks,
        # the team retires every policy before the related question comes in
        before=lambda: PolicyDocument.objects.update(is_active=False),
    )
    assert record.outputs["memory_offered"] == []
    assert not any("Based on" in item for item in second_draft.basis)
    assert "DHL" not in second_draft.text
    assert any(
        item.startswith(f"Nearest sent reply: {ticket.reference}'s, to a related question")
        for item in second_draft.basis
    ), second_draft.basis


def test_adapting_marks_the_earlier_tickets_facts_for_the_agent(
    drafted, smtp, agent, django_capture_on_commit_callbacks
):
    ticket, draft = drafted()
    _edit_send(
        ticket,
        draft,
        agent,
        EDITED.replace("with DHL", "with DHL, tracking number JVGL0604812233945510").replace(
            "Best regards", "Thank you for your patience, Ms Lovelace.\n\nBest regards"
        ),
        django_capture_on_commit_callbacks,
    )
    memory = ReplyMemory.objects.get()
    text, notes = reply_adapt(
        memory=memory,
        customer_name="",
        question="Where is my parcel? Tracking shows nothing.",
        reference="SD-999",
    )
    assert text.startswith("Hi,")  # no name to put in: the old one is dropped, not kept
    assert "Lovelace" not in text and "Ada" not in text
    # "left our warehouse yesterday with DHL" was the earlier parcel's journey: the sentence is
    # marked whole, with the earlier order and tracking numbers in it; the numbers' own notes
    # stay, and the claim has one.
    assert _unmarked("48213", text) == [] and _unmarked("JVGL0604812233945510", text) == []
    assert "[check: Your parcel for order 48213 left our warehouse yesterday with DHL" in text
    facts = [n for n in notes if "says what was done" not in n and "is a date" not in n]
    assert len(facts) == 2 and "48213" in facts[0] and "JVGL0604812233945510" in facts[1]
    assert any("says what was done" in n and "left our warehouse" in n for n in notes)
    # The policy part of the reply is not a claim and stays as written.
    assert "If it still shows nothing tomorrow" not in text  # a relative day: marked alone
    assert "If it still shows nothing [check: tomorrow], reply here" in text
    named, _ = reply_adapt(
        memory=memory,
        customer_name="Bo Lindqvist",
        question="Where is my parcel? Order 77120, tracking shows nothing.",
        reference="SD-999",
    )
    assert named.startswith("Hi Bo,") and "Ms Lindqvist." in named
    assert "order 77120" in named and _unmarked("JVGL0604812233945510", named) == []
    # A number written in groups, as carriers and phones write them, is the earlier
    # customer's too: marked whole, never half (here in a sentence that is no claim).
    memory.reply = memory.reply.replace(
        "Thank you for your patience",
        "Our tracking number for you is 1Z 84F 302 61 0123 4, or call +49 30 1234 5678",
    )
    spaced, notes = reply_adapt(
        memory=memory,
        customer_name="",
        question="Where is my parcel? Tracking shows nothing.",
        reference="SD-999",
    )
    assert "[check: 1Z 84F 302 61 0123 4]" in spaced
    assert "[check: 49 30 1234 5678]" in spaced
    assert sum("comes from the earlier ticket" in n for n in notes) == 3


def _unmarked(fact: str, text: str) -> list[str]:
    """The places `fact` stands in `text` outside any [check: ...] mark."""
    outside = re.sub(r"\[check: [^\[\]]*\]", "", text)
    return re.findall(re.escape(fact), outside)


def test_imported_sent_replies_are_memory_and_idempotent(tmp_path, pipeline, ingest, policies):
    rows = [
        {
            "id": "past-1",
            "language": "fr",
            "request_class": "shipping-status",
            "customer_name": "Léa Martin",
            "customer_email": "lea@example.fr",
            "subject": "Où est ma commande",
            "message": "Bonjour, où en est ma commande FH-20481137 ? Le suivi ne bouge plus.",
            "reply": "Bonjour Léa,\n\nVotre commande FH-20481137 a quitté notre entrepôt "
            "mardi avec DHL. Le suivi se met à jour sous 24 heures.\n\nCordialement,\nAlex",
            "created_days_ago": 12,
            "sent_after_hours": 2,
        },
        {"id": "past-2", "language": "fr", "subject": "incomplet"},
    ]
    path = tmp_path / "sent.jsonl"
    path.write_text(
        "\n".join(json.dumps(r) for r in rows) + "\nnot json\n[1, 2]\n", encoding="utf-8"
    )
    out, err = StringIO(), StringIO()
    call_command("import_sent_replies", str(path), stdout=out, stderr=err)
    assert "imported 1 sent replies, 0 already present, 3 lines skipped" in out.getvalue()
    assert "line 2: missing customer_email, message, reply" in err.getvalue()
    assert "line 3: not JSON" in err.getvalue()
    assert "line 4: not a JSON object" in err.getvalue()
    memory = ReplyMemory.objects.get()
    ticket = Ticket.objects.get(pk=memory.ticket_id)
    assert ticket.status == TicketStatus.RESOLVED and ticket.request_class.slug == "shipping-status"
    outbound = Message.objects.get(ticket=ticket, direction=MessageDirection.OUTBOUND)
    assert outbound.body_text == rows[0]["reply"]
    call_command("import_sent_replies", str(path), stdout=(again := StringIO()), stderr=StringIO())
    assert "imported 0 sent replies, 1 already present" in again.getvalue()
    assert ReplyMemory.objects.count() == 1

    # A French customer asks the same: the draft is that reply, made hers.
    result = ingest(
        text="Bonjour, où en est ma commande FH-20555501 ? Le suivi ne bouge plus.",
        subject="Où est ma commande",
        sender="margot@example.fr",
    )
    draft = Draft.objects.get(ticket=result.ticket, is_current=True)
    assert "FH-20555501" in draft.text and "FH-20481137" not in draft.text
    assert "Léa" not in draft.text
    assert any(f"Based on {ticket.reference}'s reply" in item for item in draft.basis)

    # Erasing the earlier customer's data forgets her reply.
    customer_erase(email="lea@example.fr")
    assert not ReplyMemory.objects.exists()


def test_evaluate_drafts_scores_held_out_drafts_against_the_replies_sent(
    tmp_path, pipeline, policies
):
    def row(n, name, order):
        return {
            "id": f"eval-{n}",
            "language": "en",
            "request_class": "shipping-status",
            "customer_name": name,
            "customer_email": f"eval{n}@example.com",
            "subject": "Where is my order",
            "message": f"Hi, where is my order FH-{order}? Tracking has not moved for days.",
            "reply": f"Hi {name.split()[0]},\n\nYour order FH-{order} left our warehouse on "
            "Monday with DHL and is in transit; the tracking page updates once a day.\n\n"
            "Best regards,\nAlex",
        }

    lost = [{"doc": "shipping", "section": "Lost parcels"}]
    rows = [
        {**row(1, "Maya Okafor", 20481137), "policies": lost},
        {**row(2, "Devon Price", 20493382), "policies": lost},
    ]
    rows.append(
        {
            **row(3, "Kim Lee", 20400001),
            "subject": "Solar panel",
            "message": "Can the rain gauge run on a solar panel instead of batteries?",
            "reply": "Hi Kim,\n\nYes: the SP-1 solar kit fits every rain gauge.\n\nBest,\nAlex",
            "request_class": "setup-help",
            "policies": [{"doc": "shipping", "section": "Delivery times"}],
        }
    )
    path = tmp_path / "sent.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    call_command("import_sent_replies", str(path), stdout=StringIO(), stderr=StringIO())

    out = StringIO()
    call_command("evaluate_drafts", "--json", "--labels", str(path), stdout=out, stderr=StringIO())
    report = json.loads(out.getvalue())
    assert report["drafts"] == 3 and report["skipped"] == []
    # Each shipping question is drafted from the other's reply (its own is held out), made its
    # own: the only differences left are the name and the order number. That reply rests on the
    # same policy passage as the one sent: on topic by both checks.
    shipping = report["by_class"]["shipping-status"]
    assert shipping["n"] == 2 and shipping["from_memory"] == 1.0 and shipping["within"] == 1.0
    assert shipping["off_topic"] == 0.0 and shipping["off_topic_judged"] == 2
    assert shipping["memory_other_passages"] == 0.0
    # Halves by memory id parity: even ids tune, odd ones are held out; both are reported.
    ids = list(ReplyMemory.objects.order_by("id").values_list("id", flat=True))
    halves = report["repetitive_by_half"]
    assert halves["tuning"].get("n", 0) == sum(i % 2 == 0 for i in ids)
    assert halves["held-out"].get("n", 0) == sum(i % 2 == 1 for i in ids)
    # The solar question has no similar reply and no passage close enough to quote (these
    # policies are about shipping and refunds): the draft says it cannot answer, far from what
    # was sent, and is not judged on a passage it does not rest on.
    setup = report["by_class"]["setup-help"]
    assert setup["from_memory"] == 0.0 and setup["median_distance"] > 0.3
    assert setup["cannot_answer"] == 1.0 and setup["off_topic_judged"] == 0
    assert report["repetitive_by_source"]["cannot answer"]["n"] == 1
    assert report["repetitive_by_source"]["template"] == {"n": 0}
    assert report["overall"]["language_match"] == 1.0
    assert ReplyMemory.objects.count() == 3 and not Draft.objects.exists()  # nothing saved


def _import_rows(tmp_path, rows):
    path = tmp_path / "sent.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    call_command("import_sent_replies", str(path), stdout=StringIO(), stderr=StringIO())


def _past(n, subject, message, reply):
    return {
        "id": f"past-{n}",
        "language": "en",
        "request_class": "pricing",
        "customer_name": f"Customer {n}",
        "customer_email": f"c{n}@example.com",
        "subject": subject,
        "message": message,
        "reply": reply,
    }


def test_of_two_replies_that_read_alike_the_one_speaking_of_what_was_asked_is_first(
    tmp_path, pipeline
):
    """The rank adds the words the remembered reply shares with the new question (rare words
    weigh more): asked about seats added to an annual plan, the reply about prorated seats
    comes before the reply about annual billing whose question reads more alike."""
    _import_rows(
        tmp_path,
        [
            _past(
                1,
                "annual vs monthly",
                "Is the annual plan cheaper than monthly? And can I switch now?",
                "Hi,\n\nAnnual billing costs ten times the monthly price, so you get two months "
                "free. You can switch under Settings > Billing at any time.\n\nBest regards,\nAlex",
            ),
            _past(
                2,
                "adding a colleague",
                "We need to add two people to our account this month. How is that billed?",
                "Hi,\n\nEach seat you add takes effect immediately. Seats added to an annual plan "
                "are prorated to your renewal date and billed annually with it.\n\n"
                "Best regards,\nAlex",
            ),
        ],
    )
    billing, seats = ReplyMemory.objects.order_by("id")
    question = question_text(
        subject="Annual vs monthly",
        text="We're on the annual plan. If we add three more seats now, are they billed "
        "annually too, prorated to the renewal date?",
    )
    matches = reply_memory_nearest(
        vector=texts_embed([question])[0], language="en", question=question
    )
    by_memory = {m.memory.pk: m for m in matches}
    assert [m.memory.pk for m in matches] == [seats.pk, billing.pk], [m.as_dict() for m in matches]
    # The likeness alone (what MEMORY_SIMILARITY reads) puts the billing reply first ...
    assert by_memory[billing.pk].similarity > by_memory[seats.pk].similarity
    # ... the words the seats reply shares with the question ("seats", "prorated", "renewal")
    # put it first, and the trail records them.
    assert by_memory[seats.pk].words > by_memory[billing.pk].words + 0.1
    assert matches[0].as_dict()["words"] == round(by_memory[seats.pk].words, 3)
    assert matches[0].rank == pytest.approx(
        matches[0].similarity + MEMORY_WORDS_WEIGHT * matches[0].words
    )


def test_the_words_a_match_records_are_words_overlap_under_the_memories_of_the_moment(
    tmp_path, pipeline
):
    """A remembered reply's words are weighed once per set of memories (kept with the loaded
    memories, not per question): what a match records is words_overlap under the frequencies
    of the memories there are, asked twice, and again after a new memory changed them."""
    seats_reply = (
        "Hi,\n\nEach seat you add takes effect immediately. Seats added to an annual plan are "
        "prorated to your renewal date and billed annually with it.\n\nBest regards,\nAlex"
    )
    _import_rows(
        tmp_path,
        [
            _past(1, "adding a colleague", "How are two more seats billed?", seats_reply),
            _past(
                2,
                "annual vs monthly",
                "Is the annual plan cheaper than monthly?",
                "Hi,\n\nAnnual billing costs ten times the monthly price.\n\nBest regards,\nAlex",
            ),
        ],
    )
    question = question_text(
        subject="Seats", text="If we add three more seats, are they prorated to the renewal?"
    )
    vector = texts_embed([question])[0]

    def recorded() -> dict[int, float]:
        matches = reply_memory_nearest(vector=vector, language="en", question=question)
        return {m.memory.pk: m.words for m in matches}

    def expected() -> dict[int, float]:
        memories = list(ReplyMemory.objects.filter(language="en"))
        texts = [t for m in memories for t in (m.question, m.reply)]
        frequencies: dict[str, int] = {}
        for text in texts:
            for word in set(memory_words(text)):
                frequencies[word] = frequencies.get(word, 0) + 1
        return {
            m.pk: words_overlap(question, m.reply, frequencies=frequencies, documents=len(texts))
            for m in memories
        }

    first = recorded()
    assert first == expected() and first == recorded()
    assert max(first.values()) > 0.3
    # Another memory speaking of seats makes "seat" commoner: every reply's weights change.
    _import_rows(
        tmp_path,
        [_past(3, "seat count", "How many seats do we have?", "Hi,\n\nYou have 4 seats.")],
    )
    second = recorded()
    seats = ReplyMemory.objects.get(reply=seats_reply).pk
    assert second == expected() and second[seats] != first[seats]


def test_words_overlap_weighs_rare_words_and_ignores_greetings_and_order_numbers():
    frequencies = {"seat": 2, "prorat": 1, "plan": 9, "annual": 5, "hi": 10}
    documents = 10
    asked = "Hi Ada, are added seats prorated? Order FH-20481137"
    assert words_overlap(
        asked, "Seats are prorated.", frequencies=frequencies, documents=documents
    ) == pytest.approx(1.0)
    rare = words_overlap(asked, "Each seat is prorated.", frequencies=frequencies, documents=10)
    common = words_overlap(asked, "Your plan is annual.", frequencies=frequencies, documents=10)
    assert rare > 0.9 and common == 0.0
    # The greeting and the order number are not what was asked.
    assert (
        words_overlap("Hi FH-20481137", "Hi FH-20481137", frequencies=frequencies, documents=10)
        == 0.0
    )
