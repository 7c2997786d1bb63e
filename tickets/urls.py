from django.urls import path

from . import views

app_name = "tickets"

urlpatterns = [
    path("", views.inbox, name="inbox"),
    path("tickets/assign/", views.tickets_assign, name="bulk_assign"),
    path("tickets/<id:ticket_id>/", views.ticket_detail, name="detail"),
    path("tickets/<id:ticket_id>/assign/", views.ticket_assign, name="assign"),
    path("tickets/<id:ticket_id>/notes/", views.ticket_note_add, name="note_add"),
    path("tickets/<id:ticket_id>/raw/<id:raw_id>/", views.ticket_raw, name="raw"),
]
