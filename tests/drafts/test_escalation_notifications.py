"""New escalations reach their team: a badge in every page's navigation for the team's members
(escalated, nobody owns it yet) and an e-mail to the team's address when a lead set one. The
escalation goes through the real pipeline (eager Celery) and the task's e-mail through Django's
mail outbox."""

import pytest
from django.core import mail

from audit.models import Event
from tests.drafts.review_support import *  # noqa: F403 (the fixtures)
from tickets.models import Team, TicketStatus
from tickets.notifications import escalation_notify
from tickets.services import ticket_assignee_set

pytestmark = pytest.mark.django_db

STOLEN = "My card was stolen on the train this morning, please block it. Sorry for the rush!"


@pytest.fixture
def trust_team(make_user):
    team = Team.objects.get(slug="trust-safety")
    member = make_user("tess", "Agent")
    team.members.add(member)
    return team, member


def test_a_new_escalation_shows_a_badge_to_its_teams_members_until_someone_owns_it(
    drafted, trust_team, client, agent, settings
):
    team, member = trust_team
    ticket, _ = drafted(text=STOLEN, subject="Stolen card <b>now</b>")
    ticket.refresh_from_db()
    assert ticket.status == TicketStatus.ESCALATED and ticket.team_id == team.pk
    client.force_login(member)
    page = client.get("/").content.decode()
    assert 'id="escalations-badge"' in page and "1 escalated for your team" in page
    assert "status=escalated&amp;team=mine&amp;assignee=unassigned" in page
    # Someone outside the team sees no badge; once a member owns it, nobody does.
    client.force_login(agent)
    assert 'id="escalations-badge"' not in client.get("/").content.decode()
    ticket_assignee_set(ticket_id=ticket.pk, assignee_id=member.pk, actor=member)
    client.force_login(member)
    assert 'id="escalations-badge"' not in client.get("/").content.decode()


def test_the_teams_address_gets_one_plain_e_mail_per_escalation(drafted, trust_team, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    settings.SUPPORTDESK_CONSOLE_URL = "https://desk.example.com"
    team, _member = trust_team
    team.email, team.notify_by_email = "trust@example.com", True
    team.save(update_fields=["email", "notify_by_email"])
    ticket, _ = drafted(text=STOLEN, subject="Stolen card\nBcc: evil@example.com")
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["trust@example.com"]
    assert message.subject.startswith(f"[{ticket.reference}] New escalation for Trust")
    assert "\n" not in message.subject and "Bcc: evil@example.com" in message.subject
    assert f"https://desk.example.com/tickets/{ticket.pk}/" in message.body
    assert "stolen on the train" not in message.body  # the customer's text stays in the console
    event = Event.objects.get(name="tickets.escalation_notified", ticket_id=ticket.pk)
    assert event.payload["to"] == "trust@example.com"
    # The task may run twice (a redelivery): one e-mail.
    assert escalation_notify(change_id=event.payload["change_id"]) == "already sent"
    assert len(mail.outbox) == 1


def test_no_e_mail_unless_the_team_asked_for_it(drafted, trust_team, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    drafted(text=STOLEN, subject="Stolen card")
    assert mail.outbox == []
    assert not Event.objects.filter(name="tickets.escalation_notified").exists()


def test_a_chunks_escalations_e_mail_their_team_through_one_task(
    pipeline, policies, trained, trust_team, settings, django_capture_on_commit_callbacks
):
    """The route stage escalates a chunk's tickets in one bulk transition: their e-mails go
    out through one task (tickets.escalations_notify), one e-mail per escalation, and a
    redelivery of that task sends none again."""
    from drafts.models import PipelineRun
    from drafts.services import pipeline_dispatch
    from drafts.tasks import pipeline_chunk
    from tickets.inbound import InboundMessage
    from tickets.models import TicketStatusChange
    from tickets.services import inbound_ingest
    from tickets.tasks import escalations_notify_task

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    team, _member = trust_team
    team.email, team.notify_by_email = "trust@example.com", True
    team.save(update_fields=["email", "notify_by_email"])
    for i in range(3):
        with django_capture_on_commit_callbacks(execute=False):
            inbound_ingest(
                inbound=InboundMessage(
                    from_address=f"stolen{i}@example.com", subject="Stolen card", body_text=STOLEN
                ),
                channel="email",
            )
    with django_capture_on_commit_callbacks(execute=False):
        pipeline_dispatch()
    ids = list(PipelineRun.objects.order_by("pk").values_list("pk", flat=True))
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        assert pipeline_chunk.apply(args=[ids]).get() == 3
    escalations = list(
        TicketStatusChange.objects.filter(to_status=TicketStatus.ESCALATED).values_list(
            "pk", flat=True
        )
    )
    assert len(escalations) == 3
    assert sorted(m.to[0] for m in mail.outbox) == ["trust@example.com"] * 3
    assert Event.objects.filter(name="tickets.escalation_notified").count() == 3
    # One publish for the three (the chunk's other callbacks seal the trail).
    published = [c.__qualname__.split(".")[0] for c in callbacks]
    assert published.count("escalations_notify_enqueue") == 1, published
    assert "escalation_notify_enqueue" not in published
    assert escalations_notify_task.apply(args=[escalations]).get() == {"already sent": 3}
    assert len(mail.outbox) == 3
