from django.apps import AppConfig

EVENT_NAMES = {
    "drafts.run_started": "Pipeline run started for a customer message",
    "drafts.classified": "Message classified and normalized",
    "drafts.context_assembled": "Context assembled (thread, account, retrieval)",
    "drafts.draft_generated": "Draft generated with citations",
    "drafts.route_decided": "Route decided by the escalation rules",
    "drafts.stage_failed": "A pipeline stage failed (retrying, or sent to a human)",
    "drafts.prompt_changed": "A prompt template got a new version",
}


class DraftsConfig(AppConfig):
    name = "drafts"

    def ready(self) -> None:
        from audit.names import register

        from .reviews import REVIEW_EVENT_NAMES

        for name, description in {**EVENT_NAMES, **REVIEW_EVENT_NAMES}.items():
            register(name, description)
