from django.apps import AppConfig


class ClassifierConfig(AppConfig):
    """The trainable offline classifier: labeled examples, versioned model artifacts."""

    name = "drafts.classifier"
    label = "classifier"
