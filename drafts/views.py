"""The review queue: the queue page, the review pane, the "N new" poll, the citation popover
and the review actions. Thin: parse, check access, call one selector or service, render.
htmx requests get the named fragment; without JavaScript every action is a plain form POST
answered with a redirect (or the page with the error), so the console works without it."""

from __future__ import annotations

import re
from urllib.parse import urlencode

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import patch_vary_headers
from django.views.decorators.http import require_GET, require_POST
from django_htmx.http import trigger_client_event

from supportdesk.converters import id_or_none
from supportdesk.middleware import form_text_checked_by_view
from supportdesk.roles import access_console
from supportdesk.text import text_refused_characters
from tickets.models import Risk, Ticket
from tickets.selectors import assignable_user_list, request_class_list_active
from tickets.services import CLAIMABLE_STATUSES
from tickets.views import inbox_back_url

from . import reviews
from .knowledge.models import PolicyFragment
from .knowledge.selectors import fragment_get
from .providers.composing import markdown_plain
from .selectors import (
    QUEUE_VIEWS,
    QueueFilters,
    draft_rejection,
    macro_offers,
    queue_counts,
    queue_new_count,
    queue_page,
    queue_tab_counts,
    queue_watermark,
    reply_composer_get,
    review_pane_get,
    review_ticket_get,
    run_signals,
    team_list,
)

_SLUG_RE = re.compile(r"^[-a-z0-9_]{1,64}$")
POLL_SECONDS = 10
SEND_QUEUED_NOTICE = (
    "Done: the reply is queued and will be sent as soon as the mail queue is reachable again."
)


def _filters(params) -> QueueFilters:
    """Unknown values are dropped rather than rejected: a stale bookmark still opens."""
    view = params.get("view", "")
    risk = params.get("risk", "")
    request_class = params.get("class", "")
    who = params.get("who", "")
    return QueueFilters(
        view=view if view in QUEUE_VIEWS else "awaiting",
        request_class=request_class if _SLUG_RE.match(request_class) else "",
        risk=risk if risk in Risk.values else "",
        who=who if who in ("mine", "unassigned") else "",
        order="sla" if params.get("order", "") == "sla" else "",
    )


def _query(params: dict[str, str]) -> str:
    return "?" + urlencode(params) if params else ""


def _queue_context(
    request: HttpRequest, filters: QueueFilters, after: str = "", classes=None
) -> dict:
    classes = classes if classes is not None else request_class_list_active()
    page = queue_page(filters=filters, user=request.user, after=after)
    params = filters.as_params()
    counts = queue_counts(filters=filters, user=request.user, classes=classes)
    return {
        "class_options": [(rc.slug, rc.name, counts.by_class.get(rc.slug, 0)) for rc in classes],
        "risk_options": [(v, label, counts.by_risk.get(v, 0)) for v, label in Risk.choices],
        "filters": filters,
        "params": params,
        "query": _query(params),
        "page": page,
        "counts": counts,
        "next_url": reverse("drafts:queue") + _query({**params, "after": page.next_cursor})
        if page.next_cursor
        else "",
        "first_url": reverse("drafts:queue") + _query(params) if not page.is_first else "",
        "watermark": queue_watermark(),
        "poll_seconds": POLL_SECONDS,
    }


@require_GET
def queue(request: HttpRequest) -> HttpResponse:
    access_console(request.user)
    filters = _filters(request.GET)
    context = {"nav": "queue", **_queue_context(request, filters, request.GET.get("after", ""))}
    if request.htmx and not request.htmx.history_restore_request:
        response = render(request, "drafts/queue.html#queue-list", context)
    else:
        response = render(request, "drafts/queue.html", context)
    patch_vary_headers(response, ("HX-Request",))
    return response


@require_GET
def queue_new(request: HttpRequest) -> HttpResponse:
    """Polled by the queue: how many tickets arrived since the page's watermark. Answers a
    tiny fragment; the rows are only replaced when the agent asks (no lost place)."""
    access_console(request.user)
    filters = _filters(request.GET)
    since = request.GET.get("since", "")
    count = queue_new_count(filters=filters, user=request.user, since=id_or_none(since) or 0)
    return render(
        request,
        "drafts/_queue_new.html",
        {"new_count": count, "query": _query(filters.as_params())},
    )


def _claim_state(ticket: Ticket, user) -> str:
    """The pane's claim line: "mine", "other" (someone else's fresh claim), "" (nobody's, or a
    lapsed one: Take is offered) or "closed" (a resolved ticket: nothing to take)."""
    if ticket.status not in CLAIMABLE_STATUSES:
        return "closed"
    if ticket.claimed_by_id is None or ticket.claimed_at is None:
        return ""
    if ticket.claimed_at < timezone.now() - reviews.CLAIM_TTL:
        return ""
    return "mine" if ticket.claimed_by_id == user.pk else "other"


def _pane_context(
    request: HttpRequest, ticket_id: int, *, notice="", error="", classes=None
) -> dict:
    try:
        pane = review_pane_get(ticket_id=ticket_id)
    except Ticket.DoesNotExist:
        raise Http404("No such ticket.") from None
    return {
        "pane": pane,
        "ticket": pane.ticket,
        "thread": pane.thread,
        "asked": pane.asked,
        "customer": pane.ticket.customer,
        "previous_tickets": pane.previous_tickets,
        "decision": pane.decision,
        "rejection": draft_rejection(pane=pane),
        "signals": run_signals(run=pane.draft.run if pane.draft else None),
        "request_classes": classes if classes is not None else request_class_list_active(),
        "teams": team_list(),
        "assignable_users": assignable_user_list(),
        "macros": macro_offers(ticket=pane.ticket, user=request.user),
        "notice": notice,
        "error": error,
        "raw_inputs": [],
        "claim": _claim_state(pane.ticket, request.user),
        "opened": reviews.pane_opened_token(ticket_id=pane.ticket.pk, agent=request.user),
    }


def _full_page(request: HttpRequest, ticket_id: int, **pane_options) -> dict:
    """The queue (with the agent's filters) and the pane, sharing the class list."""
    classes = request_class_list_active()
    context = _queue_context(request, _filters(request.GET), classes=classes)
    context.update(_pane_context(request, ticket_id, classes=classes, **pane_options))
    context.update({"nav": "queue", "selected_id": ticket_id})
    return context


@require_GET
def review(request: HttpRequest, ticket_id: int) -> HttpResponse:
    """The review pane. A read: opening (or moving through the queue with j/k) claims nothing;
    the agent takes a ticket explicitly (`take`)."""
    access_console(request.user)
    if request.htmx and not request.htmx.history_restore_request:
        context = _pane_context(request, ticket_id)
        response = render(request, "drafts/_review_pane.html", context)
    else:
        response = render(request, "drafts/queue.html", _full_page(request, ticket_id))
    patch_vary_headers(response, ("HX-Request",))
    return response


@require_POST
def take(request: HttpRequest, ticket_id: int) -> HttpResponse:
    """The agent takes the ticket (the pane's Take button, or the first focus in the edit
    box): other agents see who is on it. Answers the pane's claim line only, so an edit in
    progress stays put."""
    access_console(request.user)
    try:
        ticket = review_ticket_get(ticket_id=ticket_id)
    except Ticket.DoesNotExist:
        raise Http404("No such ticket.") from None
    reviews.ticket_claim(ticket=ticket, agent=request.user)
    if not request.htmx:
        return redirect("drafts:review", ticket_id=ticket_id)
    context = {"ticket": ticket, "claim": _claim_state(ticket, request.user)}
    return render(request, "drafts/_review_pane.html#claim-status", context)


@require_GET
def fragment(request: HttpRequest, fragment_id: int) -> HttpResponse:
    """The cited policy fragment (text and version), loaded into the citation's popover."""
    access_console(request.user)
    try:
        item = fragment_get(fragment_id=fragment_id)
    except PolicyFragment.DoesNotExist:
        raise Http404("No such policy fragment.") from None
    # The policy's Markdown as the reader sees it: lists on their own lines, no markup.
    return render(
        request, "drafts/_fragment.html", {"fragment": item, "text": markdown_plain(item.text)}
    )


# --- actions ---------------------------------------------------------------------------------------


# name -> (service call, notice, whether the ticket leaves the agent's hands (the queue moves on))
def _pane_opened_at(request: HttpRequest, ticket_id: int):
    """When the pane the agent decided in was rendered (its signed "opened" field)."""
    return reviews.pane_opened_at(
        token=request.POST.get("opened", ""), ticket_id=ticket_id, agent=request.user
    )


ACTIONS = {
    "approve": (
        lambda r, t: reviews.draft_approve(
            ticket_id=t,
            draft_id=id_or_none(r.POST.get("draft")),
            agent=r.user,
            pane_opened_at=_pane_opened_at(r, t),
        ),
        "Approved: the reply is on its way.",
        True,
    ),
    "send": (
        lambda r, t: reviews.draft_edit_send(
            ticket_id=t,
            draft_id=id_or_none(r.POST.get("draft")),
            agent=r.user,
            text=r.POST.get("text", ""),
            pane_opened_at=_pane_opened_at(r, t),
        ),
        "Your edited reply is on its way.",
        True,
    ),
    "reject": (
        lambda r, t: reviews.draft_reject(
            ticket_id=t,
            draft_id=id_or_none(r.POST.get("draft")),
            agent=r.user,
            reason=r.POST.get("reason", ""),
            pane_opened_at=_pane_opened_at(r, t),
        ),
        "Draft rejected. Regenerate it, or write the reply yourself.",
        False,
    ),
    "escalate": (
        lambda r, t: reviews.ticket_escalate(
            ticket_id=t,
            agent=r.user,
            team_id=id_or_none(r.POST.get("team")),
            reason=r.POST.get("reason", ""),
        ),
        "Escalated.",
        True,
    ),
    "regenerate": (
        lambda r, t: reviews.draft_regenerate(
            ticket_id=t, agent=r.user, instruction=r.POST.get("instruction", "")
        ),
        "A new draft is being written; it replaces this one when ready.",
        False,
    ),
    "reclassify": (
        lambda r, t: reviews.ticket_reclassify(
            ticket_id=t, agent=r.user, request_class_id=id_or_none(r.POST.get("request_class"))
        ),
        "Request class changed (recorded as a label for the classifier).",
        False,
    ),
    "correct": (
        lambda r, t: reviews.reply_correct(
            ticket_id=t,
            agent=r.user,
            reply_id=id_or_none(r.POST.get("reply")),
            text=r.POST.get("text", ""),
        ),
        "The correction is on its way.",
        False,
    ),
    "resolve": (
        lambda r, t: reviews.ticket_resolve(ticket_id=t, agent=r.user),
        "Resolved.",
        True,
    ),
    "reopen": (
        lambda r, t: reviews.ticket_reopen(ticket_id=t, agent=r.user),
        "Reopened.",
        False,
    ),
    "stop-autosend": (
        lambda r, t: reviews.autosend_stop(
            ticket_id=t,
            agent=r.user,
            reply_id=id_or_none(r.POST.get("reply")),
            reason=r.POST.get("reason", ""),
        ),
        "Auto-send stopped. The draft is yours to approve, edit or reject.",
        False,
    ),
}


# The actions whose status change waits for the send task (the reply goes out after commit).
SENDING = frozenset({"approve", "send"})

# The free-text fields of the actions. PostgreSQL refuses some characters in text (NUL); the
# agent is told which and where, in the review pane, rather than the text being altered.
ACTION_TEXT_FIELDS = {"text": "The reply", "reason": "The reason", "instruction": "The instruction"}


def _action_text_check(request: HttpRequest) -> None:
    for field, label in ACTION_TEXT_FIELDS.items():
        refused = text_refused_characters(request.POST.get(field, ""))
        if refused:
            raise reviews.ReviewInvalid(
                f"{label} contains {refused}, which cannot be stored. "
                "Remove it (it is often pasted in by accident) and try again."
            )


@require_POST
@form_text_checked_by_view
def action(request: HttpRequest, ticket_id: int, name: str) -> HttpResponse:
    access_console(request.user)
    if name not in ACTIONS:
        raise Http404("No such action.")
    call, notice, moves_on = ACTIONS[name]
    try:
        _action_text_check(request)
        review = call(request, ticket_id)
    except reviews.ReviewError as error:
        if not request.htmx:
            context = _full_page(request, ticket_id, error=str(error))
            return render(request, "drafts/queue.html", context, status=error.status)
        context = _pane_context(request, ticket_id, error=str(error))
        context["tab_counts"] = queue_tab_counts()  # someone else's action may have moved them
        response = render(request, "drafts/_review_pane.html", context, status=error.status)
        return trigger_client_event(response, "review:conflict", {"ticket": ticket_id})
    if getattr(review, "send_deferred", False):
        # Committed, but the broker could not take the send: the reply stays queued and the
        # periodic drafts.send_due sends it. The action happened; say so, and say it waits.
        notice = SEND_QUEUED_NOTICE
    if not request.htmx:
        messages.success(request, notice)
        return redirect("drafts:review", ticket_id=ticket_id)
    if moves_on:
        # The ticket left the agent's hands and the queue moves on: a short confirmation
        # instead of the whole pane (no second read of everything just written).
        context = {"ticket": review.ticket, "notice": notice}
        template = "drafts/_review_done.html"
    else:
        context = _pane_context(request, ticket_id, notice=notice)
        template = "drafts/_review_pane.html"
    # The queue's tab counts follow the action (swapped out of band into the tabs). A sent
    # reply moves the ticket on only when the send task delivers it: count it as gone now.
    context["tab_counts"] = queue_tab_counts(sending=ticket_id if name in SENDING else None)
    response = render(request, template, context)
    # After settle: the pane with the notice is in place before the queue moves on.
    return trigger_client_event(
        response,
        "review:done",
        {"ticket": ticket_id, "action": name, "moves_on": moves_on},
        after="settle",
    )


# --- the ticket page's reply composer ------------------------------------------------------------

REPLY_SENT_NOTICE = "Your reply is on its way to the customer."


def reply_composer_context(
    request: HttpRequest, ticket: Ticket, *, text: str = "", error: str = "", notice: str = ""
) -> dict:
    """The composer's context (drafts/_reply_composer.html), for the ticket page's
    {% reply_composer %} tag and the composer's own POST answer. Without JavaScript a macro
    chosen in the picker comes as ?macro=<id>: the composer starts with it, filled."""
    composer = reply_composer_get(ticket=ticket, user=request.user)
    macro_note = ""
    if not text and not error and request.method == "GET":
        chosen = id_or_none(request.GET.get("macro", ""))
        offer = next((o for o in composer.macros if o.macro.pk == chosen), None)
        if offer is not None:
            text, macro_note = offer.fill.text, offer.fill.note
    return {
        "ticket": ticket,
        "composer": composer,
        "composer_text": text,
        "composer_error": error,
        "composer_notice": notice,
        "macro_note": macro_note,
        "opened": reviews.pane_opened_token(ticket_id=ticket.pk, agent=request.user),
    }


@require_POST
@form_text_checked_by_view
def reply(request: HttpRequest, ticket_id: int) -> HttpResponse:
    """Send the reply the agent wrote on the ticket page (reviews.reply_write: as an edit of
    the draft the page showed, or with no draft). htmx gets the composer back (empty with a
    notice, or with the text and the reason it was refused, 409/422); without JavaScript, a
    redirect to the ticket page with the message."""
    access_console(request.user)
    try:
        ticket = review_ticket_get(ticket_id=ticket_id)
    except Ticket.DoesNotExist:
        raise Http404("No such ticket.") from None
    text = request.POST.get("text", "")
    error, notice, status = "", "", 200
    try:
        _action_text_check(request)
        review = reviews.reply_write(
            ticket_id=ticket_id,
            agent=request.user,
            text=text,
            draft_id=id_or_none(request.POST.get("draft", "")),
            pane_opened_at=_pane_opened_at(request, ticket_id),
        )
    except reviews.ReviewError as refused:
        error, status = str(refused), refused.status
    else:
        notice = SEND_QUEUED_NOTICE if review.send_deferred else REPLY_SENT_NOTICE
    if not request.htmx:
        if error:
            messages.error(request, error)
        else:
            messages.success(request, notice)
        return redirect("tickets:detail", ticket_id=ticket_id)
    context = reply_composer_context(
        request, ticket, text=text if error else "", error=error, notice=notice
    )
    return render(request, "drafts/_reply_composer.html", context, status=status)


# --- the inbox's bulk decisions --------------------------------------------------------------------

# name -> (service call, what the message says was done)
BULK_ACTIONS = {
    "resolve": (
        lambda r, ids: reviews.tickets_resolve(ticket_ids=ids, agent=r.user),
        "Resolved",
    ),
    "escalate": (
        lambda r, ids: reviews.tickets_escalate(
            ticket_ids=ids,
            agent=r.user,
            team_id=id_or_none(r.POST.get("team", "")),
            reason=r.POST.get("reason", ""),
        ),
        "Escalated",
    ),
    "reclassify": (
        lambda r, ids: reviews.tickets_reclassify(
            ticket_ids=ids,
            agent=r.user,
            request_class_id=id_or_none(r.POST.get("request_class", "")),
        ),
        "Changed the class of",
    ),
}


@require_POST
@form_text_checked_by_view
def tickets_bulk(request: HttpRequest, name: str) -> HttpResponse:
    """The inbox's bulk bar: resolve, escalate or change the class of the ticked rows
    (`ticket`, at most reviews.BULK_MAX), each ticket through its own decision. A plain form
    POST (it works without JavaScript), back to the same inbox page with what was done and
    what was skipped and why; input that concerns every ticket (no ticket, no reason, an
    unknown team or class) is refused with the reason (422) and nothing is done. Any console
    role, as for the same decision on one ticket."""
    access_console(request.user)
    if name not in BULK_ACTIONS:
        raise Http404("No such bulk action.")
    call, done_verb = BULK_ACTIONS[name]
    back = inbox_back_url(request)
    ticket_ids = [id_or_none(value) for value in request.POST.getlist("ticket")]
    try:
        _action_text_check(request)
        if None in ticket_ids:
            raise reviews.ReviewInvalid("The selection names something that is not a ticket.")
        result = call(request, ticket_ids)
    except reviews.ReviewError as refused:
        return render(
            request,
            "drafts/bulk_refused.html",
            {"error": str(refused), "back": back},
            status=refused.status,
        )
    text = result.message(done_verb)
    if result.skipped:
        messages.warning(request, text)
    else:
        messages.success(request, text)
    return redirect(back)
