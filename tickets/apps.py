from django.apps import AppConfig


class TicketsConfig(AppConfig):
    name = "tickets"

    def ready(self) -> None:
        from anymail.signals import inbound

        from .webhooks import inbound_email_received

        inbound.connect(inbound_email_received, dispatch_uid="tickets.inbound_email")
