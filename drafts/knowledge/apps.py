from django.apps import AppConfig


class KnowledgeConfig(AppConfig):
    """The policy knowledge base: versioned documents, immutable fragments, retrieval."""

    name = "drafts.knowledge"
    label = "knowledge"
