"""Cross-cutting request handling: body size limit (and chunked bodies), characters the
database refuses, Content-Security-Policy, login wall."""

import io

from django.conf import settings
from django.contrib.auth.middleware import LoginRequiredMiddleware as DjangoLoginRequired
from django.core.handlers.wsgi import LimitedStream
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.template.loader import render_to_string
from django.views.defaults import page_not_found

from supportdesk.text import text_refused_characters

# Paths whose views store the raw request before reading anything in it (the intake API,
# inbound webhooks): they check their own input, after the raw record is committed.
RAW_INTAKE_PREFIXES = ("/api/", "/inbound/")

CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)


class RequestSizeLimitMiddleware:
    """Answer 413 before reading a body larger than SUPPORTDESK_MAX_REQUEST_BYTES, and read a
    body that comes without a length (Transfer-Encoding: chunked).

    gunicorn de-chunks such a body into wsgi.input but sets no CONTENT_LENGTH, and Django reads
    at most CONTENT_LENGTH bytes (0): the body would be empty and an API create would store
    0 bytes and answer 400, losing the customer's message. So it is read here, up to the limit
    (one byte more tells "too large"), and handed to Django as if its length had been sent."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        limit = settings.SUPPORTDESK_MAX_REQUEST_BYTES
        if _body_without_length(request):
            body = _read_at_most(request.META["wsgi.input"], limit + 1)
            if len(body) > limit:
                return _too_large(f"the chunked request body is over {limit} bytes", limit)
            request.META["CONTENT_LENGTH"] = str(len(body))
            request._stream = LimitedStream(io.BytesIO(body), len(body))
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        if length > limit:
            return _too_large(f"request body is {length} bytes", limit)
        return self.get_response(request)


def _body_without_length(request: HttpRequest) -> bool:
    meta = request.META
    if meta.get("CONTENT_LENGTH") or "wsgi.input" not in meta:
        return False
    return "chunked" in meta.get("HTTP_TRANSFER_ENCODING", "").lower()


def _read_at_most(stream, size: int) -> bytes:
    parts, remaining = [], size
    while remaining > 0:
        part = stream.read(min(remaining, 64 * 1024))
        if not part:
            break
        parts.append(part)
        remaining -= len(part)
    return b"".join(parts)


def _too_large(what: str, limit: int) -> HttpResponse:
    return JsonResponse({"detail": f"{what}; the limit is {limit} bytes"}, status=413)


class ContentSecurityPolicyMiddleware:
    """A strict policy: no inline script, no third-party origins."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        return response


class NotFoundPageMiddleware:
    """The console's own 404 page under DJANGO_DEBUG as well. `python3 dev.py up` runs the demo
    with debug on, where Django answers a missing page with its technical 404 (the URL
    patterns, no way back); a new user trying the console should meet the page production
    shows. Only full pages: an htmx fragment or a JSON answer keeps its own 404. A developer who
    wants Django's page adds `?technical404=1`."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if (
            settings.DEBUG
            and response.status_code == 404
            and response.get("Content-Type", "").startswith("text/html")
            and not request.headers.get("HX-Request")
            and "technical404" not in request.GET
        ):
            return page_not_found(request, Http404())
        return response


class LoginRequiredMiddleware(DjangoLoginRequired):
    """Django's login wall, except for paths that authenticate another way (API tokens,
    signed webhooks) or serve public assets."""

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.path_info.startswith(settings.LOGIN_EXEMPT_PREFIXES):
            return None
        return super().process_view(request, view_func, view_args, view_kwargs)


def form_text_checked_by_view(view):
    """Mark a view that checks its own form fields for characters the database refuses (to
    answer in its own page, e.g. the review pane): InputCharactersMiddleware leaves its POST
    fields alone. The path, query string and cookies are still checked."""
    view.form_text_checked_by_view = True
    return view


def _first_refused(pairs) -> tuple[str, str]:
    """(where, what) for the first key or value the database would refuse, or ("", "")."""
    for key, values in pairs:
        for text, where in ((key, f"the name {key[:40]!r}"), *((v, key[:40]) for v in values)):
            refused = text_refused_characters(text) if isinstance(text, str) else ""
            if refused:
                return where, refused
    return "", ""


class InputCharactersMiddleware:
    """Refuse, with a clear 400, a request whose path, query string, cookies or form fields
    hold a character PostgreSQL cannot store in text (NUL, unpaired surrogates). Documented
    behaviour: rejected, never silently stripped, so what is stored is what was sent.

    Without this, such a value reaches a query (a filter, a search, a login) and the database
    answers DataError, a 500. The intake API and the webhooks (RAW_INTAKE_PREFIXES) are left
    alone: they must store the raw request first, and check their fields after that."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.path_info.startswith(RAW_INTAKE_PREFIXES):
            return self.get_response(request)
        refused = text_refused_characters(request.path_info)
        where = "the address"
        if not refused:
            where, refused = _first_refused(request.GET.lists())
            where = f"the query parameter {where}" if refused else where
        if not refused:
            where, refused = _first_refused((k, [v]) for k, v in request.COOKIES.items())
            where = f"the cookie {where}" if refused else where
        if refused:
            return input_refused_response(where=where, refused=refused)
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if (
            request.method != "POST"
            or request.path_info.startswith(RAW_INTAKE_PREFIXES)
            or getattr(view_func, "form_text_checked_by_view", False)
            or request.content_type
            not in ("application/x-www-form-urlencoded", "multipart/form-data")
        ):
            return None
        where, refused = _first_refused(request.POST.lists())
        if refused:
            return input_refused_response(where=f"the form field {where}", refused=refused)
        return None


def input_refused_response(*, where: str, refused: str) -> HttpResponse:
    """A 400 page in the console's look. Rendered without the request: its session or user may
    be what holds the refused character."""
    message = f"{where[:1].upper()}{where[1:]} contains {refused}, which cannot be stored."
    body = render_to_string("input_refused.html", {"message": message})
    return HttpResponse(body, status=400)
