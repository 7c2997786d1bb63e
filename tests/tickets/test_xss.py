"""Customer text carrying script payloads renders inert: escaped in the inbox and on the
ticket page (test client), and executes nothing in a real Chromium (browser test)."""

import re
from html.parser import HTMLParser

import pytest

from tickets.inbound import InboundAttachment, InboundMessage
from tickets.models import Customer, Ticket
from tickets.services import inbound_ingest, raw_inbound_store, ticket_note_add

PAYLOADS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    '"><svg onload=alert(1)>',
    '<a href="javascript:alert(1)">click</a>',
    "javascript:alert(1)",
    "<iframe src=javascript:alert(1)>",
    '<div hx-get="/logout/" hx-trigger="load">htmx</div>',
]
ALL = " ".join(PAYLOADS)


def _our_form_action(action: str) -> bool:
    """The console's own forms: search, logout, login, the inbox's bulk assign, and the ticket
    page's internal note and assign forms."""
    return action in {"/", "/logout/", "/login/", "/tickets/assign/"} or bool(
        re.fullmatch(r"/tickets/\d+/(notes|assign)/", action)
    )


class LiveMarkup(HTMLParser):
    """Collects what a browser would act on: elements and attributes, not escaped text."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in {"svg", "iframe", "img", "object", "embed", "style", "base", "form"} and not (
            tag == "form" and _our_form_action(dict(attrs).get("action") or "")
        ):
            self.problems.append(f"<{tag}>")
        if tag == "script" and not (dict(attrs).get("src") or "").startswith("/static/"):
            self.problems.append("<script> without our src")
        for name, value in attrs:
            value = (value or "").strip().lower()
            if name.startswith("on"):
                self.problems.append(f"{tag} {name}=")
            if name in {"href", "src", "action", "formaction"} and value.startswith("javascript:"):
                self.problems.append(f"{tag} {name}=javascript:")
            if name.startswith("hx-") and "logout" in value:
                self.problems.append(f"{tag} {name}={value}")


def hostile_ticket(agent=None) -> Ticket:
    """A ticket whose every customer-controlled field carries the payloads, through intake."""
    raw = raw_inbound_store(channel="email", content=ALL.encode())
    result = inbound_ingest(
        inbound=InboundMessage(
            from_address="mallory@evil.example",
            from_name='Mallory "><svg onload=alert(1)>',
            subject=f"Help {ALL}",
            body_text=f"Body {ALL}\nsecond line",
            full_text=f"Body {ALL}\nsecond line\n> quoted {ALL}",
            body_html=f"<p>Hi</p>{ALL}<p><a href='javascript:alert(1)'>x</a></p>",
            attachments=[
                InboundAttachment('"><img src=x onerror=alert(1)>.pdf', "text/html", b"x")
            ],
            warnings=[f"warning {ALL}"],
        ),
        channel="email",
        raw=raw,
    )
    Customer.objects.filter(pk=result.ticket.customer_id).update(
        plan=PAYLOADS[2], features_used=PAYLOADS, usage={"<script>alert(1)</script>": ALL}
    )
    Ticket.objects.filter(pk=result.ticket.pk).update(needs_human=True, flag_reason=f"Flag {ALL}")
    # An agent's internal note is untrusted text too (pasted from anywhere).
    ticket_note_add(ticket_id=result.ticket.pk, author=agent, text=f"Note {ALL}")
    # A previous ticket of the same customer, so the history list carries a payload too.
    inbound_ingest(
        inbound=InboundMessage(
            from_address="mallory@evil.example", subject=f"Earlier {ALL}", body_text="x"
        ),
        channel="email",
    )
    return result.ticket


def assert_inert(html: str) -> None:
    for payload in PAYLOADS:
        if payload == "javascript:alert(1)":
            continue  # harmless as text; checked as a live URL below
        assert payload not in html, payload
    parser = LiveMarkup()
    parser.feed(html)
    assert parser.problems == []


@pytest.mark.django_db
def test_payloads_are_escaped_in_inbox_ticket_page_and_raw_view(agent_client):
    ticket = hostile_ticket()
    inbox = agent_client.get("/")
    fragment = agent_client.get("/", {"q": "Help"}, headers={"HX-Request": "true"})
    detail = agent_client.get(f"/tickets/{ticket.pk}/")
    raw_id = ticket.messages.first().raw_id
    raw = agent_client.get(f"/tickets/{ticket.pk}/raw/{raw_id}/")
    for response in (inbox, fragment, detail, raw):
        assert response.status_code == 200
        assert_inert(response.text)
    # The text is there, escaped, so an agent still sees what the customer sent.
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in inbox.text
    assert "&lt;img src=x onerror=alert(1)&gt;" in detail.text
    assert "&quot;&gt;&lt;svg onload=alert(1)&gt;" in detail.text
    # Customer HTML is shown only after sanitizing: the link lost its javascript: URL.
    assert "<p>Hi</p>" in detail.text


# --- Browser ------------------------------------------------------------------------------

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
# Recorded in the page before any of its scripts run (init scripts are not subject to CSP).
CSP_RECORDER = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", function (e) {
  window.__cspViolations.push(e.violatedDirective + " " + e.blockedURI + " " + (e.sample || ""));
});
"""


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_no_script_runs_in_chromium(live_server, make_user):
    from pathlib import Path

    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (never a downloaded one)")
    from playwright.sync_api import sync_playwright

    make_user("browser-agent", "Agent")
    ticket = hostile_ticket()
    # Playwright's sync API runs an event loop in this thread: no ORM calls from here on.
    dialogs: list[str] = []
    console_csp: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page()
            page.add_init_script(CSP_RECORDER)

            def on_dialog(dialog):
                dialogs.append(dialog.message)
                dialog.dismiss()

            page.on("dialog", on_dialog)
            page.on(
                "console",
                lambda m: (
                    console_csp.append(m.text) if "Content Security Policy" in m.text else None
                ),
            )

            page.goto(f"{live_server.url}/")
            assert "/login/" in page.url
            page.fill("input[name=username]", "browser-agent")
            page.fill("input[name=password]", "pw-for-tests-only")
            page.click("button[type=submit]")
            page.wait_for_url(f"{live_server.url}/")
            page.wait_for_load_state("networkidle")
            assert page.locator("#ticket-rows").count() == 1
            assert page.evaluate("typeof window.htmx") == "object"  # htmx loaded under the CSP
            violations = page.evaluate("window.__cspViolations")

            # Search through htmx: rows swap in place, the address bar follows.
            page.fill("input[name=q]", "Earlier")
            page.wait_for_url(re.compile(r".*\?q=Earlier$"))
            page.wait_for_load_state("networkidle")
            assert page.locator("#ticket-rows tbody tr").count() == 1
            violations += page.evaluate("window.__cspViolations")

            page.goto(f"{live_server.url}/tickets/{ticket.pk}/")
            page.wait_for_load_state("networkidle")
            assert page.locator(".msg--inbound").count() == 1
            page.click(".msg-original summary")  # open the sanitized HTML as well
            page.wait_for_timeout(300)
            violations += page.evaluate("window.__cspViolations")
            title = page.title()
        finally:
            browser.close()

    assert dialogs == []
    assert violations == []
    assert console_csp == []
    assert title.startswith(ticket.reference)
