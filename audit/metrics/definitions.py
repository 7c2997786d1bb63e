"""The metrics of DESIGN.md ("Metrics"), each with its definition as written there and how this
code computes it. The dashboard shows both texts; `selectors.metric_units` is the one place a
definition becomes a query.

Every metric is a set of *units* (tickets, resolutions, replies, reviews), each dated by the
moment that makes it count, in a request class (the ticket's current class), a configuration
snapshot and a channel (the ticket's). A unit has one value: 0/1 for rates, a number for
medians. Weeks run Monday to Sunday in TIME_ZONE.

Medians and p90 are percentile_cont (linear interpolation between the two nearest units). So
that weekly rollups stay small and still merge into exact percentiles, durations are counted on
a grid of two significant figures (whole seconds below 100 s; 2,345 s counts as 2,300 s: never
more than 10% below the exact time) and edit distances in hundredths.
"""

from __future__ import annotations

from dataclasses import dataclass

REOPEN_WINDOW_DAYS = 7
# A sent reply whose draft was rewritten this much (or that had no draft) used no draft: it is
# the unassisted control group for time saved. The review queue always starts from a draft, so
# "no draft" alone would leave the baseline unmeasurable.
UNASSISTED_MIN_EDIT_DISTANCE = 0.9

# Review actions, as drafts.models.ReviewAction spells them (the reviewed ones: drafts.models.
# REVIEWED_ACTIONS).
HUMAN_SEND_ACTIONS = ("approve", "edit_send")
ESCALATE_ACTION = "escalate"


@dataclass(frozen=True)
class Metric:
    key: str
    name: str
    definition: str  # DESIGN.md, word for word
    computed: str  # what this code counts, in the dashboard's words
    kind: str  # "rate" (value 0/1) or "duration" / "distance" (figures.PERCENTILES)
    unit_label: str  # what one unit is, for "n = ..." and the drill-down
    hit_label: str = ""  # rates: what the numerator units are
    in_design: bool = True  # defined in DESIGN.md's table (False: defined in docs/, cited there)


FIRST_RESPONSE = Metric(
    key="frt",
    name="First response time",
    definition="first customer-visible reply sent minus ticket created; median and p90",
    computed=(
        "Tickets created in the week that have had a reply sent (Ticket.first_response_at, "
        "stamped when the first reply leaves), in whole seconds on the two-significant-figure "
        "grid. Tickets still waiting for a first reply are not in the figure. Snapshot: the "
        "configuration of the ticket's first pipeline run."
    ),
    kind="duration",
    unit_label="tickets answered",
)
REOPEN = Metric(
    key="reopen",
    name="Re-open rate",
    definition="tickets reopened within 7 days of being resolved / tickets resolved",
    computed=(
        "Each resolution in the week (a status change to Resolved) counts once; it counts as "
        "reopened when the ticket was reopened at most 7 days later. A ticket resolved twice "
        "counts twice. Resolutions of the last 7 days can still be reopened, so the latest "
        "week's figure can only rise. Snapshot: the ticket's first pipeline run."
    ),
    kind="rate",
    unit_label="resolutions",
    hit_label="reopened within 7 days",
)
ESCALATION = Metric(
    key="escalation",
    name="Escalation rate",
    definition="tickets routed to a human owner by a rule or an agent / tickets handled",
    computed=(
        "Tickets handled = tickets created in the week that the pipeline ran on or an agent "
        "decided on. Escalated = a routing decision sent it to a human (needs_human) or an "
        "agent escalated it. Snapshot: the ticket's first pipeline run."
    ),
    kind="rate",
    unit_label="tickets handled",
    hit_label="escalated",
)
CORRECTION = Metric(
    key="correction",
    name="Customer-visible correction rate",
    definition="sent replies followed by a correction message / sent replies",
    computed=(
        "Replies sent in the week (not themselves corrections); a reply counts as corrected "
        "when a correction of it was sent, whenever that happened. Snapshot: the configuration "
        "that produced the reply's draft."
    ),
    kind="rate",
    unit_label="replies sent",
    hit_label="followed by a correction",
)
ACCEPTANCE = Metric(
    key="acceptance",
    name="Draft acceptance rate",
    definition="drafts sent unchanged (after whitespace normalization) / drafts reviewed",
    computed=(
        "Drafts an agent decided on in the week (approved, edited and sent, or rejected); "
        "accepted = sent with the same text once whitespace is normalized. Auto-sent drafts "
        "were not reviewed and are not counted. Snapshot: the draft's configuration."
    ),
    kind="rate",
    unit_label="drafts reviewed",
    hit_label="sent unchanged",
)
EDIT_DISTANCE = Metric(
    key="edit_distance",
    name="Edit distance before send",
    definition=(
        "normalized Levenshtein distance draft -> sent text (0 unchanged, 1 rewritten); median"
    ),
    computed=(
        "Drafts an agent sent in the week (approved or edited), the distance recorded at the "
        "decision after whitespace normalization, in hundredths. Auto-sent drafts are not "
        "counted (nobody edited them)."
    ),
    kind="distance",
    unit_label="drafts sent by agents",
)
REVIEW_TIME = Metric(
    key="review_time",
    name="Review time",
    definition="draft opened by an agent -> decision; median",
    computed=(
        "Drafts an agent decided on in the week (approved, edited and sent, or rejected), from "
        "the moment the agent opened the ticket in the review pane to the decision, in whole "
        "seconds on the grid. Decisions without a recorded opening are not counted."
    ),
    kind="duration",
    unit_label="drafts reviewed with a recorded opening",
)
TIME_SAVED = Metric(
    key="time_saved",
    name="Time saved",
    definition=(
        "per class: (baseline handle time of unassisted tickets - assisted handle time) x tickets"
    ),
    computed=(
        "Handle time = the ticket's first reply sent in the week: from the agent opening the "
        "ticket to sending it (0 when auto-sent). Assisted: the reply used the draft (auto-sent, "
        "or an edit distance below 0.9). Unassisted: no draft, or the draft rewritten (distance "
        "0.9 or more). Per class: (baseline - median assisted handle time) x assisted tickets. "
        "Baseline = the median unassisted handle time of the class when at least the minimum "
        "number of unassisted tickets was measured, otherwise the baseline a lead configured; "
        "the table says which. A negative figure means assisted tickets took longer."
    ),
    kind="duration",
    unit_label="tickets with a first reply",
)
AUTOMATED = Metric(
    key="automated",
    name="Automated share",
    definition="auto-sent replies / replies, only ever shown beside re-open and correction rates",
    computed=(
        "Replies sent in the week (not corrections) that the auto-send policy sent. Always shown "
        "with the re-open and correction rates of the same selection."
    ),
    kind="rate",
    unit_label="replies sent",
    hit_label="auto-sent",
)

SLA_BREACH = Metric(
    key="sla",
    name="SLA breach rate",
    definition=(
        "tickets that missed a first-response or resolution target (docs/sla.md) / tickets "
        "with a target"
    ),
    computed=(
        "Tickets created in the week that had an SLA target. Breached = the first reply was "
        "sent after its deadline (or none was sent and the deadline has passed, or the ticket "
        "was resolved without one after it), or the resolution clock stopped after its "
        "deadline (or still runs past it); the resolution deadline is the current one: "
        "moved by pauses while waiting on the customer, restarted by a re-open. A ticket that "
        "missed both counts once; the card splits them. Open tickets count as breached from "
        "the moment a deadline passes: in rollups at their next refresh (recent weeks at "
        "every run, older weeks daily)."
    ),
    kind="rate",
    unit_label="tickets with a target",
    hit_label="breached",
    in_design=False,
)

METRICS: tuple[Metric, ...] = (
    FIRST_RESPONSE,
    REOPEN,
    ESCALATION,
    CORRECTION,
    ACCEPTANCE,
    EDIT_DISTANCE,
    REVIEW_TIME,
    TIME_SAVED,
    AUTOMATED,
    SLA_BREACH,
)
BY_KEY = {m.key: m for m in METRICS}

# Stored series (rollup `metric` column). Time saved is two series: the handle times of assisted
# and of unassisted first replies.
HANDLE_ASSISTED = "handle_assisted"
HANDLE_UNASSISTED = "handle_unassisted"
SERIES: tuple[str, ...] = (
    "frt",
    "reopen",
    "escalation",
    "correction",
    "acceptance",
    "edit_distance",
    "review_time",
    HANDLE_ASSISTED,
    HANDLE_UNASSISTED,
    "automated",
    "sla",
)
DURATION_SERIES = ("frt", "review_time", HANDLE_ASSISTED, HANDLE_UNASSISTED)
RATE_SERIES = ("reopen", "escalation", "correction", "acceptance", "automated", "sla")
# The SLA unit's value says which targets it missed: 0 none, 1 first response, 2 resolution,
# 3 both (a hit is any value above 0).
SLA_FIRST_RESPONSE = 1
SLA_RESOLUTION = 2


def percentile_cont(histogram: list[tuple[int, int]], fraction: float) -> float | None:
    """PostgreSQL's percentile_cont over a histogram of (value, count) pairs sorted by value:
    the value at position fraction * (n - 1), interpolated linearly between its neighbours."""
    total = sum(count for _, count in histogram)
    if total == 0:
        return None
    position = fraction * (total - 1)
    low_index = int(position // 1)
    high_index = low_index if position == low_index else low_index + 1
    low = high = None
    seen = 0
    for value, count in histogram:
        seen += count
        if low is None and low_index < seen:
            low = value
        if high_index < seen:
            high = value
            break
    assert low is not None and high is not None
    if high == low:
        return float(low)
    return low + (high - low) * (position - low_index)
