"""Starting pipeline runs outside intake: whether the pipeline is busy with a ticket, a run an
agent asked for (regenerate), and publishing a run's stage task. Below drafts.services (the
stage protocol) and drafts.reviews (the regenerate decision), which both use it."""

from django.db import transaction
from django.utils import timezone

from audit.services import event_record
from tickets.models import Message, MessageDirection, Ticket

from .models import PipelineRun, RunStatus, Stage
from .publish import task_publish_on_commit

STAGE_TASK_NAMES = {
    Stage.CLASSIFY: "drafts.pipeline_classify",
    Stage.CONTEXT: "drafts.pipeline_context",
    Stage.DRAFT: "drafts.pipeline_draft",
    Stage.ROUTE: "drafts.pipeline_route",
    Stage.DONE: None,
}


def stage_publish(run_id: int, stage: str) -> None:
    """Publish the stage's task for the run after commit (nothing for a finished run). A lost
    publish (broker down) is picked up by the sweeper (drafts.services.pipeline_sweep)."""
    name = STAGE_TASK_NAMES.get(stage)
    if name is not None:
        task_publish_on_commit(name, run_id)


def pipeline_busy(ticket_id: int) -> bool:
    """Whether the pipeline is working on the ticket or about to: a run pending or running, or
    a customer message intake marked pipeline_pending that the dispatcher has not turned into
    its run yet."""
    return (
        PipelineRun.objects.filter(
            ticket_id=ticket_id, status__in=[RunStatus.PENDING, RunStatus.RUNNING]
        ).exists()
        or Message.objects.filter(
            ticket_id=ticket_id, direction=MessageDirection.INBOUND, pipeline_pending=True
        ).exists()
    )


def pipeline_regenerate(*, ticket: Ticket, actor, instruction: str = "") -> PipelineRun:
    """Draft again for the ticket's latest customer message, keeping its classification and
    context stage inputs fresh: the run starts at the context stage with the last run's
    normalized attributes."""
    with transaction.atomic():
        ticket = Ticket.objects.select_for_update().get(pk=ticket.pk)
        previous = (
            PipelineRun.objects.filter(ticket=ticket)
            .exclude(stage=Stage.CLASSIFY)
            .order_by("-id")
            .first()
        )
        if previous is None:
            raise ValueError("This ticket has no classified message to draft for yet.")
        copied = {
            field: getattr(previous, field)
            for field in [
                "request_class_id",
                "predicted_label",
                "risk",
                "urgency",
                "product_area",
                "frustration",
                "churn_risk",
                "language",
                "confidence",
                "needs_triage",
                "unfamiliar",
                "injection_score",
                "signal_evidence",
                # The risk layer's reading: a regenerated draft is routed on it as the first was.
                "risk_scores",
                "risk_kinds",
                "risk_evidence",
                "provider",
                "model_name",
                *PipelineRun.SIGNAL_FIELDS,
            ]
        }
        from audit.snapshots import snapshot_current  # the stage work's imports: on first use

        run = PipelineRun.objects.create(
            ticket=ticket,
            message_id=previous.message_id,
            trigger="regenerate",
            snapshot=snapshot_current(),
            dispatched_at=timezone.now(),  # an agent asked: published directly below
            instruction=instruction[:2000],
            stage=Stage.CONTEXT,
            versions={
                k: v for k, v in previous.versions.items() if k in ("classifier", "prompt_classify")
            },
            **copied,
        )
        event_record(
            name="drafts.run_started",
            ticket_id=ticket.pk,
            actor=actor,
            payload={
                "run_id": run.pk,
                "message_id": previous.message_id,
                "trigger": "regenerate",
                "instruction": instruction,
            },
        )
        stage_publish(run.pk, Stage.CONTEXT)
    return run
