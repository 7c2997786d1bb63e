"""Reads the email intake needs: has this input been taken already?"""

from tickets.models import Channel, Message, MessageDirection, RawInbound


def raw_email_previous(*, sha256: str) -> RawInbound | None:
    """The latest earlier receipt of exactly these bytes, if any."""
    return (
        RawInbound.objects.filter(sha256=sha256, channel=Channel.EMAIL)
        .defer("content")
        .order_by("-id")
        .first()
    )


def inbound_message_with_id(*, message_id: str) -> Message | None:
    return (
        Message.objects.filter(direction=MessageDirection.INBOUND, message_id=message_id[:998])
        .only("id", "ticket_id")
        .order_by("id")
        .first()
    )
