"""Per-integration API tokens. Only a token's SHA-256 and a short display prefix are stored;
the secret itself is shown once, to the admin who creates it."""

import datetime as dt
import threading
import time
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from audit.services import event_record

from .models import ApiToken

# Enough to tell tokens apart in lists and logs ("sdk_" + 8 random characters), far too
# little to guess the rest from.
PREFIX_LENGTH = 12
# Writing last_used_at on every request would turn each read into a write; once a minute is
# precise enough to see which integrations are alive.
LAST_USED_RESOLUTION = dt.timedelta(minutes=1)


class TokenRejected(Exception):
    """The presented key is unknown or revoked. The message is safe to show the client."""


@dataclass(frozen=True)
class IssuedToken:
    token: ApiToken
    key: str  # the secret: shown once, never stored


def api_token_create(*, name: str, created_by=None) -> IssuedToken:
    """Issue a new token. The caller shows `key` to its creator once; it cannot be recovered."""
    key = ApiToken.generate_key()
    with transaction.atomic():
        token = ApiToken.objects.create(
            name=name,
            key_prefix=key[:PREFIX_LENGTH],
            key_hash=ApiToken.hash_key(key),
            created_by=created_by,
        )
        event_record(
            name="tickets.api_token_created",
            actor=created_by,
            payload={"token_id": token.pk, "name": name, "prefix": token.key_prefix},
        )
    return IssuedToken(token=token, key=key)


def api_token_revoke(*, token: ApiToken, actor=None) -> ApiToken:
    """Revoke a token; requests with it are refused from the next request on. Revoking an
    already revoked token changes nothing and records nothing."""
    with transaction.atomic():
        now = timezone.now()
        updated = ApiToken.objects.filter(pk=token.pk, revoked_at__isnull=True).update(
            revoked_at=now
        )
        _token_cache.drop(token.key_hash)
        if updated:
            token.revoked_at = now
            event_record(
                name="tickets.api_token_revoked",
                actor=actor,
                payload={"token_id": token.pk, "name": token.name, "prefix": token.key_prefix},
            )
    return token


def api_token_authenticate(*, key: str) -> ApiToken:
    """The live token for a presented key, or TokenRejected. One indexed read, at most once per
    SUPPORTDESK_API_TOKEN_CACHE_SECONDS per process for a valid token (see _token_cache);
    last_used_at is written at most once per LAST_USED_RESOLUTION."""
    if not key or len(key) > 200:
        raise TokenRejected("invalid API token")
    key_hash = ApiToken.hash_key(key)
    token = _token_cache.get(key_hash)
    if token is None:
        token = ApiToken.objects.filter(key_hash=key_hash).first()
        if token is None:
            raise TokenRejected("invalid API token")
        if token.revoked_at is not None:
            raise TokenRejected("this API token has been revoked")
        _token_cache.put(key_hash, token)
    now = timezone.now()
    stale = now - LAST_USED_RESOLUTION
    if token.last_used_at is None or token.last_used_at < stale:
        # Conditional, so concurrent workers crossing the minute write it once between them.
        ApiToken.objects.filter(
            Q(last_used_at__isnull=True) | Q(last_used_at__lt=stale), pk=token.pk
        ).update(last_used_at=now)
        token.last_used_at = now
    return token


class _TokenCache:
    """Valid tokens this process has read in the last few seconds, by key hash.

    The lookup is a tenth of an API create's work; an integration sends its token on every
    request. Only valid tokens are kept (unknown and revoked keys are read every time), only
    for SUPPORTDESK_API_TOKEN_CACHE_SECONDS (0 turns this off), and api_token_revoke drops the
    entry in its own process: a revocation holds at once there and within that many seconds in
    every other server process."""

    def __init__(self) -> None:
        self._entries: dict[str, tuple[float, ApiToken]] = {}
        self._lock = threading.Lock()

    def get(self, key_hash: str) -> ApiToken | None:
        entry = self._entries.get(key_hash)
        if entry is None or entry[0] <= time.monotonic():
            return None
        return entry[1]

    def put(self, key_hash: str, token: ApiToken) -> None:
        seconds = settings.SUPPORTDESK_API_TOKEN_CACHE_SECONDS
        if seconds <= 0:
            return
        with self._lock:
            now = time.monotonic()
            if len(self._entries) >= TOKEN_CACHE_MAX:  # tokens are few; drop the expired
                self._entries = {k: v for k, v in self._entries.items() if v[0] > now}
            if len(self._entries) < TOKEN_CACHE_MAX:
                self._entries[key_hash] = (now + seconds, token)

    def drop(self, key_hash: str) -> None:
        with self._lock:
            self._entries.pop(key_hash, None)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()


TOKEN_CACHE_MAX = 1000
_token_cache = _TokenCache()


def api_token_cache_clear() -> None:
    """Forget every remembered token (tests; a deployment never needs it)."""
    _token_cache.clear()
