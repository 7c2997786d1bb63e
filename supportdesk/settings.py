"""Supportdesk settings, read once through django-environ.

Every setting has a safe development default, except production secrets: with
DJANGO_DEBUG=false a missing DJANGO_SECRET_KEY stops the process at start-up.
With no configuration at all the console runs on SQLite, a Celery broker in a
SQLite file that needs no server (supportdesk/broker.py), and the offline model
provider.
"""

from pathlib import Path

import environ
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(environ.Env().str("SUPPORTDESK_VAR_DIR", default=str(BASE_DIR / "var")))
# The demo company's data (read by `manage.py load_demo`); outside the project's packages.
SUPPORTDESK_DEMO_DIR = Path(
    environ.Env().str("SUPPORTDESK_DEMO_DIR", default=str(BASE_DIR / "demo"))
)

env = environ.Env()
env_file = BASE_DIR / ".env"
if env_file.exists():
    environ.Env.read_env(env_file)

DEBUG = env.bool("DJANGO_DEBUG", default=True)

if DEBUG:
    SECRET_KEY = env.str(
        "DJANGO_SECRET_KEY", default="dev-only-insecure-key-do-not-use-in-production-0123456789"
    )
else:
    SECRET_KEY = env.str("DJANGO_SECRET_KEY", default="")
    if not SECRET_KEY:
        raise ImproperlyConfigured(
            "DJANGO_SECRET_KEY must be set when DJANGO_DEBUG=false "
            "(generate one with: python -c 'import secrets; print(secrets.token_urlsafe(64))')"
        )

ALLOWED_HOSTS = env.list(
    "DJANGO_ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]", "testserver"]
)
CSRF_TRUSTED_ORIGINS = env.list("DJANGO_CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django_htmx",
    "template_partials",
    "anymail",
    "ninja",  # serves the API docs' Swagger assets locally (the CSP allows no CDN)
    "pgtrigger",
    "audit",
    "tickets",
    "routing",
    "drafts",
    "drafts.classifier",
    "drafts.knowledge",
    "audit.metrics",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "supportdesk.middleware.RequestSizeLimitMiddleware",
    "supportdesk.middleware.InputCharactersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "supportdesk.middleware.ContentSecurityPolicyMiddleware",
    "supportdesk.middleware.LoginRequiredMiddleware",
    "supportdesk.middleware.NotFoundPageMiddleware",
]

ROOT_URLCONF = "supportdesk.urls"
WSGI_APPLICATION = "supportdesk.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "supportdesk.roles.roles_context",
            ],
        },
    },
]

DATABASES = {
    "default": env.db_url("DATABASE_URL", default=f"sqlite:///{VAR_DIR / 'supportdesk.sqlite3'}"),
}
DATABASES["default"].setdefault("CONN_MAX_AGE", env.int("DATABASE_CONN_MAX_AGE", default=60))
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    Path(DATABASES["default"]["NAME"]).parent.mkdir(parents=True, exist_ok=True)
    # The embedded default shares one file between the web server and the worker.
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {"timeout": 20, "transaction_mode": "IMMEDIATE", "init_command": "PRAGMA journal_mode=WAL;"}
    )
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql" and env.bool(
    "DATABASE_SERVER_SIDE_BINDING", default=True
):
    # Parameters travel apart from the SQL, and psycopg prepares a statement a connection runs
    # often (from its DATABASE_PREPARE_THRESHOLD-th run; Django turns this off unless asked):
    # less quoting in Python, no re-parsing and re-planning in PostgreSQL (about a tenth of
    # the machine's CPU on an API create). Behind PgBouncer in transaction mode (before 1.21),
    # set DATABASE_SERVER_SIDE_BINDING=false.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "server_side_binding": True,
            "prepare_threshold": env.int("DATABASE_PREPARE_THRESHOLD", default=5) or None,
        }
    )
if env.str("DATABASE_TEST_NAME", default=""):
    DATABASES["default"]["TEST"] = {"NAME": env.str("DATABASE_TEST_NAME")}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

CACHES = {"default": env.cache_url("CACHE_URL", default="locmemcache://")}
if CACHES["default"]["BACKEND"] == "django.core.cache.backends.redis.RedisCache":
    # Django's backend, keeping one redis-py client per pool (supportdesk/cache.py).
    CACHES["default"]["BACKEND"] = "supportdesk.cache.RedisCache"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "tickets:inbox"
LOGOUT_REDIRECT_URL = "login"

LANGUAGE_CODE = "en-us"
TIME_ZONE = env.str("TIME_ZONE", default="UTC")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = VAR_DIR / "staticfiles"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if not DEBUG
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}
WHITENOISE_USE_FINDERS = DEBUG

# --- Security --------------------------------------------------------------------------------
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False  # htmx reads the token from the page, not the cookie
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
if not DEBUG:
    SECURE_SSL_REDIRECT = env.bool("DJANGO_SECURE_SSL_REDIRECT", default=True)
    # Load balancers and the launcher probe health over plain HTTP on the private side.
    SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = env.int("DJANGO_SECURE_HSTS_SECONDS", default=31536000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool("DJANGO_SECURE_HSTS_INCLUDE_SUBDOMAINS", default=True)
    SECURE_HSTS_PRELOAD = env.bool("DJANGO_SECURE_HSTS_PRELOAD", default=True)

# Paths that answer without a session (they authenticate otherwise, or not at all).
LOGIN_EXEMPT_PREFIXES = ("/login/", "/api/", "/inbound/", "/static/", "/healthz")

# --- Intake ------------------------------------------------------------------------------------
SUPPORTDESK_MAX_REQUEST_BYTES = env.int("SUPPORTDESK_MAX_REQUEST_BYTES", default=10 * 1024 * 1024)
DATA_UPLOAD_MAX_MEMORY_SIZE = SUPPORTDESK_MAX_REQUEST_BYTES
SUPPORTDESK_SUPPORT_ADDRESS = env.str("SUPPORTDESK_SUPPORT_ADDRESS", default="support@example.com")
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="Supportdesk <support@example.com>")
# Where the console is reached, for the links in notification e-mails to teams.
SUPPORTDESK_CONSOLE_URL = env.str("SUPPORTDESK_CONSOLE_URL", default="http://127.0.0.1:8000")

ANYMAIL = {
    # Inbound webhooks authenticate with this basic-auth pair; production must set its own.
    "WEBHOOK_SECRET": env.str("ANYMAIL_WEBHOOK_SECRET")
    if not DEBUG
    else env.str("ANYMAIL_WEBHOOK_SECRET", default="dev-inbound:dev-inbound-secret"),
    "MAILGUN_WEBHOOK_SIGNING_KEY": env.str("MAILGUN_WEBHOOK_SIGNING_KEY", default=""),
    "POSTMARK_WEBHOOK_SECRET": env.str("POSTMARK_WEBHOOK_SECRET", default=""),
    "SENDGRID_WEBHOOK_SECRET": env.str("SENDGRID_WEBHOOK_SECRET", default=""),
}
EMAIL_BACKEND = env.str(
    "EMAIL_BACKEND",
    default="django.core.mail.backends.filebased.EmailBackend",
)
EMAIL_FILE_PATH = VAR_DIR / "sent-mail"
EMAIL_HOST = env.str("EMAIL_HOST", default="localhost")
EMAIL_PORT = env.int("EMAIL_PORT", default=25)
EMAIL_HOST_USER = env.str("EMAIL_HOST_USER", default="")
EMAIL_HOST_PASSWORD = env.str("EMAIL_HOST_PASSWORD", default="")
EMAIL_USE_TLS = env.bool("EMAIL_USE_TLS", default=False)
EMAIL_TIMEOUT = env.int("EMAIL_TIMEOUT", default=30)  # seconds; the send task holds a row lock
SUPPORTDESK_SEND_MAX_ATTEMPTS = env.int("SUPPORTDESK_SEND_MAX_ATTEMPTS", default=5)

# --- Celery ------------------------------------------------------------------------------------
# The default needs no server: kombu's SQLAlchemy transport on a SQLite file, transactional
# and safe for several processes (supportdesk/broker.py; it replaced the filesystem transport,
# whose unlocked file renames killed the worker with JSONDecodeError).
CELERY_BROKER_URL = env.str(
    "CELERY_BROKER_URL", default=f"embedded+sqlite:///{VAR_DIR / 'broker.sqlite3'}"
)
if CELERY_BROKER_URL.startswith("embedded+sqlite://"):
    VAR_DIR.mkdir(parents=True, exist_ok=True)
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        # An idle worker looks for work this often (seconds); a busy one does not wait.
        "polling_interval": env.float("CELERY_BROKER_POLLING_INTERVAL", default=0.05),
    }
if CELERY_BROKER_URL.startswith(("redis://", "rediss://")):
    # acks_late: an unacknowledged task comes back after this long if its worker died. It must
    # outlast the longest wait a worker holds a message unacknowledged, which is a retry's
    # countdown (drafts.retries.BACKOFF_CAP_SECONDS, 300 s; Redis would otherwise deliver it
    # twice), so runs left mid-stage by a killed worker come back through the pipeline's
    # sweeper (SUPPORTDESK_PIPELINE_STUCK_SECONDS, under a minute) rather than through this.
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "visibility_timeout": env.int("CELERY_VISIBILITY_TIMEOUT", default=360)
    }
CELERY_TASK_ALWAYS_EAGER = env.bool("CELERY_TASK_ALWAYS_EAGER", default=False)
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_IGNORE_RESULT = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TIMEZONE = TIME_ZONE
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
# A process seals the event chain after a commit at most this often; the rest is sealed by
# the next commit or the periodic audit.events_seal task (sealing after every commit costs an
# API create about 80% more CPU: bench/README.md, "Bypasses kept").
AUDIT_SEAL_MIN_INTERVAL_SECONDS = env.float("AUDIT_SEAL_MIN_INTERVAL_SECONDS", default=1.0)
CELERY_BEAT_SCHEDULE = {
    "audit-seal": {"task": "audit.events_seal", "schedule": 10.0},
    # Intake asks for a dispatch after each commit; this catches one a lost message missed.
    "pipeline-dispatch": {"task": "drafts.pipeline_dispatch", "schedule": 5.0},
    "pipeline-sweep": {
        "task": "drafts.pipeline_sweep",
        # Worst-case recovery of a run a killed worker left mid-stage: the stuck threshold
        # plus this period (offline provider: 15 + 5 s; OpenAI-compatible: 40 + 5 s).
        "schedule": env.float("SUPPORTDESK_SWEEP_SECONDS", default=5.0),
    },
    # Held auto-sends whose window ended, and replies whose send task was lost.
    "send-due": {"task": "drafts.send_due", "schedule": 30.0},
    # Kept text vectors older than SUPPORTDESK_TEXT_VECTOR_DAYS (0: none is pruned).
    "text-vectors-prune": {"task": "drafts.text_vectors_prune", "schedule": 86400.0},
}
# The metrics dashboard's weekly rollups: recent weeks rebuilt every run, everything daily.
CELERY_BEAT_SCHEDULE["metrics-rollups"] = {
    "task": "metrics.rollups_refresh",
    "schedule": env.float("SUPPORTDESK_METRICS_REFRESH_SECONDS", default=600.0),
}
# Tasks outside the apps (autodiscovery only looks inside INSTALLED_APPS).
CELERY_IMPORTS = ("supportdesk.tasks",)

# --- Models ------------------------------------------------------------------------------------
# Intake calls the pipeline hook drafts registers with tickets (DraftsConfig.ready() ->
# tickets.services.pipeline_hook_register) after each commit that left customer messages for
# the pipeline. False: intake leaves the pipeline alone (read at call time, so tests and the
# intake bench can switch it).
SUPPORTDESK_PIPELINE_ENABLED = env.bool("SUPPORTDESK_PIPELINE_ENABLED", default=True)
SUPPORTDESK_MODEL_PROVIDER = env.str("SUPPORTDESK_MODEL_PROVIDER", default="offline")
OPENAI_BASE_URL = env.str("OPENAI_BASE_URL", default="https://api.openai.com/v1")
OPENAI_API_KEY = env.str("OPENAI_API_KEY", default="")
OPENAI_MODEL = env.str("OPENAI_MODEL", default="gpt-4o-mini")
OPENAI_TIMEOUT_SECONDS = env.float("OPENAI_TIMEOUT_SECONDS", default=30.0)
OPENAI_PRICE_INPUT_PER_MTOK = env.float("OPENAI_PRICE_INPUT_PER_MTOK", default=0.15)
OPENAI_PRICE_OUTPUT_PER_MTOK = env.float("OPENAI_PRICE_OUTPUT_PER_MTOK", default=0.60)
OPENAI_PRICE_CACHED_PER_MTOK = env.float("OPENAI_PRICE_CACHED_PER_MTOK", default=0.075)
# Redact emails, phones, card numbers and IBANs before text leaves for the endpoint.
SUPPORTDESK_REDACT_PII = env.bool("SUPPORTDESK_REDACT_PII", default=True)
# The embeddings the live pipeline keeps of each message's texts for replays to read (about
# 10 KB a message; drafts.models.TextVector) are deleted once the message is older than this
# many days (daily, by the beat); a replay of older tickets embeds their texts again. 0: kept
# as long as the message. `manage.py text_vectors` prunes and backfills by hand.
SUPPORTDESK_TEXT_VECTOR_DAYS = env.int("SUPPORTDESK_TEXT_VECTOR_DAYS", default=0)
SUPPORTDESK_PIPELINE_MAX_RETRIES = env.int("SUPPORTDESK_PIPELINE_MAX_RETRIES", default=5)
# How long a pipeline stage may legitimately run: one model call, bounded by
# OPENAI_TIMEOUT_SECONDS for the OpenAI-compatible provider (the offline provider's stages
# take milliseconds), plus a margin for the database work. A call the client retries after a
# timeout can outlast it; the sweeper then starts the stage once more, and whichever attempt
# finishes second is skipped (drafts.services.stage_execute): one extra model call, in
# exchange for recovering every run a dead worker left in under a minute.
SUPPORTDESK_TASK_MAX_SECONDS = env.float(
    "SUPPORTDESK_TASK_MAX_SECONDS",
    default=(OPENAI_TIMEOUT_SECONDS if SUPPORTDESK_MODEL_PROVIDER == "openai" else 5.0) + 10.0,
)
# A run untouched this long in a running stage was left by a dead worker or a lost message: the
# sweeper publishes its stage again. Longer than a stage can legitimately take, so a slow
# model call is not started twice (SUPPORTDESK_TASK_MAX_SECONDS, from the provider's bound).
SUPPORTDESK_PIPELINE_STUCK_SECONDS = env.float(
    "SUPPORTDESK_PIPELINE_STUCK_SECONDS", default=SUPPORTDESK_TASK_MAX_SECONDS
)
# A valid API token is remembered this long in the configured cache (CACHE_URL) when that cache
# is shared between processes (Redis); a revocation holds at once everywhere. With a
# process-local cache (the embedded default) tokens are read on every request. 0: never remember.
SUPPORTDESK_API_TOKEN_CACHE_SECONDS = env.float("SUPPORTDESK_API_TOKEN_CACHE_SECONDS", default=5.0)

# --- Metrics -----------------------------------------------------------------------------------
# "auto": rollups while their last refresh is younger than the max age, else live queries.
SUPPORTDESK_METRICS_SOURCE = env.str("SUPPORTDESK_METRICS_SOURCE", default="auto")
SUPPORTDESK_METRICS_ROLLUP_MAX_AGE_SECONDS = env.int(
    "SUPPORTDESK_METRICS_ROLLUP_MAX_AGE_SECONDS", default=1800
)
SUPPORTDESK_METRICS_ROLLUP_WINDOW_WEEKS = env.int(
    "SUPPORTDESK_METRICS_ROLLUP_WINDOW_WEEKS", default=6
)
SUPPORTDESK_METRICS_BASELINE_MIN_SAMPLES = env.int(
    "SUPPORTDESK_METRICS_BASELINE_MIN_SAMPLES", default=30
)
SUPPORTDESK_METRICS_DEFAULT_WEEKS = env.int("SUPPORTDESK_METRICS_DEFAULT_WEEKS", default=12)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
    "loggers": {"django.db.backends": {"level": "INFO"}},
}
