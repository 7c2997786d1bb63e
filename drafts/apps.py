from django.apps import AppConfig

from audit.names import register

EVENT_NAMES = {
    "drafts.run_started": "Pipeline run started for a customer message",
    "drafts.classified": "Message classified and normalized",
    "drafts.context_assembled": "Context assembled (thread, account, retrieval)",
    "drafts.draft_generated": "Draft generated with citations",
    "drafts.route_decided": "Route decided by the escalation rules",
    "drafts.stage_failed": "A pipeline stage failed (retrying, or sent to a human)",
    "drafts.prompt_changed": "A prompt template got a new version",
    "drafts.replay_ran": "Past tickets were replayed under the current configuration",
    "drafts.replay_promoted": "A replayed candidate was published (with any override reason)",
}


class DraftsConfig(AppConfig):
    name = "drafts"

    def ready(self) -> None:
        # Imported here, not at the top: apps.py is loaded before the models are ready.
        from tickets.services import pipeline_hook_register

        from . import tasks  # noqa: F401 - registers the tasks drafts.publish names
        from .dispatch import pipeline_dispatch_soon
        from .reviews.names import REVIEW_EVENT_NAMES

        for name, description in {**EVENT_NAMES, **REVIEW_EVENT_NAMES}.items():
            register(name, description)
        # How intake starts the pipeline: tickets calls this after committing messages.
        pipeline_hook_register(pipeline_dispatch_soon)
