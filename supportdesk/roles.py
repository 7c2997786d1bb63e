"""Roles and the access checks every view goes through.

Three groups, created by a migration: Agent, Team lead, Admin. Superusers count as Admin.
"""

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.core.exceptions import PermissionDenied

AGENT = "Agent"
TEAM_LEAD = "Team lead"
ADMIN = "Admin"
ROLES = (AGENT, TEAM_LEAD, ADMIN)


def user_roles(user: AbstractBaseUser | AnonymousUser) -> frozenset[str]:
    if not user.is_authenticated:
        return frozenset()
    cached = getattr(user, "_supportdesk_roles", None)
    if cached is None:
        names = set(user.groups.values_list("name", flat=True))
        if user.is_superuser:
            names.add(ADMIN)
        cached = frozenset(names & set(ROLES))
        user._supportdesk_roles = cached
    return cached


def is_agent(user) -> bool:
    return bool(user_roles(user))


def is_lead(user) -> bool:
    return bool(user_roles(user) & {TEAM_LEAD, ADMIN})


def is_admin(user) -> bool:
    return ADMIN in user_roles(user)


def access_console(user) -> None:
    """Any role may use the console (inbox, ticket pages)."""
    if not is_agent(user):
        raise PermissionDenied("This account has no Supportdesk role.")


def access_lead_pages(user) -> None:
    """Rules, policies, auto-send, metrics: team leads and admins only."""
    if not is_lead(user):
        raise PermissionDenied("Team leads and admins only.")


def roles_context(request) -> dict:
    user = getattr(request, "user", None)
    if user is None:
        return {}
    from tickets.notifications import escalations_waiting_count

    return {
        "user_is_lead": is_lead(user),
        "user_is_admin": is_admin(user),
        # A callable: only the navigation that shows the badge runs its one query.
        "escalations_waiting": lambda: escalations_waiting_count(user=user),
    }
