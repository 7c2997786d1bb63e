"""What the intake API accepts and answers. Input is parsed by these pydantic models (after the
raw body is stored), so every limit a client can hit is written here, next to its field."""

import base64
import binascii
import datetime as dt
from typing import Annotated, Literal

from django.core.exceptions import ValidationError as DjangoValidationError
from django.core.validators import validate_email
from pydantic import AfterValidator, BaseModel, BeforeValidator, Field, WithJsonSchema

from tickets.models import Tier


def _no_nul(value: str) -> str:
    # PostgreSQL text and jsonb cannot hold U+0000; refuse it here rather than fail on write.
    if "\x00" in value:
        raise ValueError("must not contain NUL (U+0000) characters")
    return value


def _email(value: str) -> str:
    value = value.strip()
    try:
        validate_email(value)
    except DjangoValidationError:
        raise ValueError("enter a valid email address") from None
    return value


def _not_blank(value: str) -> str:
    if not value.strip():
        raise ValueError("must not be empty")
    return value


def _base64_decode(value: object) -> object:
    if not isinstance(value, str):
        return value  # the bytes validator reports the wrong type
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise ValueError("must be standard base64 (RFC 4648, with padding)") from None


Text = Annotated[str, AfterValidator(_no_nul)]
Email = Annotated[str, Field(max_length=254), AfterValidator(_no_nul), AfterValidator(_email)]
RequiredText = Annotated[str, AfterValidator(_no_nul), AfterValidator(_not_blank)]
Base64Content = Annotated[
    bytes,
    BeforeValidator(_base64_decode),
    WithJsonSchema({"type": "string", "contentEncoding": "base64"}),
]


class CustomerIn(BaseModel):
    email: Email
    name: Annotated[Text, Field(max_length=200)] = ""
    external_id: Annotated[Text, Field(max_length=100)] = ""
    # Only used when the customer is new: intake never overwrites known account facts.
    tier: Literal[tuple(Tier.values)] | None = None  # type: ignore[valid-type]
    plan: Annotated[Text, Field(max_length=100)] | None = None
    locale: Annotated[Text, Field(max_length=16)] | None = None

    def new_customer_fields(self) -> dict:
        return {
            key: value
            for key, value in (("tier", self.tier), ("plan", self.plan), ("locale", self.locale))
            if value is not None
        }


class SenderIn(BaseModel):
    email: Email
    name: Annotated[Text, Field(max_length=200)] = ""


class AttachmentIn(BaseModel):
    filename: Annotated[Text, Field(max_length=255)]
    content_type: Annotated[Text, Field(max_length=255)] = "application/octet-stream"
    content_base64: Base64Content


class TicketCreateIn(BaseModel):
    """A new ticket. The whole request body is bounded by SUPPORTDESK_MAX_REQUEST_BYTES
    (10 MB by default), attachments included."""

    customer: CustomerIn
    subject: Annotated[Text, Field(max_length=500)] = ""
    body: Annotated[RequiredText, Field(description="The customer's message, plain text.")]
    body_html: Annotated[Text, Field(description="Optional HTML; sanitized before display.")] = ""
    attachments: list[AttachmentIn] = Field(default_factory=list, max_length=100)


class MessageCreateIn(BaseModel):
    """A further customer message on an existing ticket (reopens it when resolved)."""

    sender: SenderIn
    subject: Annotated[Text, Field(max_length=500)] = ""
    body: RequiredText
    body_html: Text = ""
    attachments: list[AttachmentIn] = Field(default_factory=list, max_length=100)


class TicketUrls(BaseModel):
    self: str
    messages: str


class TicketCreatedOut(BaseModel):
    id: int
    reference: str
    status: str
    urls: TicketUrls


class MessageCreatedOut(BaseModel):
    ticket: TicketCreatedOut
    message_id: int


class TicketOut(BaseModel):
    id: int
    reference: str
    status: str
    request_class: str | None = Field(description="Class slug; null until classified.")
    risk: Literal["low", "high"] | None
    priority: Literal["low", "normal", "high", "urgent"]
    created_at: dt.datetime
    first_response_at: dt.datetime | None
    resolved_at: dt.datetime | None
    message_count: int
    urls: TicketUrls


class FieldError(BaseModel):
    field: str
    message: str


class ErrorOut(BaseModel):
    detail: str
    errors: list[FieldError] = Field(default_factory=list)
