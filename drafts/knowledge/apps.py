from django.apps import AppConfig


class KnowledgeConfig(AppConfig):
    """The policy knowledge base: versioned documents, immutable fragments, retrieval."""

    name = "drafts.knowledge"
    label = "knowledge"
    verbose_name = "Policy knowledge base"

    def ready(self) -> None:
        from audit.names import register

        register(
            "knowledge.policy_version_created",
            "Policy version created (edit in the admin or import); its fragments are immutable",
        )
