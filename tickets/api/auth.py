"""Bearer-token authentication for the intake API (tickets.tokens does the checking)."""

from django.http import HttpRequest
from ninja.errors import AuthenticationError
from ninja.security import HttpBearer

from tickets.models import ApiToken
from tickets.tokens import TokenRejected, api_token_authenticate


class ApiTokenAuth(HttpBearer):
    """`Authorization: Bearer <token>`. Raises with a message the client can act on instead of
    ninja's bare "Unauthorized", so a missing, malformed, unknown and revoked token are told
    apart."""

    def __call__(self, request: HttpRequest) -> ApiToken:
        header = request.headers.get(self.header, "")
        if not header:
            raise AuthenticationError(
                message="missing API token: send 'Authorization: Bearer <token>'"
            )
        scheme, _, key = header.partition(" ")
        if scheme.lower() != "bearer" or not key.strip():
            raise AuthenticationError(message="the Authorization header must be 'Bearer <token>'")
        return self.authenticate(request, key.strip())

    def authenticate(self, request: HttpRequest, token: str) -> ApiToken:
        try:
            return api_token_authenticate(key=token)
        except TokenRejected as exc:
            raise AuthenticationError(message=str(exc)) from None
