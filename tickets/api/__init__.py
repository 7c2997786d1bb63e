"""The JSON intake API under /api/v1/ (django-ninja)."""

from .endpoints import api

__all__ = ["api"]
