"""The class model stacks the ticket's sentence embedding with TF-IDF: real training, the real
encoder (drafts/risk/encoder.py), old TF-IDF-only artefacts still predict."""

import numpy as np
import pytest

from drafts.classifier.training import (
    ARTIFACT_FORMAT,
    TrainedModel,
    TrainingError,
    example_text,
    model_train,
)
from drafts.risk.encoder import texts_embed

from .classifier_data import HISTORY

TEXTS = [text for items in HISTORY.values() for text in items]
LABELS = [label for label, items in HISTORY.items() for _ in items]


@pytest.fixture(scope="module")
def stacked():
    return model_train(texts=TEXTS, labels=LABELS)


def test_default_model_stacks_embeddings_and_reads_a_shared_vector(stacked):
    model = stacked.model
    assert model.uses_embeddings and model.format == ARTIFACT_FORMAT == 2
    text = example_text(subject="Parcel", text="My package never arrived, where is it?")
    vector = texts_embed([text])
    computed = model.probabilities([text])
    shared = model.probabilities([text], vector)
    assert np.allclose(computed, shared, atol=1e-5)
    assert model.labels[int(shared.argmax())] == "delivery"
    # The vector is read: a different ticket's embedding moves the scores.
    other = texts_embed(["Someone charged my card twice and I am disputing it with my bank"])
    assert not np.allclose(model.probabilities([text], other), shared, atol=1e-4)


def test_error_free_validation_keeps_a_finite_temperature(stacked):
    # 24 separable examples: every out-of-fold guess is right, yet the calibrated model must not
    # claim certainty (Platt-smoothed temperature fit).
    assert stacked.scores["accuracy"] == 1.0
    assert stacked.scores["temperature"] > 0.05
    assert 0 < stacked.scores["ece"] < 1
    assert stacked.threshold < 1.0


def test_artifact_round_trip_and_format_1_still_loads():
    old = model_train(texts=TEXTS, labels=LABELS, embedding_weight=0.0).model
    text = "I cannot log in, the password reset email never comes"
    expected = old.probabilities([text])
    # What a format-1 pickle holds: no embedding_weight attribute at all.
    del old.__dict__["embedding_weight"]
    old.format = 1
    loaded = TrainedModel.from_bytes(old.to_bytes())
    assert loaded.format == 1 and not loaded.uses_embeddings
    assert np.allclose(loaded.probabilities([text]), expected)
    assert loaded.labels[int(expected.argmax())] == "login"


def test_unknown_artifact_format_asks_to_retrain():
    model = model_train(texts=TEXTS, labels=LABELS, embedding_weight=0.0).model
    model.format = 99
    with pytest.raises(TrainingError, match="retrain the classifier"):
        TrainedModel.from_bytes(model.to_bytes())


def test_familiarity_bar_keeps_unlike_messages_from_auto_send(stacked):
    """The model keeps a few training messages per label and a familiarity bar chosen out of
    fold; a message confidently given a label but unlike anything trained on is marked so."""
    model = stacked.model
    assert model.exemplars is not None and len(model.exemplars) == len(model.labels)
    assert all(0 < len(kept) <= 24 for kept in model.exemplars)
    bar = stacked.scores["familiarity_bar"]
    assert bar == model.familiarity_bar and 0 < bar < 1
    delivery = model.labels.index("delivery")
    near = texts_embed(["\nMy weather station parcel has not arrived, where is the order?"])[0]
    far = texts_embed(["\nWhat is the exchange rate for euros when I top up my savings pot?"])[0]
    assert model.familiarity(delivery, near) >= bar
    assert model.familiarity(delivery, far) < bar
    # A model without embeddings keeps none and reads no familiarity.
    plain = model_train(texts=TEXTS, labels=LABELS, embedding_weight=0.0).model
    assert plain.exemplars is None and plain.familiarity(0, near) is None
