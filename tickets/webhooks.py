"""Inbound email from providers' webhooks (django-anymail). Anymail verifies the request
(basic auth, and the provider's signature where there is one) and rejects a bad one with 400
before this runs; the receiver takes the message's MIME bytes through the same intake as
import_email, so both ways in share one parser."""

import logging

from anymail.signals import AnymailInboundEvent

from tickets.email.parsing import message_bytes
from tickets.email.services import email_receive

logger = logging.getLogger(__name__)


def inbound_email_received(sender, event: AnymailInboundEvent, esp_name: str, **kwargs) -> None:
    """Receiver for anymail's `inbound` signal. An exception here becomes a 500, and the
    provider retries later; that happens only if the raw record cannot be stored."""
    # Anymail parsed the provider's raw MIME; regenerate it as leniently as needed (if even
    # that fails, the 500 makes the provider retry).
    content = message_bytes(event.message, strict=True)
    source = f"webhook:{esp_name}"
    if event.event_id:
        source += f":{event.event_id}"
    result = email_receive(content=content, source=source)
    logger.info(
        "inbound email via %s: %s (raw %s, ticket %s) %s",
        esp_name,
        result.outcome,
        result.raw_id,
        result.ticket_id,
        result.detail,
    )
