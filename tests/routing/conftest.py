"""Fixtures for routing tests: tickets to decide on and a facts dict on which no default rule
fires (each test changes the few facts it is about)."""

import pytest
from django.utils import timezone

from tickets.models import Customer, Ticket

BENIGN_FACTS = {
    "request_class": "shipping-status",
    "risk": "low",
    "legal_request": False,
    "security_issue": False,
    "refund_exception": False,
    "data_deletion": False,
    "account_inconsistency": False,
    "prompt_injection": False,
    "class_reading_quiet": False,
    "risk_kinds": [],
    "risk_score": 0.01,
    "classifier_auto_send_confident": True,
    "known_customer": True,
    "customer_tier": "starter",
    "customer_plan": "Starter monthly",
    "required_account_data_present": True,
    "customer_messages_in_thread": 1,
    "hours_open": 2.5,
    "reopen_count": 0,
    "top_retrieval_score": 0.82,
    "draft_cites_only_retrieved": True,
    "draft_cited_policies": ["shipping-times"],
    "classifier_confidence": 0.96,
    "channel": "email",
    "language": "en",
    "frustration": 0.1,
    "churn_risk": 0.05,
    "message_text": "Hi, where is my Fernhill WS-200 weather station? Order 1042.",
    "subject": "Where is my order?",
}


@pytest.fixture
def benign():
    return dict(BENIGN_FACTS)


@pytest.fixture
def make_ticket(db):
    counter = {"n": 0}

    def make(**extra):
        counter["n"] += 1
        customer, _ = Customer.objects.get_or_create(
            email=f"customer{counter['n']}@example.com", defaults={"tier": "starter"}
        )
        return Ticket.objects.create(
            customer=customer,
            subject="Where is my order?",
            channel="email",
            created_at=timezone.now(),
            **extra,
        )

    return make


@pytest.fixture
def ticket(make_ticket):
    return make_ticket()
