"""The one shape every channel parses into before intake: an InboundMessage."""

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class InboundAttachment:
    filename: str
    content_type: str
    content: bytes


@dataclass
class InboundMessage:
    from_address: str
    subject: str = ""
    body_text: str = ""  # the new text, quotes and signature stripped
    full_text: str = ""  # the whole text part as received
    body_html: str = ""  # untrusted; intake sanitizes it
    from_name: str = ""
    message_id: str = ""
    in_reply_to: str = ""
    references: list[str] = field(default_factory=list)
    attachments: list[InboundAttachment] = field(default_factory=list)
    sent_at: dt.datetime | None = None
    auto_reply_reason: str = ""  # non-empty: an auto-reply or bounce, opens nothing
    warnings: list[str] = field(default_factory=list)
    # Set when the channel names the ticket explicitly (API "add a message to ticket N").
    ticket_id: int | None = None
    # Customer facts a channel may carry (the API does; email does not).
    customer_name: str = ""
    customer_external_id: str = ""
    customer_fields: dict = field(default_factory=dict)
