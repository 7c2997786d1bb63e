"""Per-integration API tokens. Only a token's SHA-256 and a short display prefix are stored;
the secret itself is shown once, to the admin who creates it."""

import datetime as dt
from dataclasses import dataclass

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
        if updated:
            token.revoked_at = now
            event_record(
                name="tickets.api_token_revoked",
                actor=actor,
                payload={"token_id": token.pk, "name": token.name, "prefix": token.key_prefix},
            )
    return token


def api_token_authenticate(*, key: str) -> ApiToken:
    """The live token for a presented key, or TokenRejected. One indexed read per request;
    last_used_at is written at most once per LAST_USED_RESOLUTION."""
    if not key or len(key) > 200:
        raise TokenRejected("invalid API token")
    token = ApiToken.objects.filter(key_hash=ApiToken.hash_key(key)).first()
    if token is None:
        raise TokenRejected("invalid API token")
    if token.revoked_at is not None:
        raise TokenRejected("this API token has been revoked")
    now = timezone.now()
    stale = now - LAST_USED_RESOLUTION
    if token.last_used_at is None or token.last_used_at < stale:
        # Conditional, so concurrent workers crossing the minute write it once between them.
        ApiToken.objects.filter(
            Q(last_used_at__isnull=True) | Q(last_used_at__lt=stale), pk=token.pk
        ).update(last_used_at=now)
        token.last_used_at = now
    return token
