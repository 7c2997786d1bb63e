"""Any OpenAI-compatible chat-completions endpoint (OpenAI, Azure, vLLM, Ollama, LiteLLM),
through the official client. The client retries at most once; the Celery task owns retries
with backoff, so attempts do not multiply. Errors are mapped to transient (retry later) or
permanent (straight to a human).

The `openai` package is imported where a call is made: importing it takes about 1 s, and every
Django process imports this module (through drafts.providers), also those that run the offline
provider or never draft (intake, the web server's start)."""

from __future__ import annotations

import functools
import json
import secrets
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.conf import settings

from drafts import prompts
from drafts.redaction import Redaction

from .base import (
    ClassifyInput,
    ClassifyOutput,
    DraftInput,
    DraftOutput,
    InvalidOutputError,
    PermanentProviderError,
    TransientProviderError,
    Usage,
)

if TYPE_CHECKING:
    import openai


def _retry_after(error: openai.APIStatusError) -> float | None:
    headers = getattr(error.response, "headers", None) or {}
    value = headers.get("retry-after")
    if value is None:
        ms = headers.get("retry-after-ms")
        return float(ms) / 1000 if ms else None
    try:
        return float(value)
    except ValueError:
        return None


def map_error(error: Exception) -> Exception:
    """Translate the client's exceptions into the pipeline's two kinds."""
    import openai

    if isinstance(error, openai.APITimeoutError):
        return TransientProviderError(f"model endpoint timed out: {error}")
    if isinstance(error, openai.APIConnectionError):
        return TransientProviderError(f"model endpoint unreachable: {error}")
    if isinstance(error, openai.RateLimitError):
        body = error.body if isinstance(error.body, dict) else {}
        code = (
            body.get("code") or body.get("type") or (body.get("error") or {}).get("code")
            if isinstance(body, dict)
            else None
        )
        if code == "insufficient_quota" or "quota" in str(error).lower():
            return PermanentProviderError(f"model quota exhausted: {error}", status=429)
        return TransientProviderError(
            f"rate limited: {error}", retry_after=_retry_after(error), status=429
        )
    if isinstance(error, openai.APIStatusError):
        if error.status_code >= 500:
            return TransientProviderError(
                f"model endpoint error {error.status_code}",
                retry_after=_retry_after(error),
                status=error.status_code,
            )
        return PermanentProviderError(
            f"model endpoint refused the request ({error.status_code}): {error}",
            status=error.status_code,
        )
    return error


@functools.lru_cache(maxsize=8)
def _client(base_url: str, api_key: str, timeout: float) -> openai.OpenAI:
    """One client (and its connection pool) per process and endpoint: building one per stage
    cost more than the call to a fast local model."""
    import openai

    return openai.OpenAI(base_url=base_url, api_key=api_key, max_retries=1, timeout=timeout)


@dataclass
class Prices:
    input_per_mtok: float
    output_per_mtok: float
    cached_per_mtok: float

    def cost(self, usage: Usage) -> float:
        uncached = max(usage.prompt_tokens - usage.cached_tokens, 0)
        return (
            uncached * self.input_per_mtok
            + usage.cached_tokens * self.cached_per_mtok
            + usage.completion_tokens * self.output_per_mtok
        ) / 1_000_000


class OpenAICompatibleProvider:
    name = "openai"

    def __init__(
        self,
        *,
        base_url: str,
        api_key: str,
        model: str,
        prices: Prices,
        timeout: float = 30.0,
        redact_pii: bool = True,
        classify_prompt: str = prompts.DEFAULT_CLASSIFY_PROMPT,
        draft_prompt: str = prompts.DEFAULT_DRAFT_PROMPT,
        prompt_versions: dict | None = None,
    ):
        self.model = model
        self.prices = prices
        self.redact_pii = redact_pii
        self.classify_prompt = classify_prompt
        self.draft_prompt = draft_prompt
        self.prompt_versions = prompt_versions or {}
        self.client = _client(base_url, api_key or "not-needed", timeout)

    @classmethod
    def from_settings(cls, *, model: str | None = None) -> OpenAICompatibleProvider:
        """The configured endpoint; `model` in place of OPENAI_MODEL (a replay's candidate)."""
        return cls(
            base_url=settings.OPENAI_BASE_URL,
            api_key=settings.OPENAI_API_KEY,
            model=model or settings.OPENAI_MODEL,
            prices=Prices(
                settings.OPENAI_PRICE_INPUT_PER_MTOK,
                settings.OPENAI_PRICE_OUTPUT_PER_MTOK,
                settings.OPENAI_PRICE_CACHED_PER_MTOK,
            ),
            timeout=settings.OPENAI_TIMEOUT_SECONDS,
            redact_pii=settings.SUPPORTDESK_REDACT_PII,
        )

    def with_prompts(
        self, *, classify: str, draft: str, versions: dict
    ) -> OpenAICompatibleProvider:
        self.classify_prompt, self.draft_prompt, self.prompt_versions = classify, draft, versions
        return self

    # -- one call --------------------------------------------------------------------------
    def _call(
        self, messages: list[dict], schema_name: str, schema: dict
    ) -> tuple[dict | None, str, Usage, str]:
        import openai

        started = time.perf_counter()
        try:
            completion = self.client.chat.completions.create(
                model=self.model,
                messages=messages,
                temperature=0,
                response_format={
                    "type": "json_schema",
                    "json_schema": {"name": schema_name, "schema": schema, "strict": True},
                },
            )
        except openai.OpenAIError as error:
            raise map_error(error) from error
        latency = (time.perf_counter() - started) * 1000
        usage = Usage(latency_ms=latency, calls=1)
        if completion.usage is not None:
            usage.prompt_tokens = completion.usage.prompt_tokens or 0
            usage.completion_tokens = completion.usage.completion_tokens or 0
            details = getattr(completion.usage, "prompt_tokens_details", None)
            usage.cached_tokens = (getattr(details, "cached_tokens", 0) or 0) if details else 0
        usage.cost = self.prices.cost(usage)
        if not completion.choices:
            return None, "", usage, "no choices in the response"
        choice = completion.choices[0]
        content = choice.message.content or ""
        if choice.finish_reason == "length":
            return None, content, usage, "output truncated (finish_reason=length)"
        try:
            data = json.loads(content)
        except (json.JSONDecodeError, TypeError) as error:
            return None, content, usage, f"output is not JSON: {error}"
        if not isinstance(data, dict):
            return None, content, usage, "output is not a JSON object"
        return data, content, usage, ""

    def _call_validated(self, messages, schema_name, schema, validate):
        """Call, validate in code, retry once on invalid or truncated output."""
        total = Usage()
        problems = []
        for _attempt in range(2):
            data, raw, usage, problem = self._call(messages, schema_name, schema)
            total.add(usage)
            if not problem:
                problem = validate(data)
            if not problem:
                return data, raw, total
            problems.append(problem)
        raise InvalidOutputError("; ".join(f"attempt {i + 1}: {p}" for i, p in enumerate(problems)))

    # -- stages ----------------------------------------------------------------------------
    def classify(self, request: ClassifyInput) -> ClassifyOutput:
        nonce = secrets.token_hex(6)
        redaction = Redaction()
        subject, text = request.subject, request.text
        if self.redact_pii:
            subject, text = redaction.redact(subject), redaction.redact(text)
        allowed = {c.slug for c in request.classes} | {"needs_triage"}
        messages = prompts.classify_messages(
            instructions=self.classify_prompt,
            classes=request.classes,
            subject=subject,
            text=text,
            nonce=nonce,
        )

        def validate(data: dict) -> str:
            missing = [k for k in prompts.CLASSIFY_SCHEMA["required"] if k not in data]
            if missing:
                return f"missing fields {missing}"
            if data["request_class"] not in allowed:
                return f"request_class {data['request_class']!r} is not an allowed class"
            for key in ("confidence", "frustration", "churn_risk"):
                if not isinstance(data[key], (int, float)) or not 0 <= data[key] <= 1:
                    return f"{key} must be a number between 0 and 1"
            if data["urgency"] not in ("low", "normal", "high"):
                return "urgency must be low, normal or high"
            return ""

        data, raw, usage = self._call_validated(
            messages, "classification", prompts.CLASSIFY_SCHEMA, validate
        )
        slug = data["request_class"]
        triage = slug == "needs_triage"
        return ClassifyOutput(
            request_class_slug=None if triage else slug,
            label=slug,
            confidence=float(data["confidence"]),
            needs_triage=triage,
            language=str(data["language"])[:8],
            urgency=data["urgency"],
            product_area=str(data["product_area"])[:40],
            frustration=float(data["frustration"]),
            churn_risk=float(data["churn_risk"]),
            raw_output=raw,
            usage=usage,
        )

    def draft(self, request: DraftInput, *, template: str | None = None) -> DraftOutput:
        nonce = secrets.token_hex(6)
        redaction = Redaction()
        if self.redact_pii:
            request.thread = [dict(m, text=redaction.redact(m["text"])) for m in request.thread]
            request.customer = {
                k: redaction.redact(v) if isinstance(v, str) else v
                for k, v in request.customer.items()
            }
        messages = prompts.draft_messages(
            instructions=self.draft_prompt, request=request, nonce=nonce
        )

        def validate(data: dict) -> str:
            if not isinstance(data.get("reply"), str) or not data["reply"].strip():
                return "reply must be a non-empty string"
            if not isinstance(data.get("citations"), list) or not all(
                isinstance(c, str) for c in data["citations"]
            ):
                return "citations must be a list of strings"
            if not isinstance(data.get("basis"), list):
                return "basis must be a list"
            return ""

        data, raw, usage = self._call_validated(messages, "draft", prompts.DRAFT_SCHEMA, validate)
        return DraftOutput(
            text=redaction.restore(data["reply"]),
            citations=[c.strip("[] ") for c in data["citations"]],
            basis=[redaction.restore(str(b)) for b in data["basis"]][:12],
            model=self.model,
            prompt_version=str(self.prompt_versions.get("draft", "")),
            raw_output=raw,
            usage=usage,
        )
