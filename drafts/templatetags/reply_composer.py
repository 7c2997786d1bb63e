"""{% reply_composer ticket %}: the reply composer on the ticket page. A tag, so the tickets
app's page shows it without tickets importing drafts (the page's template loads this library;
the reads are drafts.views.reply_composer_context's)."""

from django import template

from ..views import reply_composer_context

register = template.Library()


@register.inclusion_tag("drafts/_reply_composer.html", takes_context=True)
def reply_composer(context, ticket):
    request = context["request"]
    return {**reply_composer_context(request, ticket), "csrf_token": context.get("csrf_token")}
