"""The timeline's event list as HTML, written in Python rather than the template language.

The page's template (templates/audit/timeline.html) keeps the header, the stage filter and the
layout; this module writes the `<li>` of each event: its header, the body for its kind, and the
folded chain facts. At 200 events the template engine's per-node cost (some forty nodes and
twenty-five variable lookups per event) was nine tenths of the page, and the page missed its
60 ms. Here every value still goes through `html.escape` (what Django's autoescape calls), and
nothing from a payload is ever trusted: `_e` is the only way a value reaches the output.

One function per kind, named as the template's partials were (`ev_message` for `ev-message`).
"""

from __future__ import annotations

import html
from collections.abc import Callable
from decimal import Decimal

from django.template.defaultfilters import filesizeformat, floatformat
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import localize
from django.utils.safestring import SafeString, mark_safe

from .timeline import Entry, json_pretty


def _text(value) -> str:
    """A value as the template printed it with localization off."""
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        return str(localize(value, use_l10n=False))
    return str(value)


def _e(value) -> str:
    """Escaped, as autoescape does: the only door from data to the page."""
    return html.escape(_text(value))


def _g(mapping, *keys):
    """`a.b.c` as the template resolves it on JSON: None where any step is missing."""
    for key in keys:
        if not isinstance(mapping, dict):
            return None
        mapping = mapping.get(key)
    return mapping


def _items(value) -> list:
    return value if isinstance(value, list | tuple) else []


def _join(value, sep: str) -> str:
    if isinstance(value, list | tuple):
        return html.escape(sep).join(_e(v) for v in value)
    return _e(value) if value is not None else ""


def _yesno(value, yes: str, no: str) -> str:
    return yes if value else no


def _score(value) -> str:
    try:
        return f"{float(value):.3f}"
    except (TypeError, ValueError):
        return "—"


def _plain_number(value) -> str:
    if isinstance(value, float):
        text = f"{value:.10f}".rstrip("0").rstrip(".")
        return "0" if text in ("", "-0") else text
    return _e(value)


def _pre(css: str, value) -> str:
    return f'<pre class="{css}">{_e(value)}</pre>'


def _raw_record(payload) -> str:
    return (
        '<details class="tl-raw"><summary>Raw record</summary>'
        f'<pre class="tl-json">{_e(json_pretty(payload))}</pre></details>'
    )


# -- one function per kind -------------------------------------------------------------------------


def ev_erased(entry: Entry, ticket_id: int) -> str:
    when = entry.event.erased_at
    when = timezone.localtime(when).strftime("%Y-%m-%d %H:%M") if when else ""
    return f'<p class="tl-erased">Personal data erased on {when}. What was kept:</p>' + _pre(
        "tl-json", json_pretty(_g(entry.payload, "kept"))
    )


def ev_message(entry: Entry, ticket_id: int) -> str:
    p = entry.payload
    out = ['<dl class="kv">']
    for key, label in (("channel", "Channel"), ("from", "From"), ("subject", "Subject")):
        if p.get(key):
            out.append(f"<dt>{label}</dt><dd>{_e(p[key])}</dd>")
    if p.get("size"):
        size = _e(filesizeformat(p["size"]))
        if p.get("sha256"):
            size += f" · sha256 <code>{_e(str(p['sha256'])[:12])}</code>"
        out.append(f"<dt>Size</dt><dd>{size}</dd>")
    if p.get("raw_id"):
        url = reverse("tickets:raw", args=[ticket_id, p["raw_id"]])
        out.append(
            f'<dt>Raw source</dt><dd><a href="{_e(url)}">raw input #{_e(p["raw_id"])}</a></dd>'
        )
    if p.get("attachments"):
        out.append(f"<dt>Attachments</dt><dd>{_join(p['attachments'], ', ')}</dd>")
    if p.get("warnings"):
        out.append(f"<dt>Parse warnings</dt><dd>{_join(p['warnings'], '; ')}</dd>")
    out.append("</dl>")
    if p.get("text"):
        out.append(_pre("tl-text", p["text"]))
    return "".join(out)


def ev_run(entry: Entry, ticket_id: int) -> str:
    p = entry.payload
    instruction = p.get("instruction")
    out = (
        f"<p>Run {_e(p.get('run_id'))} ({_e(p.get('trigger'))}) for message "
        f"{_e(p.get('message_id'))}{', with the instruction:' if instruction else ''}</p>"
    )
    return out + (_pre("tl-text", instruction) if instruction else "")


def ev_classified(entry: Entry, ticket_id: int) -> str:
    o = _g(entry.payload, "outputs") or {}
    if not isinstance(o, dict):
        o = {}
    label = f' <span class="muted">label {_e(o["label"])}</span>' if o.get("label") else ""
    triage = " · needs triage" if o.get("needs_triage") else ""
    signals = o.get("signals")
    on = [name for name, value in signals.items() if value] if isinstance(signals, dict) else []
    signals_html = (
        "".join(f'<span class="tag tag--signal">{_e(n)}</span> ' for n in on) if signals else "none"
    )
    out = [
        "<h3>Normalized attributes</h3>",
        '<dl class="kv tl-attrs">',
        f"<dt>Request class</dt><dd>{_e(o.get('request_class') or 'none (needs triage)')}"
        f"{label}</dd>",
        f"<dt>Confidence</dt><dd>{_score(o.get('confidence'))}{triage}</dd>",
        f"<dt>Urgency</dt><dd>{_e(o.get('urgency') or '—')}</dd>",
        f"<dt>Product area</dt><dd>{_e(o.get('product_area') or '—')}</dd>",
        f"<dt>Language</dt><dd>{_e(o.get('language') or '—')}</dd>",
        f"<dt>Frustration</dt><dd>{_score(o.get('frustration'))}</dd>",
        f"<dt>Churn risk</dt><dd>{_score(o.get('churn_risk'))}</dd>",
        f"<dt>Signals</dt><dd>{signals_html}</dd>",
        "</dl>",
    ]
    evidence = o.get("evidence")
    if evidence and isinstance(evidence, dict):
        items = "".join(
            f"<li><strong>{_e(name)}</strong>: {_e(_g(item, 'pattern'))} "
            f'<span class="muted">matched</span> <q>{_e(_g(item, "matched"))}</q></li>'
            for name, found in evidence.items()
            for item in _items(found)
        )
        out.append(f'<h4>Detector evidence</h4><ul class="tl-list">{items}</ul>')
    risk = o.get("risk")
    if risk and isinstance(risk, dict):
        over = risk.get("over")
        reading = f"; over it: {_join(over, ', ')}" if over else "; no high-risk kind over it"
        out.append(
            f'<h4>Risk layer</h4><p class="muted">Threshold {_score(risk.get("threshold"))}'
            f"{reading}</p>"
        )
        risk_evidence = risk.get("evidence")
        if risk_evidence and isinstance(risk_evidence, dict):
            rows = []
            for ev in risk_evidence.values():
                patterns = "".join(
                    f'<span class="evidence">{_e(_g(p, "pattern"))}: “{_e(_g(p, "matched"))}”'
                    "</span>"
                    for p in _items(_g(ev, "patterns"))
                )
                passage = _g(ev, "passage")
                if passage:
                    patterns += f'<span class="evidence">in the passage “{_e(passage)}”</span>'
                nearest = "".join(
                    f'<span class="evidence">reads like “{_e(_g(n, "example"))}” '
                    f"({_e(floatformat(_g(n, 'similarity'), 2))})</span>"
                    for n in _items(_g(ev, "nearest"))
                )
                rows.append(
                    f"<li><strong>{_e(_g(ev, 'label'))}</strong> "
                    f'<span class="muted">({_e(floatformat(_g(ev, "score"), 2))})</span>'
                    f"{patterns}{nearest}</li>"
                )
            out.append(f'<ul class="tl-list">{"".join(rows)}</ul>')
    if o.get("alternatives"):
        out.append(
            '<details class="tl-raw"><summary>Other classes considered</summary>'
            + _pre("tl-json", json_pretty(o["alternatives"]))
            + "</details>"
        )
    if o.get("raw_output"):
        out.append("<h4>Model output</h4>" + _pre("tl-text", o["raw_output"]))
    return "".join(out)


def _candidate_row(c: dict, *, marked: bool) -> str:
    version = f" (v{_e(c['version_number'])})" if c.get("version_number") else ""
    chosen = marked and c.get("chosen")
    row = '<tr class="is-chosen">' if chosen else "<tr>"
    return (
        f"{row}<td>{_e(c.get('document'))}</td>"
        f"<td>{_e(c.get('heading'))}</td><td>#{_e(c.get('fragment_id'))}{version}</td>"
        f'<td class="num">{_score(c.get("score"))}</td>'
        f"<td>{'chosen' if chosen else ''}</td></tr>"
    )


def ev_context(entry: Entry, ticket_id: int) -> str:
    o = _g(entry.payload, "outputs")
    r = _g(o, "retrieval")
    query = _g(r, "query") or _g(entry.payload, "inputs", "retrieval_query")
    candidates = entry.data.get("candidates") or []
    rows = "".join(_candidate_row(c, marked=True) for c in candidates) or (
        '<tr><td colspan="5" class="muted">No candidates.</td></tr>'
    )
    out = [
        "<h3>Retrieval</h3>",
        f'<p class="muted">Method: {_e(_g(r, "method") or "—")}</p>',
        _pre("tl-text tl-query", query if query is not None else ""),
        '<table class="tl-table">',
        "<thead><tr><th>Document</th><th>Section</th><th>Fragment</th>"
        '<th class="num">Score</th><th>Chosen</th></tr></thead>',
        f"<tbody>{rows}</tbody></table>",
    ]
    more = entry.data.get("candidates_more") or []
    if more:
        n = len(more)
        out.append(
            f'<details class="tl-more"><summary>{n} more candidate{"" if n == 1 else "s"} '
            '(not chosen, lower scores)</summary><table class="tl-table"><tbody>'
            + "".join(_candidate_row(c, marked=False) for c in more)
            + "</tbody></table></details>"
        )
    context = _g(o, "context")
    if context:
        customer = _g(context, "customer")
        thread, previous = _g(context, "thread"), _g(context, "previous_tickets")
        missing = _g(context, "missing_account_data")
        out.append(
            '<h4>Account context</h4><dl class="kv">'
            f"<dt>Customer</dt><dd>{_e(_g(customer, 'name') or '—')} · "
            f"{_e(_g(customer, 'tier') or 'no tier')} · {_e(_g(customer, 'plan') or 'no plan')}"
            "</dd>"
            f"<dt>Thread</dt><dd>{len(thread) if thread else 0} message(s)</dd>"
            f"<dt>Previous tickets</dt><dd>{len(previous) if previous else 0}</dd>"
            f"<dt>Missing account data</dt><dd>{_join(missing, ', ') or 'none'}</dd>"
            "</dl>"
        )
    return "".join(out)


def ev_draft(entry: Entry, ticket_id: int) -> str:
    o = _g(entry.payload, "outputs")
    if not isinstance(o, dict):
        o = {}
    head = [_e(o.get("provider"))]
    if o.get("provider") == "offline":
        head.append(" (offline)")
    if o.get("model_name"):
        head.append(f" · {_e(o['model_name'])}")
    if o.get("prompt_version"):
        head.append(f" · prompt {_e(o['prompt_version'])}")
    head.append(
        f" · {_e(o.get('prompt_tokens') or 0)}+{_e(o.get('completion_tokens') or 0)} tokens"
    )
    if o.get("cached_tokens"):
        head.append(f" ({_e(o['cached_tokens'])} cached)")
    head.append(f" · cost {_plain_number(o.get('cost') or 0)} · {_e(o.get('latency_ms') or 0)} ms")
    out = [
        f'<p class="muted">{"".join(head)}</p>',
        "<h3>Draft</h3>",
        _pre("tl-text", o.get("text")),
    ]
    if o.get("citations"):
        items = "".join(
            f"<li>[{_e(_g(c, 'key'))}] {_e(_g(c, 'document'))} / {_e(_g(c, 'heading'))} "
            f'<span class="muted">fragment #{_e(_g(c, "fragment_id"))}</span></li>'
            for c in _items(o["citations"])
        )
        out.append(f'<h4>Citations</h4><ul class="tl-list">{items}</ul>')
    if o.get("removed_citations"):
        out.append(
            '<p class="alert alert--flag">Removed invented citations: '
            f"{_join(o['removed_citations'], ', ')}</p>"
        )
    if o.get("basis"):
        items = "".join(f"<li>{_e(b)}</li>" for b in _items(o["basis"]))
        out.append(f'<h4>Basis</h4><ul class="tl-list">{items}</ul>')
    if o.get("raw_output"):
        out.append("<h4>Model output</h4>" + _pre("tl-text", o["raw_output"]))
    return "".join(out)


def ev_route(entry: Entry, ticket_id: int) -> str:
    d = _g(entry.payload, "decision")
    if not isinstance(d, dict):
        d = {}
    line = [f"<p><strong>{'To a human' if d.get('needs_human') else 'Awaiting review'}</strong>"]
    if d.get("team"):
        line.append(f" · team {_e(d['team'])}")
    if d.get("priority"):
        line.append(f" · priority {_e(d['priority'])}")
    line.append(
        f" · rules v{_e(d.get('ruleset_version'))} · auto-send "
        f"{_yesno(d.get('auto_send_allowed'), 'allowed', 'not allowed')}: "
        f"{_e(d.get('auto_send_reason'))}</p>"
    )
    out = ["".join(line)]
    if d.get("fired_rules"):
        out.append(f"<p>Rules fired: {_join(d['fired_rules'], ', ')}</p>")
    if d.get("reasons"):
        items = "".join(f"<li>{_e(r)}</li>" for r in _items(d["reasons"]))
        out.append(f'<ul class="tl-list">{items}</ul>')
    if d.get("not_applied"):
        out.append(f'<p class="alert alert--flag">Not applied: {_e(d["not_applied"])}</p>')
    facts = _g(entry.payload, "facts")
    rows = (
        "".join(f"<tr><th>{_e(k)}</th><td>{_e(v)}</td></tr>" for k, v in facts.items())
        if isinstance(facts, dict)
        else ""
    )
    out.append(
        "<details><summary>Facts handed to the rules</summary>"
        f'<table class="tl-table"><tbody>{rows}</tbody></table></details>'
    )
    return "".join(out)


def ev_rules(entry: Entry, ticket_id: int) -> str:
    p = entry.payload
    out = []
    for rule in _items(p.get("fired")):
        conditions = "".join(
            f"<tr><td>{_e(_g(c, 'condition'))}</td><td>{_e(_g(c, 'actual'))}</td>"
            f"<td>{_yesno(_g(c, 'matched'), 'yes', 'no')}</td><td>{_e(_g(c, 'why'))}</td></tr>"
            for c in _items(_g(rule, "conditions"))
        )
        out.append(
            f'<div class="tl-rule"><p><strong>{_e(_g(rule, "rule"))}</strong> '
            f'<span class="muted">{_e(_g(rule, "why"))}</span></p>'
            '<table class="tl-table"><thead><tr><th>Condition</th><th>Fact was</th>'
            f"<th>Matched</th><th>Why</th></tr></thead><tbody>{conditions}</tbody></table></div>"
        )
    if not out:
        out.append("<p>No rule fired.</p>")
    if p.get("invariants"):
        out.append(f"<p>Invariants: {_join(p['invariants'], '; ')}</p>")
    if p.get("reasons"):
        items = "".join(f"<li>{_e(r)}</li>" for r in _items(p["reasons"]))
        out.append(f'<p>Reasons shown to the agent:</p><ul class="tl-list">{items}</ul>')
    out.append(
        f'<p class="muted">Auto-send {_yesno(p.get("auto_send_allowed"), "allowed", "not allowed")}'
        f": {_e(p.get('auto_send_reason'))}</p>"
    )
    return "".join(out)


def ev_applied(entry: Entry, ticket_id: int) -> str:
    p = entry.payload
    return (
        f"<p>Status {_e(p.get('status'))}"
        + (f" · team {_e(p['team'])}" if p.get("team") else "")
        + (f" · priority {_e(p['priority'])}" if p.get("priority") else "")
        + (" · needs a human" if p.get("needs_human") else "")
        + "</p>"
    )


def ev_failure(entry: Entry, ticket_id: int) -> str:
    p = entry.payload
    head = ""
    if p.get("stage"):
        head = f"Stage {_e(p['stage'])}, attempt {_e(p.get('attempt'))}"
        if p.get("final"):
            head += ": final, sent to a human"
        elif p.get("retry_in_seconds"):
            head += f": retry in {_e(p['retry_in_seconds'])} s"
    out = f'<p class="alert alert--error">{head}</p>' + _pre("tl-text", p.get("error"))
    if p.get("raw_id"):
        url = reverse("tickets:raw", args=[ticket_id, p["raw_id"]])
        out += f'<p><a href="{_e(url)}">raw input #{_e(p["raw_id"])}</a></p>'
    return out


def ev_note(entry: Entry, ticket_id: int) -> str:
    p = entry.payload
    link = ""
    if p.get("message_id"):
        url = reverse("tickets:detail", args=[ticket_id])
        link = f' · <a href="{_e(url)}#m{_e(p["message_id"])}">on the thread</a>'
    return (
        '<p class="tl-note"><span class="tag tag--note">Internal note</span> '
        f'<span class="muted">for the team; never sent to the customer</span>{link}</p>'
        + _pre("tl-text", p.get("text"))
    )


def ev_status(entry: Entry, ticket_id: int) -> str:
    p = entry.payload
    reason = f' <span class="muted">({_e(p["reason"])})</span>' if p.get("reason") else ""
    return f"<p>{_e(p.get('from') or '—')} → <strong>{_e(p.get('to'))}</strong>{reason}</p>"


_DIFF_MARK = {"add": "+ ", "del": "- ", "ctx": "  "}


def ev_action(entry: Entry, ticket_id: int) -> str:
    out = ""
    diff = entry.data.get("diff")
    if diff is not None:
        unchanged = entry.data.get("unchanged")
        out = f"<p>{'Sent as drafted.' if unchanged else 'Draft → sent text:'}</p>"
        if not unchanged:
            lines = "".join(
                f'<span class="d-{_e(kind)}">{_DIFF_MARK.get(kind, "")}{_e(line)}</span>\n'
                for kind, line in diff
            )
            out += f'<pre class="tl-diff">{lines}</pre>'
    return out + _raw_record(entry.payload)


def ev_generic(entry: Entry, ticket_id: int) -> str:
    return _raw_record(entry.payload) if entry.payload else ""


KINDS: dict[str, Callable[[Entry, int], str]] = {
    "erased": ev_erased,
    "message": ev_message,
    "run": ev_run,
    "classified": ev_classified,
    "context": ev_context,
    "draft": ev_draft,
    "route": ev_route,
    "rules": ev_rules,
    "applied": ev_applied,
    "failure": ev_failure,
    "status": ev_status,
    "action": ev_action,
    "note": ev_note,
}


def event_html(entry: Entry, *, ticket_id: int) -> str:
    """One event's `<li>`: header, the body for its kind, and the folded chain facts."""
    e = entry.event
    body = KINDS.get(entry.kind, ev_generic)(entry, ticket_id)
    seq = f" · seq {e.seq}" if e.seq else " · not sealed yet"
    versions = _pre("tl-json", entry.versions_json) if entry.versions_json else ""
    return (
        f'<li class="tl-event tl--{_e(entry.stage)}" id="e{e.pk}">'
        '<header class="tl-event-head">'
        f'<time datetime="{_e(entry.time_iso)}">{_e(entry.time_text)}</time> '
        f'<span class="tl-stage">{_e(entry.stage)}</span> '
        f'<strong class="tl-name">{_e(e.name)}</strong> '
        f'<span class="muted">{_e(entry.description)}</span> '
        f'<span class="tl-actor">{_e(e.actor_label)}</span>'
        "</header>"
        f'<div class="tl-event-body" hx-disable>{body}</div>'
        '<details class="tl-meta"><summary>Versions and chain</summary><dl class="kv">'
        f"<dt>Event</dt><dd>#{e.pk}{seq}</dd>"
        f"<dt>Payload digest</dt><dd><code>{_e(entry.digest_short)}</code></dd>"
        f"<dt>Hash</dt><dd><code>{_e(entry.hash_short or '—')}</code> "
        f"(prev <code>{_e(entry.prev_short or '—')}</code>)</dd>"
        f"</dl>{versions}</details></li>\n"
    )


def events_html(entries: list[Entry], *, ticket_id: int) -> SafeString:
    """The `<li>` of every entry, in order; every value in it escaped above."""
    return mark_safe("".join(event_html(entry, ticket_id=ticket_id) for entry in entries))  # noqa: S308
