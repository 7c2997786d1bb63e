"""Email intake throughput on PostgreSQL: `manage.py import_email` over a Maildir.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/supportdesk \
        .venv/bin/python bench/import_email.py [--messages 2000] [--runs 3]

The corpus is built here: every ../shared/data/eml-*/*.eml in turn (synthesized messages when
that folder is absent), each copy with a fresh Message-ID and one of 200 sender addresses, and
every fourth message a reply (In-Reply-To) to an earlier one, so intake opens tickets, threads
replies and ignores the bounces. Each run imports its own copy of the corpus (its own
Message-IDs) into a throwaway database (bench_sd_import_email, created and dropped here),
through the real command: store raw, parse, thread, sanitize, events, pipeline enqueue (to an
in-memory broker, so no worker picks anything up).

Baselines over the same bytes in the same command: the bare stdlib parse
(BytesParser(policy=default) + get_body + get_content), and our parser alone (email_parse, no
database). Printed: median messages/s of the runs and the ratios.
"""

import argparse
import io
import mailbox
import os
import statistics
import sys
import tempfile
import time
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "supportdesk.settings")
os.environ.setdefault("DATABASE_TEST_NAME", "bench_sd_import_email")
os.environ["CELERY_BROKER_URL"] = "memory://"

REPLACED = ("message-id", "from", "in-reply-to", "references")


def _rewrite_headers(raw: bytes, headers: dict[str, str]) -> bytes:
    """Drop the named headers (with their folded continuation lines) and put new ones first."""
    crlf, lf = raw.find(b"\r\n\r\n"), raw.find(b"\n\n")
    if crlf >= 0 and (lf < 0 or crlf <= lf):
        split, newline = crlf, b"\r\n"
    elif lf >= 0:
        split, newline = lf, b"\n"
    else:
        split, newline = len(raw), b"\n"
    head, body = raw[:split], raw[split:]
    kept, dropping = [], False
    for line in head.split(newline):
        if line[:1] in (b" ", b"\t"):
            if not dropping:
                kept.append(line)
            continue
        dropping = line.split(b":", 1)[0].strip().lower().decode("latin-1") in REPLACED
        if not dropping:
            kept.append(line)
    new = [f"{name}: {value}".encode() for name, value in headers.items()]
    return newline.join(new + kept) + body


def _templates() -> list[bytes]:
    files = sorted(SHARED.glob("eml-*/*.eml"))
    if files:
        return [path.read_bytes() for path in files]
    templates = []
    for n in range(20):
        message = EmailMessage()
        message["Subject"] = f"Station question {n}"
        message["To"] = "support@fernhill.example"
        message.set_content(f"My station shows error E{n}.\n\nOn Mon, support wrote:\n> Hello")
        if n % 2:
            message.add_alternative(f"<p>My station shows error E{n}.</p>", subtype="html")
        templates.append(message.as_bytes())
    return templates


def corpus(*, size: int, run: int) -> list[bytes]:
    templates = _templates()
    messages = []
    for i in range(size):
        headers = {
            "Message-ID": f"<bench-r{run}-{i}@bench.invalid>",
            "From": f"Customer {i % 200} <customer{i % 200}@bench.invalid>",
        }
        if i % 4 == 3:
            headers["In-Reply-To"] = f"<bench-r{run}-{i - 3}@bench.invalid>"
        messages.append(_rewrite_headers(templates[i % len(templates)], headers))
    return messages


def stdlib_parse(messages: list[bytes]) -> None:
    for raw in messages:
        message = BytesParser(policy=policy.default).parsebytes(raw)
        body = message.get_body(preferencelist=("plain", "html"))
        if body is not None:
            try:
                body.get_content()
            except (LookupError, ValueError):
                pass


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--messages", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.db.models import Count
    from django.test.utils import setup_databases, teardown_databases

    from tickets.email.parsing import EmailParseError, email_parse
    from tickets.models import RawInbound

    if connection.vendor != "postgresql":
        sys.exit("Set DATABASE_URL to a PostgreSQL server (see the top of this file).")

    def ours(messages: list[bytes]) -> None:
        for raw in messages:
            try:
                email_parse(content=raw)
            except EmailParseError:
                pass

    source = "shared .eml files" if list(SHARED.glob("eml-*/*.eml")) else "synthesized"
    print(f"corpus: {args.messages} messages per run from {source}; {args.runs} runs")
    old_config = setup_databases(verbosity=0, interactive=False, keepdb=False)
    timings: dict[str, list[float]] = {"stdlib": [], "parser": [], "intake": []}
    try:
        with tempfile.TemporaryDirectory() as tmp:
            for run in range(args.runs):
                messages = corpus(size=args.messages, run=run)
                folder = Path(tmp) / f"run{run}"
                box = mailbox.Maildir(folder, create=True)
                for raw in messages:
                    box.add(raw)
                box.close()

                for name, work in (("stdlib", stdlib_parse), ("parser", ours)):
                    started = time.perf_counter()
                    work(messages)
                    timings[name].append(len(messages) / (time.perf_counter() - started))

                before = RawInbound.objects.count()
                started = time.perf_counter()
                call_command("import_email", str(folder), progress_every=0, stdout=io.StringIO())
                elapsed = time.perf_counter() - started
                taken = RawInbound.objects.count() - before
                assert taken == len(messages), f"imported {taken} of {len(messages)}"
                timings["intake"].append(len(messages) / elapsed)
                print(
                    f"run {run + 1}: stdlib {timings['stdlib'][-1]:,.0f}/s, "
                    f"parser {timings['parser'][-1]:,.0f}/s, "
                    f"import_email {timings['intake'][-1]:,.1f}/s"
                )
            statuses = dict(
                RawInbound.objects.values_list("status").annotate(n=Count("id")).order_by()
            )
            print(f"raw records by status over all runs: {statuses}")
    finally:
        teardown_databases(old_config, verbosity=0)

    medians = {name: statistics.median(values) for name, values in timings.items()}
    print()
    print(f"median of {args.runs} runs, {args.messages} messages each:")
    print(f"  stdlib parse (baseline)      {medians['stdlib']:>10,.0f} messages/s")
    print(
        f"  our parser (no database)     {medians['parser']:>10,.0f} messages/s"
        f"   ratio to baseline {medians['parser'] / medians['stdlib']:.3f}"
    )
    print(
        f"  import_email (PostgreSQL)    {medians['intake']:>10,.1f} messages/s"
        f"   ratio to baseline {medians['intake'] / medians['stdlib']:.4f}"
        f"   ratio to our parser {medians['intake'] / medians['parser']:.3f}"
    )


if __name__ == "__main__":
    main()
