"""A team lead with no programming background adds "escalate enterprise customers who mention a
chargeback to the billing team" as form rows in the admin, in a real Chromium, makes the usual
first mistake, reads the message, fixes it, saves; the next decision fires the rule."""

from pathlib import Path

import pytest

from routing.models import Rule
from routing.selectors import ruleset_version_current
from routing.services import route_decide

from .conftest import BENIGN_FACTS

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
RULE_NAME = "Escalate enterprise customers who mention a chargeback"


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_lead_adds_chargeback_rule_in_the_browser(live_server, make_user, make_ticket):
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (never a downloaded one)")
    from playwright.sync_api import sync_playwright

    make_user("lead-browser", "Team lead", is_staff=True)
    ticket = make_ticket()
    # Playwright's sync API runs an event loop in this thread: no ORM calls inside the block.
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page()
            page.goto(f"{live_server.url}/admin/routing/rule/")
            assert "/login/" in page.url
            page.fill("input[name=username]", "lead-browser")
            page.fill("input[name=password]", "pw-for-tests-only")
            page.click("button[type=submit]")
            page.wait_for_url(f"{live_server.url}/admin/routing/rule/")
            assert page.get_by_role("link", name="Legal request", exact=True).count() == 1

            page.get_by_role("link", name="Add escalation rule").click()
            page.wait_for_url("**/admin/routing/rule/add/")
            # The facts are explained on the page itself.
            assert page.locator("#facts-help").get_by_text("Customer tier").count() >= 1
            page.fill("input[name=name]", RULE_NAME)
            page.fill("input[name=order]", "15")
            page.select_option("select[name=team]", label="Billing")
            page.select_option("select[name=priority]", label="High")
            page.fill(
                "input[name=reason]",
                "Enterprise customer mentions a chargeback: Billing handles it today.",
            )
            # First try: "contains any of" on the tier, as a newcomer might.
            page.select_option("select[name=conditions-0-fact]", "customer_tier")
            page.select_option("select[name=conditions-0-operator]", label="contains any of")
            page.fill("input[name=conditions-0-value]", "enterprise")
            page.select_option("select[name=conditions-1-fact]", "message_text")
            page.select_option("select[name=conditions-1-operator]", label="contains any of")
            page.fill("input[name=conditions-1-value]", "chargeback, charge back")
            page.click("input[name=_save]")
            page.wait_for_load_state()
            error = page.locator(".errorlist").first.inner_text()
            assert "'contains any of' does not fit Customer tier" in error
            assert "Use 'is', 'is not', 'is any of', 'is none of'" in error

            page.select_option("select[name=conditions-0-operator]", label="is")
            page.click("input[name=_save]")
            page.wait_for_url(f"{live_server.url}/admin/routing/rule/")
            assert page.locator(".messagelist").inner_text().count("was added successfully") == 1
            assert (
                page.locator("#result_list").get_by_role("link", name=RULE_NAME, exact=True).count()
                == 1
            )
        finally:
            browser.close()

    rule = Rule.objects.get(name=RULE_NAME)
    assert [(c.fact, c.operator, c.value) for c in rule.conditions.all()] == [
        ("customer_tier", "is", "enterprise"),
        ("message_text", "contains_any", "chargeback, charge back"),
    ]
    version = ruleset_version_current()
    assert version.number == 2 and version.author_label == "lead-browser"

    facts = {
        **BENIGN_FACTS,
        "customer_tier": "enterprise",
        "message_text": "If this invoice is not corrected we will raise a chargeback.",
    }
    decision = route_decide(ticket_id=ticket.pk, facts=facts)
    assert decision.fired_rules == [RULE_NAME]
    assert decision.team.slug == "billing" and decision.priority == 3 and decision.needs_human
    assert decision.reasons == [
        "Enterprise customer mentions a chargeback: Billing handles it today."
    ]
    assert (
        route_decide(ticket_id=ticket.pk, facts={**facts, "customer_tier": "business"}).fired_rules
        == []
    )


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_rules_list_fits_a_1440_pixel_window(live_server, make_user):
    """The rules list was cut off on the right at 1440 px (ten columns, the conditions in one
    line, the filter beside them): every column, the last included, is inside the window."""
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (never a downloaded one)")
    from playwright.sync_api import sync_playwright

    make_user("lead-width", "Team lead", is_staff=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1440, "height": 900})
            page.goto(f"{live_server.url}/admin/login/?next=/admin/routing/rule/")
            page.fill("#id_username", "lead-width")
            page.fill("#id_password", "pw-for-tests-only")
            page.click("input[type=submit]")
            page.wait_for_selector("#result_list")
            overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
            last = page.evaluate(
                "(() => { const h = document.querySelectorAll('#result_list thead th');"
                " return h[h.length - 1].getBoundingClientRect().right; })()"
            )
        finally:
            browser.close()
    assert overflow <= 0
    assert last <= 1440
