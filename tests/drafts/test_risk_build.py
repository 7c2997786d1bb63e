"""build_risk_layer: rebuilds the artefact from folders laid out like ../shared/data, with
progress and a summary. Here the folders hold a few sentences of our own in each source's
format, so the test runs in seconds and needs no shared data."""

import csv
import json
from io import StringIO

import numpy as np
import pytest
from django.core.management import CommandError, call_command

from drafts.risk.encoder import texts_embed
from drafts.risk.kinds import KIND_SLUGS
from drafts.risk.scoring import RiskHeads, heads_assess, heads_get

BANKING = [
    ("I lost my card on the way home", "lost_or_stolen_card"),
    ("My card is gone, I think someone took it", "lost_or_stolen_card"),
    ("I was charged two times for one coffee", "transaction_charged_twice"),
    ("The same payment shows twice on my statement", "transaction_charged_twice"),
    ("How do I top up with a bank transfer?", "top_up_by_bank_transfer_charge"),
    ("When will my new card arrive?", "card_arrival"),
    ("What is the exchange rate today?", "exchange_rate"),
    ("Can I get a virtual card?", "getting_virtual_card"),
]
CLINC = [
    ("report my card as lost please", "report_lost_card"),
    ("there is fraud on my account", "report_fraud"),
    ("what is the weather tomorrow", "weather"),
    ("set a timer for ten minutes", "timer"),
    ("play some jazz", "play_music"),
    ("how many calories in an apple", "calories"),
]
BITEXT = [
    ("I want to delete my profile", "delete_account"),
    ("give me my money back for the order", "get_refund"),
    ("I want to file a complaint about the courier", "complaint"),
    ("how can I track my order", "track_order"),
    ("change my shipping address", "change_shipping_address"),
    ("what payment methods do you take", "check_payment_methods"),
]


@pytest.fixture
def data_dir(tmp_path):
    (tmp_path / "banking77").mkdir()
    with (tmp_path / "banking77" / "train.csv").open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["text", "category"])
        # Four variants of each row: the 30% hold-out is stratified by intent.
        writer.writerows(
            (f"{text}{tail}", label)
            for text, label in BANKING
            for tail in ("", "?", " please", "!")
        )
    (tmp_path / "clinc150").mkdir()
    splits = {s: [] for s in ("train", "val", "test", "oos_train", "oos_val", "oos_test")}
    splits["train"] = [list(row) for row in CLINC]
    (tmp_path / "clinc150" / "data_full.json").write_text(json.dumps(splits), encoding="utf-8")
    folder = tmp_path / "bitext-customer-support"
    folder.mkdir()
    with (folder / "bitext_customer_support_4514.csv").open(
        "w", newline="", encoding="utf-8"
    ) as fh:
        writer = csv.writer(fh)
        writer.writerow(["instruction", "intent"])
        writer.writerows(BITEXT)
    return tmp_path


def test_build_writes_a_loadable_artefact_with_checks(data_dir, tmp_path):
    output = tmp_path / "out" / "heads.npz"
    out, err = StringIO(), StringIO()
    call_command(
        "build_risk_layer",
        "--data-dir",
        str(data_dir),
        "--output",
        str(output),
        stdout=out,
        stderr=err,
    )
    assert "embedding banking77: 32 texts" in err.getvalue()
    summary = out.getvalue()
    assert "threshold (any kind)" in summary
    assert "banking77+bitext -> clinc150: recall" in summary
    heads = RiskHeads.load(output)
    assert heads.coef.shape == (len(KIND_SLUGS) + 1, 512)
    assert heads.meta["rows"] == {"banking77": 32, "clinc150": 6, "bitext": 6}
    assert {c["check"] for c in heads.meta["checks"]} >= {"banking77+bitext -> clinc150"}
    # No data-set text is stored: only our own prototypes.
    with np.load(output) as data:
        stored = " ".join(str(t) for t in data["prototype_texts"])
    assert all(text not in stored for text, _ in BANKING + CLINC + BITEXT)
    # The neighbourhood: centroids of the training rows (fewer rows than centroids here, so
    # the rows' own embeddings), stored as numbers only.
    assert heads.risky_centroids.shape[1] == heads.ordinary_centroids.shape[1] == 512
    lost = "I lost my card on the way home"
    assessment = heads_assess(heads=heads, text=lost, vector=texts_embed([lost])[0])
    assert "lost_stolen" in assessment.over
    assert assessment.evidence["lost_stolen"]["neighbourhood"] > 0


def test_the_shipped_neighbourhood_damps_what_lies_among_ordinary_messages():
    heads = heads_get()
    ordinary = "My top-up is still pending since yesterday"
    risky = "There is a payment on my card that I never made"
    scores, probs, margins = heads.kind_scores(texts_embed([ordinary, risky]))
    assert margins[0] < 0 < margins[1]
    dispute = KIND_SLUGS.index("billing_dispute")
    assert scores[0, dispute] < probs[0, dispute]  # damped below the head's own reading
    assert max(scores[0]) < heads.threshold
    assert scores[1, KIND_SLUGS.index("unrecognised_payment")] >= heads.threshold


def test_build_without_data_is_a_clear_error(tmp_path):
    with pytest.raises(CommandError, match="does not exist"):
        call_command("build_risk_layer", "--data-dir", str(tmp_path / "nope"), stdout=StringIO())


def test_a_voicemails_spelled_name_callback_number_and_fillers_are_not_embedded():
    """The encoder reads a transcribed call without its noise: fillers, a name spelled letter by
    letter and a callback number read out digit by digit pulled everyday questions towards the
    billing heads (set AC, docs/classifier.md). What the customer asks is kept, and so is a
    short number the question is about."""
    from drafts.risk.encoder import text_prepare

    voicemail = (
        "Hi, um, it's Craig Wilson, W-I-L-S-O-N, booking reference G-L-A five oh oh two nine, "
        "uh, is breakfast included? Number's oh seven seven eight eight, four oh one, two six two."
    )
    prepared = text_prepare(voicemail)
    assert "is breakfast included?" in prepared
    assert "W-I-L-S-O-N" not in prepared
    assert "seven seven eight eight" not in prepared
    assert " um," not in prepared and " uh," not in prepared
    german = "Guten Tag, äh, Brückner, null acht neun, drei drei vier. Bitte um 10 Uhr anrufen."
    assert text_prepare(german) == "Guten Tag, Brückner, . Bitte um 10 Uhr anrufen."
    written = "You charged 49.99 twice for order 48213, please refund one of them."
    assert text_prepare(written) == written
    assert (
        text_prepare("Call me on +44 7911 248553 about the bill.") == "Call me on about the bill."
    )
    # A huge message is cut before it is cleaned: the encoder reads at most MAX_CHARS.
    assert len(text_prepare("1 " + "- " * 500_000 + "x")) <= 1500


def test_a_voicemail_embeds_like_the_same_message_written_plainly():
    """Embedded as transcribed, the voicemail read 0.65 like its plain form (cosine); without the
    spelled name and the read-out number, about 0.95."""
    from drafts.risk.encoder import texts_embed

    spoken, plain = texts_embed(
        [
            "Um, hi, it's Gwen Lloyd, L-L-O-Y-D, how much is it to add a kitten to my policy? "
            "I'm on oh one nine seven oh, six one two, four four five.",
            "Hi, it's Gwen Lloyd, how much is it to add a kitten to my policy?",
        ]
    )
    assert float(spoken @ plain) > 0.9
