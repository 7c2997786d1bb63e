"""The demo company, Fernhill Instruments: users, customers and tickets loaded from the demo
folder (settings.SUPPORTDESK_DEMO_DIR, `demo/` at the top of the repository), then the follow-on
steps other apps provide (policies, the replies the team sent before, labeled history, a trained
classifier) when their commands exist.

One way: this module imports nothing from the apps above tickets. It reaches them only through
their public management commands, by name (`call_command`), and reads what they did from the
audit trail that every app writes to (`classifier.trained` events), so the classifier decides
for itself whether a model is active (`train_classifier --if-missing`).

Customer messages enter through the real intake path (`inbound_ingest`), so they are threaded,
sanitized, evented and handed to the pipeline exactly like live mail. Afterwards the loader
backdates what intake stamped with "now", because a demo with 200 tickets all created this second
is useless for the inbox and the metrics. Those backdating writes are direct `update()`s on:
Ticket.created_at / updated_at / last_customer_message_at / first_response_at / resolved_at /
class_corrected_at / message_count and Message.created_at. Status changes go through
`ticket_transition` (shortest allowed path), so the audit trail holds real events, stamped with
the time the demo was loaded (the trail is append-only and is never backdated).

The pipeline: replaying a thread would otherwise enqueue a pipeline run for every historical
customer message (drafting replies to tickets resolved weeks ago, and pulling tickets that wait on
the customer back into the pipeline). So the messages are ingested with intake's pipeline left
out, and once everything else is loaded (the classifier trained, the policies imported) the latest
customer message of each ticket that still awaits us (status new or reopened) is marked for the
pipeline and the configured hook is called, exactly as intake would have.

Idempotency: users are keyed on username, customers on email (case-insensitive), tickets on the
demo key carried in the first message's Message-ID (`<demo-ticket-042@fernhill.example>`). Each
ticket is written in one transaction, so a ticket is either wholly present or absent.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command, get_commands
from django.db import transaction
from django.utils import timezone

from audit.models import Event
from audit.names import register
from audit.services import event_record
from supportdesk.roles import ADMIN, AGENT, TEAM_LEAD

from .inbound import InboundMessage
from .models import Message, MessageDirection, RequestClass, Team, Ticket, TicketStatus
from .services import (
    customer_get_or_create,
    customer_match,
    inbound_ingest,
    pipeline_hook,
    ticket_assign,
    ticket_class_correct,
    ticket_transition,
)
from .sla import sla_target_for, ticket_sla_rebuild
from .states import ALLOWED_TRANSITIONS

DEMO_DIR = Path(settings.SUPPORTDESK_DEMO_DIR)
DEMO_DOMAIN = "fernhill.example"
SUPPORT_ADDRESS = f"support@{DEMO_DOMAIN}"
LOADED_EVENT = "tickets.demo_loaded"
# Registered here rather than in audit/names.py: only this module records it.
register(LOADED_EVENT, "Demo company loaded (what was created, which follow-on steps ran)")


@dataclass(frozen=True)
class DemoUser:
    username: str
    password: str
    role: str
    first_name: str
    last_name: str
    is_staff: bool = False
    is_superuser: bool = False
    teams: tuple[str, ...] = ()  # Team slugs: the user's My team in the inbox


# Demo-only credentials, published in the README and printed by load_demo. load_demo refuses to
# run with DJANGO_DEBUG=false unless told explicitly, so they do not end up in production.
DEMO_USERS = (
    DemoUser("agent", "demo-agent-pass", AGENT, "Alex", "Moreno", teams=("support",)),
    DemoUser("agent2", "demo-agent2-pass", AGENT, "Jordan", "Lee", teams=("billing",)),
    DemoUser(
        "lead",
        "demo-lead-pass",
        TEAM_LEAD,
        "Robin",
        "Hart",
        is_staff=True,
        teams=("support", "billing", "trust-safety", "engineering"),
    ),
    DemoUser("admin", "demo-admin-pass", ADMIN, "Casey", "Admin", is_staff=True, is_superuser=True),
)


@dataclass
class DemoSummary:
    created: dict[str, int] = field(default_factory=dict)
    present: dict[str, int] = field(default_factory=dict)
    steps: list[tuple[str, str, str]] = field(default_factory=list)  # (step, outcome, why)
    warnings: list[str] = field(default_factory=list)

    def count(self, kind: str, *, created: bool) -> None:
        target = self.created if created else self.present
        target[kind] = target.get(kind, 0) + 1

    def lines(self) -> list[str]:
        kinds = ("users", "customers", "tickets")
        out = ["Demo summary:"]
        for kind in kinds:
            out.append(
                f"  {kind:<10} created {self.created.get(kind, 0):>4}, "
                f"already present {self.present.get(kind, 0):>4}"
            )
        for step, outcome, why in self.steps:
            out.append(f"  {step:<17} {outcome}" + (f": {why}" if why else ""))
        out.extend(f"  warning: {w}" for w in self.warnings)
        out.append("Demo logins (demo only, published passwords):")
        out.extend(f"  {u.username:<7} / {u.password:<17} {u.role}" for u in DEMO_USERS)
        return out


Progress = Callable[[str], None]


def _quiet(_: str) -> None:
    pass


def demo_message_id(key: str, index: int = 0) -> str:
    """Message-ID of message `index` of demo ticket `key`; index 0 is the ticket's demo key."""
    suffix = f".{index}" if index else ""
    return f"<{key}{suffix}@{DEMO_DOMAIN}>"


def demo_data_read(*, demo_dir: Path = DEMO_DIR) -> tuple[list[dict], list[dict]]:
    """The customers and tickets as data, in file order."""
    customers = json.loads((demo_dir / "customers.json").read_text("utf-8"))["customers"]
    tickets = json.loads((demo_dir / "tickets.json").read_text("utf-8"))["tickets"]
    return customers, tickets


def demo_users_ensure(*, summary: DemoSummary) -> dict[str, object]:
    """Create the demo users (and the role groups, should a test flush have removed them), each
    a member of its demo teams. An existing user is left exactly as it is: its password and its
    teams may have been changed on purpose."""
    User = get_user_model()
    users = {}
    for spec in DEMO_USERS:
        group, _ = Group.objects.get_or_create(name=spec.role)
        user = User.objects.filter(username=spec.username).first()
        if user is None:
            user = User.objects.create_user(
                username=spec.username,
                password=spec.password,
                email=f"{spec.username}@{DEMO_DOMAIN}",
                first_name=spec.first_name,
                last_name=spec.last_name,
                is_staff=spec.is_staff,
                is_superuser=spec.is_superuser,
            )
            user.groups.add(group)
            for team in Team.objects.filter(slug__in=spec.teams):
                team.members.add(user)
            summary.count("users", created=True)
        else:
            summary.count("users", created=False)
        users[spec.username] = user
    return users


def demo_customers_load(*, customers: list[dict], now: dt.datetime, summary: DemoSummary) -> None:
    """Create each customer through the intake's customer service; existing emails are kept."""
    for row in customers:
        if customer_match(row["email"]) is not None:
            summary.count("customers", created=False)
            continue
        fields = {
            "tier": row["tier"],
            "plan": row.get("plan", ""),
            "locale": row.get("locale", "en"),
            "signup_date": (now - dt.timedelta(days=row["signup_days_ago"])).date(),
            "last_active_at": now - dt.timedelta(days=row["last_active_days_ago"]),
            "seats": row.get("seats"),
            "features_used": row.get("features_used", []),
            "usage": row.get("usage", {}),
        }
        customer_get_or_create(
            email=row["email"],
            name=row["name"],
            external_id=row.get("external_id", ""),
            fields=fields,
        )
        summary.count("customers", created=True)


def _transition_path(current: str, target: str) -> list[str]:
    """Shortest chain of allowed statuses from current to target (sorted for determinism)."""
    if current == target:
        return []
    seen = {current: None}
    queue = deque([current])
    while queue:
        status = queue.popleft()
        for nxt in sorted(ALLOWED_TRANSITIONS.get(status, ())):
            if nxt in seen:
                continue
            seen[nxt] = status
            if nxt == target:
                path = [nxt]
                while seen[path[-1]] != current:
                    path.append(seen[path[-1]])
                return list(reversed(path))
            queue.append(nxt)
    raise ValueError(f"no allowed path from {current} to {target}")


AWAITING_US = (TicketStatus.NEW, TicketStatus.REOPENED)


def _ticket_load(
    *,
    spec: dict,
    now: dt.datetime,
    users: dict,
    classes: dict[str, RequestClass],
    summary: DemoSummary,
) -> int | None:
    """Write one demo ticket: its customer messages through intake, replies and notes as rows,
    status changes through ticket_transition, then the historical timestamps. Returns the id of
    the customer message the pipeline should run for, if the ticket still awaits us."""
    key = spec["key"]
    started = now - dt.timedelta(days=spec["created_days_ago"])
    latest = now - dt.timedelta(minutes=1)

    def at(hours: float) -> dt.datetime:
        # Never in the future, whatever the data says.
        return min(started + dt.timedelta(hours=hours), latest)

    assignee = users.get(spec.get("assignee") or "")
    ticket: Ticket | None = None
    thread_ids: list[str] = []
    inbound_times: list[dt.datetime] = []
    last_inbound_id: int | None = None
    first_response: dt.datetime | None = None
    resolved_at: dt.datetime | None = None
    last_touch = started

    for index, entry in enumerate(spec["thread"]):
        kind = entry["kind"]
        when = at(entry.get("at_hours", 0))
        last_touch = max(last_touch, when)
        if kind == "inbound":
            customer_email = entry.get("from", spec["customer"])
            inbound = InboundMessage(
                from_address=customer_email,
                from_name=entry.get("from_name", ""),
                subject=entry.get("subject")
                or (spec["subject"] if ticket is None else f"Re: {spec['subject']}"),
                body_text=entry["text"],
                full_text=entry["text"],
                body_html=entry.get("html", ""),
                message_id=demo_message_id(key, index),
                in_reply_to=thread_ids[-1] if thread_ids else "",
                references=list(thread_ids),
            )
            if ticket is not None and spec["channel"] == "api":
                inbound.ticket_id = ticket.pk  # the API names the ticket instead of threading
            result = inbound_ingest(inbound=inbound, channel=spec["channel"], pipeline=False)
            if ticket is None:
                ticket = result.ticket
            elif result.ticket.pk != ticket.pk:
                raise RuntimeError(f"{key}: reply {index} did not thread into its ticket")
            Message.objects.filter(pk=result.message.pk).update(created_at=when)
            thread_ids.append(inbound.message_id)
            inbound_times.append(when)
            last_inbound_id = result.message.pk
            ticket.refresh_from_db()
            continue
        if ticket is None:
            raise ValueError(f"{key}: the thread must start with a customer message")
        author = users[entry.get("author") or spec.get("assignee") or "agent"]
        if kind in ("outbound", "note"):
            outbound = kind == "outbound"
            message = Message.objects.create(
                ticket=ticket,
                direction=MessageDirection.OUTBOUND if outbound else MessageDirection.NOTE,
                author_user=author,
                from_address=SUPPORT_ADDRESS if outbound else author.email,
                from_name=f"{author.first_name} at Fernhill Support"
                if outbound
                else author.get_full_name(),
                subject=f"Re: [{ticket.reference}] {spec['subject']}"[:500] if outbound else "",
                body_text=entry["text"],
                full_text=entry["text"],
                message_id=demo_message_id(key, index) if outbound else "",
                in_reply_to=thread_ids[-1] if outbound and thread_ids else "",
                references=" ".join(thread_ids) if outbound else "",
                created_at=when,
            )
            if outbound:
                thread_ids.append(message.message_id)
                first_response = first_response or when
        elif kind == "status":
            ticket = Ticket.objects.select_for_update().get(pk=ticket.pk)
            for status in _transition_path(ticket.status, entry["to"]):
                ticket_transition(ticket=ticket, to=status, actor=author, reason="demo history")
            if entry["to"] == TicketStatus.RESOLVED:
                resolved_at = when
        else:
            raise ValueError(f"{key}: unknown thread entry kind {kind!r}")

    assert ticket is not None
    if spec.get("resolution"):
        Message.objects.create(
            ticket=ticket,
            direction=MessageDirection.NOTE,
            author_user=assignee or users["agent"],
            from_address=(assignee or users["agent"]).email,
            from_name=(assignee or users["agent"]).get_full_name(),
            body_text=f"Resolution: {spec['resolution']}",
            full_text=spec["resolution"],
            created_at=resolved_at or last_touch,
        )
    if assignee is not None:
        ticket_assign(ticket=ticket, assignee=assignee, actor=users["lead"])

    # Historical tickets carry the class they were handled under; open ones stay unclassified
    # so the pipeline classifies them. A few were corrected by an agent: those are the agent
    # labels the classifier trains on.
    request_class = classes.get(spec["request_class"])
    if spec.get("classified") and request_class is not None:
        guess = classes.get(spec.get("model_guess") or "")
        first = guess or request_class
        Ticket.objects.filter(pk=ticket.pk).update(
            request_class=first, risk=first.risk, class_source="model"
        )
        if guess is not None and guess != request_class:
            ticket.refresh_from_db()
            ticket_class_correct(
                ticket=ticket, request_class=request_class, actor=assignee or users["agent"]
            )
            Ticket.objects.filter(pk=ticket.pk).update(class_corrected_at=resolved_at or last_touch)

    last_inbound = inbound_times[-1] if inbound_times else started
    Ticket.objects.filter(pk=ticket.pk).update(
        created_at=started,
        updated_at=last_touch,
        last_customer_message_at=last_inbound,
        first_response_at=first_response,
        resolved_at=resolved_at if spec["status"] == TicketStatus.RESOLVED else None,
        message_count=Message.objects.filter(ticket=ticket).count(),
    )
    ticket.refresh_from_db()
    # The SLA clocks from the backdated times (the events above ran at load time).
    target = sla_target_for(
        request_class_id=ticket.request_class_id, customer_id=ticket.customer_id
    )
    sla_fields = ticket_sla_rebuild(ticket=ticket, target=target)
    Ticket.objects.filter(pk=ticket.pk).update(**{f: getattr(ticket, f) for f in sla_fields})
    if ticket.status != spec["status"]:
        raise RuntimeError(f"{key}: ended {ticket.status}, data says {spec['status']}")
    return last_inbound_id if ticket.status in AWAITING_US else None


def demo_tickets_load(
    *,
    tickets: list[dict],
    now: dt.datetime,
    users: dict,
    summary: DemoSummary,
    progress: Progress = _quiet,
) -> list[int]:
    """Load each ticket not yet present (keyed on its first Message-ID), one transaction each,
    with intake's pipeline left out (pipeline=False). Returns the customer messages the
    pipeline should run for (the latest one of each newly loaded ticket that awaits us)."""
    classes = {rc.slug: rc for rc in RequestClass.objects.all()}
    missing = {spec["request_class"] for spec in tickets} - set(classes)
    if missing:
        summary.warnings.append(
            "request classes missing from the database, tickets left unclassified: "
            + ", ".join(sorted(missing))
        )
    existing = set(
        Message.objects.filter(
            message_id__in=[demo_message_id(spec["key"]) for spec in tickets]
        ).values_list("message_id", flat=True)
    )
    total = len(tickets)
    to_run: list[int] = []
    for number, spec in enumerate(tickets, start=1):
        if demo_message_id(spec["key"]) in existing:
            summary.count("tickets", created=False)
        else:
            with transaction.atomic():
                message_id = _ticket_load(
                    spec=spec, now=now, users=users, classes=classes, summary=summary
                )
            if message_id is not None:
                to_run.append(message_id)
            summary.count("tickets", created=True)
        if number % 25 == 0 or number == total:
            progress(
                f"  tickets {number}/{total} "
                f"({summary.created.get('tickets', 0)} created, "
                f"{summary.present.get('tickets', 0)} already present)"
            )
    return to_run


def demo_pipeline_start(*, message_ids: list[int], summary: DemoSummary) -> None:
    """Mark the messages pending for the pipeline and call intake's configured hook, as
    intake does for the messages it takes in."""
    hook = pipeline_hook()
    if not message_ids:
        summary.steps.append(("pipeline", "skipped", "no newly loaded ticket awaits a reply"))
        return
    if hook is None:
        summary.steps.append(("pipeline", "skipped", "SUPPORTDESK_PIPELINE_ENABLED is false"))
        return
    marked = Message.objects.filter(pk__in=message_ids).update(pipeline_pending=True)
    try:
        hook()
    except Exception as exc:  # a broker hiccup must not undo the loaded demo
        summary.warnings.append(f"pipeline dispatch not published ({exc}); beat dispatches it")
    summary.steps.append(("pipeline", f"requested for {marked} open tickets", ""))


def _steps_done() -> set[str]:
    """Follow-on steps an earlier load_demo completed, read from its trail events."""
    done: set[str] = set()
    for payload in Event.objects.filter(name=LOADED_EVENT).values_list("payload", flat=True):
        done.update(payload.get("steps_done", []))
    return done


TRAINED_EVENT = "classifier.trained"  # recorded by train_classifier for each model it trains


def _follow_on_run(
    *, demo_dir: Path, summary: DemoSummary, progress: Progress, stdout, done: set[str]
) -> list[str]:
    """Run the other apps' demo steps when their commands exist; record why any was skipped."""
    commands = get_commands()
    completed: list[str] = []
    policies = demo_dir / "policies"
    history = demo_dir / "history.csv"
    label_map = demo_dir / "label_map.json"
    sent_replies = demo_dir / "replies" / "sent_replies.jsonl"
    macros = demo_dir / "macros.json"
    plan = [
        ("import_policies", [str(policies)], policies.is_dir(), f"{policies} does not exist"),
        (
            "import_sent_replies",
            [str(sent_replies)],
            sent_replies.exists(),
            f"{sent_replies} does not exist",
        ),
        ("import_macros", [str(macros)], macros.exists(), f"{macros} does not exist"),
        (
            "import_history",
            [str(history), "--label-map", str(label_map)],
            history.exists(),
            f"{history} does not exist",
        ),
    ]
    for name, args, possible, why_not in plan:
        if name not in commands:
            summary.steps.append((name, "skipped", "command not installed yet"))
        elif not possible:
            summary.steps.append((name, "skipped", why_not))
        elif name in done:
            summary.steps.append((name, "skipped", "already done by an earlier load_demo"))
        else:
            progress(f"Running {name} {' '.join(args)}")
            try:
                call_command(name, *args, stdout=stdout)
            except Exception as exc:  # one missing step must not lose the rest of the demo
                summary.steps.append((name, "FAILED", f"{type(exc).__name__}: {exc}"))
            else:
                summary.steps.append((name, "done", ""))
                completed.append(name)

    name = "train_classifier"
    # New labeled history makes any earlier model stale (one trained on a handful of agent
    # corrections before the history existed, say), so it is the one case that retrains;
    # otherwise the command trains only when no model is active (--if-missing).
    history_new = "import_history" in completed
    if name not in commands:
        summary.steps.append((name, "skipped", "command not installed yet"))
    else:
        progress(f"Running {name}")
        trained_before = Event.objects.filter(name=TRAINED_EVENT).count()
        try:
            call_command(name, *([] if history_new else ["--if-missing"]), stdout=stdout)
        except Exception as exc:
            summary.steps.append((name, "FAILED", f"{type(exc).__name__}: {exc}"))
        else:
            if Event.objects.filter(name=TRAINED_EVENT).count() > trained_before:
                summary.steps.append((name, "done", ""))
                completed.append(name)
            else:
                summary.steps.append((name, "skipped", "an active classifier model exists"))
    return completed


def demo_load(
    *,
    demo_dir: Path = DEMO_DIR,
    follow_on: bool = True,
    progress: Progress = _quiet,
    stdout=None,
    now: dt.datetime | None = None,
) -> DemoSummary:
    """Load the demo company; safe to run any number of times (see the module docstring).
    Runs import_policies / import_history / train_classifier afterwards when they exist, then
    starts the pipeline for the newly loaded tickets that await a reply."""
    now = now or timezone.now()
    summary = DemoSummary()
    customers, tickets = demo_data_read(demo_dir=demo_dir)

    progress("Demo users")
    with transaction.atomic():
        users = demo_users_ensure(summary=summary)
    progress(f"Customers ({len(customers)})")
    with transaction.atomic():
        demo_customers_load(customers=customers, now=now, summary=summary)
    progress(f"Tickets ({len(tickets)})")
    to_run = demo_tickets_load(
        tickets=tickets, now=now, users=users, summary=summary, progress=progress
    )

    completed: list[str] = []
    if follow_on:
        completed = _follow_on_run(
            demo_dir=demo_dir,
            summary=summary,
            progress=progress,
            stdout=stdout,
            done=_steps_done(),
        )
    else:
        summary.steps.append(("follow-on steps", "skipped", "--no-follow-on given"))
    # Last, so that open tickets are classified by the model trained just now.
    demo_pipeline_start(message_ids=to_run, summary=summary)

    if summary.created or completed:
        event_record(
            name=LOADED_EVENT,
            actor_label="load_demo",
            payload={
                "created": summary.created,
                "already_present": summary.present,
                "steps_done": completed,
            },
        )
    return summary
