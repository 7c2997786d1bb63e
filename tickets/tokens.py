"""Per-integration API tokens. Only a token's SHA-256 and a short display prefix are stored;
the secret itself is shown once, to the admin who creates it."""

import datetime as dt
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from audit.services import event_record
from supportdesk.cache import shared_cache

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
    """Revoke a token; requests with it are refused from the next request on, in every server
    process (see _remembered_mark_revoked). Revoking an already revoked token changes nothing
    and records nothing."""
    with transaction.atomic():
        now = timezone.now()
        updated = ApiToken.objects.filter(pk=token.pk, revoked_at__isnull=True).update(
            revoked_at=now
        )
        # Forgotten now (harmless should this roll back), and marked revoked once committed: a
        # request that read the row before the commit may have put it back in the cache since.
        _remembered_forget(token.key_hash)
        transaction.on_commit(lambda: _remembered_mark_revoked(token.key_hash))
        if updated:
            token.revoked_at = now
            event_record(
                name="tickets.api_token_revoked",
                actor=actor,
                payload={"token_id": token.pk, "name": token.name, "prefix": token.key_prefix},
            )
    return token


def api_token_authenticate(*, key: str) -> ApiToken:
    """The live token for a presented key, or TokenRejected. One indexed read, or none while
    the shared cache remembers the token (see _remembered_cache); last_used_at is written at
    most once per LAST_USED_RESOLUTION."""
    if not key or len(key) > 200:
        raise TokenRejected("invalid API token")
    key_hash = ApiToken.hash_key(key)
    remembered = _remembered_get(key_hash)
    if remembered == _REVOKED:
        raise TokenRejected("this API token has been revoked")
    token = remembered
    if token is None:
        token = ApiToken.objects.filter(key_hash=key_hash).first()
        if token is None:
            raise TokenRejected("invalid API token")
        if token.revoked_at is not None:
            raise TokenRejected("this API token has been revoked")
    now = timezone.now()
    stale = now - LAST_USED_RESOLUTION
    if token.last_used_at is None or token.last_used_at < stale:
        # Conditional, so concurrent workers crossing the minute write it once between them
        # (and a remembered copy, up to SUPPORTDESK_API_TOKEN_CACHE_SECONDS old, changes nothing).
        ApiToken.objects.filter(
            Q(last_used_at__isnull=True) | Q(last_used_at__lt=stale), pk=token.pk
        ).update(last_used_at=now)
        token.last_used_at = now
    if remembered is None:
        _remembered_add(key_hash, token)  # after last_used_at, so copies carry the fresh one
    return token


# --- Remembering valid tokens in Django's cache -----------------------------------------------
#
# An integration sends its token on every request, and reading it is a tenth of an API create's
# work. Valid tokens are remembered in the configured cache (CACHES["default"], CACHE_URL) for
# SUPPORTDESK_API_TOKEN_CACHE_SECONDS; a revocation writes a "revoked" marker over the entry,
# and a valid token is only ever *added* (never overwrites a marker), so a request that read the
# row just before the revocation committed cannot bring the token back. Every server process
# sees that marker at once, which only holds if every process shares the cache: with a
# process-local backend (locmem, the embedded default, or dummy) tokens are not remembered at
# all and every request reads its token.

_REVOKED = "revoked"


def _remembered_cache():
    if settings.SUPPORTDESK_API_TOKEN_CACHE_SECONDS <= 0:
        return None
    return shared_cache()


def _remembered_key(key_hash: str) -> str:
    return f"tickets.api_token:{key_hash}"


def _remembered_get(key_hash: str):
    cache = _remembered_cache()
    return None if cache is None else cache.get(_remembered_key(key_hash))


def _remembered_add(key_hash: str, token: ApiToken) -> None:
    cache = _remembered_cache()
    if cache is not None:
        cache.add(
            _remembered_key(key_hash), token, timeout=settings.SUPPORTDESK_API_TOKEN_CACHE_SECONDS
        )


def _remembered_forget(key_hash: str) -> None:
    cache = _remembered_cache()
    if cache is not None:
        cache.delete(_remembered_key(key_hash))


def _remembered_mark_revoked(key_hash: str) -> None:
    cache = _remembered_cache()
    if cache is not None:
        # Longer than any remembered copy could live: the marker outlasts what it replaces.
        cache.set(
            _remembered_key(key_hash),
            _REVOKED,
            timeout=settings.SUPPORTDESK_API_TOKEN_CACHE_SECONDS * 2 + 60,
        )


def api_token_cache_clear() -> None:
    """Forget every remembered token (tests, whose database starts over; a deployment never
    needs it). Clears the whole configured cache: only call it on a cache of your own."""
    cache = _remembered_cache()
    if cache is not None:
        cache.clear()
