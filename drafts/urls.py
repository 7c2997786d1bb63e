from django.urls import path

from . import views

app_name = "drafts"

urlpatterns = [
    path("", views.queue, name="queue"),
    path("new/", views.queue_new, name="queue_new"),
    path("fragments/<id:fragment_id>/", views.fragment, name="fragment"),
    path("bulk/<slug:name>/", views.tickets_bulk, name="bulk"),
    path("<id:ticket_id>/", views.review, name="review"),
    path("<id:ticket_id>/take/", views.take, name="take"),
    path("<id:ticket_id>/reply/", views.reply, name="reply"),
    path("<id:ticket_id>/<slug:name>/", views.action, name="action"),
]
