"""Shared fixtures. Tests run against the database DATABASE_URL names: the README's test
command points it at PostgreSQL (127.0.0.1:5432, user postgres) unless it is already set."""

import os
import uuid
from pathlib import Path

import pytest
from django.contrib.auth.models import Group
from hypothesis import settings as hypothesis_settings

SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def shared_data(*parts: str) -> Path:
    """A path under ../shared/data; skip loudly (with the reason) when the folder is absent."""
    path = SHARED_DATA.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"../shared/data is absent here: {path} not found")
    return path


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings_parallel_suffix):
    """The event trail refuses TRUNCATE on PostgreSQL unless the session variable
    audit.allow_truncate is on (audit/models.py). pytest-django flushes the database with one
    TRUNCATE of every table after each transactional test, so the test connections turn it on;
    nothing outside the test suite does."""
    from django.conf import settings

    database = settings.DATABASES["default"]
    if database["ENGINE"] == "django.db.backends.postgresql":
        options = database.setdefault("OPTIONS", {})
        options["options"] = f"{options.get('options', '')} -c audit.allow_truncate=on".strip()


def pytest_collection_modifyitems(items):
    """A transactional test empties every table when it ends, including the data migrations
    ship (roles, request classes, default rules, prompts). Restore them after every such test
    (serialized rollback), so no test depends on running before one of those."""
    for item in items:
        marker = item.get_closest_marker("django_db")
        if marker is None or not marker.kwargs.get("transaction"):
            continue
        if not marker.kwargs.get("serialized_rollback"):
            kwargs = {**marker.kwargs, "serialized_rollback": True}
            item.add_marker(pytest.mark.django_db(*marker.args, **kwargs), append=False)


@pytest.fixture(autouse=True)
def _seal_every_commit(settings):
    """Production throttles sealing after commit to once a second per process; tests check the
    chain right after the commits they make."""
    settings.AUDIT_SEAL_MIN_INTERVAL_SECONDS = 0


@pytest.fixture(autouse=True)
def _no_remembered_tokens():
    """Server processes remember valid API tokens for a few seconds (tickets.tokens); each test
    starts with none remembered, as a fresh process would, since its database starts over."""
    from tickets.tokens import api_token_cache_clear

    api_token_cache_clear()


@pytest.fixture(autouse=True)
def _pipeline_off_unless_asked(settings, request):
    """Intake enqueues the drafting pipeline after commit. Tests that are not about the
    pipeline keep intake on its own; tests that want it use the `pipeline` fixture, which
    runs the real stage tasks eagerly (in-process, same code as the worker)."""
    if "pipeline" not in request.fixturenames:
        settings.SUPPORTDESK_PIPELINE_ENABLED = False


@pytest.fixture
def pipeline(settings):
    from supportdesk.celery import app

    settings.SUPPORTDESK_PIPELINE_ENABLED = True
    previous = app.conf.task_always_eager, app.conf.task_eager_propagates
    # Not propagating lets Celery's eager mode handle Retry the way a worker would (run the
    # retry at once); stage tasks catch every other error and record it on the run.
    app.conf.task_always_eager, app.conf.task_eager_propagates = True, False
    yield app
    app.conf.task_always_eager, app.conf.task_eager_propagates = previous


@pytest.fixture
def redis_cache(settings):
    """The production cache: Redis (the local server, database 12) through the backend
    settings.py picks for a redis:// CACHE_URL; a key prefix of its own per test, so tests
    running side by side never see each other's entries."""
    settings.CACHES = {
        "default": {
            "BACKEND": "supportdesk.cache.RedisCache",
            "LOCATION": "redis://127.0.0.1:6379/12",
            "KEY_PREFIX": f"test-{uuid.uuid4().hex}",
        }
    }
    from django.core.cache import cache

    yield cache
    client = cache._cache.get_client(write=True)
    keys = list(client.scan_iter(match=f"{settings.CACHES['default']['KEY_PREFIX']}:*"))
    if keys:
        client.delete(*keys)


@pytest.fixture
def make_user(db, django_user_model):
    def make(username: str, role: str = "Agent", **extra):
        user = django_user_model.objects.create_user(
            username=username, password="pw-for-tests-only", **extra
        )
        if role:
            user.groups.add(Group.objects.get(name=role))
        return user

    return make


@pytest.fixture
def agent(make_user):
    return make_user("agent1", "Agent")


@pytest.fixture
def lead(make_user):
    return make_user("lead1", "Team lead", is_staff=True)


@pytest.fixture
def agent_client(client, agent):
    client.force_login(agent)
    return client


@pytest.fixture
def lead_client(client, lead):
    client.force_login(lead)
    return client


# The fuzz pass (tests/test_fuzz.py): the same examples on every run and machine (derandomized,
# no example database), a fixed number of them, no per-example deadline (PostgreSQL round
# trips vary on a shared machine). HYPOTHESIS_PROFILE=supportdesk-deep draws ten times more.
hypothesis_settings.register_profile(
    "supportdesk", derandomize=True, database=None, deadline=None, max_examples=30
)
hypothesis_settings.register_profile(
    "supportdesk-deep", derandomize=True, database=None, deadline=None, max_examples=300
)
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "supportdesk"))
