"""/inbound/: the providers' inbound email webhooks, guarded (tickets.webhooks). The namespace
and URL names are anymail's own, so its documentation's URLs still apply."""

from .webhooks import inbound_webhook_patterns

app_name = "anymail"

urlpatterns = inbound_webhook_patterns()
