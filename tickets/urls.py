from django.urls import path

from . import views

app_name = "tickets"

urlpatterns = [
    path("", views.inbox, name="inbox"),
    path("tickets/<id:ticket_id>/", views.ticket_detail, name="detail"),
    path("tickets/<id:ticket_id>/notes/", views.ticket_note_add, name="note_add"),
    path("tickets/<id:ticket_id>/raw/<id:raw_id>/", views.ticket_raw, name="raw"),
]
