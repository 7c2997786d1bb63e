import pytest

from drafts.knowledge.services import policy_document_create
from tests.fakes.chat_server import ChatServer
from tickets.inbound import InboundMessage
from tickets.services import inbound_ingest

REFUND_POLICY = """# Refunds

## Hardware returns
Fernhill Station hardware can be returned within 30 days of delivery for a full refund,
provided it is undamaged. Start a return from your order page.

## Subscription refunds
Monthly Fernhill Cloud subscriptions are not refunded for partial months. Annual plans are
refunded pro rata within the first 14 days.
"""

SHIPPING_POLICY = """# Shipping

## Delivery times
Orders ship within two working days. Delivery in the EU takes 3 to 5 working days; tracking is
emailed when the parcel leaves our warehouse.

## Lost parcels
If tracking has not changed for 7 working days we open a claim with the carrier and send a
replacement.
"""


@pytest.fixture
def policies(db):
    return [
        policy_document_create(slug="refunds", title="Refunds", body=REFUND_POLICY),
        policy_document_create(slug="shipping", title="Shipping", body=SHIPPING_POLICY),
    ]


@pytest.fixture
def ingest(django_capture_on_commit_callbacks):
    """Take a customer message in through intake and run what it enqueues on commit (the
    pipeline's stage tasks, eagerly with the `pipeline` fixture) before returning."""

    def ingest(
        text="Can I return my station? I bought it 10 days ago and want my money back.",
        subject="Return question",
        sender="ada@example.com",
        channel="email",
    ):
        with django_capture_on_commit_callbacks(execute=True):
            return inbound_ingest(
                inbound=InboundMessage(from_address=sender, subject=subject, body_text=text),
                channel=channel,
            )

    return ingest


@pytest.fixture
def chat_server():
    server = ChatServer().start()
    yield server
    server.stop()


@pytest.fixture
def openai_provider(settings, chat_server):
    settings.SUPPORTDESK_MODEL_PROVIDER = "openai"
    settings.OPENAI_BASE_URL = chat_server.base_url
    settings.OPENAI_API_KEY = "test-key"
    settings.OPENAI_MODEL = "fake-model"
    settings.OPENAI_TIMEOUT_SECONDS = 1.0
    return chat_server
