"""Production settings, checked the way an operator starts the app: `manage.py` in a fresh process
with nothing but the environment it is given (no DATABASE_URL, no developer defaults leaking in)."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def run(args: list[str], *, env: dict[str, str], tmp_path: Path) -> subprocess.CompletedProcess:
    clean = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(tmp_path),
        "LANG": "C.UTF-8",
        "SUPPORTDESK_VAR_DIR": str(tmp_path / "var"),
        **env,
    }
    return subprocess.run(
        [sys.executable, *args], cwd=ROOT, env=clean, capture_output=True, text=True, timeout=120
    )


def production_env(**extra: str) -> dict[str, str]:
    return {
        "DJANGO_DEBUG": "false",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(64),
        "DJANGO_ALLOWED_HOSTS": "support.example.com",
        "ANYMAIL_WEBHOOK_SECRET": "mailhook:" + secrets.token_urlsafe(24),
        **extra,
    }


def test_production_settings_pass_check_deploy_without_warnings(tmp_path):
    result = run(["manage.py", "check", "--deploy"], env=production_env(), tmp_path=tmp_path)

    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout
    assert "WARNING" not in (result.stdout + result.stderr).upper()


def test_check_deploy_does_report_development_settings(tmp_path):
    """The deploy check is not vacuous: the development defaults do draw its warnings."""
    result = run(["manage.py", "check", "--deploy"], env={}, tmp_path=tmp_path)

    output = result.stdout + result.stderr
    assert "security.W018" in output  # DEBUG on
    assert "security.W004" in output  # no HSTS
    assert "security.W012" in output  # session cookie sent over plain HTTP


@pytest.mark.parametrize("secret", [None, ""], ids=["unset", "empty"])
def test_missing_secret_key_fails_loudly_at_start_up(tmp_path, secret):
    env = production_env()
    if secret is None:
        del env["DJANGO_SECRET_KEY"]
    else:
        env["DJANGO_SECRET_KEY"] = secret

    result = run(["manage.py", "check"], env=env, tmp_path=tmp_path)

    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "DJANGO_SECRET_KEY must be set when DJANGO_DEBUG=false" in result.stderr


def test_missing_secret_key_stops_the_wsgi_application(tmp_path):
    """What gunicorn imports fails too, so a web process never starts without a secret."""
    env = production_env()
    del env["DJANGO_SECRET_KEY"]

    result = run(["-c", "import supportdesk.wsgi"], env=env, tmp_path=tmp_path)

    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY must be set" in result.stderr


def test_production_redirects_to_https_except_the_health_check(tmp_path):
    """Behind a TLS proxy every page redirects to HTTPS, but /healthz answers plain HTTP probes."""
    code = (
        "import django; django.setup()\n"
        "from django.test import Client\n"
        "c = Client()\n"
        "print(c.get('/healthz').status_code, c.get('/login/').status_code,"
        " c.get('/login/').headers.get('Location'))\n"
    )
    env = production_env(
        DJANGO_ALLOWED_HOSTS="testserver", DJANGO_SETTINGS_MODULE="supportdesk.settings"
    )

    result = run(["-c", code], env=env, tmp_path=tmp_path)

    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["200", "301", "https://testserver/login/"]


def test_missing_inbound_webhook_secret_fails_loudly_in_production(tmp_path):
    env = production_env()
    del env["ANYMAIL_WEBHOOK_SECRET"]
    result = run(["manage.py", "check"], env=env, tmp_path=tmp_path)

    assert result.returncode != 0
    assert "ANYMAIL_WEBHOOK_SECRET" in result.stderr


def test_a_redis_cache_url_gets_the_client_keeping_backend(tmp_path):
    show = "from django.core.cache import cache; print(type(cache._cache).__module__, cache.get('x', 'miss'))"
    result = run(
        ["manage.py", "shell", "-c", show],
        env=production_env(CACHE_URL="redis://127.0.0.1:6379/12"),
        tmp_path=tmp_path,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip().splitlines()[-1].split() == ["supportdesk.cache", "miss"]
