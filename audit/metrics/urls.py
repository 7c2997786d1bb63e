from django.urls import path

from . import views

app_name = "metrics"

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("export.csv", views.dashboard_export, name="export"),
    path("tickets/", views.metric_tickets, name="tickets"),
    path("baselines/", views.baselines, name="baselines"),
    path("refresh/", views.rollups_refresh_request, name="refresh"),
]
