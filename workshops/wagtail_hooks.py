from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from workshops import admin_views


@hooks.register("register_admin_urls")
def register_attendee_urls():
    return [
        path(
            "ateliers/",
            admin_views.WorkshopIndexView.as_view(),
            name=admin_views.INDEX_URL_NAME,
        ),
        path(
            "ateliers/<int:pk>/",
            admin_views.AttendeesView.as_view(),
            name="workshops_admin_attendees",
        ),
        path(
            "ateliers/<int:pk>/inscrits.csv", admin_views.attendees_csv, name="workshops_admin_csv"
        ),
        path(
            "ateliers/reservation/<int:pk>/annuler/",
            admin_views.BookingCancelView.as_view(),
            name="workshops_admin_cancel",
        ),
    ]


class AttendeesMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(admin_views.VIEW_PERMISSION)


@hooks.register("register_admin_menu_item")
def register_attendees_menu_item():
    return AttendeesMenuItem(
        _("Ateliers"),
        reverse(admin_views.INDEX_URL_NAME),
        name="workshops",
        icon_name="date",
        order=160,
    )
