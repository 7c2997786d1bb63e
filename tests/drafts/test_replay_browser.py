"""The replay experiment in a real Chromium, as a team lead: pick the tickets and a challenger
classifier, run the replay, read the alarm, be refused publishing without a reason, publish with
one. The worker's task runs eagerly here (tests/conftest.py `pipeline`)."""

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
