"""Escalation-rule benchmark: evaluation cost per ticket and dry-run time.

Run (PostgreSQL; creates/reuses its own database `bench_sd_routing`):

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/supportdesk .venv/bin/python bench/rules.py

Options: --rules 200 --tickets 10000 --facts 2000 --rounds 5 --dry-rounds 3 --fresh (re-seed).

1. Evaluation (pure, no database): median microseconds per ticket with N generated rules, against
   a baseline of 1 rule measured in the same run (interleaved rounds, so machine noise hits both).
2. Dry run over the latest decisions of 10,000 recorded tickets (seeded once into the bench DB):
   median wall time of `routing.selectors.dry_run` for the shipped rule set with one edited rule,
   and for the N-rule set; the baseline is the same dry run over 1,000 tickets.
"""

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "supportdesk.settings")
os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/supportdesk")
os.environ["DATABASE_TEST_NAME"] = "bench_sd_routing"

COMMAND = (
    "DATABASE_URL=postgres://postgres@127.0.0.1:5432/supportdesk "
    ".venv/bin/python bench/rules.py " + " ".join(sys.argv[1:])
)

TIERS = ["free", "starter", "business", "enterprise"]
CLASSES = [
    "shipping-status",
    "refund-policy",
    "account-access",
    "setup-help",
    "pricing",
    "general",
    "billing-dispute",
    "refund-exception",
    "complaint",
]
WORDS = [
    "order",
    "refund",
    "chargeback",
    "invoice",
    "station",
    "sensor",
    "login",
    "api",
    "dashboard",
    "alert",
    "cancel",
    "lawyer",
    "broken",
    "delivery",
    "password",
    "upgrade",
]
# Message text: mostly everyday words; the rule words above appear now and then.
FILLER = [
    "the",
    "my",
    "is",
    "not",
    "it",
    "since",
    "yesterday",
    "please",
    "help",
    "with",
    "and",
    "we",
    "our",
    "weather",
    "reading",
    "wind",
    "rain",
    "temperature",
    "app",
    "shows",
    "again",
    "after",
    "update",
    "thanks",
    "hello",
    "today",
    "still",
    "working",
    "data",
]
SIGNALS = [
    "legal_request",
    "security_issue",
    "refund_exception",
    "data_deletion",
    "account_inconsistency",
    "prompt_injection",
]


def make_facts(rng: random.Random) -> dict:
    cls = rng.choice(CLASSES)
    return {
        "request_class": cls,
        "risk": "high" if cls in ("billing-dispute", "refund-exception", "complaint") else "low",
        **{s: rng.random() < 0.04 for s in SIGNALS},
        "customer_tier": rng.choice(TIERS),
        "customer_plan": rng.choice(["Free", "Starter monthly", "Business yearly", "Enterprise"]),
        "required_account_data_present": rng.random() > 0.05,
        "customer_messages_in_thread": rng.randint(1, 6),
        "hours_open": round(rng.uniform(0, 120), 1),
        "reopen_count": rng.choice([0, 0, 0, 0, 1, 2]),
        "top_retrieval_score": round(rng.random(), 3),
        "draft_cites_only_retrieved": rng.random() > 0.03,
        "draft_cited_policies": rng.sample(["shipping-times", "refunds", "warranty", "pricing"], 2),
        "classifier_confidence": round(rng.uniform(0.4, 1.0), 3),
        "channel": rng.choice(["email", "api", "web"]),
        "language": rng.choice(["en", "en", "en", "de", "fr"]),
        "frustration": round(rng.random(), 2),
        "churn_risk": round(rng.random(), 2),
        "message_text": " ".join(
            rng.choice(WORDS) if rng.random() < 0.03 else rng.choice(FILLER)
            for _ in range(rng.randint(20, 120))
        ),
        "subject": " ".join(rng.choice(WORDS) for _ in range(5)),
    }


def make_rule(rng: random.Random, i: int) -> dict:
    """A plausible lead-written rule: 1-3 conditions over mixed fact types."""
    makers = [
        lambda: {"fact": rng.choice(SIGNALS), "operator": "is_true", "value": None},
        lambda: {"fact": "customer_tier", "operator": "is", "value": rng.choice(TIERS)},
        lambda: {"fact": "hours_open", "operator": "gt", "value": rng.randint(48, 300)},
        lambda: {
            "fact": "classifier_confidence",
            "operator": "lt",
            "value": round(rng.uniform(0.3, 0.6), 2),
        },
        lambda: {"fact": "message_text", "operator": "contains_any", "value": rng.sample(WORDS, 3)},
        lambda: {"fact": "request_class", "operator": "is", "value": rng.choice(CLASSES)},
        lambda: {
            "fact": "draft_cited_policies",
            "operator": "includes_all",
            "value": ["warranty", "pricing"],
        },
        lambda: {"fact": "language", "operator": "is", "value": rng.choice(["de", "fr"])},
    ]
    conditions = [rng.choice(makers)() for _ in range(rng.choice([1, 2, 2, 3]))]
    return {
        "id": 100_000 + i,
        "name": f"bench rule {i}",
        "enabled": True,
        "order": 1000 + i,
        "match": rng.choice(["all", "all", "all", "any"]),
        "conditions": conditions,
        "action": {
            "team": rng.choice(["support", "billing", "trust-safety"]),
            "priority": rng.randint(1, 4),
            "needs_human": True,
            "block_auto_send": True,
            "reason": f"bench reason {i}",
            "stop": False,
        },
    }


MODES = {
    "explained": "snapshot dict, compiled per call, full explanation",
    "compiled": "route_decide path: compiled once per version, full explanation",
    "fast": "dry-run path: compiled once, outcome only",
}


def bench_evaluation(args, rng) -> dict:
    from routing.evaluation import evaluate, ruleset_compile

    facts = [make_facts(rng) for _ in range(args.facts)]
    many = {"format": 1, "rules": [make_rule(rng, i) for i in range(args.rules)]}
    one = {"format": 1, "rules": many["rules"][:1]}
    sets = {1: (one, ruleset_compile(one)), args.rules: (many, ruleset_compile(many))}
    samples = {(mode, n): [] for mode in MODES for n in sets}
    fired = 0
    for r in range(args.rounds):
        for mode in MODES:
            for n, (snapshot, compiled) in sets.items():
                target = snapshot if mode == "explained" else compiled
                explain = mode != "fast"
                bucket = samples[(mode, n)]
                for f in facts:
                    start = time.perf_counter_ns()
                    decision = evaluate(f, target, explain=explain)
                    bucket.append((time.perf_counter_ns() - start) / 1000)
                    if n != 1 and mode == "fast":
                        fired += len(decision.fired)
        print(f"  evaluation round {r + 1}/{args.rounds} done", flush=True)
    result = {"fired_per_ticket": fired / (args.rounds * len(facts))}
    for mode in MODES:
        base = statistics.median(samples[(mode, 1)])
        big = statistics.median(samples[(mode, args.rules)])
        result[mode] = {
            "base": base,
            "big": big,
            "ratio": big / base,
            "p90": statistics.quantiles(samples[(mode, args.rules)], n=10)[-1],
        }
    return result


def seed(args, rng) -> int:
    from django.db import transaction
    from django.utils import timezone

    from routing.evaluation import evaluate
    from routing.models import RoutingDecision
    from routing.selectors import ruleset_version_current
    from tickets.models import Customer, Ticket

    have = RoutingDecision.objects.values("ticket_id").distinct().count()
    if have >= args.tickets and not args.fresh:
        print(f"  bench DB already holds decisions for {have} tickets; reusing them", flush=True)
        return 0
    RoutingDecision.objects.all().delete()
    Ticket.objects.all().delete()
    version = ruleset_version_current()
    now = timezone.now()
    customer, _ = Customer.objects.get_or_create(email="bench@fernhill.example")
    batch = 1000
    for start in range(0, args.tickets, batch):
        with transaction.atomic():
            tickets = Ticket.objects.bulk_create(
                [
                    Ticket(
                        customer=customer,
                        subject=f"bench {start + i}",
                        channel="email",
                        created_at=now,
                    )
                    for i in range(min(batch, args.tickets - start))
                ]
            )
            decisions = []
            for t in tickets:
                facts = make_facts(rng)
                d = evaluate(facts, version.snapshot)
                decisions.append(
                    RoutingDecision(
                        ticket=t,
                        created_at=now,
                        ruleset_version=version,
                        facts=facts,
                        explanation=d.as_dict(),
                        fired_rules=d.fired_names,
                        priority=d.priority,
                        needs_human=d.needs_human,
                        block_auto_send=d.block_auto_send,
                        reasons=list(d.reasons),
                        auto_send_reason="bench",
                    )
                )
            RoutingDecision.objects.bulk_create(decisions)
        print(f"  seeded {start + len(tickets)}/{args.tickets} tickets", flush=True)
    return args.tickets


def bench_dry_run(args, rng) -> dict:
    import copy

    from routing.selectors import dry_run, ruleset_version_current

    current = ruleset_version_current().snapshot
    edited = copy.deepcopy(current)
    thread = next(r for r in edited["rules"] if r["name"] == "Long unresolved thread")
    thread["conditions"][1]["value"] = 48  # hours open > 48 instead of 72
    many = {"format": 1, "rules": current["rules"] + [make_rule(rng, i) for i in range(args.rules)]}
    results = {}
    for label, candidate in (("edited", edited), ("many", many)):
        for limit in (1000, args.tickets):
            times, changed, evaluated = [], None, None
            for _ in range(args.dry_rounds):
                start = time.perf_counter()
                result = dry_run(candidate=candidate, limit=limit)
                times.append(time.perf_counter() - start)
                changed, evaluated = result.changed, result.evaluated
            results[(label, limit)] = (statistics.median(times), changed, evaluated)
            print(
                f"  dry run {label} over {limit}: median {results[(label, limit)][0]:.2f} s",
                flush=True,
            )
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rules", type=int, default=200)
    parser.add_argument("--tickets", type=int, default=10_000)
    parser.add_argument("--facts", type=int, default=2000, help="fact dicts per evaluation round")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--dry-rounds", type=int, default=3, help="rounds per dry-run size")
    parser.add_argument("--fresh", action="store_true", help="re-seed the bench database")
    args = parser.parse_args()
    print(f"$ {COMMAND}", flush=True)

    import django

    django.setup()
    from django.db import connection

    rng = random.Random(20261127)  # noqa: S311 - reproducible data, not security
    print(f"1. evaluation: {args.facts} tickets x {args.rounds} rounds, 1 rule vs {args.rules}")
    ev = bench_evaluation(args, rng)

    print(f"2. dry run: bench database {os.environ['DATABASE_TEST_NAME']} (created if absent)")
    connection.creation.create_test_db(verbosity=0, autoclobber=True, keepdb=True)
    seeded = seed(args, rng)
    dr = bench_dry_run(args, rng)

    print("\nSummary")
    for mode, text in MODES.items():
        m = ev[mode]
        print(
            f"  evaluation [{text}]: {args.rules} rules median {m['big']:.1f} µs/ticket "
            f"(p90 {m['p90']:.1f}); 1 rule (baseline) {m['base']:.1f} µs; "
            f"ratio {m['ratio']:.1f}x"
        )
    print(
        f"  ({ev['fired_per_ticket']:.2f} of the {args.rules} generated rules fire per ticket "
        f"on average)"
    )
    for label, text in (
        ("edited", "shipped rules, one edited"),
        ("many", f"shipped + {args.rules} rules"),
    ):
        small, big = dr[(label, 1000)], dr[(label, args.tickets)]
        print(
            f"  dry run ({text}): {big[2]} tickets in median {big[0]:.2f} s "
            f"({big[0] / big[2] * 1e6:.0f} µs/ticket, {big[1]} changed); baseline "
            f"{small[2]} tickets {small[0]:.2f} s; ratio {big[0] / small[0]:.1f}x"
        )
    print(
        f"  seeded {seeded} tickets this run (0 = reused); "
        f"medians of {args.rounds} evaluation / {args.dry_rounds} dry-run rounds; 2-core noisy machine: compare ratios, not absolutes"
    )


if __name__ == "__main__":
    main()
