"""Model providers. `provider_get()` returns the one configured in settings, or, within a
replay's `provider_use` block, the candidate provider and model the replay is trying."""

import contextlib
from contextvars import ContextVar

from django.conf import settings

from .base import (
    ClassifyInput,
    ClassifyOutput,
    DraftInput,
    DraftOutput,
    InvalidOutputError,
    PermanentProviderError,
    ProviderError,
    TransientProviderError,
)
from .offline import OfflineProvider
from .openai_compat import OpenAICompatibleProvider

PROVIDER_NAMES = ("offline", "openai")

# A replay's candidate {"name", "model"} (this thread or task only; the live pipeline never
# sets it).
_candidate: ContextVar[dict | None] = ContextVar("provider_candidate", default=None)


@contextlib.contextmanager
def provider_use(*, name: str, model: str = ""):
    """Within the block, provider_get() is this provider (and, for the OpenAI-compatible one,
    this model name at the configured endpoint, OPENAI_BASE_URL with OPENAI_API_KEY: the key
    is never sent anywhere else)."""
    if name not in PROVIDER_NAMES:
        raise ValueError(f"unknown provider {name!r} (use 'offline' or 'openai')")
    token = _candidate.set({"name": name, "model": model})
    try:
        yield
    finally:
        _candidate.reset(token)


def provider_get(name: str | None = None):
    candidate = _candidate.get() if name is None else None
    if candidate is not None:
        name = candidate["name"]
    name = name or settings.SUPPORTDESK_MODEL_PROVIDER
    if name == "offline":
        return OfflineProvider()
    if name == "openai":
        model = (candidate or {}).get("model") or None
        return OpenAICompatibleProvider.from_settings(model=model)
    raise ValueError(f"unknown SUPPORTDESK_MODEL_PROVIDER {name!r} (use 'offline' or 'openai')")


def provider_live() -> dict:
    """The provider and model the live pipeline uses (the environment's settings)."""
    name = settings.SUPPORTDESK_MODEL_PROVIDER
    return {"name": name, "model": settings.OPENAI_MODEL if name == "openai" else ""}


__all__ = [
    "PROVIDER_NAMES",
    "ClassifyInput",
    "ClassifyOutput",
    "DraftInput",
    "DraftOutput",
    "InvalidOutputError",
    "PermanentProviderError",
    "ProviderError",
    "TransientProviderError",
    "provider_get",
    "provider_live",
    "provider_use",
]
