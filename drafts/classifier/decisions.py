"""Score the whole decision on a labelled file, as the pipeline would take it: per row the class
model's prediction (loaded_predict, as the offline provider calls it), the detectors and the
risk layer (the classify stage's own functions), then the current rule set and the auto-send
check (routing's evaluator). Nothing here re-implements a rule.

What a file row cannot tell (the customer's account, the draft, the thread) is set to the most
permissive value, so "could be auto-sent" is an upper bound: a known customer, a clean draft, a
first message, and auto-send switched on with full evidence for every low-risk class.
"""

from __future__ import annotations

import numpy as np

from drafts.risk.encoder import texts_embed
from drafts.risk.scoring import heads_assess_many, heads_get
from drafts.stages import reading_facts, reading_text, text_read
from routing.evaluation import autosend_decide, evaluate, ruleset_compile
from routing.models import AutoSendPolicy
from routing.selectors import autosend_policy_as_dict, ruleset_snapshot_live
from tickets.models import RequestClass

from .history import HistoryRow
from .services import LoadedVersion, loaded_predict_many

# Rows scored together by evaluate: one encoder call, one TF-IDF transform and the heads' matrix
# products per this many rows.
SCORE_BATCH = 512


def _policy_on(policy: dict | None, *, slug: str, risk: str) -> dict:
    """The class's policy (or the defaults) switched on with its evidence fully met."""
    base = policy or {
        "request_class": slug,
        "class_risk": risk,
        "min_confidence": 0.9,
        "evidence_window": 50,
        "min_acceptance": 0.9,
        "max_correction_rate": 0.05,
        "hold_minutes": 10,
    }
    window = base["evidence_window"]
    return {
        **base,
        "enabled": True,
        "suspended": False,
        "reviewed": window,
        "accepted": window,
        "corrections": 0,
    }


def decisions_evaluate(
    *,
    loaded: LoadedVersion,
    rows: list[HistoryRow],
    true_risks: list[str | None],
) -> dict:
    """Per row: class, risk kinds and scores, detector signals, reaches a human (the rules or an
    invariant ask for one), could be auto-sent. And the figures over the file."""
    risk_by_slug = dict(RequestClass.objects.values_list("slug", "risk"))
    quiet_waits = set(
        RequestClass.objects.filter(quiet_waits_for_review=True).values_list("slug", flat=True)
    )
    policies = {
        p.request_class.slug: autosend_policy_as_dict(policy=p)
        for p in AutoSendPolicy.objects.select_related("request_class")
    }
    ruleset = ruleset_compile(ruleset_snapshot_live())
    heads = heads_get()
    # The class model and the risk layer score the rows in batches, as a pipeline chunk does
    # (loaded_predict_many, heads_assess_many: the live stage's own functions).
    predictions, risks = [], []
    # Each row's (subject, text) as the stages read it (drafts.stages.reading_text: without a
    # trailing footer).
    items = [(row.subject, reading_text(row.text)) for row in rows]
    for start in range(0, len(rows), SCORE_BATCH):
        part = items[start : start + SCORE_BATCH]
        texts = [f"{subject}\n{text}" for subject, text in part]
        vectors = texts_embed(texts)
        predictions += loaded_predict_many(loaded=loaded, items=part, embeddings=vectors)
        risks += heads_assess_many(heads=heads, texts=texts, vectors=vectors)
    out_rows = []
    for row, (subject, text), prediction, risk, true_risk in zip(
        rows, items, predictions, risks, true_risks, strict=True
    ):
        detection, signals, evidence = text_read(subject=subject, text=text)
        slug = prediction.request_class_slug
        class_risk = risk_by_slug.get(slug, "") if slug else ""
        needs_triage = prediction.needs_triage or not class_risk
        facts = {
            **reading_facts(
                request_class_slug=slug or "",
                risk=class_risk,
                needs_triage=needs_triage,
                confidence=prediction.confidence,
                auto_send_confident=prediction.auto_send_confident and not needs_triage,
                signals=signals,
                risk_kinds=risk.over,
                risk_scores=risk.scores,
                risk_evidence=risk.evidence,
                unfamiliar=prediction.unfamiliar,
                injection_score=detection.injection_score,
                class_quiet_waits=slug in quiet_waits,
                frustration=detection.frustration,
                churn_risk=detection.churn_risk,
                disclaimed=bool(evidence.get("disclaimer")),
                routine_request=bool(evidence.get("routine_request")),
                delivery_change=bool(evidence.get("delivery_change")),
            ),
            "known_customer": True,
            "account_inconsistency_count": 0,
            "customer_tier": "",
            "customer_plan": "",
            "required_account_data_present": True,
            "customer_messages_in_thread": 1,
            "hours_open": 0.0,
            "reopen_count": 0,
            "top_retrieval_score": 1.0,
            "draft_cites_only_retrieved": True,
            "draft_cited_policies": [],
            "has_draft": True,
            "channel": "email",
            "language": detection.language,
            "frustration": detection.frustration,
            "churn_risk": detection.churn_risk,
            "message_text": row.text[:5000],
            "subject": row.subject,
        }
        decision = evaluate(facts, ruleset, explain=False)
        auto = (
            autosend_decide(
                decision=decision,
                facts=facts,
                policy=_policy_on(policies.get(slug), slug=slug, risk=class_risk) if slug else None,
            )
            if class_risk == "low"
            else None
        )
        out_rows.append(
            {
                "line": row.line,
                "label": row.label,
                "true_risk": true_risk,
                "request_class": slug,
                "confidence": prediction.confidence,
                "familiarity": prediction.familiarity,
                "unfamiliar": bool(prediction.unfamiliar),
                "needs_triage": needs_triage,
                "unfamiliar_quiet": facts["unfamiliar_quiet"],
                "class_reading_quiet": facts["class_reading_quiet"],
                "risk_kinds": risk.over,
                "risk_score": round(max(risk.scores.values()), 4),
                "risk_scores": {k: round(v, 4) for k, v in risk.scores.items()},
                "signals": sorted(k for k, v in signals.items() if v),
                "reaches_human": bool(decision.needs_human),
                "could_auto_send": bool(auto and auto.allowed),
                "why": list(decision.reasons)[:3] or ([auto.reason] if auto else []),
            }
        )
    high = np.array([r["true_risk"] == "high" for r in out_rows], dtype=bool)
    low = np.array([r["true_risk"] == "low" for r in out_rows], dtype=bool)
    human = np.array([r["reaches_human"] for r in out_rows], dtype=bool)
    auto = np.array([r["could_auto_send"] for r in out_rows], dtype=bool)

    def rate(a: np.ndarray, b: np.ndarray) -> float | None:
        return round(int(a.sum()) / int(b.sum()), 4) if b.sum() else None

    return {
        "assumptions": "known customer, clean draft, first message; auto-send on with full "
        "evidence for every low-risk class (an upper bound on auto-send)",
        "high_risk_examples": int(high.sum()),
        "high_risk_reaching_human": int((high & human).sum()),
        "high_risk_recall": rate(high & human, high),
        "low_risk_examples": int(low.sum()),
        "low_risk_escalated": int((low & human).sum()),
        "false_escalation_rate": rate(low & human, low),
        "high_risk_auto_sendable": int((high & auto).sum()),
        "high_risk_auto_sendable_lines": [
            r["line"] for r in out_rows if r["true_risk"] == "high" and r["could_auto_send"]
        ][:50],
        "low_risk_auto_sendable": int((low & auto).sum()),
        "rows": out_rows,
    }
