"""Model providers. `provider_get()` returns the one configured in settings."""

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


def provider_get(name: str | None = None):
    name = name or settings.SUPPORTDESK_MODEL_PROVIDER
    if name == "offline":
        return OfflineProvider()
    if name == "openai":
        return OpenAICompatibleProvider.from_settings()
    raise ValueError(f"unknown SUPPORTDESK_MODEL_PROVIDER {name!r} (use 'offline' or 'openai')")


__all__ = [
    "ClassifyInput",
    "ClassifyOutput",
    "DraftInput",
    "DraftOutput",
    "InvalidOutputError",
    "PermanentProviderError",
    "ProviderError",
    "TransientProviderError",
    "provider_get",
]
