from django.apps import AppConfig


class ClassifierConfig(AppConfig):
    """The trainable offline classifier: labeled examples, versioned model artifacts."""

    name = "drafts.classifier"
    label = "classifier"

    def ready(self) -> None:
        from audit.names import register

        register("classifier.history_imported", "Labeled history imported for the classifier")
        register("classifier.label_map_stored", "Classifier label map stored")
        register("classifier.trained", "Classifier version trained")
        register("classifier.activated", "Classifier version activated (or rolled back to)")
