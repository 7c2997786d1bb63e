"""The review queue's writes: what an agent (or the auto-send policy) decides about a ticket
and its draft. By concept:

- decisions.py: approve, edit and send, write a reply without a draft, reject, escalate,
  regenerate, reclassify, resolve, reopen; each a Decision (check() then execute(), records.py)
- bulk.py: the inbox's bulk resolve, escalate and change class, ticket by ticket
- corrections.py: correcting a reply the customer already received
- autosend.py: holding an allowed draft as a reply, and stopping it
- evidence.py: the class's auto-send evidence, recounted after each decision
- clock.py: when the agent started looking (their claim, or their pane's signed render time)
- records.py: the Decision shape and the shared steps (lock, checks, Review, OutboundReply)
- texts.py: edit distance, what the customer receives (subject, text); errors.py; names.py

The ticket's lifecycle itself (claim, escalate, resolve, reopen, flag) is tickets.services';
ticket_claim is re-exported here because taking a ticket in the queue is what claims it."""

from tickets.services import CLAIM_TTL, ticket_claim

from .autosend import autosend_schedule, autosend_stop
from .bulk import BULK_MAX, BulkResult, tickets_escalate, tickets_reclassify, tickets_resolve
from .clock import pane_opened_at, pane_opened_token
from .corrections import reply_correct
from .decisions import (
    draft_approve,
    draft_edit_send,
    draft_regenerate,
    draft_reject,
    reply_write,
    ticket_escalate,
    ticket_reclassify,
    ticket_reopen,
    ticket_resolve,
)
from .errors import ReviewConflict, ReviewError, ReviewInvalid
from .evidence import evidence_enqueue, evidence_feed
from .names import REVIEW_EVENT_NAMES
from .texts import customer_text, edit_distance, reply_subject, text_normalize

__all__ = [
    "BULK_MAX",
    "BulkResult",
    "CLAIM_TTL",
    "REVIEW_EVENT_NAMES",
    "ReviewConflict",
    "ReviewError",
    "ReviewInvalid",
    "autosend_schedule",
    "autosend_stop",
    "customer_text",
    "draft_approve",
    "draft_edit_send",
    "draft_regenerate",
    "draft_reject",
    "edit_distance",
    "evidence_enqueue",
    "evidence_feed",
    "pane_opened_at",
    "pane_opened_token",
    "reply_correct",
    "reply_subject",
    "reply_write",
    "text_normalize",
    "ticket_claim",
    "ticket_escalate",
    "ticket_reclassify",
    "ticket_reopen",
    "ticket_resolve",
    "tickets_escalate",
    "tickets_reclassify",
    "tickets_resolve",
]
