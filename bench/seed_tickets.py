"""Seed a database with N realistic tickets for the benches.

    .venv/bin/python bench/seed_tickets.py --tickets 100000 \
        --database-url postgres://postgres@127.0.0.1:5432/supportdesk_bench [--reset]

Customers ~N/20 (a few write often, most rarely), 1-4 messages per ticket, created times spread
over the last year (more recent ones more frequent), statuses that depend on age (old tickets are
mostly resolved), request classes, risk, teams, priorities and assignees in plausible shares.
Deterministic (--seed). Rows are written with bulk_create in batches, so every model default
and database constraint applies as it does in the app.

Idempotent: with N tickets already present it does nothing; with fewer it adds the difference.
--reset empties the ticket tables first (only on a database whose name contains "bench").
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sys
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# The bench searches for this word: it appears in roughly 3% of subjects.
SEARCH_TERM = "anemometer"

FIRST = (
    "Ada Ben Chloe Dara Elif Femi Gus Hana Ivo Jana Kofi Lena Milo Nora Omar Pia Quinn Rosa "
    "Sami Tess Uma Vik Wren Xena Yuki Zane Aino Bram Cleo Dev"
).split()
LAST = (
    "Abbott Baker Costa Dahl Ekwueme Fischer Garcia Holm Ito Jansen Kowalski Lindqvist Moreau "
    "Novak Okoro Petrov Quist Rossi Sato Tanaka Ueda Varga Weiss Xu Yilmaz Zimmer"
).split()
DOMAINS = ("example.com", "example.org", "example.net", "mail.example", "farm.example")
TIERS = (("free", "Free", 50), ("starter", "Starter", 25), ("business", "Business", 18))
TIERS += (("enterprise", "Enterprise", 7),)
FEATURES = ("dashboard", "mobile-app", "alerts", "api", "exports", "shared-dashboards", "sso")
LOCALES = ("en", "en", "en", "en", "de", "fr", "es", "nl")

PRODUCTS = (
    "Aero station",
    "rain gauge",
    "anemometer",
    "display console",
    "solar shield",
    "outdoor sensor",
    "mounting kit",
    "Fernhill Cloud",
)
SUBJECTS = {
    "shipping-status": (
        "Where is my order #{n}?",
        "{product} still not delivered",
        "Tracking shows no update for order {n}",
        "Delivery date for the {product}?",
    ),
    "refund-policy": (
        "Can I return the {product}?",
        "Refund window for order #{n}",
        "How do refunds work for the {product}",
    ),
    "account-access": (
        "Cannot log in to Fernhill Cloud",
        "Password reset email never arrives",
        "Locked out after two-factor change",
    ),
    "setup-help": (
        "How do I pair the {product}?",
        "{product} shows no readings",
        "Calibrating the {product}",
        "Setting up alerts for the {product}",
    ),
    "pricing": (
        "Difference between Starter and Business",
        "Price of extra seats",
        "Upgrade to Business mid-cycle?",
    ),
    "general": ("Question about the {product}", "Feedback on the {product}", "Quick question"),
    "billing-dispute": ("Charged twice for invoice {n}", "I did not authorise this charge"),
    "refund-exception": ("Refund after 60 days for the {product}?", "Exception for order #{n}"),
    "data-deletion": ("Please delete my account and data", "GDPR erasure request"),
    "legal-compliance": ("Data processing agreement request", "Request from our legal team"),
    "security-report": ("Possible vulnerability in the Cloud API", "Suspicious login on account"),
    "outage": ("Dashboard down for all our stations", "API returning 503 since this morning"),
    "complaint": ("Third time the {product} failed", "Very disappointed with support"),
}
CLASS_WEIGHTS = {
    "shipping-status": 20,
    "setup-help": 15,
    "account-access": 14,
    "refund-policy": 10,
    "general": 10,
    "pricing": 9,
    "complaint": 7,
    "billing-dispute": 4,
    "outage": 4,
    "refund-exception": 3,
    "data-deletion": 2,
    "legal-compliance": 1,
    "security-report": 1,
}
CLASS_TEAM = {
    "billing-dispute": "billing",
    "refund-exception": "billing",
    "pricing": "billing",
    "security-report": "trust-safety",
    "data-deletion": "trust-safety",
    "legal-compliance": "trust-safety",
    "outage": "engineering",
}
# (status, weight) by age of the ticket: recent ones are open, old ones are resolved.
STATUS_BY_AGE = (
    (
        2,
        (("new", 15), ("in_pipeline", 5), ("awaiting_review", 35), ("escalated", 10))
        + (("waiting_on_customer", 15), ("resolved", 15), ("reopened", 5)),
    ),
    (
        14,
        (("awaiting_review", 10), ("escalated", 5), ("waiting_on_customer", 20))
        + (("resolved", 60), ("reopened", 5)),
    ),
    (
        366,
        (("resolved", 93), ("waiting_on_customer", 4), ("escalated", 1))
        + (("reopened", 1), ("awaiting_review", 1)),
    ),
)
CUSTOMER_LINES = (
    "Hello, I bought the {product} last month.",
    "Hi team, quick one about my {product}.",
    "Good morning. My {product} has been acting up since the weekend.",
    "This is the second time I am writing about this.",
    "Thanks for the quick answer earlier.",
    "I checked the app and the readings stop around midnight.",
    "Could you tell me what the next step is?",
    "Our farm relies on the frost alerts, so this matters.",
)
AGENT_LINES = (
    "Thanks for getting in touch. I have looked at your account.",
    "Sorry for the trouble. Could you send a photo of the {product}?",
    "I have checked with the warehouse and the parcel left yesterday.",
    "Please try holding the pairing button for ten seconds.",
    "I have applied the change; it takes effect on the next invoice.",
)
PROGRESS_EVERY = 10_000


def weighted(rng: random.Random, pairs):
    values, weights = zip(*pairs, strict=True)
    return rng.choices(values, weights=weights)[0]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tickets", type=int, default=100_000)
    parser.add_argument("--database-url", default=os.environ.get("DATABASE_URL"))
    parser.add_argument("--reset", action="store_true", help="empty the ticket tables first")
    parser.add_argument("--batch", type=int, default=2_000)
    parser.add_argument("--seed", type=int, default=20240601)
    args = parser.parse_args()
    if not args.database_url:
        parser.error("--database-url (or DATABASE_URL) is required")

    os.environ["DATABASE_URL"] = args.database_url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "supportdesk.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.conf import settings

    settings.DEBUG = False  # no per-query log while inserting hundreds of thousands of rows
    return seed(args)


def seed(args) -> int:
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.db import connection, transaction

    from tickets.models import Customer, Message, RequestClass, Team, Ticket

    started = time.monotonic()
    name = urllib.parse.urlsplit(args.database_url).path.lstrip("/")
    if args.reset:
        if "bench" not in name:
            raise SystemExit(f"--reset refused: database {name!r} does not look like a bench one")
        tables = [Message._meta.db_table, Ticket._meta.db_table, Customer._meta.db_table]
        with connection.cursor() as cursor:
            cursor.execute(f"TRUNCATE {', '.join(tables)} RESTART IDENTITY CASCADE")
        print(f"reset: emptied {', '.join(tables)} (and tables referencing them)", flush=True)

    existing = Ticket.objects.count()
    if existing >= args.tickets:
        print(
            f"summary: {existing} tickets already in {name}; nothing to do "
            f"(asked for {args.tickets}; use --reset to start over)",
            flush=True,
        )
        return 0
    wanted = args.tickets - existing
    rng = random.Random(args.seed + existing)
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)

    classes = {c.slug: c for c in RequestClass.objects.all()}
    if not classes:
        raise SystemExit("no request classes: run `manage.py migrate` first")
    class_pairs = [(classes[s], w) for s, w in CLASS_WEIGHTS.items() if s in classes]
    class_pairs += [(c, 2) for s, c in classes.items() if s not in CLASS_WEIGHTS]
    teams = {t.slug: t for t in Team.objects.all()}

    User = get_user_model()
    agents = []
    agent_group = Group.objects.get(name="Agent")
    for index in range(1, 7):
        user, created = User.objects.get_or_create(
            username=f"seed-agent-{index}",
            defaults={"first_name": FIRST[index], "last_name": LAST[index]},
        )
        if created:
            user.set_unusable_password()
            user.save(update_fields=["password"])
            user.groups.add(agent_group)
        agents.append(user)

    # Customers: about one per twenty tickets, added up to that share.
    customers_wanted = max(1, args.tickets // 20)
    seeded = Customer.objects.filter(external_id__startswith="SEED-")
    have = seeded.count()
    new_customers = []
    for index in range(have, customers_wanted):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        tier, plan, _ = weighted(rng, [(t, t[2]) for t in TIERS])
        signup = now - dt.timedelta(days=rng.randint(30, 3 * 365))
        new_customers.append(
            Customer(
                email=f"{first}.{last}.{index}@{rng.choice(DOMAINS)}".lower(),
                name=f"{first} {last}",
                external_id=f"SEED-{index:07d}",
                tier=tier,
                plan=plan,
                signup_date=signup.date(),
                locale=rng.choice(LOCALES),
                last_active_at=now - dt.timedelta(hours=rng.expovariate(1 / 72)),
                seats={"free": 1, "starter": 3, "business": 12, "enterprise": 80}[tier],
                features_used=rng.sample(FEATURES, rng.randint(1, 4)),
                usage={"stations_online": rng.randint(0, 6), "api_calls_30d": rng.randint(0, 9000)},
            )
        )
    Customer.objects.bulk_create(new_customers, batch_size=args.batch)
    customer_ids = list(seeded.order_by("id").values_list("id", flat=True))
    print(f"customers: {len(new_customers)} created, {have} already present", flush=True)

    # Created times, oldest first so ids grow with time as they do in a live system.
    ages = sorted((365 * rng.random() ** 1.4 for _ in range(wanted)), reverse=True)
    made_tickets = made_messages = 0
    for batch_start in range(0, wanted, args.batch):
        batch_ages = ages[batch_start : batch_start + args.batch]
        tickets, threads = [], []
        for age_days in batch_ages:
            ticket, thread = ticket_build(
                rng=rng,
                now=now,
                age_days=age_days,
                customer_id=customer_ids[int(len(customer_ids) * rng.random() ** 2)],
                class_pairs=class_pairs,
                teams=teams,
                agents=agents,
            )
            tickets.append(ticket)
            threads.append(thread)
        with transaction.atomic():
            Ticket.objects.bulk_create(tickets)
            messages = []
            for ticket, thread in zip(tickets, threads, strict=True):
                for index, message in enumerate(thread):
                    message.ticket_id = ticket.pk
                    message.message_id = f"<seed-{ticket.pk}.{index}@bench.example>"
                    messages.append(message)
            Message.objects.bulk_create(messages, batch_size=5_000)
        made_tickets += len(tickets)
        made_messages += len(messages)
        if made_tickets % PROGRESS_EVERY < args.batch or made_tickets == wanted:
            elapsed = time.monotonic() - started
            print(
                f"tickets {existing + made_tickets:>7}/{args.tickets} "
                f"messages {made_messages:>7}  {elapsed:6.1f}s  {made_tickets / elapsed:,.0f}/s",
                flush=True,
            )

    if connection.vendor in ("postgresql", "sqlite"):
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    elapsed = time.monotonic() - started
    print(
        f"summary: {made_tickets} tickets and {made_messages} messages added to {name} "
        f"(now {Ticket.objects.count()} tickets, {Customer.objects.count()} customers) "
        f"in {elapsed:.1f}s; {existing} tickets were already there; statistics refreshed",
        flush=True,
    )
    return 0


def ticket_build(*, rng, now, age_days, customer_id, class_pairs, teams, agents):
    """One unsaved Ticket and its unsaved messages, consistent with each other."""
    from tickets.models import Message, Ticket

    created = now - dt.timedelta(days=age_days)
    status = weighted(rng, next(pairs for limit, pairs in STATUS_BY_AGE if age_days < limit))
    classified = status not in ("new", "in_pipeline") or rng.random() < 0.3
    request_class = weighted(rng, class_pairs) if classified else None
    slug = request_class.slug if request_class else "general"
    risk = request_class.risk if request_class else ""
    if risk == "low" and rng.random() < 0.03:
        risk = "high"  # signals (frustration, churn) lifted it
    product = rng.choice(PRODUCTS)
    subject = rng.choice(SUBJECTS.get(slug, SUBJECTS["general"]))
    subject = subject.format(product=product, n=rng.randint(100000, 999999))
    open_now = status != "resolved"
    assignee = rng.choice(agents) if rng.random() < (0.6 if open_now else 0.9) else None
    priority = weighted(rng, ((1, 15), (2, 60), (3, 20), (4, 5)))
    if slug in ("outage", "security-report"):
        priority = max(priority, 3)

    count = (
        1
        if status in ("new", "in_pipeline")
        else weighted(rng, ((1, 20), (2, 40), (3, 25), (4, 15)))
    )
    if status in ("waiting_on_customer", "resolved") and count == 1:
        count = 2  # someone answered
    thread, at = [], created
    first_response = last_customer = None
    for index in range(count):
        inbound = index % 2 == 0
        if inbound:
            text = " ".join(rng.sample(CUSTOMER_LINES, 2)).format(product=product)
            last_customer = at
            message = Message(
                direction="inbound",
                from_address="",
                subject=subject,
                body_text=text,
                full_text=text,
                created_at=at,
            )
        else:
            agent = assignee or rng.choice(agents)
            text = rng.choice(AGENT_LINES).format(product=product)
            first_response = first_response or at
            note = rng.random() < 0.1
            message = Message(
                direction="note" if note else "outbound",
                author_user_id=agent.pk,
                from_name=agent.get_full_name(),
                subject=f"Re: {subject}",
                body_text=text,
                full_text=text,
                created_at=at,
            )
        thread.append(message)
        at = min(now, at + dt.timedelta(hours=rng.expovariate(1 / 6)))
    resolved_at = min(now, at + dt.timedelta(hours=rng.uniform(0.5, 48))) if not open_now else None
    ticket = Ticket(
        customer_id=customer_id,
        subject=subject,
        channel=rng.choice(("email", "email", "email", "api", "web")),
        status=status,
        request_class=request_class,
        class_source=("agent" if rng.random() < 0.03 else "model") if request_class else "",
        risk=risk,
        priority=priority,
        team=teams.get(CLASS_TEAM.get(slug, "support")),
        assignee=assignee,
        needs_human=status == "escalated" or risk == "high",
        created_at=created,
        last_customer_message_at=last_customer,
        first_response_at=first_response,
        resolved_at=resolved_at,
        reopen_count=1 if status == "reopened" else 0,
        message_count=len(thread),
    )
    return ticket, thread


if __name__ == "__main__":
    sys.exit(main())
