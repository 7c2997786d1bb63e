from django.apps import AppConfig

EVENT_NAMES = {
    "metrics.baseline_set": "A lead set the configured baseline handle time of a request class",
    "metrics.rollups_refreshed": "The metrics rollups were rebuilt (weeks covered, rows, time)",
}


class MetricsConfig(AppConfig):
    name = "audit.metrics"
    label = "metrics"
    verbose_name = "Metrics dashboard"

    def ready(self) -> None:
        from audit.names import register

        for name, description in EVENT_NAMES.items():
            register(name, description)
