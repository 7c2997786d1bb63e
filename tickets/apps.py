from django.apps import AppConfig


class TicketsConfig(AppConfig):
    name = "tickets"

    def ready(self) -> None:
        from anymail.signals import inbound

        from . import tasks  # noqa: F401 - registers the task notifications publishes by name
        from .webhooks import inbound_email_received

        inbound.connect(inbound_email_received, dispatch_uid="tickets.inbound_email")
