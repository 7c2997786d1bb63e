"""The tickets admin's change lists: a fixed number of queries whatever the rows hold, and no
raw email or attachment bytes loaded to list them."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from tickets.models import Customer, RawInbound, RequestClass, Ticket
from tickets.services import raw_inbound_store

pytestmark = pytest.mark.django_db


def _queries(client, url):
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return [q["sql"] for q in ctx.captured_queries]


def _tickets(n, admin_user):
    cls = RequestClass.objects.first()
    for i in range(n):
        Ticket.objects.create(
            subject=f"t{i}",
            channel="api",
            created_at=timezone.now(),
            customer=Customer.objects.create(email=f"adm{n}-{i}@example.com"),
            request_class=cls,
            assignee=admin_user,
        )


def test_ticket_list_queries_do_not_grow_with_rows(admin_client, admin_user):
    _tickets(1, admin_user)
    few = len(_queries(admin_client, "/admin/tickets/ticket/"))
    _tickets(6, admin_user)
    assert len(_queries(admin_client, "/admin/tickets/ticket/")) == few


def test_raw_inbound_list_leaves_the_content_in_the_database(admin_client):
    raw = raw_inbound_store(channel="email", content=b"x" * 1000)
    sqls = _queries(admin_client, "/admin/tickets/rawinbound/")
    listing = [s for s in sqls if 'FROM "tickets_rawinbound"' in s]
    assert listing and not [s for s in listing if '"tickets_rawinbound"."content"' in s]
    # The record itself still opens, without its bytes.
    assert admin_client.get(f"/admin/tickets/rawinbound/{raw.pk}/change/").status_code == 200
    assert RawInbound.objects.get(pk=raw.pk).content == b"x" * 1000
