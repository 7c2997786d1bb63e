from django.urls import path

from . import views

app_name = "audit"

urlpatterns = [
    path("tickets/<id:ticket_id>/timeline/", views.ticket_timeline_page, name="timeline"),
    path(
        "tickets/<id:ticket_id>/timeline.json",
        views.ticket_timeline_export,
        name="timeline_export",
    ),
    path("audit/trail/", views.trail_page, name="trail"),
    path("audit/snapshots/", views.snapshots_page, name="snapshots"),
    path("audit/snapshots/compare/", views.snapshots_compare_page, name="snapshots_compare"),
]
