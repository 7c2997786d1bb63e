"""The configured cache (CACHES["default"], CACHE_URL) where a feature needs every process to
see the same entries: token revocation markers, the pending dispatch request. With a
process-local backend (locmem, the embedded default; dummy) such features fall back to their
plain, uncached path instead of keeping state one process cannot share."""

from django.core.cache import caches
from django.core.cache.backends import redis as redis_backend
from django.core.cache.backends.base import BaseCache
from django.core.cache.backends.dummy import DummyCache
from django.core.cache.backends.locmem import LocMemCache

_PROCESS_LOCAL_BACKENDS = (LocMemCache, DummyCache)


def shared_cache() -> BaseCache | None:
    """The default cache when every server and worker process shares it (Redis, Memcached,
    the database), else None."""
    cache = caches["default"]
    return None if isinstance(cache, _PROCESS_LOCAL_BACKENDS) else cache


class RedisCacheClient(redis_backend.RedisCacheClient):
    """Django's Redis client wrapper builds a new redis.Redis (registering some 170 response
    callbacks) for every cache call; this one keeps one per connection pool, which redis-py
    allows (a client is a thin, thread-safe handle on its pool; the pools are Django's own).
    Saves about 0.06 ms of CPU per cache call, two per API create (the token, the dispatch
    request)."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._clients: dict[int, object] = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class RedisCache(redis_backend.RedisCache):
    """django.core.cache.backends.redis.RedisCache with the client above; settings.py uses it
    wherever CACHE_URL names Redis."""

    def __init__(self, server, params) -> None:
        super().__init__(server, params)
        self._class = RedisCacheClient
