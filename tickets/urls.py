from django.urls import path

from . import views

app_name = "tickets"

urlpatterns = [
    path("", views.inbox, name="inbox"),
    path("tickets/<int:ticket_id>/", views.ticket_detail, name="detail"),
    path("tickets/<int:ticket_id>/raw/<int:raw_id>/", views.ticket_raw, name="raw"),
]
