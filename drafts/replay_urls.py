from django.urls import path

from . import replay_views

app_name = "replay"

urlpatterns = [
    path("", replay_views.replay_list, name="list"),
    path("<id:experiment_id>/", replay_views.replay_detail, name="detail"),
    path("<id:experiment_id>/export.csv", replay_views.replay_csv, name="csv"),
    path("<id:experiment_id>/progress/", replay_views.replay_progress, name="progress"),
    path("<id:experiment_id>/promote/", replay_views.replay_promote, name="promote"),
]
