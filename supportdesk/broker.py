"""The embedded default's broker: kombu's SQLAlchemy transport on a SQLite file under var/.

Why not kombu's filesystem transport (the default until this module): a message there is a
file that the consumer lists, reads and renames without any lock, so a reader can open a file
another process is still writing; the worker died of `JSONDecodeError` that way. Here a
publish is one committed INSERT and a fetch is one `BEGIN IMMEDIATE` transaction that selects
the oldest message and deletes it, so a message is either wholly in the queue or wholly taken,
whatever the number of processes.

What this adds to kombu's own transport (`sqla+sqlite://`):
- options meant for kombu's polling loop (`polling_interval`) are kept away from
  `sqlalchemy.create_engine`, which rejects unknown keywords; a short poll keeps a lone task's
  latency at tens of milliseconds instead of kombu's default second;
- SQLite runs in WAL mode with a busy timeout, so the web server's publishes and the worker's
  fetches wait for each other instead of failing with "database is locked";
- two processes starting at once (the web server and the worker) no longer fail on each
  other's first use of the file: creating the tables and a queue's row is retried when the
  other process got there first (kombu lets "table already exists" and the queue name's
  unique constraint escape);
- a fetched message is deleted in the fetching transaction instead of being kept forever with
  `visible = 0` (kombu never makes it visible again, so the rows only grew the file).

Like every kombu virtual transport, a message a worker had fetched but not acknowledged when
it was SIGKILLed is gone with it (a warm shutdown puts it back); the pipeline's sweeper
re-publishes the stage of every run left mid-stage (drafts.services.pipeline_sweep) and
`drafts.send_due` re-publishes lost sends, so nothing is lost for good.

Selected with `CELERY_BROKER_URL=embedded+sqlite:////absolute/path/broker.sqlite3` (the
default names VAR_DIR/broker.sqlite3); `supportdesk.celery` registers the `embedded` transport
name with kombu, which imports this module (and SQLAlchemy) only when a connection uses it.
"""

from __future__ import annotations

from json import loads
from queue import Empty

from kombu.transport import sqlalchemy as kombu_sqla
from kombu.utils.encoding import bytes_to_str
from sqlalchemy import event, text
from sqlalchemy.exc import IntegrityError, OperationalError

# Transport options read by kombu's virtual transport, not by create_engine().
KOMBU_OPTIONS = ("polling_interval",)


class Channel(kombu_sqla.Channel):
    def _engine_from_config(self):
        options = self.connection.client.transport_options
        saved = {key: options.pop(key) for key in KOMBU_OPTIONS if key in options}
        try:
            engine = super()._engine_from_config()
        finally:
            options.update(saved)
        if engine.dialect.name == "sqlite":
            event.listen(engine, "connect", _sqlite_connect)
        return engine

    def _open(self):
        try:
            return super()._open()
        except OperationalError as error:
            if "already exists" not in str(error):
                raise
            # Another process created the tables between kombu's check and its CREATE TABLE;
            # the second try finds them (create_all checks first).
            return super()._open()

    def _get_or_create(self, queue):
        try:
            return super()._get_or_create(queue)
        except IntegrityError:
            # Another process inserted this queue's row first: read it.
            self.session.rollback()
            return super()._get_or_create(queue)

    def _get(self, queue):
        """Take the oldest message of `queue` in one transaction: select, delete, commit."""
        obj = self._get_or_create(queue)
        session = self.session
        if session.bind.name == "sqlite":
            session.execute(text("BEGIN IMMEDIATE TRANSACTION"))
        try:
            message = (
                session.query(self.message_cls)
                .with_for_update()
                .filter(self.message_cls.queue_id == obj.id)
                .filter(self.message_cls.visible != False)  # noqa: E712 (SQL expression)
                .order_by(self.message_cls.sent_at, self.message_cls.id)
                .limit(1)
                .first()
            )
            if message is None:
                raise Empty()
            payload = loads(bytes_to_str(message.payload))
            session.delete(message)
            return payload
        finally:
            session.commit()


class Transport(kombu_sqla.Transport):
    Channel = Channel


def _sqlite_connect(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()
