"""The intake API: create a ticket, add a customer message, read a ticket's status.

Every write follows the one intake path: store the raw body first (tickets.services.
raw_inbound_store, committed on its own), then parse it with the pydantic schemas, then ingest.
A payload the client is told is invalid keeps its raw record, marked failed with the error."""

import logging

import pydantic
from django.core.exceptions import RequestDataTooBig
from django.http import Http404, HttpRequest, HttpResponse, UnreadablePostError
from django.urls import reverse
from ninja import NinjaAPI, Status
from ninja.errors import AuthenticationError, HttpError
from ninja.errors import ValidationError as NinjaValidationError

from supportdesk.text import text_refused_characters
from tickets.models import Priority, RawInbound, Ticket, ticket_reference
from tickets.services import inbound_fail, raw_inbound_reject, raw_inbound_store

from .auth import ApiTokenAuth
from .schemas import (
    ErrorOut,
    MessageCreatedOut,
    MessageCreateIn,
    TicketCreatedOut,
    TicketCreateIn,
    TicketOut,
)
from .selectors import api_ticket_get, ticket_id_possible
from .services import IdempotencyConflict, api_message_add, api_ticket_create

logger = logging.getLogger(__name__)

IDEMPOTENCY_KEY_MAX = 200  # IdempotencyKey.key max_length
ERRORS_IN_DETAIL = 5


class IntakeAPI(NinjaAPI):
    """Request bodies are parsed by hand (after the raw body is stored), so ninja does not see
    the input models; this adds them to the schema's components for the operations' $refs."""

    input_models = (TicketCreateIn, MessageCreateIn)

    def get_openapi_schema(self, *, path_prefix=None, path_params=None):
        schema = super().get_openapi_schema(path_prefix=path_prefix, path_params=path_params)
        components = schema.setdefault("components", {}).setdefault("schemas", {})
        for model in self.input_models:
            model_schema = model.model_json_schema(ref_template="#/components/schemas/{model}")
            components.update(model_schema.pop("$defs", {}))
            components[model.__name__] = model_schema
        return schema


api = IntakeAPI(
    title="Supportdesk intake API",
    version="1",
    description=(
        "Open tickets and add customer messages from your own systems. Every request needs "
        "`Authorization: Bearer <token>` (tokens are created in the admin). Errors are JSON "
        "with a `detail` message; validation errors also list `errors` by field."
    ),
    urls_namespace="api-v1",
    auth=ApiTokenAuth(),
)


class ApiInputError(Exception):
    def __init__(self, status: int, detail: str, errors: list[dict] | None = None):
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.errors = errors or []


def _error(request: HttpRequest, status: int, detail: str, errors=None, **headers) -> HttpResponse:
    response = api.create_response(
        request, {"detail": detail, "errors": errors or []}, status=status
    )
    for name, value in headers.items():
        response[name.replace("_", "-")] = value
    return response


@api.exception_handler(AuthenticationError)
def _unauthenticated(request, exc):
    return _error(request, 401, str(exc), WWW_Authenticate='Bearer realm="supportdesk"')


@api.exception_handler(HttpError)
def _http_error(request, exc):
    return _error(request, exc.status_code, str(exc))


@api.exception_handler(Http404)
def _not_found(request, exc):
    return _error(request, 404, "not found")


@api.exception_handler(NinjaValidationError)
def _ninja_validation_error(request, exc):
    # Only path parameters reach ninja's own validation (bodies are parsed by hand).
    errors = [
        {
            "field": ".".join(str(p) for p in e.get("loc", ()) if p not in ("path", "query")),
            "message": e.get("msg", "invalid"),
        }
        for e in exc.errors
    ]
    return _error(request, 422, _summary(errors), errors)


@api.exception_handler(RequestDataTooBig)
def _too_big(request, exc):
    # The size middleware answers first when Content-Length says so; this covers a lower
    # DATA_UPLOAD_MAX_MEMORY_SIZE, which Django would otherwise turn into a 400.
    return _error(request, 413, f"request body too large: {exc}")


@api.exception_handler(UnreadablePostError)
def _unreadable(request, exc):
    return _error(request, 400, "the request body could not be read")


@api.exception_handler(Exception)
def _server_error(request, exc):
    logger.exception("intake API error on %s %s", request.method, request.path)
    return _error(request, 500, "internal error; the request was recorded and flagged")


def _summary(errors: list[dict]) -> str:
    parts = [f"{e['field']}: {e['message']}" for e in errors[:ERRORS_IN_DETAIL]]
    if len(errors) > ERRORS_IN_DETAIL:
        parts.append(f"and {len(errors) - ERRORS_IN_DETAIL} more")
    return "; ".join(parts)


def _message(error: dict) -> str:
    if error["type"] == "missing":
        return "this field is required"
    return error["msg"].removeprefix("Value error, ")


def _parse(model: type[pydantic.BaseModel], raw: RawInbound) -> pydantic.BaseModel:
    """400 for a body that is not JSON (or not UTF-8); 422, naming each field, for JSON that
    does not fit the schema."""
    try:
        return model.model_validate_json(raw.content)
    except pydantic.ValidationError as exc:
        found = exc.errors(include_url=False, include_input=False, include_context=False)
        malformed = [e for e in found if e["type"] == "json_invalid"]
        if malformed:
            reason = malformed[0]["msg"].removeprefix("Invalid JSON: ")
            raise ApiInputError(400, f"the body is not valid UTF-8 JSON: {reason}") from None
        errors = [
            {"field": ".".join(str(p) for p in e["loc"]) or "body", "message": _message(e)}
            for e in found
        ]
        raise ApiInputError(422, _summary(errors), errors) from None


def _idempotency_key(request: HttpRequest) -> str:
    key = request.headers.get("Idempotency-Key", "").strip()
    refused = text_refused_characters(key)
    if refused:
        message = f"contains {refused}, which cannot be stored"
        raise ApiInputError(
            422, f"Idempotency-Key: {message}", [{"field": "Idempotency-Key", "message": message}]
        )
    if len(key) > IDEMPOTENCY_KEY_MAX:
        raise ApiInputError(
            422,
            f"Idempotency-Key: at most {IDEMPOTENCY_KEY_MAX} characters",
            [{"field": "Idempotency-Key", "message": f"at most {IDEMPOTENCY_KEY_MAX} characters"}],
        )
    return key


def _store(request: HttpRequest) -> RawInbound:
    return raw_inbound_store(
        channel="api",
        content=request.body,
        content_type="application/json",
        source=f"api token {request.auth.key_prefix}",
    )


def _flag_unexpected(raw: RawInbound, exc: Exception) -> None:
    """Not the client's fault: keep the input as a flagged ticket for a human, then let the
    error handler answer 500."""
    try:
        inbound_fail(raw=raw, error=f"intake API: {type(exc).__name__}: {exc}"[:2000])
    except Exception:  # the database may be what failed; the raw record is already committed
        logger.exception("could not flag raw inbound %s", raw.pk)


def _urls(request: HttpRequest, ticket_id: int) -> dict:
    origin = f"{request.scheme}://{request.get_host()}"  # what build_absolute_uri would prefix
    return {
        "self": origin + reverse("api-v1:ticket_read", kwargs={"ticket_id": ticket_id}),
        "messages": origin + reverse("api-v1:message_create", kwargs={"ticket_id": ticket_id}),
    }


def _ticket_summary(request: HttpRequest, ticket: Ticket) -> dict:
    return {
        "id": ticket.pk,
        "reference": ticket_reference(ticket.pk),
        "status": ticket.status,
        "urls": _urls(request, ticket.pk),
    }


def _request_body(model: type[pydantic.BaseModel]) -> dict:
    return {
        "required": True,
        "content": {
            "application/json": {"schema": {"$ref": f"#/components/schemas/{model.__name__}"}}
        },
    }


ERRORS = {400: ErrorOut, 401: ErrorOut, 413: ErrorOut, 422: ErrorOut}


@api.post(
    "/tickets",
    response={201: TicketCreatedOut, 200: TicketCreatedOut, **ERRORS},
    url_name="ticket_create",
    summary="Open a ticket",
    description=(
        "Creates the ticket (or matches the customer by email, case-insensitively) and queues "
        "it for the pipeline. 201 when a ticket was opened; 200 when an `Idempotency-Key` "
        "retry returns the ticket the first request opened (the same key with a different "
        "body is 422), or when the subject's [SD-n] token threads it into that customer's "
        "ticket."
    ),
    openapi_extra={
        "requestBody": _request_body(TicketCreateIn),
        "parameters": [
            {
                "in": "header",
                "name": "Idempotency-Key",
                "required": False,
                "schema": {"type": "string", "maxLength": IDEMPOTENCY_KEY_MAX},
                "description": "Retries with the same key (per token) return the same ticket.",
            }
        ],
    },
)
def ticket_create(request: HttpRequest):
    raw = _store(request)
    try:
        key = _idempotency_key(request)
        payload = _parse(TicketCreateIn, raw)
        result = api_ticket_create(
            token=request.auth, raw=raw, payload=payload, idempotency_key=key
        )
    except ApiInputError as exc:
        raw_inbound_reject(raw=raw, error=exc.detail)
        return Status(exc.status, {"detail": exc.detail, "errors": exc.errors})
    except IdempotencyConflict as exc:
        raw_inbound_reject(raw=raw, error=str(exc))
        errors = [{"field": "Idempotency-Key", "message": str(exc)}]
        return Status(422, {"detail": str(exc), "errors": errors})
    except Exception as exc:
        _flag_unexpected(raw, exc)
        raise
    return Status(201 if result.created else 200, _ticket_summary(request, result.ticket))


@api.post(
    "/tickets/{ticket_id}/messages",
    response={201: MessageCreatedOut, 404: ErrorOut, **ERRORS},
    url_name="message_create",
    summary="Add a customer message to a ticket",
    description="A resolved ticket is reopened. 404 when there is no such ticket.",
    openapi_extra={"requestBody": _request_body(MessageCreateIn)},
)
def message_create(request: HttpRequest, ticket_id: int):
    raw = _store(request)
    try:
        payload = _parse(MessageCreateIn, raw)
        if not ticket_id_possible(ticket_id):
            raise Ticket.DoesNotExist
        result = api_message_add(ticket_id=ticket_id, raw=raw, payload=payload)
    except ApiInputError as exc:
        raw_inbound_reject(raw=raw, error=exc.detail)
        return Status(exc.status, {"detail": exc.detail, "errors": exc.errors})
    except Ticket.DoesNotExist:
        detail = f"no ticket with id {ticket_id}"
        raw_inbound_reject(raw=raw, error=detail)
        return Status(404, {"detail": detail, "errors": []})
    except Exception as exc:
        _flag_unexpected(raw, exc)
        raise
    return Status(
        201, {"ticket": _ticket_summary(request, result.ticket), "message_id": result.message.pk}
    )


@api.get(
    "/tickets/{ticket_id}",
    response={200: TicketOut, 404: ErrorOut, 401: ErrorOut},
    url_name="ticket_read",
    summary="Read a ticket's status",
)
def ticket_read(request: HttpRequest, ticket_id: int):
    ticket = api_ticket_get(ticket_id=ticket_id)
    if ticket is None:
        return Status(404, {"detail": f"no ticket with id {ticket_id}", "errors": []})
    return Status(
        200,
        {
            "id": ticket.pk,
            "reference": ticket_reference(ticket.pk),
            "status": ticket.status,
            "request_class": ticket.request_class.slug if ticket.request_class_id else None,
            "risk": ticket.risk or None,
            "priority": Priority(ticket.priority).name.lower(),
            "created_at": ticket.created_at,
            "first_response_at": ticket.first_response_at,
            "resolved_at": ticket.resolved_at,
            "message_count": ticket.message_count,
            "urls": _urls(request, ticket.pk),
        },
    )
