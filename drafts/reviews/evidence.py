"""The auto-send evidence a class earns from its reviewed drafts: recounted after each decision
(drafts.evidence_refresh) and handed to routing, which suspends auto-send when it slips."""

from __future__ import annotations

from routing.models import AutoSendPolicy
from routing.services import autosend_evidence_update
from tickets.models import RequestClass

from ..models import REVIEWED_ACTIONS, OutboundReply, Review, SendStatus
from ..publish import task_publish_on_commit


def evidence_enqueue(*, request_class_id: int | None) -> None:
    """After the decision commits, recompute the class's evidence (drafts.evidence_refresh).
    Not in the deciding transaction: the policy row lock would serialise every approval of a
    class, and the recount from scratch makes a late or repeated refresh harmless (also one
    lost to a broker outage: the class's next decision recounts)."""
    if request_class_id is None:
        return
    task_publish_on_commit("drafts.evidence_refresh", request_class_id)


def evidence_feed(*, request_class_id: int | None) -> None:
    """Recompute the class's auto-send evidence over its last N reviewed drafts and hand it to
    routing (which suspends auto-send when it slips). Idempotent: counts from the reviews."""
    if request_class_id is None:
        return
    window = (
        AutoSendPolicy.objects.filter(request_class_id=request_class_id)
        .values_list("evidence_window", flat=True)
        .first()
    ) or AutoSendPolicy._meta.get_field("evidence_window").default
    rows = list(
        Review.objects.filter(request_class_id=request_class_id, action__in=REVIEWED_ACTIONS)
        .order_by("-id")
        .values_list("id", "accepted_unchanged")[:window]
    )
    ids = [pk for pk, _ in rows]
    corrected = (
        OutboundReply.objects.filter(is_correction=True, corrects__review_id__in=ids)
        .exclude(status=SendStatus.CANCELLED)
        .values("corrects_id")
        .distinct()
        .count()
        if ids
        else 0
    )
    slug = RequestClass.objects.filter(pk=request_class_id).values_list("slug", flat=True).get()
    autosend_evidence_update(
        request_class_slug=slug,
        reviewed=len(rows),
        accepted=sum(1 for _, accepted in rows if accepted),
        corrections=corrected,
    )
