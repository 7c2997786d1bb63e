from django.apps import AppConfig

EVENT_NAMES = {
    "routing.decided": "Escalation rules evaluated: rules fired, action, auto-send verdict",
    "routing.applied": "Routing decision applied to the ticket (team, person, priority, status)",
    "routing.ruleset_versioned": "Escalation rules changed: a new rule-set version",
    "routing.autosend_policy_changed": "Auto-send policy of a request class edited",
    "routing.autosend_suspended": "Auto-send suspended itself: the review evidence slipped",
    "routing.autosend_resumed": "Auto-send suspension lifted by a lead",
}


class RoutingConfig(AppConfig):
    name = "routing"
    verbose_name = "Escalation rules and auto-send"

    def ready(self) -> None:
        from audit.names import register

        for name, description in EVENT_NAMES.items():
            register(name, description)
