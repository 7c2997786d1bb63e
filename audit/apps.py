from django.apps import AppConfig

EVENT_NAMES = {
    "audit.customer_erased": "A customer's personal data was erased (the event payloads it lists)",
}


class AuditConfig(AppConfig):
    name = "audit"
    verbose_name = "Event trail and configuration snapshots"

    def ready(self) -> None:
        from .names import register

        for name, description in EVENT_NAMES.items():
            register(name, description)
