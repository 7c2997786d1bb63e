"""Knowledge base: import, versions, immutable fragments, retrieval. Real PostgreSQL, real
management command, real retrieval index."""

import hashlib
import io
import json
import shutil
from pathlib import Path

import numpy as np
import pytest
from django.core.management import call_command
from django.db import connection, transaction

from audit.models import Event
from drafts.knowledge import qa_encoder
from drafts.knowledge.models import PolicyDocument, PolicyFragment, PolicyVersion
from drafts.knowledge.retrieval import (
    FragmentIndex,
    IndexedFragment,
    current_index,
    fragments_retrieve,
    query_clean,
    question_sentences,
    text_terms,
    vectors_load,
    vectors_matching,
)
from drafts.knowledge.sections import body_normalize, document_parse, passage_embed_texts
from drafts.knowledge.selectors import fragment_by_anchor, fragment_get
from drafts.knowledge.services import PolicyUnchanged, policy_version_create
from drafts.risk.encoder import DIMENSIONS, ENCODER_NAME
from tests.conftest import shared_data

DEMO = Path(__file__).resolve().parents[2] / "demo" / "policies"
LABELS = DEMO.parent / "retrieval_labels.json"
QUESTIONS = DEMO.parent / "retrieval_questions.json"

pytestmark = pytest.mark.django_db


def import_policies(directory: Path, *args: str) -> str:
    out = io.StringIO()
    call_command("import_policies", str(directory), *args, stdout=out)
    return out.getvalue()


def snapshot() -> dict:
    return {
        "documents": PolicyDocument.objects.count(),
        "versions": PolicyVersion.objects.count(),
        "fragments": PolicyFragment.objects.count(),
    }


def test_import_creates_documents_versions_and_fragments():
    output = import_policies(DEMO)

    files = sorted(DEMO.glob("*.md"))
    assert PolicyDocument.objects.count() == len(files) == 9
    assert "documents created:  9" in output
    for f in files:
        doc = PolicyDocument.objects.get(slug=f.stem)
        assert doc.current_version.number == 1
        parsed = document_parse(body_normalize(f.read_text()))
        fragments = list(doc.current_version.fragments.order_by("position"))
        assert [fr.anchor for fr in fragments] == [s.anchor for s in parsed.sections]
        for fr in fragments:
            assert fr.content_hash == hashlib.sha256(fr.text.encode()).hexdigest()
    refunds = PolicyDocument.objects.get(slug="refunds")
    assert refunds.title == "Refunds and returns"
    assert refunds.current_version.request_classes == [
        "billing-dispute",
        "refund-exception",
        "refund-policy",
    ]
    assert Event.objects.filter(name="knowledge.policy_version_created").count() == 9


def test_reimport_of_unchanged_files_creates_nothing():
    import_policies(DEMO)
    before = snapshot()
    output = import_policies(DEMO)
    assert snapshot() == before
    assert "unchanged:          9" in output
    assert "documents created:  0" in output
    assert "new versions:       0" in output


def test_edit_creates_new_version_and_old_fragments_stay_as_cited(tmp_path):
    folder = tmp_path / "policies"
    shutil.copytree(DEMO, folder)
    import_policies(folder)
    v1 = PolicyDocument.objects.get(slug="refunds").current_version
    old = {f.pk: (f.anchor, f.text, f.content_hash) for f in v1.fragments.all()}
    cited = fragment_by_anchor(document_slug="refunds", anchor="hardware-returns-within-30-days")

    path = folder / "refunds.md"
    path.write_text(path.read_text().replace("within **30 days", "within **45 days"))
    output = import_policies(folder)

    assert "new versions:       1" in output and "unchanged:          8" in output
    doc = PolicyDocument.objects.get(slug="refunds")
    assert doc.current_version.number == 2
    assert PolicyVersion.objects.filter(document=doc).count() == 2
    # The old version's fragments are exactly as they were: same rows, texts and hashes.
    assert {f.pk: (f.anchor, f.text, f.content_hash) for f in v1.fragments.all()} == old
    resolved = fragment_get(fragment_id=cited.pk)
    assert resolved.version_id == v1.pk and "30 days" in resolved.text
    assert "45 days" not in resolved.text
    new = fragment_by_anchor(document_slug="refunds", anchor="hardware-returns-within-30-days")
    assert new.pk != cited.pk and new.version_id == doc.current_version_id
    assert "45 days" in new.text
    assert new.content_hash != cited.content_hash
    # Unchanged sections get new rows in the new version, with equal hashes.
    unchanged = fragment_by_anchor(document_slug="refunds", anchor="return-shipping-costs")
    assert (
        unchanged.content_hash
        == old[next(pk for pk, (a, _, _) in old.items() if a == "return-shipping-costs")][2]
    )


def test_same_text_makes_no_version_and_versions_are_immutable_in_the_database():
    import_policies(DEMO)
    doc = PolicyDocument.objects.get(slug="shipping")
    with pytest.raises(PolicyUnchanged):
        policy_version_create(document=doc, body=doc.current_version.body + "\n\n")
    if connection.vendor != "postgresql":
        pytest.skip("immutability triggers exist on PostgreSQL only")
    fragment = doc.current_version.fragments.first()
    with pytest.raises(Exception, match="policyfragment_immutable"), transaction.atomic():
        PolicyFragment.objects.filter(pk=fragment.pk).update(text="rewritten")
    with pytest.raises(Exception, match="policyversion_immutable"), transaction.atomic():
        PolicyVersion.objects.filter(pk=doc.current_version_id).update(body="rewritten")
    with pytest.raises(Exception, match="policyversion_undeletable"), transaction.atomic():
        PolicyVersion.objects.filter(pk=doc.current_version_id)._raw_delete(connection.alias)
    fragment.refresh_from_db()
    assert fragment.text != "rewritten"


def test_retrieval_returns_the_refund_fragment_and_records_every_candidate():
    import_policies(DEMO)
    result = fragments_retrieve(
        query="I bought a weather station 10 days ago and want to return it for a refund. "
        "How does that work?",
        k=3,
        request_class_slug="refund-policy",
    )
    refunds = PolicyDocument.objects.get(slug="refunds")
    assert result.chosen[0].document_slug == "refunds"
    assert "hardware-returns-within-30-days" in [c.anchor for c in result.chosen]
    assert all(
        c.version_id == refunds.current_version_id
        for c in result.chosen
        if c.document_slug == "refunds"
    )
    assert (
        result.considered
        == PolicyFragment.objects.filter(version__document__current_version__isnull=False).count()
    )
    assert len(result.candidates) > len(result.chosen) == 3
    assert result.candidates[:3] == result.chosen
    scores = [c.score for c in result.candidates]
    assert scores == sorted(scores, reverse=True) and scores[-1] > 0
    assert result.chosen[0].boosted
    record = json.loads(json.dumps(result.as_record()))
    assert record["query"].startswith("I bought a weather station")
    assert "refund" in record["terms"]
    assert len(record["candidates"]) == len(result.candidates)
    assert {"fragment_id", "version_id", "document_slug", "heading", "score"} <= set(
        record["chosen"][0]
    )
    # Each chosen id resolves to the fragment with that heading.
    assert (
        fragment_get(fragment_id=result.chosen[0].fragment_id).heading == result.chosen[0].heading
    )


def test_retrieval_follows_a_new_version_and_an_inactive_document():
    import_policies(DEMO)
    query = "Will I get compensation for the three hour outage? We are on Business."
    first = fragments_retrieve(query=query, k=1)
    doc = PolicyDocument.objects.get(slug=first.chosen[0].document_slug)
    policy_version_create(document=doc, body=doc.current_version.body + "\nOne more line.\n")
    doc.refresh_from_db()
    second = fragments_retrieve(query=query, k=1)
    assert second.chosen[0].version_id == doc.current_version_id != first.chosen[0].version_id
    PolicyDocument.objects.filter(pk=doc.pk).update(is_active=False)
    third = fragments_retrieve(query=query, k=5)
    assert doc.slug not in {c.document_slug for c in third.candidates}


def test_retrieval_labels_name_real_fragments_and_mostly_hit_in_top_three():
    import_policies(DEMO)
    items = json.loads(LABELS.read_text())["items"]
    assert 40 <= len(items) <= 70
    hits = 0
    for item in items:
        for ref in item["relevant"]:
            slug, anchor = ref.split("#")
            fragment_by_anchor(document_slug=slug, anchor=anchor)  # raises if the label is stale
        result = fragments_retrieve(query=item["text"], k=3, request_class_slug=item["class"])
        hits += bool(
            {f"{c.document_slug}#{c.anchor}" for c in result.chosen} & set(item["relevant"])
        )
    # bench/retrieval.py measures 0.92; a drop below 0.85 means retrieval or the policies regressed.
    assert hits / len(items) >= 0.85


def test_held_out_customer_questions_rank_their_section_high_with_one_query_each(
    django_assert_num_queries,
):
    """The held-out half of the labelled customer questions (odd ids; the weights were chosen
    on the even ones, bench/retrieval.py --halves) through the real entry point, after a real
    import: where the answer ranks, and one database query per retrieval once the index is
    built (the current-set signature), whatever the question."""
    import_policies(DEMO)
    items = [
        item
        for item in json.loads(QUESTIONS.read_text())["items"]
        if item["source"] == "demo-policies"
        and item["answers"]
        and int(item["id"].rsplit("-", 1)[1]) % 2
    ]
    assert len(items) >= 60
    fragments_retrieve(query="warm up", k=3)  # builds the index
    recall, reciprocal = [], []
    for item in items:
        with django_assert_num_queries(1):
            result = fragments_retrieve(
                query=item["question"], k=5, request_class_slug=item["class_hint"]
            )
        ranked = list(dict.fromkeys(f"{c.document_slug}#{c.anchor}" for c in result.candidates))
        relevant = {a["fragment"] for a in item["answers"]}
        recall.append(len(relevant & set(ranked[:3])) / min(len(relevant), 3))
        first = next((n for n, key in enumerate(ranked) if key in relevant), None)
        reciprocal.append(0.0 if first is None else 1 / (first + 1))
    # bench/retrieval.py --halves measures 0.911 / 0.837 on this half (0.903 / 0.814 with USE
    # alone, without requirements-models.lock; 2026-12-07, labels of docs/pipeline.md's fourth
    # retrieval round); a drop below these floors means retrieval or the policies regressed.
    assert sum(recall) / len(recall) >= 0.88
    assert sum(reciprocal) / len(reciprocal) >= (0.83 if qa_encoder.available() else 0.79)


def _unit(*weights: float) -> np.ndarray:
    vector = np.zeros(DIMENSIONS, dtype=np.float32)
    vector[: len(weights)] = weights
    return vector / np.linalg.norm(vector)


def test_a_section_matching_in_two_rows_outranks_one_lucky_row():
    """The fragment score moves the best row's cosine toward the mean of the best two rows
    (SECOND_ROW_WEIGHT); the recorded similarity stays the best row's cosine."""

    def fragment(n: int, rows: list[np.ndarray]) -> IndexedFragment:
        return IndexedFragment(
            fragment_id=n,
            version_id=n,
            document_slug=f"doc-{n}",
            anchor="a",
            heading=f"Heading {n}",
            text=f"unrelated words {n}",
            vectors=np.vstack(rows),
            embed_texts=tuple(f"row {k}" for k in range(len(rows))),
        )

    question = _unit(1.0)
    both = fragment(1, [_unit(0.6, 0.8), _unit(0.6, 0.0, 0.8)])  # 0.6 and 0.6
    lucky = fragment(2, [_unit(0.65, 0.76), _unit(0.0, 0.0, 0.0, 1.0)])  # 0.65 and 0
    single = fragment(3, [_unit(0.62, 0.78)])  # one row: its own second best
    index = FragmentIndex([both, lucky, single], qa=False)  # USE rows only: the rule itself

    def ranked(weight: float) -> list:
        result = index.search(
            "question",
            k=3,
            method="embed",
            query_vectors=question[None, :],
            second_row_weight=weight,
        )
        return [(c.fragment_id, round(c.similarity, 2)) for c in result.chosen]

    assert ranked(0.5) == [(3, 0.62), (1, 0.6), (2, 0.65)]
    assert ranked(0.0) == [(2, 0.65), (3, 0.62), (1, 0.6)]


def test_awkward_files_import_or_are_skipped_with_reasons(tmp_path):
    (tmp_path / "latin1.md").write_bytes(
        "# Politique\n\n## Retours\n\nLes retours sont accept\u00e9s pendant 30 jours, "
        "cr\u00e8me br\u00fbl\u00e9e \u00e0 volont\u00e9.\n".encode("cp1252")
    )
    (tmp_path / "binary.md").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "empty.md").write_text("")
    (tmp_path / "headings-only.md").write_text("---\ntitle: x\n---\n# Title\n\n## Empty\n")
    (tmp_path / "huge.md").write_text("word " * 500_000)
    (tmp_path / "notes.txt").write_text("not markdown")
    (tmp_path / "no-headings.mdx").write_text(
        "import X from '@site/x';\n\n"
        + ("Plain paragraph about parcels and customs. " * 60 + "\n\n") * 5
    )
    nested = tmp_path / "deep" / "topic"
    nested.mkdir(parents=True)
    (nested / "index.md").write_text(
        "---\ntitle: 'Deep topic'\nclasses:\n  - pricing\n---\n### Only h3\n\nText.\n"
    )

    output = import_policies(tmp_path, "--prefix", "edge")

    assert set(PolicyDocument.objects.values_list("slug", flat=True)) == {
        "edge-latin1",
        "edge-no-headings",
        "edge-deep-topic",
    }
    latin = PolicyDocument.objects.get(slug="edge-latin1").current_version
    assert "accept\u00e9s" in latin.body and "cr\u00e8me" in latin.body
    assert "decoded as cp1252" in output
    big = PolicyDocument.objects.get(slug="edge-no-headings").current_version
    assert big.fragments.count() >= 2  # size-based splitting
    assert all(len(f.text) <= 4000 for f in big.fragments.all())
    deep = PolicyDocument.objects.get(slug="edge-deep-topic")
    assert deep.title == "Deep topic" and deep.current_version.request_classes == ["pricing"]
    assert list(deep.current_version.fragments.values_list("anchor", flat=True)) == ["only-h3"]
    for reason in (
        "binary content",
        "empty file",
        "no text to cite",
        "too large",
        "not a markdown file",
    ):
        assert reason in output
    assert "skipped:            5" in output


@pytest.mark.parametrize(
    "folder", ["kb-plausible-docs/docs", "kb-37signals-policies", "kb-github-site-policy/Policies"]
)
def test_kb_folder_imports_with_a_summary_and_reimports_unchanged(folder):
    path = shared_data(*folder.split("/"))
    output = import_policies(path, "--prefix", "kb")
    created = PolicyDocument.objects.count()
    assert created > 10
    assert f"documents created:  {created}" in output
    assert "skipped:            0" in output
    assert PolicyFragment.objects.count() >= created
    again = import_policies(path, "--prefix", "kb")
    assert f"unchanged:          {created}" in again
    result = fragments_retrieve(query="refund account deletion two-factor", k=5)
    assert result.chosen and result.considered == PolicyFragment.objects.count()


def test_a_pages_hidden_markup_is_neither_embedded_nor_quoted(tmp_path):
    """A help-centre page's <head> (JSON-LD for search engines) and inline scripts are not an
    answer: the import embeds only the visible passages (their vectors stored row for row), and
    retrieval never quotes the hidden block."""
    (tmp_path / "billing.md").write_text(
        '---\ntitle: Billing questions\n---\n\n<head>\n  <script type="application/ld+json">'
        '{`\n    {"@context": "https://schema.org", "@type": "FAQPage",\n'
        '     "name": "How do I pay by bank transfer?"}\n  `}</script>\n</head>\n\n'
        "We bill every month on the day you subscribed.\n\n"
        "## Can I pay by bank transfer?\n\nNo: we take cards and PayPal only.\n"
        "<script>window.track('faq')</script>\n"
    )
    import_policies(tmp_path, "--prefix", "hidden")

    overview, transfer = PolicyFragment.objects.order_by("position")
    assert "@context" in overview.text  # the fragment keeps the page as written
    for fragment in (overview, transfer):
        texts = passage_embed_texts(heading_path=fragment.heading_path, text=fragment.text)
        assert not any("@context" in t or "window.track" in t for t in texts)
        stored = vectors_load(fragment.vectors)
        assert len(stored) == len(texts)
        # Vectors stored by an earlier split (another row count) are embedded again at build.
        assert vectors_matching(stored, texts) is stored
        assert vectors_matching(stored, [*texts, "one more passage"]) is None
    result = fragments_retrieve(query="can I pay you by bank transfer?", k=2)
    assert result.chosen[0].anchor == "can-i-pay-by-bank-transfer"
    assert result.chosen[0].passage == "No: we take cards and PayPal only."
    assert all("@context" not in c.passage and "schema.org" not in c.passage for c in result.chosen)
    assert "schema" not in current_index()[1].vocabulary  # nor indexed for BM25


def test_query_cleaning_drops_greeting_sign_off_quoted_mail_and_order_numbers():
    """What wraps a customer's question carries no topic: the greeting (after the subject
    line too), the sign-off, earlier mail quoted below, and identifiers whose letters would
    otherwise match the policies that describe their format ("FH-" serial and order numbers)."""
    message = (
        "Order FH-20931177\n"
        "Hi there Anna,\n"
        "the tracking for #48213 still says label created. Is that normal?\n"
        "Thanks a lot,\nMaria\n"
        "On Mon, 3 Jun 2026 at 10:00, Fernhill Support <support@fernhill.example> wrote:\n"
        "> Your refund was issued.\n"
    )
    cleaned = query_clean(message)
    assert cleaned == "Order\nthe tracking for still says label created. Is that normal?"
    assert question_sentences(message) == [
        "Order the tracking for still says label created. Is that normal?",
        "Is that normal?",
    ]
    # A sentence that only starts like a sign-off stays; a message of nothing but a greeting
    # is kept as it is rather than emptied.
    kept = "Thank you for the quick reply but the refund is still missing"
    assert query_clean(kept) == kept
    assert query_clean("Hello!") == "Hello!"
    assert "fh" not in text_terms(query_clean(message))
    assert "20931177" not in text_terms(query_clean(message))


@pytest.mark.skipif(not qa_encoder.available(), reason="requirements-models.lock not installed")
def test_question_answer_encoder_puts_a_question_near_its_answer():
    """all-MiniLM-L6-v2 in numpy: unit vectors of QA_DIMENSIONS, a question nearer the passage
    that answers it than one that shares its words, and the same vector batched or alone."""
    texts = [
        "I forgot my password and the email never came, what now?",
        "Password reset: if the email does not arrive within 10 minutes, check the spam folder.",
        "Changing the account email address: the owner changes it under Settings > Profile.",
        "",
    ]
    vectors = qa_encoder.qa_texts_embed(texts)
    assert vectors.shape == (4, qa_encoder.QA_DIMENSIONS) and vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors[:3], axis=1), 1.0, atol=1e-5)
    assert not vectors[3].any()  # an empty text embeds as zeros
    question, answer, other = vectors[:3]
    assert question @ answer > question @ other + 0.1
    alone = qa_encoder.qa_texts_embed(texts[:1])[0]
    assert np.allclose(alone, question, atol=1e-5)  # padding in a batch changes nothing
    ids = qa_encoder._encoder().tokenizer.ids("Café's Wi-Fi")
    vocab = {v: k for k, v in qa_encoder._encoder().tokenizer.vocab.items()}
    assert [vocab[i] for i in ids] == ["[CLS]", "cafe", "'", "s", "wi", "-", "fi", "[SEP]"]


@pytest.mark.skipif(not qa_encoder.available(), reason="requirements-models.lock not installed")
def test_import_stores_both_encoders_rows_and_english_questions_use_both():
    """Each fragment stores the question/answer encoder's rows beside USE's, one per embedded
    text; an English question is ranked with both (recorded), a German one with USE alone."""
    import_policies(DEMO)
    for fragment in PolicyFragment.objects.all():
        texts = passage_embed_texts(heading_path=fragment.heading_path, text=fragment.text)
        qa_rows = vectors_load(fragment.qa_vectors, qa_encoder.QA_DIMENSIONS)
        assert len(qa_rows) == len(texts) == len(vectors_load(fragment.vectors))
        assert fragment.qa_encoder == qa_encoder.QA_ENCODER_NAME
    english = fragments_retrieve(
        query="Hi, my parcel shows delivered but it is not here. Thanks, Jo", k=3
    )
    assert english.encoders == [ENCODER_NAME, qa_encoder.QA_ENCODER_NAME]
    assert english.as_record()["encoders"] == english.encoders
    assert english.chosen[0].anchor == "delayed-or-lost-parcels"
    german = fragments_retrieve(query="Mein Paket ist als zugestellt markiert, aber nicht da.", k=3)
    assert german.encoders == [ENCODER_NAME]
    assert "delayed-or-lost-parcels" in [c.anchor for c in german.chosen]
