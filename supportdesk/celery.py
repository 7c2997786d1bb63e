"""The Celery app. Broker and settings come from Django settings (CELERY_* names)."""

import os

from celery import Celery
from kombu.transport import TRANSPORT_ALIASES

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "supportdesk.settings")

# `embedded+sqlite:///...` (the no-server default): kombu's SQLAlchemy transport on a SQLite
# file, made safe for several processes (supportdesk/broker.py). A name, not an import: kombu
# loads the module only when a connection uses it.
TRANSPORT_ALIASES.setdefault("embedded", "supportdesk.broker:Transport")

app = Celery("supportdesk")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
