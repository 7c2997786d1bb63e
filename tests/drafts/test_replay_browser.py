"""The replay experiment in a real Chromium, as a team lead: pick the tickets and a challenger
classifier, run the replay, read the alarm, be refused publishing without a reason, publish with
one; and edit a rule in the rules editor and a policy passage on the replay page, replay them
together, compare the snapshots, publish. The worker's task runs eagerly here (tests/conftest.py `pipeline`)."""

import re

import pytest

from audit.models import Event
from drafts.classifier.models import ClassifierVersion
from drafts.models import PipelineRun, ReplayExperiment
from tests.drafts.review_support import *  # noqa: F403 (the fixtures)
from tests.drafts.test_queue_browser import _browser, _login, _page
from tests.drafts.test_replay import _challenger_that_auto_sends_shipping


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_a_lead_replays_a_challenger_and_publishes_it_only_with_a_reason(
    live_server, drafted, make_user
):
    make_user("lena", "Team lead", is_staff=True)
    ticket, _ = drafted(
        text="Your cloud login page shows other users station names", subject="Question"
    )
    assert PipelineRun.objects.get(ticket=ticket).decision["needs_human"] is True
    active, challenger = _challenger_that_auto_sends_shipping()
    challenger.label_map = {label: "shipping-status" for label in challenger.labels}
    challenger.save(update_fields=["label_map"])
    from playwright.sync_api import sync_playwright

    errors: list[str] = []
    seen: dict[str, str] = {}
    with sync_playwright() as p:
        browser = _browser(p)
        try:
            page = _page(browser, errors)
            _login(page, live_server, "lena")
            page.goto(f"{live_server.url}/replay/")
            page.fill("#replay-last", "20")
            page.select_option("#replay-only", "escalated")
            page.select_option("#replay-classifier", str(challenger.pk))
            page.click(".replay-form button[type=submit]")
            page.wait_for_selector("#replay-rows")
            seen["result"] = page.inner_text("main")
            page.click("#replay-promote button[type=submit]")  # no reason given
            page.wait_for_selector("#promote-error")
            seen["refused"] = page.inner_text("#promote-error")
            page.fill("#override-reason", "Read the ticket: the class model was wrong before.")
            page.click("#replay-promote button[type=submit]")
            page.wait_for_selector("#replay-promote >> text=overriding the high-risk alarm")
            seen["published"] = page.inner_text("#replay-promote")
            page.click("text=Show only what changed")
            page.wait_for_selector("#replay-rows")
            seen["changed"] = page.inner_text("#replay-rows")
        finally:
            browser.close()

    assert "High-risk tickets would lose their human" in seen["result"]
    assert f"{ticket.reference} (would lose its human)" in seen["result"]
    assert "tickets that went to a person" in seen["result"]
    assert f"classifier version {challenger.pk}" in seen["result"]
    assert "publishing needs an override with your reason" in seen["refused"]
    assert "Read the ticket: the class model was wrong before." in seen["published"]
    assert ticket.reference in seen["changed"]
    assert ClassifierVersion.objects.get(is_active=True) == challenger
    experiment = ReplayExperiment.objects.get()
    assert experiment.promoted_by.username == "lena"
    event = Event.objects.get(name="drafts.replay_promoted")
    assert event.payload["override_reason"] == "Read the ticket: the class model was wrong before."
    assert active.pk != challenger.pk
    # The refused publish answers 422 (the form's error), which Chromium logs as a failed load.
    assert [e for e in errors if "status of 422" not in e] == []


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_a_lead_replays_a_rule_edit_and_a_policy_edit_and_publishes_them(
    live_server, drafted, make_user
):
    """The issue's check: as lead, change a rule and a policy passage, replay the last 200
    tickets, read the changes, publish, find the experiment in the snapshot compare."""
    from drafts.knowledge.models import PolicyDocument
    from routing.models import Rule, RuleSetVersion
    from tests.drafts.test_replay_candidates import EDITED_SHIPPING
    from tickets.models import TicketStatus

    make_user("lena", "Team lead", is_staff=True)
    ticket, _ = drafted()
    assert ticket.status == TicketStatus.AWAITING_REVIEW
    rules_before = RuleSetVersion.objects.order_by("-number").first().number
    from playwright.sync_api import expect, sync_playwright

    errors: list[str] = []
    seen: dict[str, str] = {}
    with sync_playwright() as p:
        browser = _browser(p)
        try:
            page = _page(browser, errors)
            # The Django admin's pages name no icon, so Chromium asks for /favicon.ico (404).
            page.route("**/favicon.ico", lambda route: route.fulfill(status=204))
            _login(page, live_server, "lena")
            # In the rules editor: a new rule, not saved, replayed.
            page.goto(f"{live_server.url}/admin/routing/rule/add/")
            page.fill("input[name=name]", "Shipping questions to a person")
            page.fill("input[name=order]", "1")
            page.fill("input[name=reason]", "Shipping is handled by the warehouse team.")
            page.select_option("select[name=conditions-0-fact]", "request_class")
            page.select_option("select[name=conditions-0-operator]", "is")
            page.fill("input[name=conditions-0-value]", "shipping-status")
            page.click("#replay-edit")
            page.wait_for_url(f"{live_server.url}/replay/?rules=edit")
            seen["rules"] = page.locator("#replay-rules option:checked").inner_text()
            # A policy passage, edited in the form (htmx loads the current text).
            page.select_option("#replay-policy", "shipping")
            expect(page.locator("#replay-policy-text")).to_have_value(
                re.compile("Orders ship within two working days")
            )
            page.fill("#replay-policy-text", EDITED_SHIPPING)
            page.fill("#replay-last", "200")
            page.click(".replay-form button[value=run]")
            page.wait_for_selector("#replay-rows")
            seen["result"] = page.inner_text("main")
            page.click("#replay-snapshots")
            page.wait_for_selector("#rules-diff")
            seen["compare"] = page.inner_text("main")
            page.go_back()
            page.wait_for_selector("#replay-promote")
            page.click("#replay-promote button[type=submit]")
            page.wait_for_selector("#replay-promote >> text=Published")
            seen["published"] = page.inner_text("#replay-promote")
            page.click("#replay-snapshots")
            page.wait_for_selector("#cmp-replays")
            seen["compare_after"] = page.inner_text("#cmp-replays")
        finally:
            browser.close()

    assert seen["rules"].startswith("the rules with rule 'Shipping questions to a person'")
    assert "1 of 1 tickets decided differently; 1 drafts changed" in seen["result"]
    assert "Escalation rate 0% → 100%" in seen["result"]
    assert "policy 'shipping' as edited (not published; edit of v1)" in seen["result"]
    assert "Shipping is handled by the warehouse team." in seen["result"]
    assert "(edited)" in seen["result"]
    # (the compare's headings are upper case in the style sheet)
    assert "added: shipping questions to a person" in seen["compare"].lower()
    assert "edit of v1 (not saved)" in seen["compare"]
    assert "Orders ship the same working day." in seen["compare"]
    assert "Published" in seen["published"] and "lena" in seen["published"]
    assert "published" in seen["compare_after"]
    assert Rule.objects.filter(name="Shipping questions to a person").exists()
    assert RuleSetVersion.objects.order_by("-number").first().number == rules_before + 1
    shipping = PolicyDocument.objects.select_related("current_version").get(slug="shipping")
    assert shipping.current_version.number == 2
    experiment = ReplayExperiment.objects.get()
    event = Event.objects.get(name="drafts.replay_promoted")
    assert event.payload["experiment_id"] == experiment.pk and event.actor.username == "lena"
    assert errors == []
