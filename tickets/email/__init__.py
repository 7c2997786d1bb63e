"""Inbound email: raw bytes -> InboundMessage (parsing), new text only (replies), auto-reply and
bounce detection (autoreplies), mailbox files (mailboxes), and the one intake path every email
takes, from a file or a webhook (services)."""
