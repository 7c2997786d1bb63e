"""Fitting the text classifier: features, validation, calibration and thresholds.

Pure scikit-learn, no Django: the bench scripts and the training service call the same code.

The model is TF-IDF (word 1-2 grams + char_wb 2-5 grams, sublinear tf) stacked with the
ticket's sentence embedding (drafts/risk/encoder.py, L2-normalised, times EMBEDDING_WEIGHT)
feeding a linear SVM. The embedding is computed once per text and can be passed in (the classify
stage shares it with the risk layer). Its decision scores become probabilities through a softmax with one temperature fitted on
out-of-fold scores (temperature scaling), which keeps the ranking of the SVM and costs one
scalar. The triage threshold and the auto-send threshold are chosen on the same out-of-fold
predictions, never on the data the final model is scored on.
"""

from __future__ import annotations

import io
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from drafts.risk.encoder import DIMENSIONS, ENCODER_NAME, texts_embed

# scikit-learn, SciPy and joblib are imported where they are used: importing them takes about
# 2 s here, and every Django process imports this module (through the classifier's selectors and
# the pipeline's stages), also those that never train or score (intake, the web server's start).
if TYPE_CHECKING:
    from sklearn.pipeline import Pipeline

# 2: the model may stack sentence embeddings (TrainedModel.embedding_weight). Format 1 artefacts
# (TF-IDF only) still load and predict as before.
ARTIFACT_FORMAT = 2
READABLE_FORMATS = (1, 2)
# The embedding block's scale against the TF-IDF block (whose rows have norm sqrt(2): two
# L2-normalised vectorizers). Chosen on validation folds: 3-fold accuracy on banking77's training
# part (`bench/classifier_banking77.py --sweep`): 0 -> 0.8836, 0.5 -> 0.8977, 1.0 -> 0.9073,
# 1.5 -> 0.9127, 2.0 -> 0.9126.
EMBEDDING_WEIGHT = 1.5
SVM_C = 1.0
ALGORITHM = (
    "tfidf(word1-2+char_wb2-5, sublinear) + sentence embedding "
    f"({ENCODER_NAME}, x{EMBEDDING_WEIGHT}) + LinearSVC(C={SVM_C}) + temperature softmax"
)

# A guess the calibrated model itself rates as more likely wrong than right is never accepted.
TRIAGE_FLOOR = 0.5
# Auto-send is the one path with no human; it needs near-certainty even when validation saw no
# high-risk example slip through.
AUTO_SEND_FLOOR = 0.9
AUTO_SEND_MARGIN = 0.02
TARGET_ACCEPTED_ACCURACY = 0.95
# Out-of-fold validation: 5 folds for small sets (every example counts), 3 from LARGE_SET on
# (enough validation predictions either way, and two fewer fits keep training fast).
VALIDATION_FOLDS = 5
LARGE_SET = 1000
LARGE_SET_FOLDS = 3
ECE_BINS = 15
# Familiarity (auto-send only): per label, up to this many of its training messages' embeddings
# (spread by k-means++ seeding) are kept in the artefact; a message's familiarity is its largest
# cosine similarity to the kept messages of the label it is given. Auto-send also needs the
# familiarity to reach the bar chosen out of fold: the FAMILIARITY_QUANTILE quantile of the
# validation messages the model got right. A message unlike anything the team has answered
# (another industry, a new kind of request) is never auto-sent, however confident the SVM is
# (docs/classifier.md: 28 high-risk banking messages a weather-station model rated >= 0.9).
EXEMPLARS_PER_LABEL = 24
FAMILIARITY_QUANTILE = 0.10


class TrainingError(ValueError):
    pass


def example_text(*, subject: str, text: str) -> str:
    """What the model reads: the subject line, then the body."""
    subject = (subject or "").strip()
    text = (text or "").strip()
    return f"{subject}\n{text}" if subject else text


def pipeline_build(*, c: float = SVM_C) -> Pipeline:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.pipeline import FeatureUnion, Pipeline
    from sklearn.svm import LinearSVC

    features = FeatureUnion(
        [
            (
                "word",
                TfidfVectorizer(
                    ngram_range=(1, 2), sublinear_tf=True, strip_accents="unicode", dtype=np.float32
                ),
            ),
            (
                "char",
                TfidfVectorizer(
                    analyzer="char_wb",
                    ngram_range=(2, 5),
                    sublinear_tf=True,
                    min_df=2,
                    strip_accents="unicode",
                    dtype=np.float32,
                ),
            ),
        ]
    )
    return Pipeline([("features", features), ("svm", LinearSVC(C=c))])


def scores_compute(
    pipeline: Pipeline, texts: list[str], vectors: np.ndarray | None = None, weight: float = 0.0
) -> np.ndarray:
    """Decision scores with one column per class, also for two classes (where LinearSVC gives
    one signed score for classes_[1]).

    Same numbers as pipeline.decision_function on the stacked features, computed block by block
    against the SVM's weights: skipping FeatureUnion's stacking makes a one-ticket prediction
    ~30% cheaper. With weight > 0 the last DIMENSIONS columns of the SVM read `vectors`."""
    features = pipeline.named_steps["features"]
    svm = pipeline.named_steps["svm"]
    raw = np.tile(svm.intercept_, (len(texts), 1))
    offset = 0
    for _, vectorizer in features.transformer_list:
        block = vectorizer.transform(texts)
        width = block.shape[1]
        raw += np.asarray(block @ svm.coef_[:, offset : offset + width].T)
        offset += width
    if weight:
        raw += (np.asarray(vectors, dtype=np.float32) * weight) @ svm.coef_[
            :, offset : offset + DIMENSIONS
        ].T
    if raw.shape[1] == 1:
        raw = raw[:, 0]
    if raw.ndim == 1:
        raw = np.column_stack([-raw / 2, raw / 2])
    return raw


def pipeline_fit(
    *,
    texts: np.ndarray,
    y: np.ndarray,
    vectors: np.ndarray | None = None,
    weight: float = 0.0,
    c: float = SVM_C,
) -> Pipeline:
    """Fit the TF-IDF vectorizers, then one linear SVM on TF-IDF stacked with the weighted
    embeddings (weight 0: TF-IDF only)."""
    import scipy.sparse as sp

    pipeline = pipeline_build(c=c)
    matrix = pipeline.named_steps["features"].fit_transform(texts)
    if weight:
        matrix = sp.hstack([matrix, sp.csr_matrix(vectors * weight)], format="csr")
    pipeline.named_steps["svm"].fit(matrix, y)
    return pipeline


@dataclass
class TrainedModel:
    """What the artifact holds. Loaded per process and kept in memory."""

    pipeline: Pipeline
    labels: list[str]
    temperature: float
    # 0: TF-IDF only (every format-1 artefact reads this class default when unpickled).
    embedding_weight: float = 0.0
    format: int = ARTIFACT_FORMAT
    # Per label index, the kept training embeddings (float16, L2-normalised) and the bar a
    # message's familiarity must reach for auto-send; None in artefacts trained before (or
    # without embeddings): no familiarity check, as before.
    exemplars: list[np.ndarray] | None = None
    familiarity_bar: float | None = None

    def familiarity(self, label_index: int, vector: np.ndarray | None) -> float | None:
        """The largest cosine similarity of the message's embedding to the label's kept
        training messages (None when the model keeps none or no embedding is given)."""
        if vector is None:
            return None
        return self.familiarities([label_index], np.asarray(vector).reshape(1, -1))[0]

    def familiarities(
        self, label_indices: list[int], vectors: np.ndarray | None
    ) -> list[float | None]:
        """familiarity() of many messages at once (row i against label_indices[i]'s kept
        messages): one matrix product per label."""
        out: list[float | None] = [None] * len(label_indices)
        if self.exemplars is None or vectors is None:
            return out
        vectors = np.asarray(vectors, dtype=np.float32).reshape(len(label_indices), -1)
        for label in dict.fromkeys(label_indices):
            kept = self.exemplars[label]
            if not len(kept):
                continue
            rows = [i for i, x in enumerate(label_indices) if x == label]
            best = (vectors[rows] @ kept.astype(np.float32).T).max(axis=1)
            for i, value in zip(rows, best, strict=True):
                out[i] = float(value)
        return out

    @property
    def uses_embeddings(self) -> bool:
        return bool(self.embedding_weight)

    def probabilities(self, texts: list[str], vectors: np.ndarray | None = None) -> np.ndarray:
        """vectors: the texts' embeddings (texts_embed) when the caller already has them;
        computed here when the model needs them and none are given."""
        from scipy.special import softmax

        if self.uses_embeddings:
            if vectors is None:
                vectors = texts_embed(texts)
            vectors = np.asarray(vectors, dtype=np.float32).reshape(len(texts), DIMENSIONS)
        scores = scores_compute(self.pipeline, texts, vectors, self.embedding_weight)
        return softmax(scores / self.temperature, axis=1)

    def to_bytes(self) -> bytes:
        import joblib

        buffer = io.BytesIO()
        joblib.dump(self, buffer, compress=3)
        return buffer.getvalue()

    @staticmethod
    def from_bytes(data: bytes) -> TrainedModel:
        # Trusted input only: artifacts are written by classifier_train (see models.py).
        import joblib

        model = joblib.load(io.BytesIO(data))
        if not isinstance(model, TrainedModel) or model.format not in READABLE_FORMATS:
            raise TrainingError(
                "artifact has an unknown format; retrain the classifier "
                "(manage.py train_classifier)"
            )
        return model


@dataclass
class TrainingResult:
    model: TrainedModel
    threshold: float
    auto_send_threshold: float | None
    scores: dict
    seconds: float
    warnings: list[str] = field(default_factory=list)


def expected_calibration_error(confidence: np.ndarray, correct: np.ndarray, bins: int = ECE_BINS):
    """ECE with equal-width bins, plus the reliability table it is computed from."""
    edges = np.linspace(0.0, 1.0, bins + 1)
    table = []
    ece = 0.0
    n = len(confidence)
    for low, high in zip(edges[:-1], edges[1:], strict=True):
        in_bin = (confidence > low) & (confidence <= high)
        count = int(in_bin.sum())
        if not count:
            continue
        mean_conf = float(confidence[in_bin].mean())
        accuracy = float(correct[in_bin].mean())
        ece += count / n * abs(mean_conf - accuracy)
        table.append(
            {
                "bin": [round(float(low), 3), round(float(high), 3)],
                "count": count,
                "confidence": round(mean_conf, 4),
                "accuracy": round(accuracy, 4),
            }
        )
    return ece, table


def temperature_fit(scores: np.ndarray, targets: np.ndarray) -> float:
    """The temperature minimizing the negative log-likelihood of the true labels, smoothed as
    Platt's targets are: the true class weighs 1 - 1/(n+2), the rest share 1/(n+2). Without the
    smoothing, error-free validation predictions (a small, separable history) drive the
    temperature to its lower bound and every probability to 1.0; with it, n validation
    predictions never claim more certainty than n can show. Negligible for large n."""
    from scipy.optimize import minimize_scalar
    from scipy.special import log_softmax

    n, k = scores.shape
    epsilon = 1.0 / (n + 2)
    soft = np.full((n, k), epsilon / max(k - 1, 1))
    soft[np.arange(n), targets] = 1.0 - epsilon

    def nll(log_t: float) -> float:
        logp = log_softmax(scores / np.exp(log_t), axis=1)
        return float(-(soft * logp).sum(axis=1).mean())

    result = minimize_scalar(nll, bounds=(np.log(0.005), np.log(20.0)), method="bounded")
    return float(np.exp(result.x))


def threshold_choose(
    confidence: np.ndarray, correct: np.ndarray, *, target: float = TARGET_ACCEPTED_ACCURACY
) -> float:
    """The lowest confidence threshold at which the predictions at or above it are at least
    `target` accurate (on validation), never below TRIAGE_FLOOR. If no threshold reaches the
    target, every prediction goes to triage (threshold above 1)."""
    order = np.argsort(-confidence, kind="stable")
    conf_sorted = confidence[order]
    running = np.cumsum(correct[order]) / np.arange(1, len(order) + 1)
    chosen = None
    for i in range(len(order)):
        # Only cut between distinct confidences: a threshold accepts all ties or none.
        if i + 1 < len(order) and conf_sorted[i + 1] == conf_sorted[i]:
            continue
        if running[i] >= target:
            chosen = float(conf_sorted[i])
    if chosen is None:
        return 1.01
    return max(chosen, TRIAGE_FLOOR)


def auto_send_threshold_choose(
    confidence: np.ndarray,
    predicted_risky: np.ndarray,
    true_risky: np.ndarray,
    *,
    threshold: float,
) -> float | None:
    """Strictly above every validation case where a risky (high-risk or unmapped) example was
    predicted as a low-risk class, and never below the triage threshold or AUTO_SEND_FLOOR.
    None means auto-send is never allowed for this model."""
    slipped = confidence[(~predicted_risky) & true_risky]
    level = max(threshold, AUTO_SEND_FLOOR)
    if len(slipped):
        level = max(level, float(slipped.max()) + AUTO_SEND_MARGIN)
    return None if level > 1.0 else round(level, 4)


def exemplars_pick(
    vectors: np.ndarray, y: np.ndarray, *, labels: int, count: int, seed: int
) -> list[np.ndarray]:
    """Per label index (0..labels-1), up to `count` of its rows spread over its region
    (k-means++ seeding picks actual rows far from the ones already picked)."""
    from sklearn.cluster import kmeans_plusplus

    out: list[np.ndarray] = []
    for label in range(labels):
        rows = vectors[y == label]
        if len(rows) > count:
            _centers, picked = kmeans_plusplus(rows, n_clusters=count, random_state=seed)
            rows = rows[np.sort(picked)]
        out.append(rows.astype(np.float16))
    return out


def familiarity_of(exemplars: list[np.ndarray], vectors: np.ndarray, labels: np.ndarray):
    """Per row, the largest similarity to the kept rows of the row's given label."""
    out = np.full(len(vectors), -1.0)
    for label in np.unique(labels):
        kept = exemplars[label] if label < len(exemplars) else np.zeros((0, vectors.shape[1]))
        if len(kept):
            rows = labels == label
            out[rows] = (vectors[rows] @ kept.astype(np.float32).T).max(axis=1)
    return out


def _validation_folds(labels: np.ndarray, folds: int, seed: int):
    """Stratified folds over the labels with at least two examples; singleton labels always
    stay in the training part (they are learned, never validated)."""
    from sklearn.model_selection import StratifiedKFold

    counts = Counter(labels.tolist())
    eligible = np.array([counts[label] >= 2 for label in labels])
    eligible_counts = [c for c in counts.values() if c >= 2]
    if len(eligible_counts) < 2:
        return [], int((~eligible).sum())
    k = min(folds, min(eligible_counts))
    idx_eligible = np.flatnonzero(eligible)
    idx_always_train = np.flatnonzero(~eligible)
    splitter = StratifiedKFold(n_splits=k, shuffle=True, random_state=seed)
    result = []
    for train, test in splitter.split(idx_eligible, labels[idx_eligible]):
        result.append((np.concatenate([idx_eligible[train], idx_always_train]), idx_eligible[test]))
    return result, int((~eligible).sum())


def model_train(
    *,
    texts: list[str],
    labels: list[str],
    risky_labels: set[str] | None = None,
    folds: int | None = None,
    target_accuracy: float = TARGET_ACCEPTED_ACCURACY,
    seed: int = 0,
    embedding_weight: float = EMBEDDING_WEIGHT,
    vectors: np.ndarray | None = None,
    progress=None,
) -> TrainingResult:
    """Validate out-of-fold, calibrate, choose thresholds, then fit the final model on all data.

    risky_labels: labels whose examples must never be auto-sent (high-risk or unmapped); used
    to choose the auto-send threshold. None: every label is treated as low-risk.
    embedding_weight: scale of the sentence-embedding block (0: TF-IDF only). vectors: the
    texts' embeddings if already computed; otherwise computed once here (timed in `seconds`).
    """
    from scipy.special import softmax
    from sklearn.metrics import f1_score

    started = time.perf_counter()
    if len(texts) != len(labels):
        raise TrainingError("texts and labels differ in length")
    label_set = sorted(set(labels))
    if len(label_set) < 2:
        raise TrainingError(f"need at least two labels to train, got {label_set}")
    say = progress or (lambda message: None)
    x = np.array(texts, dtype=object)
    y_names = np.array(labels, dtype=object)
    index = {label: i for i, label in enumerate(label_set)}
    y = np.array([index[label] for label in labels])
    risky = np.array([label in (risky_labels or set()) for label in label_set])
    warnings: list[str] = []
    if embedding_weight:
        if vectors is None:
            say(f"embedding {len(texts)} texts")
            vectors = texts_embed(list(texts))
        vectors = np.asarray(vectors, dtype=np.float32).reshape(len(texts), DIMENSIONS)

    def fit(index: np.ndarray) -> Pipeline:
        part = vectors[index] if embedding_weight else None
        return pipeline_fit(texts=x[index], y=y[index], vectors=part, weight=embedding_weight)

    if folds is None:
        folds = LARGE_SET_FOLDS if len(texts) >= LARGE_SET else VALIDATION_FOLDS
    fold_list, unvalidated = _validation_folds(y_names, folds, seed)
    if unvalidated:
        warnings.append(
            f"{unvalidated} example(s) belong to labels with a single example: trained on, "
            "not validated"
        )
    oof = np.full((len(texts), len(label_set)), np.nan)
    # Per fold: its validation rows and the exemplars kept from its training part.
    fold_exemplars: list[tuple[np.ndarray, list[np.ndarray]]] = []
    validated = np.zeros(len(texts), dtype=bool)
    for number, (train_idx, test_idx) in enumerate(fold_list, start=1):
        say(f"validation fold {number}/{len(fold_list)}")
        pipeline = fit(train_idx)
        fold_scores = scores_compute(
            pipeline,
            list(x[test_idx]),
            vectors[test_idx] if embedding_weight else None,
            embedding_weight,
        )
        # A fold may not contain every label; absent labels get a score no class can lose to.
        full = np.full((len(test_idx), len(label_set)), -1e3)
        full[:, pipeline.classes_] = fold_scores
        oof[test_idx] = full
        validated[test_idx] = True
        if embedding_weight:
            fold_exemplars.append(
                (
                    test_idx,
                    exemplars_pick(
                        vectors[train_idx],
                        y[train_idx],
                        labels=len(label_set),
                        count=EXEMPLARS_PER_LABEL,
                        seed=seed,
                    ),
                )
            )

    scores: dict = {"labels": len(label_set), "training_examples": len(texts)}
    if validated.sum() >= 2:
        v_scores = oof[validated]
        v_true = y[validated]
        temperature = temperature_fit(v_scores, v_true)
        raw_probs = softmax(v_scores, axis=1)
        probs = softmax(v_scores / temperature, axis=1)
        predicted = probs.argmax(axis=1)
        confidence = probs.max(axis=1)
        correct = predicted == v_true
        ece_raw, _ = expected_calibration_error(raw_probs.max(axis=1), correct)
        ece, reliability = expected_calibration_error(confidence, correct)
        threshold = threshold_choose(confidence, correct, target=target_accuracy)
        auto_threshold = auto_send_threshold_choose(
            confidence, risky[predicted], risky[v_true], threshold=threshold
        )
        accepted = confidence >= threshold
        familiarity_bar = None
        if fold_exemplars:
            familiar = np.full(len(texts), np.nan)
            predicted_all = np.full(len(texts), -1)
            predicted_all[validated] = predicted
            for test_idx, kept in fold_exemplars:
                familiar[test_idx] = familiarity_of(
                    kept, vectors[test_idx], predicted_all[test_idx]
                )
            right = familiar[validated][correct]
            if len(right):
                familiarity_bar = round(float(np.quantile(right, FAMILIARITY_QUANTILE)), 4)
        scores.update(
            {
                "method": f"{len(fold_list)}-fold stratified out-of-fold",
                "validated_examples": int(validated.sum()),
                "accuracy": round(float(correct.mean()), 4),
                "macro_f1": round(float(f1_score(v_true, predicted, average="macro")), 4),
                "temperature": round(temperature, 4),
                "ece_uncalibrated": round(float(ece_raw), 4),
                "ece": round(float(ece), 4),
                "reliability": reliability,
                "target_accepted_accuracy": target_accuracy,
                "threshold": round(threshold, 4),
                "accepted_share": round(float(accepted.mean()), 4),
                "accepted_accuracy": round(float(correct[accepted].mean()), 4)
                if accepted.any()
                else None,
                "auto_send_threshold": auto_threshold,
                "familiarity_bar": familiarity_bar,
            }
        )
    else:
        familiarity_bar = None
        temperature = 1.0
        threshold = TRIAGE_FLOOR
        auto_threshold = None
        warnings.append(
            "too few examples per label to validate: threshold set to the floor "
            f"({TRIAGE_FLOOR}), auto-send never allowed"
        )
        scores.update({"method": "none (too few examples per label)"})
    say("fitting the final model on all examples")
    pipeline = fit(np.arange(len(texts)))
    model = TrainedModel(
        pipeline=pipeline,
        labels=label_set,
        temperature=float(temperature),
        embedding_weight=float(embedding_weight),
        exemplars=exemplars_pick(
            vectors, y, labels=len(label_set), count=EXEMPLARS_PER_LABEL, seed=seed
        )
        if embedding_weight
        else None,
        familiarity_bar=familiarity_bar,
    )
    return TrainingResult(
        model=model,
        threshold=float(threshold),
        auto_send_threshold=auto_threshold,
        scores=scores,
        seconds=time.perf_counter() - started,
        warnings=warnings,
    )
