"""Replay throughput on PostgreSQL, with the offline provider (one process and two).

    .venv/bin/python bench/replay.py                    # 1,000 tickets (the goal names 10,000)
    .venv/bin/python bench/replay.py --tickets 10000    # the goal's size (seeding takes long)
    .venv/bin/python bench/replay.py --tickets 10000 --seed 800   # 800 seeded, 9,200 copies
    .venv/bin/python bench/replay.py --tickets 10000 --seed 800 --full-only   # only all 10,000

1. Prepares the bench database supportdesk_bench_replay (created if missing, migrated, the demo
   loaded for its classifier, policies and reply memory), then takes in `--tickets` customer
   messages through intake with the pipeline run in process (Celery eager), once: later runs
   reuse them.
   Runs whose message has no kept vectors (seeded before they were kept, or copied by
   `--seed`) get them first as the live chunks keep them (`drafts.stages.vectors_backfill`,
   timed and reported).
2. Interleaved `--rounds` times over the same `--sample` runs: the baseline, the classify,
   context and draft stages called directly (one ticket at a time, one process), and
   `drafts.replay.pipeline_replay`: one ticket at a time; in chunks in one process embedding
   every text again (as before vectors were kept); in chunks in one process with the kept
   vectors; in chunks over two processes with them (the default). Reported: medians of
   tickets/s and of this process's CPU ms a ticket (a forked process's CPU is not in it),
   queries per ticket, every column of every row compared between one at a time and the
   chunks (one process and two), and all `--tickets` replayed once, over two processes.

The issue's goal (10,000 tickets in under 60 s on 2 cores) needs about 167 tickets/s.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench._harness import database_ensure, django_env, log, manage, python, results_write  # noqa: E402

DATABASE_URL = "postgres://postgres@127.0.0.1:5432/supportdesk_bench_replay"
TEXTS = [
    ("Where is my order", "Where is my weather station parcel? Order {n}, tracking shows nothing."),
    ("Return", "Can I return my station? I bought it {d} days ago and want my money back."),
    ("Login", "I cannot log in, the password reset email never arrives. Account {n}."),
    ("Rain gauge", "The rain gauge reads 0 mm although it rained all night, unit {n}."),
    ("Price", "How much is the Business plan for {d} stations, and are SMS alerts included?"),
    ("Charged twice", "You charged my card twice this month for order {n}, please refund one."),
    ("Bestellung", "Meine Bestellung {n} ist seit {d} Tagen unterwegs, wo ist das Paket?"),
    ("Connexion", "Je n'arrive plus à me connecter depuis {d} jours, compte {n}."),
]


def clone_top_up(tickets: int, have: int) -> int:
    """Tickets `have`..`tickets`-1 as copies of tickets seeded through intake with the same
    text template: each gets the subject and message the intake seeding would have given it
    (its own numbers), with the source's run, decision and draft (bulk inserts: seeding
    10,000 through the pipeline takes about an hour on this machine). Returns how many."""
    from django.db import transaction

    from drafts.models import Draft, PipelineRun
    from tickets.models import Message, Ticket

    sources: dict[int, list[PipelineRun]] = {}
    for run in (
        PipelineRun.objects.filter(status="done", trigger="inbound")
        .select_related("ticket", "message")
        .order_by("id")
    ):
        for index, (subject, _) in enumerate(TEXTS):
            if (
                run.ticket.subject.startswith(f"{subject} ")
                and run.ticket.subject.rsplit(" ", 1)[-1].isdigit()
            ):
                sources.setdefault(index, []).append(run)
    drafts = {
        d.run_id: d
        for d in Draft.objects.filter(run__in=[r for rs in sources.values() for r in rs])
    }
    made = 0
    for start in range(have, tickets, 1000):
        batch = range(start, min(start + 1000, tickets))
        with transaction.atomic():
            picked = [sources[i % len(TEXTS)][i % len(sources[i % len(TEXTS)])] for i in batch]
            new_tickets = []
            for i, source in zip(batch, picked, strict=True):
                ticket = Ticket.objects.get(pk=source.ticket_id)
                ticket.pk = None
                ticket.subject = f"{TEXTS[i % len(TEXTS)][0]} {i}"
                new_tickets.append(ticket)
            Ticket.objects.bulk_create(new_tickets)
            messages = []
            for i, source, ticket in zip(batch, picked, new_tickets, strict=True):
                message = Message.objects.get(pk=source.message_id)
                body = TEXTS[i % len(TEXTS)][1].format(n=40000 + i, d=3 + i % 20)
                message.pk, message.ticket = None, ticket
                message.subject, message.body_text, message.full_text = ticket.subject, body, body
                message.message_id = ""
                messages.append(message)
            Message.objects.bulk_create(messages)
            runs = []
            for source, ticket, message in zip(picked, new_tickets, messages, strict=True):
                run = PipelineRun.objects.get(pk=source.pk)
                run.pk, run.ticket, run.message = None, ticket, message
                runs.append(run)
            PipelineRun.objects.bulk_create(runs)
            copies = []
            for source, run in zip(picked, runs, strict=True):
                draft = drafts.get(source.pk)
                if draft is not None:
                    copy = Draft.objects.get(pk=draft.pk)
                    copy.pk, copy.run, copy.ticket_id, copy.message_id = (
                        None,
                        run,
                        run.ticket_id,
                        run.message_id,
                    )
                    copies.append(copy)
            Draft.objects.bulk_create(copies)
        made += len(batch)
        print(f"[bench] copied {have + made}/{tickets}", file=sys.stderr, flush=True)
    return made


def vectors_backfill_missing() -> dict:
    """Keep the embeddings of the runs whose message has none (drafts.services.
    text_vectors_backfill, what `manage.py text_vectors --backfill` runs: what the live chunks
    keep): tickets seeded before vectors were kept, and the copies clone_top_up makes (their
    texts never went through the pipeline). Returns how many runs and how long it took (the
    live pipeline pays this as it goes, in its encoder calls)."""
    from drafts.services import text_vectors_backfill

    def progress(done: int, total: int) -> None:
        print(f"[bench] vectors kept {done}/{total}", file=sys.stderr, flush=True)

    started = time.perf_counter()
    kept = text_vectors_backfill(progress=progress)
    return {"runs": kept["runs"], "seconds": round(time.perf_counter() - started, 1)}


def inner(
    tickets: int,
    rounds: int,
    *,
    seed_only: bool = False,
    seed: int = 0,
    sample_size: int = 1000,
    full_only: bool = False,
) -> dict:
    import django

    django.setup()
    from celery import current_app
    from django.db import connection, transaction
    from django.test.utils import CaptureQueriesContext

    from drafts import stages
    from drafts.models import PipelineRun
    from drafts.replay import pipeline_replay
    from tickets.inbound import InboundMessage
    from tickets.services import inbound_ingest

    have = PipelineRun.objects.filter(status="done", trigger="inbound").count()
    copied = 0
    # Through intake up to --seed (every ticket without it), then copies up to --tickets.
    through_intake = min(seed, tickets) if seed else tickets
    if have < through_intake:
        current_app.conf.task_always_eager = True
        started = time.perf_counter()
        for i in range(have, through_intake):
            subject, body = TEXTS[i % len(TEXTS)]
            message = InboundMessage(
                from_address=f"bench{i % 500}@example.com",
                subject=f"{subject} {i}",
                body_text=body.format(n=40000 + i, d=3 + i % 20),
            )
            with transaction.atomic():
                inbound_ingest(inbound=message, channel="email")
            if (i + 1) % 100 == 0:
                print(f"[bench] seeded {i + 1}/{through_intake}", file=sys.stderr, flush=True)
        print(
            f"[bench] seeding took {time.perf_counter() - started:.0f} s",
            file=sys.stderr,
            flush=True,
        )
        have = through_intake
    if have < tickets:
        copied = clone_top_up(tickets, have)
    backfilled = vectors_backfill_missing()
    if seed_only:
        return {"seeded": PipelineRun.objects.filter(status="done", trigger="inbound").count()}
    if full_only:
        # Only all `tickets` through the replay as a lead runs it (two processes), after a
        # warm-up of 200 in one process: the goal's figure, quick to take when the machine
        # is quiet.
        pipeline_replay(last=min(tickets, 200), processes=1)
        started, cpu = time.perf_counter(), time.process_time()
        report = pipeline_replay(last=tickets)
        return {
            "copied_tickets": copied,
            "vectors_backfilled": backfilled,
            "full": {
                "tickets": len(report.rows),
                "seconds": round(time.perf_counter() - started, 1),
                "cpu_seconds": round(time.process_time() - cpu, 1),
                "changed_against_recorded": sum(bool(r.changes) for r in report.rows),
            },
        }
    sample = min(tickets, sample_size)
    runs = list(
        PipelineRun.objects.filter(status="done", trigger="inbound")
        .select_related("ticket__customer", "message", "request_class")
        .order_by("-id")[:sample]
    )

    def baseline() -> None:
        for run in runs:
            with transaction.atomic():
                again = PipelineRun(ticket=run.ticket, message=run.message)
                for stage in (stages.stage_classify, stages.stage_context, stages.stage_draft):
                    result = stage(again)
                    for key, value in result.run_updates.items():
                        setattr(again, key, value)
                transaction.set_rollback(True)

    works = {
        "baseline": baseline,
        "unbatched": lambda: pipeline_replay(last=sample, batched=False),
        "embedding": lambda: pipeline_replay(last=sample, kept_vectors=False, processes=1),
        "kept": lambda: pipeline_replay(last=sample, processes=1),
        "replay": lambda: pipeline_replay(last=sample),
    }
    baseline()  # warm: models loaded, caches filled
    rates: dict[str, list[float]] = {name: [] for name in works}
    # This process's CPU time per ticket beside the wall-clock rate: on a shared machine the
    # rate follows the load, the CPU time much less (the work is single-threaded here).
    cpu_ms: dict[str, list[float]] = {name: [] for name in works}
    for _ in range(rounds):
        for name, work in works.items():
            started, cpu = time.perf_counter(), time.process_time()
            work()
            rates[name].append(len(runs) / (time.perf_counter() - started))
            cpu_ms[name].append((time.process_time() - cpu) * 1000 / len(runs))
    # The same decisions and drafts every way (one by one embedding everything anew, in chunks
    # with the kept vectors in one process and over two): every column of every ticket.
    one_by_one = pipeline_replay(last=sample, batched=False).rows
    with CaptureQueriesContext(connection) as queries:
        batched = pipeline_replay(last=sample, processes=1).rows  # this process's queries
    forked = pipeline_replay(last=sample).rows
    differing = [
        a.reference
        for a, b, c in zip(one_by_one, batched, forked, strict=True)
        if a.after != b.after
        or a.changes != b.changes
        or (b.after, b.changes) != (c.after, c.changes)
    ]
    figures = {
        "tickets_measured_per_round": len(runs),
        "rounds": rounds,
        "tickets_per_second": {k: round(statistics.median(v), 1) for k, v in rates.items()},
        "all_rates": {k: [round(x, 1) for x in v] for k, v in rates.items()},
        "cpu_ms_per_ticket": {k: round(statistics.median(v), 1) for k, v in cpu_ms.items()},
        "queries_per_ticket": round(len(queries.captured_queries) / len(runs), 2),
        "decisions_compared": len(batched),
        "decisions_differing_batched_vs_one_by_one": differing,
        "copied_tickets": copied,
        "vectors_backfilled": backfilled,
    }
    if tickets > sample:
        started, cpu = time.perf_counter(), time.process_time()
        report = pipeline_replay(last=tickets)
        figures["full"] = {
            "tickets": len(report.rows),
            "seconds": round(time.perf_counter() - started, 1),
            "cpu_seconds": round(time.process_time() - cpu, 1),
            "changed_against_recorded": sum(bool(r.changes) for r in report.rows),
        }
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tickets", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument(
        "--seed-only", action="store_true", help="Only seed the tickets (in the background)."
    )
    parser.add_argument(
        "--seed",
        type=int,
        default=0,
        help="Seed this many tickets through intake and the pipeline, then copy them up to "
        "--tickets (clone_top_up); 0: every ticket through intake.",
    )
    parser.add_argument(
        "--sample",
        type=int,
        default=1000,
        help="Tickets of the interleaved rounds (baseline, one by one, batched) and of the "
        "decision check; with more --tickets, all of them are replayed once, batched, after.",
    )
    parser.add_argument(
        "--full-only",
        action="store_true",
        help="Only replay all --tickets once, over two processes, after a warm-up (no rounds, "
        "no comparison).",
    )
    parser.add_argument("--inner", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.inner:
        figures = inner(
            args.tickets,
            args.rounds,
            seed_only=args.seed_only,
            seed=args.seed,
            sample_size=args.sample,
            full_only=args.full_only,
        )
        print(json.dumps(figures))
        return
    env = django_env(DATABASE_URL, var_dir=ROOT / "var" / "bench-replay")
    env["SUPPORTDESK_PIPELINE_ENABLED"] = "true"
    if database_ensure(DATABASE_URL):
        log("new database: migrating and loading the demo")
    manage("migrate", "--noinput", "-v", "0", env=env)
    manage("load_demo", "--allow-production", env=env, capture=True)
    command = [python(), __file__, "--inner", "--tickets", str(args.tickets)]
    command += [
        "--rounds",
        str(args.rounds),
        "--seed",
        str(args.seed),
        "--sample",
        str(args.sample),
    ]
    command += ["--seed-only"] if args.seed_only else []
    command += ["--full-only"] if args.full_only else []
    load_start = os.getloadavg()
    started = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    sys.stderr.write(done.stderr[-2000:] if done.returncode else "")
    if done.returncode:
        raise SystemExit("the bench failed (see above)")
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    if args.seed_only:
        log(f"seeded: {figures['seeded']} runs")
        return
    figures["load_average_start"] = load_start
    if args.full_only:
        figures["load_average"] = os.getloadavg()
        figures["command"] = "bench/replay.py " + " ".join(sys.argv[1:])
        full = figures["full"]
        log(
            f"all {full['tickets']} tickets replayed in chunks over two processes in "
            f"{full['seconds']} s ({full['tickets'] / full['seconds']:.1f}/s; goal 10,000 in "
            f"under 60 s), {full['cpu_seconds']} s of CPU in this process; load average "
            f"{load_start[0]:.2f} at the start, {figures['load_average'][0]:.2f} at the end"
        )
        log(f"written to {results_write('replay', figures)}")
        return
    rates = figures["tickets_per_second"]
    figures["ratio_replay_to_baseline"] = round(rates["replay"] / rates["baseline"], 3)
    figures["ratio_replay_to_unbatched"] = round(rates["replay"] / rates["unbatched"], 3)
    figures["ratio_replay_to_embedding"] = round(rates["replay"] / rates["embedding"], 3)
    figures["ratio_kept_to_embedding"] = round(rates["kept"] / rates["embedding"], 3)
    figures["seconds_for_10000_at_replay_rate"] = round(10000 / rates["replay"], 1)
    figures["load_average"] = os.getloadavg()
    figures["command"] = "bench/replay.py " + " ".join(sys.argv[1:])
    figures["wall_seconds"] = round(time.perf_counter() - started, 1)
    log(
        f"{figures['tickets_measured_per_round']} tickets x {figures['rounds']} rounds (medians), "
        f"tickets/s: the stages alone one by one {rates['baseline']}, replay one by one "
        f"{rates['unbatched']}; in chunks, one process: embedding every text again (as before) "
        f"{rates['embedding']}, with the kept vectors {rates['kept']} (x"
        f"{figures['ratio_kept_to_embedding']}); in chunks over two processes with the kept "
        f"vectors {rates['replay']} (x{figures['ratio_replay_to_embedding']} embedding again in "
        f"one, x{figures['ratio_replay_to_baseline']} the stages alone); "
        f"{figures['queries_per_ticket']} queries per ticket"
    )
    cpu = figures["cpu_ms_per_ticket"]
    log(
        f"CPU ms per ticket (medians, this process only): stages alone {cpu['baseline']}, replay "
        f"one by one {cpu['unbatched']}, chunks embedding again {cpu['embedding']}, chunks with "
        f"the kept vectors {cpu['kept']} (two processes: {cpu['replay']}, this one's share)"
    )
    kept = figures["vectors_backfilled"]
    if kept["runs"]:
        log(f"vectors kept first for {kept['runs']} runs without them: {kept['seconds']} s")
    differing = figures["decisions_differing_batched_vs_one_by_one"]
    log(
        f"decisions and drafts batched vs one by one: {figures['decisions_compared']} compared, "
        f"{len(differing)} differ" + (f": {differing[:20]}" if differing else "")
    )
    if "full" in figures:
        full = figures["full"]
        log(
            f"all {full['tickets']} tickets replayed in chunks over two processes in {full['seconds']} s "
            f"({full['tickets'] / full['seconds']:.1f}/s; goal 10,000 in under 60 s), "
            f"{full['cpu_seconds']} s of CPU"
        )
    else:
        log(f"10,000 would take {figures['seconds_for_10000_at_replay_rate']} s at this rate")
    log(f"written to {results_write('replay', figures)}")


if __name__ == "__main__":
    main()
