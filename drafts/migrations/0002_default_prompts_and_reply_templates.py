"""Version 1 of the prompts, and one offline reply template per shipped request class.
All of it is editable data: leads change it in the admin."""

import hashlib

from django.db import migrations

from drafts.prompts import DEFAULT_CLASSIFY_PROMPT, DEFAULT_DRAFT_PROMPT

SIGN = "\n\n{agent_signature}"
ANSWER = (
    "Hi {customer_name},\n\nThanks for writing in about \"{subject}\" ({ticket_reference}).\n\n"
    "{intro}\n\n{policy_points}\n\n{outro}" + SIGN
)
HANDOFF = (
    "Hi {customer_name},\n\nThank you for contacting us about \"{subject}\" ({ticket_reference}). "
    "{intro}\n\nFor reference, this is the policy that applies:\n\n{policy_points}\n\n{outro}" + SIGN
)

TEMPLATES = {
    "shipping-status": (ANSWER, "Here is how shipping works for your order:",
                        "If your parcel has not moved in five working days, reply with your order number and we will chase the carrier."),
    "refund-policy": (ANSWER, "Here is what our refund policy says:",
                      "If you would like to start a return, reply to this email and we will send you the steps."),
    "account-access": (ANSWER, "Getting you back into your account:",
                       "For your security we will never ask for your password. If these steps do not work, tell us what you see and we will help."),
    "setup-help": (ANSWER, "These steps should get your station set up:",
                   "If you get stuck at any step, reply with a photo or the message on the screen."),
    "pricing": (ANSWER, "Here is how pricing works on the {plan} plan and the others:",
                "If you would like to change plans, you can do it from Settings > Billing, or reply and we will do it for you."),
    "general": (ANSWER, "Here is what we can tell you:",
                "If this does not answer your question, reply and a member of the team will pick it up."),
    "billing-dispute": (HANDOFF, "A member of our billing team will review the charge you mention and reply personally.",
                        "Please do not raise a chargeback with your bank yet: our billing team can usually resolve this faster."),
    "refund-exception": (HANDOFF, "Your request falls outside our standard refund terms, so a team lead will review it personally.",
                         "We will get back to you within two working days."),
    "data-deletion": (HANDOFF, "We have received your data deletion request. Before we act on it we need to confirm the request comes from the account owner.",
                      "Our privacy team will contact you to verify your identity and confirm the timeline."),
    "legal-compliance": (HANDOFF, "Your request has been passed to the team that handles legal and compliance matters.",
                         "They will reply to you directly."),
    "security-report": (HANDOFF, "Thank you for reporting this. Your report has been passed to our security team.",
                        "Please do not share details of the issue publicly while we investigate."),
    "outage": (HANDOFF, "We are sorry for the disruption. Our engineers have been alerted.",
               "We post updates on our status page, and service credits are handled as described above."),
    "complaint": (HANDOFF, "We are sorry about your experience. A senior member of the team will look into this personally.",
                  "We will get back to you as soon as possible."),
}


def forwards(apps, schema_editor):
    PromptTemplate = apps.get_model("drafts", "PromptTemplate")
    ReplyTemplate = apps.get_model("drafts", "ReplyTemplate")
    RequestClass = apps.get_model("tickets", "RequestClass")
    for kind, text in (("classify", DEFAULT_CLASSIFY_PROMPT), ("draft", DEFAULT_DRAFT_PROMPT)):
        PromptTemplate.objects.get_or_create(
            kind=kind, version=1,
            defaults={"text": text, "content_hash": hashlib.sha256(text.encode()).hexdigest()},
        )
    for slug, (shape, intro, outro) in TEMPLATES.items():
        request_class = RequestClass.objects.filter(slug=slug).first()
        if request_class is None:
            continue
        text = shape.replace("{intro}", intro).replace("{outro}", outro)
        ReplyTemplate.objects.get_or_create(request_class=request_class, defaults={"text": text})


class Migration(migrations.Migration):
    dependencies = [
        ("drafts", "0001_initial"),
        ("tickets", "0002_roles_classes_teams"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
