"""Agent pages: the inbox, the ticket page and a ticket's raw inputs. Thin: parse, check
access, call a selector, render. htmx requests get the named fragment only."""

import re
from urllib.parse import urlencode, urlsplit

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.cache import patch_vary_headers
from django.utils.functional import SimpleLazyObject
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_GET, require_POST
from django_htmx.http import push_url

from supportdesk.converters import id_or_none
from supportdesk.middleware import form_text_checked_by_view
from supportdesk.roles import access_console

from . import services
from .models import RawInbound, Risk, Ticket, TicketStatus
from .selectors import (
    InboxFilters,
    assignable_user_list,
    console_user_list,
    customer_previous_tickets,
    request_class_list_active,
    team_list,
    ticket_detail_get,
    ticket_inbox_page,
    ticket_raw_get,
    ticket_raw_list,
    ticket_thread_list,
)

_SLUG_RE = re.compile(r"^[-a-z0-9_]{1,64}$")
SEARCH_MAX_CHARS = 200
# Shown inline on the raw page; the download link always has the whole input.
RAW_SHOWN_BYTES = 512 * 1024


def _inbox_filters(params) -> InboxFilters:
    """Unknown values are dropped rather than rejected: a stale bookmark still opens."""
    status = params.get("status", "")
    risk = params.get("risk", "")
    request_class = params.get("class", "")
    assignee = params.get("assignee", "")
    return InboxFilters(
        status=status if status in TicketStatus.values else "",
        risk=risk if risk in Risk.values else "",
        request_class=request_class if _SLUG_RE.match(request_class) else "",
        assignee=assignee if assignee in ("me", "unassigned") or id_or_none(assignee) else "",
        team="mine" if params.get("team") == "mine" else "",
        q=" ".join(params.get("q", "").split())[:SEARCH_MAX_CHARS],
    )


def _query(params: dict[str, str]) -> str:
    return "?" + urlencode(params) if params else "?"


@require_GET
def inbox(request: HttpRequest) -> HttpResponse:
    access_console(request.user)
    filters = _inbox_filters(request.GET)
    after = request.GET.get("after", "")
    before = request.GET.get("before", "")
    page = ticket_inbox_page(filters=filters, user=request.user, after=after, before=before)
    params = filters.as_params()
    context = {
        "nav": "inbox",
        "filters": filters,
        "page": page,
        "next_url": _query({**params, "after": page.next_cursor}) if page.next_cursor else "",
        "prev_url": _query({**params, "before": page.prev_cursor}) if page.prev_cursor else "",
        "first_url": _query(params) if (after or before) and page.prev_cursor else "",
        # Lazy: only the full page evaluates these, the rows fragment never does (the template
        # calls the selector; the user list is an unevaluated queryset).
        "statuses": TicketStatus.choices,
        "risks": Risk.choices,
        # Read once however often the page lists them (the filter and the bulk bar).
        "request_classes": SimpleLazyObject(request_class_list_active),
        "teams": SimpleLazyObject(team_list),
        "assignees": console_user_list(),
        # The bulk bar is on the full page only (the rows' checkboxes name its form).
        "assignable_users": assignable_user_list(),
        "bulk_max": services.BULK_ASSIGN_MAX,
    }
    if request.htmx and not request.htmx.history_restore_request:
        response = render(request, "tickets/inbox.html#ticket-rows", context)
        # The address bar shows the canonical query, without empty fields.
        response = push_url(
            response,
            request.path
            + (
                _query({**params, **{k: v for k, v in (("after", after), ("before", before)) if v}})
                if params or after or before
                else ""
            ),
        )
    else:
        response = render(request, "tickets/inbox.html", context)
    # Same URL, two representations: never let a cache hand the fragment to a full load.
    patch_vary_headers(response, ("HX-Request",))
    return response


@require_GET
def ticket_detail(request: HttpRequest, ticket_id: int) -> HttpResponse:
    access_console(request.user)
    try:
        ticket = ticket_detail_get(ticket_id=ticket_id)
    except Ticket.DoesNotExist:
        raise Http404("No such ticket.") from None
    context = {
        "nav": "inbox",
        "ticket": ticket,
        "thread": ticket_thread_list(ticket=ticket),
        "raw_inputs": ticket_raw_list(ticket=ticket),
        "previous_tickets": customer_previous_tickets(ticket=ticket),
        "customer": ticket.customer,
        "assignable_users": assignable_user_list(),
    }
    return render(request, "tickets/ticket_detail.html", context)


# --- Assignment ------------------------------------------------------------------------------


class _AssigneeUnreadable(ValueError):
    pass


def _assignee_id_from(request: HttpRequest) -> int | None:
    """The person an assign form names: action "me" (Assign to me), "unassign" (None) or
    "assign" with the chosen person's id. _AssigneeUnreadable for anything else."""
    action = request.POST.get("action", "assign")
    if action == "me":
        return request.user.pk
    if action == "unassign":
        return None
    if action == "assign":
        assignee_id = id_or_none(request.POST.get("assignee", ""))
        if assignee_id is not None:
            return assignee_id
        raise _AssigneeUnreadable("Choose the person to assign to.")
    raise _AssigneeUnreadable("Unknown assign action.")


def _assign_refused(request: HttpRequest, error: str, back: str) -> HttpResponse:
    """A refused assignment without JavaScript: the reason, a way back, 422."""
    return render(
        request, "tickets/assign_refused.html", {"error": error, "back": back}, status=422
    )


@require_POST
def ticket_assign(request: HttpRequest, ticket_id: int) -> HttpResponse:
    """Assign, Assign to me, Unassign: from the ticket page or the review pane (from=queue).
    htmx gets the owner line back (#ticket-assignee, with the Assignee fact out of band; 422
    with the reason when refused); without JavaScript, a redirect back (or the reason, 422)."""
    access_console(request.user)
    from_queue = request.POST.get("from") == "queue"
    back = reverse("drafts:review" if from_queue else "tickets:detail", args=[ticket_id])
    error = ""
    try:
        ticket = services.ticket_assignee_set(
            ticket_id=ticket_id, assignee_id=_assignee_id_from(request), actor=request.user
        )
    except Ticket.DoesNotExist:
        raise Http404("No such ticket.") from None
    except (_AssigneeUnreadable, services.AssignmentInvalid) as refused:
        error = str(refused)
        try:
            ticket = ticket_detail_get(ticket_id=ticket_id)
        except Ticket.DoesNotExist:
            raise Http404("No such ticket.") from None
    if not request.htmx:
        return _assign_refused(request, error, back) if error else redirect(back)
    context = {
        "ticket": ticket,
        "assignable_users": assignable_user_list(),
        "from_queue": from_queue,
        "assign_error": error,
        "assign_oob": True,
    }
    return render(request, "tickets/_assignee.html", context, status=422 if error else 200)


def inbox_back_url(request: HttpRequest) -> str:
    """Where the bulk action returns: the inbox the agent was on (its filters and page, from
    the Referer, which htmx keeps current with the address bar), else the inbox."""
    inbox_path = reverse("tickets:inbox")
    referer = request.headers.get("referer", "")
    if referer and url_has_allowed_host_and_scheme(
        referer, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        parts = urlsplit(referer)
        if parts.path == inbox_path:
            return inbox_path + (f"?{parts.query}" if parts.query else "")
    return inbox_path


@require_POST
def tickets_assign(request: HttpRequest) -> HttpResponse:
    """The inbox's bulk assign: the ticked rows (`ticket`, at most BULK_ASSIGN_MAX) to the
    chosen person, to me, or to nobody, in one POST; a plain form, so it works without
    JavaScript. Back to the same inbox page with what was done; refused with the reason
    (422)."""
    access_console(request.user)
    back = inbox_back_url(request)
    raw_ids = request.POST.getlist("ticket")
    ticket_ids = [id_or_none(value) for value in raw_ids]
    try:
        if None in ticket_ids:
            raise _AssigneeUnreadable("The selection names something that is not a ticket.")
        assignee_id = _assignee_id_from(request)
        changed = services.tickets_assignee_set(
            ticket_ids=ticket_ids, assignee_id=assignee_id, actor=request.user
        )
    except (_AssigneeUnreadable, services.AssignmentInvalid) as refused:
        return _assign_refused(request, str(refused), back)
    selected = len(set(ticket_ids))
    unchanged = selected - changed
    done = "Unassigned" if assignee_id is None else "Assigned"
    note = f" ({unchanged} already were)" if unchanged else ""
    messages.success(
        request, f"{done} {changed} of {selected} ticket{'s' if selected != 1 else ''}{note}."
    )
    return redirect(back)


NOTE_ADDED = "Internal note added to the thread. The customer never sees it."


@require_POST
@form_text_checked_by_view
def ticket_note_add(request: HttpRequest, ticket_id: int) -> HttpResponse:
    """An agent's internal note, from the ticket page or the review pane (from=queue). htmx
    gets the composer back (empty, or with the text and the reason it was refused) and the
    note appended to the thread out of band; without JavaScript, a redirect back."""
    access_console(request.user)
    text = request.POST.get("text", "")
    from_queue = request.POST.get("from") == "queue"
    note, error = None, ""
    try:
        note = services.ticket_note_add(ticket_id=ticket_id, author=request.user, text=text)
    except Ticket.DoesNotExist:
        raise Http404("No such ticket.") from None
    except services.NoteInvalid as refused:
        error = str(refused)
    if not request.htmx:
        if error:
            messages.error(request, error)
        else:
            messages.success(request, NOTE_ADDED)
        return redirect("drafts:review" if from_queue else "tickets:detail", ticket_id=ticket_id)
    context = {
        "ticket_id": ticket_id,
        "from_queue": from_queue,
        "note_added": note,
        "note_error": error,
        "note_text": text if error else "",
    }
    return render(request, "tickets/_note_form.html", context, status=422 if error else 200)


@require_GET
def ticket_raw(request: HttpRequest, ticket_id: int, raw_id: int) -> HttpResponse:
    """The input exactly as received. Never served as HTML: either a download
    (text/plain, attachment) or an escaped page."""
    access_console(request.user)
    try:
        raw = ticket_raw_get(ticket_id=ticket_id, raw_id=raw_id)
    except RawInbound.DoesNotExist:
        raise Http404("No such raw input on this ticket.") from None
    content = bytes(raw.content)
    if request.GET.get("download"):
        response = HttpResponse(content, content_type="text/plain; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="raw-{raw.pk}.txt"'
        response["X-Content-Type-Options"] = "nosniff"
        return response
    shown = content[:RAW_SHOWN_BYTES]
    text = shown.decode("utf-8", errors="replace")
    context = {
        "ticket_id": ticket_id,
        "raw": raw,
        "text": text,
        "truncated": len(content) > len(shown),
        "shown_bytes": len(shown),
        "not_utf8": "\ufffd" in text,
    }
    return render(request, "tickets/raw.html", context)
