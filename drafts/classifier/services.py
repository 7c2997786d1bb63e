"""Writes for the classifier (imports, label maps, training, activation) and the prediction API
the pipeline calls (`text_classify`)."""

from __future__ import annotations

import hashlib
import threading
from collections import Counter
from collections.abc import Callable
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from django.db import transaction
from django.db.models import Q

from audit.services import event_record
from drafts.batching import prefill, prefilled, scoped
from drafts.risk.encoder import texts_embed
from tickets.models import RequestClass, Risk

from .history import HistoryRow, history_file_open
from .labelmaps import label_map_read
from .models import (
    ClassifierVersion,
    ExampleSource,
    LabeledExample,
    LabelMapping,
    example_content_hash,
)
from .selectors import (
    active_version_id_get,
    agent_corrections_list,
    label_map_current,
    label_map_resolve,
    label_risks_get,
    risky_labels_get,
    training_set_get,
)
from .training import ALGORITHM, TrainedModel, TrainingError, example_text, model_train

IMPORT_BATCH = 1000
TOP_K = 3

Progress = Callable[[str], None]


def _quiet(message: str) -> None:
    pass


class NoActiveClassifier(RuntimeError):
    """No classifier version is active: train one (manage.py train_classifier)."""


# ---------------------------------------------------------------------------------------------
# Label maps


@dataclass
class LabelMapReport:
    stored: int = 0
    cleared: int = 0
    unknown_slugs: dict[str, str] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


@transaction.atomic
def label_map_store(*, labels: dict[str, str | None], actor=None) -> LabelMapReport:
    """Store label -> request class rows. A label mapped to null loses its mapping; a slug that
    names no request class is reported and not stored."""
    report = LabelMapReport()
    classes = {rc.slug: rc for rc in RequestClass.objects.all()}
    for label, slug in labels.items():
        if slug is None:
            report.cleared += LabelMapping.objects.filter(label=label).delete()[0]
            continue
        request_class = classes.get(slug)
        if request_class is None:
            report.unknown_slugs[label] = slug
            continue
        LabelMapping.objects.update_or_create(
            label=label, defaults={"request_class": request_class}
        )
        report.stored += 1
    event_record(
        name="classifier.label_map_stored",
        actor=actor,
        payload={
            "stored": report.stored,
            "cleared": report.cleared,
            "unknown_slugs": report.unknown_slugs,
        },
    )
    return report


# ---------------------------------------------------------------------------------------------
# History import


@dataclass
class ImportReport:
    path: str
    format: str = ""
    encoding: str = ""
    columns: dict[str, str] = field(default_factory=dict)
    unknown_columns: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    rows_read: int = 0
    created: int = 0
    duplicates: int = 0
    bad_rows: list[tuple[int, str]] = field(default_factory=list)
    warnings: list[tuple[int, str]] = field(default_factory=list)
    labels: Counter = field(default_factory=Counter)
    label_map: LabelMapReport | None = None


def _import_batch(batch: list[HistoryRow], *, source_file: str, report: ImportReport) -> None:
    keyed = {}
    for row in batch:
        content_hash = example_content_hash(subject=row.subject, text=row.text)
        key = (content_hash, row.label)
        if key in keyed:
            report.duplicates += 1
            continue
        keyed[key] = row
    existing = set(
        LabeledExample.objects.filter(
            source=ExampleSource.IMPORT, content_hash__in={h for h, _ in keyed}
        ).values_list("content_hash", "label")
    )
    new = []
    for (content_hash, label), row in keyed.items():
        if (content_hash, label) in existing:
            report.duplicates += 1
            continue
        new.append(
            LabeledExample(
                text=row.text,
                subject=row.subject,
                label=label,
                customer_email=row.customer_email,
                created_at=row.created_at,
                resolution=row.resolution,
                source=ExampleSource.IMPORT,
                source_file=source_file[-500:],
                source_line=row.line,
                content_hash=content_hash,
            )
        )
        report.labels[label] += 1
    # ignore_conflicts: a concurrent import of the same file must not fail the whole batch.
    LabeledExample.objects.bulk_create(new, ignore_conflicts=True)
    report.created += len(new)


def examples_import(
    *,
    path: str | Path,
    label_map_path: str | Path | None = None,
    text_column: str = "",
    label_column: str = "",
    encoding: str = "",
    actor=None,
    progress: Progress = _quiet,
) -> ImportReport:
    """Import a CSV/JSONL history file as labeled examples (and its label map, if given).

    Rows already imported (same text and label) are skipped, so re-running is safe. Each batch
    commits on its own: an interrupted import keeps what it stored, and a re-run completes it.
    Raises HistoryFileError / LabelMapError when the file as a whole is unusable.
    """
    report = ImportReport(path=str(path))
    map_file = label_map_read(path=label_map_path) if label_map_path else None
    history = history_file_open(
        path=path, text_column=text_column, label_column=label_column, encoding=encoding
    )
    report.format, report.encoding = history.format, history.encoding
    report.columns, report.unknown_columns = history.columns, history.unknown_columns
    report.notes = history.notes
    batch: list[HistoryRow] = []
    for item in history:
        if not isinstance(item, HistoryRow):
            report.bad_rows.append((item.line, item.reason))
            continue
        report.rows_read += 1
        report.warnings.extend((item.line, warning) for warning in item.warnings)
        batch.append(item)
        if len(batch) >= IMPORT_BATCH:
            with transaction.atomic():
                _import_batch(batch, source_file=str(path), report=report)
            progress(f"{report.rows_read} rows read, {report.created} new")
            batch = []
    with transaction.atomic():
        if batch:
            _import_batch(batch, source_file=str(path), report=report)
        if map_file is not None:
            report.label_map = label_map_store(labels=map_file.labels, actor=actor)
            report.label_map.problems = map_file.problems
        event_record(
            name="classifier.history_imported",
            actor=actor,
            payload={
                "path": str(path),
                "rows_read": report.rows_read,
                "created": report.created,
                "duplicates": report.duplicates,
                "bad_rows": len(report.bad_rows),
                "unknown_columns": report.unknown_columns,
            },
        )
    return report


# ---------------------------------------------------------------------------------------------
# Training and activation


@transaction.atomic
def agent_corrections_sync() -> int:
    """Make every agent-corrected ticket a labeled example (source=agent), one row per ticket,
    following later corrections. Idempotent. Returns how many rows were created or changed."""
    changed = 0
    # Agents correct to a request class; train under the team's own label for that class when
    # exactly one label maps to it, so the correction strengthens that label instead of
    # starting a rival one. Otherwise the class slug is the label.
    labels_by_slug: dict[str, list[str]] = {}
    for label, slug in label_map_current().items():
        labels_by_slug.setdefault(slug, []).append(label)
    existing = {
        row.ticket_id: row for row in LabeledExample.objects.filter(source=ExampleSource.AGENT)
    }
    for correction in agent_corrections_list():
        content_hash = example_content_hash(subject=correction.subject, text=correction.text)
        team_labels = labels_by_slug.get(correction.label, [])
        label = team_labels[0] if len(team_labels) == 1 else correction.label
        row = existing.get(correction.ticket_id)
        if row is None:
            LabeledExample.objects.create(
                ticket_id=correction.ticket_id,
                text=correction.text,
                subject=correction.subject[:500],
                label=label,
                source=ExampleSource.AGENT,
                source_file=f"ticket {correction.ticket_id}",
                content_hash=content_hash,
            )
            changed += 1
        elif (row.label, row.content_hash) != (label, content_hash):
            row.label, row.content_hash = label, content_hash
            row.text, row.subject = correction.text, correction.subject[:500]
            row.save(update_fields=["label", "content_hash", "text", "subject"])
            changed += 1
    return changed


@dataclass
class TrainReport:
    version: ClassifierVersion
    imported: int
    agent: int
    overridden: int
    agent_synced: int
    unmapped_labels: list[str]
    warnings: list[str]


def classifier_train(
    *, actor=None, activate: bool = True, progress: Progress = _quiet
) -> TrainReport:
    """Train on imported examples plus agent corrections, store a new version and (by default)
    activate it. Training runs outside any transaction (it takes seconds to a minute); the
    version row and its activation are written together afterwards. Raises TrainingError when
    there is nothing (or too little) to train on."""
    synced = agent_corrections_sync()
    progress(f"agent corrections synced: {synced} new or changed")
    data = training_set_get()
    if not data.texts:
        raise TrainingError("no labeled examples: run import_history first")
    progress(
        f"training on {len(data.texts)} examples ({data.imported} imported, {data.agent} agent "
        f"corrections; {data.overridden} imported labels overridden by agents)"
    )
    label_map = label_map_resolve(labels=set(data.labels), mapping=label_map_current())
    result = model_train(
        texts=data.texts,
        labels=data.labels,
        risky_labels=risky_labels_get(label_map=label_map),
        progress=progress,
    )
    artifact = result.model.to_bytes()
    with transaction.atomic():
        version = ClassifierVersion.objects.create(
            artifact=artifact,
            artifact_sha256=hashlib.sha256(artifact).hexdigest(),
            algorithm=ALGORITHM,
            training_size=len(data.texts),
            labels=result.model.labels,
            label_map=label_map,
            scores=result.scores | {"warnings": result.warnings},
            threshold=result.threshold,
            auto_send_threshold=result.auto_send_threshold,
            training_seconds=round(result.seconds, 3),
        )
        event_record(
            name="classifier.trained",
            actor=actor,
            payload={
                "version": version.pk,
                "training_size": version.training_size,
                "labels": len(version.labels),
                "accuracy": result.scores.get("accuracy"),
                "threshold": version.threshold,
            },
            versions={"classifier": version.pk},
        )
        if activate:
            classifier_version_activate(version=version, actor=actor)
    return TrainReport(
        version=version,
        imported=data.imported,
        agent=data.agent,
        overridden=data.overridden,
        agent_synced=synced,
        unmapped_labels=sorted(label for label, slug in label_map.items() if slug is None),
        warnings=result.warnings,
    )


@transaction.atomic
def classifier_version_activate(*, version: ClassifierVersion, actor=None) -> ClassifierVersion:
    """Make `version` the one active version (also how a rollback is done). Locks the active
    row so two activations cannot both win; the unique constraint backs this up."""
    current = list(ClassifierVersion.objects.select_for_update().filter(is_active=True).only("id"))
    previous = current[0].pk if current else None
    if previous == version.pk:
        return version
    ClassifierVersion.objects.filter(is_active=True).update(is_active=False)
    ClassifierVersion.objects.filter(pk=version.pk).update(is_active=True)
    version.is_active = True
    event_record(
        name="classifier.activated",
        actor=actor,
        payload={"version": version.pk, "previous": previous},
        versions={"classifier": version.pk},
    )
    return version


# ---------------------------------------------------------------------------------------------
# Prediction


@dataclass(frozen=True)
class Alternative:
    label: str
    request_class_slug: str | None
    confidence: float


@dataclass(frozen=True)
class Prediction:
    label: str
    request_class_slug: str | None
    confidence: float
    needs_triage: bool
    version_id: int
    alternatives: list[Alternative]
    # Confidence clears this version's auto-send bar and the label maps to a low-risk class.
    # Routing still decides (class auto-send switch, rules); this is only the classifier's part.
    auto_send_confident: bool = False
    # The message's largest similarity to the class's kept training messages (None: the model
    # keeps none); auto_send_confident already requires it to reach the model's bar.
    familiarity: float | None = None
    # Familiarity under the model's bar: text unlike anything the team's history holds.
    unfamiliar: bool = False


@dataclass
class LoadedVersion:
    version_id: int
    model: TrainedModel
    label_map: dict[str, str | None]
    label_risks: dict[str, str | None]
    threshold: float
    auto_send_threshold: float | None


_loaded: LoadedVersion | None = None
_load_lock = threading.Lock()


def version_load(*, version: ClassifierVersion) -> LoadedVersion:
    """Unpickle a version's artifact (trusted: see models.ClassifierVersion.artifact)."""
    return LoadedVersion(
        version_id=version.pk,
        model=TrainedModel.from_bytes(bytes(version.artifact)),
        label_map=dict(version.label_map),
        label_risks=label_risks_get(label_map=dict(version.label_map)),
        threshold=version.threshold,
        auto_send_threshold=version.auto_send_threshold,
    )


# A replay of a challenger (drafts/replay.py) classifies with that version in its own context
# only; every other caller, in this process and elsewhere, keeps the active one.
_candidate: ContextVar[LoadedVersion | None] = ContextVar("classifier_candidate", default=None)


@contextmanager
def classifier_candidate_use(*, version: ClassifierVersion):
    """Within the block (this thread or task only), text_classify uses `version`."""
    token = _candidate.set(version_load(version=version))
    try:
        yield
    finally:
        _candidate.reset(token)


def _active_loaded() -> LoadedVersion:
    global _loaded
    candidate = _candidate.get()
    if candidate is not None:
        return candidate
    active_id = active_version_id_get()
    if active_id is None:
        raise NoActiveClassifier("no active classifier version: run manage.py train_classifier")
    loaded = _loaded
    if loaded is not None and loaded.version_id == active_id:
        return loaded
    with _load_lock:
        if _loaded is None or _loaded.version_id != active_id:
            # Keep only the active model in memory; a rollback swaps it on the next call.
            _loaded = version_load(version=ClassifierVersion.objects.get(pk=active_id))
        return _loaded


def auto_send_threshold_get() -> float | None:
    """The confidence at which the active class model's reading is trusted to auto-send (None:
    never, or no model)."""
    try:
        return _active_loaded().auto_send_threshold
    except NoActiveClassifier:
        return None


def loaded_predict(
    *, loaded: LoadedVersion, text: str, subject: str = "", embedding=None
) -> Prediction:
    """Predict with an already loaded version (no database access). embedding: the message's
    sentence embedding if the caller has it (the classify stage shares the risk layer's);
    computed here when the model needs it and none is given."""
    return loaded_predict_many(
        loaded=loaded,
        items=[(subject, text)],
        embeddings=None if embedding is None else np.asarray(embedding).reshape(1, -1),
    )[0]


def loaded_predict_many(
    *, loaded: LoadedVersion, items: list[tuple[str, str]], embeddings=None
) -> list[Prediction]:
    """loaded_predict for many (subject, text) pairs in one pass (a chunk of tickets: one
    TF-IDF transform and one matrix product for all of them). embeddings: one row per item,
    or None."""
    if not items:
        return []
    combined = [example_text(subject=subject, text=text) for subject, text in items]
    model = loaded.model
    vectors = None if embeddings is None else np.asarray(embeddings).reshape(len(items), -1)
    if vectors is None and model.uses_embeddings:
        vectors = texts_embed(combined)
    probs = model.probabilities(combined, vectors)
    orders = np.argsort(-probs, axis=1)[:, :TOP_K]
    familiarities = model.familiarities([int(order[0]) for order in orders], vectors)
    return [
        _prediction(loaded, text, row_probs, order, familiarity)
        for text, row_probs, order, familiarity in zip(
            combined, probs, orders, familiarities, strict=True
        )
    ]


def _prediction(
    loaded: LoadedVersion, combined: str, probs: np.ndarray, order: np.ndarray, familiarity
) -> Prediction:
    model = loaded.model
    labels = model.labels
    best = labels[order[0]]
    confidence = float(probs[order[0]])
    auto = (
        bool(combined.strip())
        and loaded.auto_send_threshold is not None
        and confidence >= loaded.auto_send_threshold
        and loaded.label_risks.get(best) == Risk.LOW
        # Unlike every message of the class the model was trained on: never auto-sent.
        and (model.familiarity_bar is None or (familiarity or -1.0) >= model.familiarity_bar)
    )
    return Prediction(
        label=best,
        request_class_slug=loaded.label_map.get(best),
        confidence=round(confidence, 4),
        # Nothing to read is never a confident guess, whatever the intercepts say.
        needs_triage=confidence < loaded.threshold or not combined.strip(),
        version_id=loaded.version_id,
        alternatives=[
            Alternative(
                label=labels[i],
                request_class_slug=loaded.label_map.get(labels[i]),
                confidence=round(float(probs[i]), 4),
            )
            for i in order[1:]
        ],
        auto_send_confident=auto,
        familiarity=None if familiarity is None else round(familiarity, 4),
        unfamiliar=(
            model.familiarity_bar is not None
            and familiarity is not None
            and familiarity < model.familiarity_bar
        ),
    )


def text_classify(*, text: str, subject: str = "", embedding=None) -> Prediction:
    """Classify one message with the active version. One small query per call (the active id),
    so a rollback on any machine is followed at once; the model itself is loaded once per
    process per version. Raises NoActiveClassifier when no version is active. Inside a
    drafts.batching scope, a prediction texts_classify_prepare made for the chunk is used."""
    loaded = _active_loaded()
    prepared = prefilled(("classify", loaded.version_id, subject, text))
    if prepared is not None:
        return prepared
    return loaded_predict(loaded=loaded, text=text, subject=subject, embedding=embedding)


def texts_classify_prepare(*, items: list[tuple[str, str]], embeddings) -> None:
    """Inside a drafts.batching scope: predict a chunk's (subject, text) pairs in one pass
    (loaded_predict_many) for text_classify to use. No-op outside a scope or without an
    active classifier (text_classify then says so itself)."""
    if not scoped() or not items:
        return
    try:
        loaded = _active_loaded()
    except NoActiveClassifier:
        return
    predictions = loaded_predict_many(loaded=loaded, items=items, embeddings=embeddings)
    for (subject, text), prediction in zip(items, predictions, strict=True):
        prefill(("classify", loaded.version_id, subject, text), prediction)


def customer_data_erase(*, email: str, ticket_ids: list[int]) -> int:
    """Delete the labeled examples taken from one customer (by address or ticket): a label
    without its text is no label. Returns how many went; the trained vocabulary keeps their
    words until the classifier is retrained. Call inside the erasure's transaction."""
    return LabeledExample.objects.filter(
        Q(customer_email__iexact=email) | Q(ticket_id__in=ticket_ids)
    ).delete()[0]
