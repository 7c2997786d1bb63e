"""Ship the roles, the request classes of DESIGN.md and the default teams as editable data."""

from django.db import migrations

ROLES = ["Agent", "Team lead", "Admin"]

# slug, name, risk, description
REQUEST_CLASSES = [
    ("shipping-status", "Shipping status", "low", "Where is my order, delivery dates, tracking."),
    ("refund-policy", "Refund policy", "low", "Questions about what the refund policy allows."),
    ("account-access", "Account access", "low", "Login trouble, password resets, two-factor codes."),
    ("setup-help", "Setup help", "low", "Getting started, configuration, how-to questions."),
    ("pricing", "Pricing", "low", "Plans, prices, invoices explained, upgrades and downgrades."),
    ("general", "General", "low", "Anything low-risk that fits no other class."),
    ("billing-dispute", "Billing dispute", "high", "A charge the customer disputes, chargebacks."),
    ("refund-exception", "Refund exception", "high", "A refund outside what the policy allows."),
    ("data-deletion", "Data deletion", "high", "Requests to delete personal data or an account."),
    ("legal-compliance", "Legal / compliance", "high", "Legal requests, subpoenas, GDPR, contracts."),
    ("security-report", "Security report", "high", "Vulnerability reports, suspected compromise."),
    ("outage", "Outage", "high", "The service is down or badly degraded."),
    ("complaint", "Complaint", "high", "An emotionally charged complaint, threats to leave."),
]

TEAMS = [
    ("support", "Support", "support@example.com"),
    ("billing", "Billing", "billing@example.com"),
    ("trust-safety", "Trust & Safety", "security@example.com"),
    ("engineering", "Engineering on call", "oncall@example.com"),
]


def forwards(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    RequestClass = apps.get_model("tickets", "RequestClass")
    Team = apps.get_model("tickets", "Team")
    for name in ROLES:
        Group.objects.get_or_create(name=name)
    for position, (slug, name, risk, description) in enumerate(REQUEST_CLASSES):
        RequestClass.objects.get_or_create(
            slug=slug,
            defaults={"name": name, "risk": risk, "description": description, "position": position},
        )
    for slug, name, email in TEAMS:
        Team.objects.get_or_create(slug=slug, defaults={"name": name, "email": email})


class Migration(migrations.Migration):
    dependencies = [
        ("tickets", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
