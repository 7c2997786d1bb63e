"""Inbound email from providers' webhooks (django-anymail).

Anymail's provider views know each provider's payload; they are wrapped here so that nothing
a provider (or anyone holding the webhook password) sends can end in a 500 with nothing kept:

1. The body is read first. A provider with no settings (anymail raises ImproperlyConfigured
   when its signing key is missing) answers 503 "not configured" to an authenticated POST and
   keeps the body as a rejected raw record, so the provider retries later and the admin sees
   why; a request that fails authentication answers 400 and stores nothing (as before).
2. After authentication (basic auth, and the provider's signature where there is one) the body
   is stored as a raw record before any parsing (webhook_request_store).
3. The provider's payload is parsed and each message goes through the same intake as
   import_email (email_receive, via anymail's `inbound` signal), which stores the message's own
   raw MIME; the request's record is then dropped (one raw record per message). A payload that
   cannot be read (invalid JSON, a JSON list, wrong field types, an empty form, invalid UTF-8)
   keeps the request's record, marked failed with the error, and answers 400 naming it.

Only the inbound endpoints are exposed: nothing here consumes tracking events."""

import logging

from anymail import urls as anymail_urls
from anymail.exceptions import AnymailWebhookValidationFailure
from anymail.signals import AnymailInboundEvent, inbound
from anymail.utils import get_anymail_setting, get_request_basic_auth
from django.contrib.auth.decorators import login_not_required
from django.core.exceptions import ImproperlyConfigured, RequestDataTooBig
from django.http import HttpRequest, HttpResponse, UnreadablePostError
from django.utils.crypto import constant_time_compare
from django.views.decorators.csrf import csrf_exempt

from tickets.email.parsing import message_bytes
from tickets.email.services import email_receive, webhook_request_store, webhook_request_taken
from tickets.services import raw_inbound_reject

logger = logging.getLogger(__name__)

ERROR_MAX = 1000


def inbound_email_received(sender, event: AnymailInboundEvent, esp_name: str, **kwargs) -> None:
    """Receiver for anymail's `inbound` signal. Raises only if the message cannot be
    regenerated as MIME or its raw record cannot be stored; the webhook view then keeps the
    request's own raw record with the error."""
    content = message_bytes(event.message, strict=True)
    source = f"webhook:{esp_name}"
    if event.event_id:
        source += f":{event.event_id}"
    result = email_receive(content=content, source=source)
    logger.info(
        "inbound email via %s: %s (raw %s, ticket %s) %s",
        esp_name,
        result.outcome,
        result.raw_id,
        result.ticket_id,
        result.detail,
    )


def _storable(text: str) -> str:
    """An error message the database can store (an exception can quote a NUL from the input)."""
    text = text.replace("\x00", "\\x00")
    return text.encode("utf-8", "backslashreplace").decode("utf-8")[:ERROR_MAX]


def _plain(status: int, text: str) -> HttpResponse:
    return HttpResponse(text, status=status, content_type="text/plain; charset=utf-8")


def _basic_auth_ok(request: HttpRequest) -> bool:
    allowed = get_anymail_setting("webhook_secret", default=[])
    if isinstance(allowed, str):
        allowed = [allowed] if allowed else []
    given = get_request_basic_auth(request)
    return bool(allowed) and any(constant_time_compare(given, a) for a in allowed)


def _not_configured(request: HttpRequest, view_class, body: bytes, exc: Exception):
    esp = view_class.esp_name
    if request.method != "POST" or not _basic_auth_ok(request):
        return _plain(404, f"The {esp} inbound webhook is not configured here.")
    raw = webhook_request_store(esp_name=esp, content=body, content_type=request.content_type)
    error = _storable(f"the {esp} inbound webhook is not configured: {exc}")
    raw_inbound_reject(raw=raw, error=error)
    logger.error("inbound webhook %s: %s (kept as raw inbound %s)", esp, error, raw.pk)
    return _plain(503, f"The {esp} inbound webhook is not configured; kept as raw {raw.pk}.")


def _guarded(view_class):
    """A view for one of anymail's inbound webhook views; see the module docstring."""
    esp = view_class.esp_name

    @csrf_exempt
    @login_not_required
    def webhook(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        try:
            body = request.body  # first: the provider's parser may read request.POST
        except RequestDataTooBig:
            return _plain(413, "The request body is too large.")
        except UnreadablePostError:
            return _plain(400, "The request body could not be read.")
        try:
            handler = view_class()
        except ImproperlyConfigured as exc:
            return _not_configured(request, view_class, body, exc)
        if request.method != "POST":
            return view_class.as_view()(request, *args, **kwargs)
        handler.setup(request, *args, **kwargs)
        try:
            handler.run_validators(request)
        except AnymailWebhookValidationFailure:
            raise  # Django answers 400 and logs it to django.security; nothing is stored
        except Exception as exc:  # a malformed body can break a signature check too
            logger.warning("inbound webhook %s: unreadable request: %r", esp, exc)
            return _plain(400, "The request could not be verified.")
        raw = webhook_request_store(esp_name=esp, content=body, content_type=request.content_type)
        try:
            events = handler.parse_events(request)
            for event in events:
                inbound.send(sender=view_class, event=event, esp_name=esp)
        except Exception as exc:
            error = _storable(
                f"{esp} webhook payload could not be read: {type(exc).__name__}: {exc}"
            )
            logger.warning("inbound webhook: %s (kept as raw inbound %s)", error, raw.pk)
            raw_inbound_reject(raw=raw, error=error)
            return _plain(400, f"The payload could not be read; kept as raw {raw.pk}: {error}")
        if not events:
            raw_inbound_reject(raw=raw, error=f"{esp} webhook payload carried no message")
            return _plain(400, f"The payload carried no message; kept as raw {raw.pk}.")
        webhook_request_taken(raw=raw)
        return HttpResponse()

    return webhook


def inbound_webhook_patterns() -> list:
    """The URL patterns of anymail's inbound webhooks (not tracking), each guarded."""
    patterns = []
    for pattern in anymail_urls.urlpatterns:
        view_class = getattr(pattern.callback, "view_class", None)
        if view_class is None or getattr(view_class, "signal", None) is not inbound:
            continue
        guarded = type(pattern)(pattern.pattern, _guarded(view_class), name=pattern.name)
        patterns.append(guarded)
    return patterns
