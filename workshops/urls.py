from django.urls import path

from workshops import views

app_name = "workshops"

urlpatterns = [
    path("<int:page_id>/reserver/", views.book, name="book"),
    path("reservation/<str:token>/", views.booking_detail, name="booking"),
    path("reservation/<str:token>/annuler/", views.booking_cancel, name="booking_cancel"),
]
