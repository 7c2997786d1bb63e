from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_not_required
from django.http import HttpResponse
from django.urls import include, path, register_converter
from django.views.decorators.http import require_GET

from supportdesk.converters import IdConverter
from tickets.api import api

# Before the included URL confs are imported: they use <id:...>.
register_converter(IdConverter, "id")


@login_not_required
@require_GET
def healthz(request):
    return HttpResponse("ok", content_type="text/plain")


urlpatterns = [
    path("login/", auth_views.LoginView.as_view(), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("admin/", admin.site.urls),
    path("healthz", healthz, name="healthz"),
    path("inbound/", include("tickets.webhook_urls")),
    path("api/v1/", api.urls),
    path("queue/", include("drafts.urls")),
    path("replay/", include("drafts.replay_urls")),
    path("metrics/", include("audit.metrics.urls")),
    path("", include("tickets.urls")),
    path("", include("audit.urls")),
]
