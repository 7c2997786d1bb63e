"""The inbox's full-text search: what a person typed, turned into a safe query on the search
index that migration 0013 keeps (a tsvector with a GIN index on PostgreSQL, an FTS5 table on
SQLite; the subject and the inbound and outbound message bodies of each ticket).

The text is untrusted. It is split on white space into terms; a term with no letter or digit is
dropped (it could only be syntax). Each term is quoted for the engine, with the characters that
could end the quotes removed or doubled, and passed as a parameter, never as SQL: inside the
quotes, operators (`& | ! ( ) : * <-> " NEAR AND OR`) are plain text that the engine's own
tokenizer splits like the document's, so "e-mail", "anna@example.com" or "10:30" match what the
same text in a message became. Every term must match (AND); the last one also matches as a
prefix, since people search while typing."""

import contextlib
import re
from collections.abc import Iterator

from django.contrib.postgres.search import SearchQuery
from django.db import connection, transaction
from django.db.models import Q
from django.db.models.expressions import RawSQL

SEARCH_CONFIG = "simple"  # no stemming or stop words: English, German, French, Spanish alike
SEARCH_TERMS_MAX = 8
_WORDLIKE = re.compile(r"[^\W_]")  # a letter or a digit, in any script
_TSQUERY_QUOTE_BREAKERS = re.compile(r"['\\]")
_HYPHEN_BEFORE_DIGIT = re.compile(r"-(?=[0-9])")  # as migration 0013 indexes it


def search_terms(q: str) -> list[str]:
    """The words of q worth searching for, at most SEARCH_TERMS_MAX."""
    return [term for term in q.split() if _WORDLIKE.search(term)][:SEARCH_TERMS_MAX]


def tsquery_source(terms: list[str]) -> str:
    """The terms as to_tsquery input: 'a' & 'b' & 'c':* (each quoted; the last a prefix)."""
    cleaned = (_HYPHEN_BEFORE_DIGIT.sub(" ", _TSQUERY_QUOTE_BREAKERS.sub(" ", t)) for t in terms)
    quoted = [f"'{term}'" for term in cleaned]
    return " & ".join(quoted) + ":*"


def fts5_source(terms: list[str]) -> str:
    """The terms as an FTS5 query: "a" "b" "c" * (each a quoted string; the last a prefix)."""
    quoted = ['"' + term.replace('"', '""') + '"' for term in terms]
    return " ".join(quoted) + " *"


def ticket_text_match(*, q: str) -> Q | None:
    """A filter on Ticket: the subject or a message body holds every word of q. None when q has
    no words, or on a database with no search index."""
    terms = search_terms(q)
    if not terms:
        return None
    if connection.vendor == "postgresql":
        query = SearchQuery(tsquery_source(terms), config=SEARCH_CONFIG, search_type="raw")
        return Q(search_document=query)
    if connection.vendor == "sqlite":
        return Q(
            pk__in=RawSQL(
                "SELECT rowid FROM tickets_ticket_search WHERE tickets_ticket_search MATCH %s",
                [fts5_source(terms)],
            )
        )
    return None


@contextlib.contextmanager
def search_plans_per_query() -> Iterator[None]:
    """Inside the block, PostgreSQL plans every query for its own parameters.

    Connections prepare a statement from its DATABASE_PREPARE_THRESHOLD-th run, and PostgreSQL
    then switches a prepared statement to a generic plan, made without the parameters' values,
    when that looks no dearer than the plans made with them. For a search that is wrong: a
    common word is best found by walking the newest-first index and stopping after a page, a
    rare or absent one from the GIN index, and the generic plan walks the index for every word
    (about 200 ms for a word in no ticket at 100,000 tickets, against 2 ms). SET LOCAL keeps
    the setting to this transaction (one more query; a savepoint inside a request's own
    transaction)."""
    if connection.vendor != "postgresql":
        yield
        return
    with transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL plan_cache_mode = force_custom_plan")
        yield
