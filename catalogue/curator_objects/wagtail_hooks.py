"""The «Mes objets» URL and its item of the «Catalogue» menu.

Imported by catalogue/wagtail_hooks.py (Wagtail only loads that module of an app).
"""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from catalogue.admin_panels import may_edit_objects
from catalogue.importing.wagtail_hooks import CATALOGUE_MENU_HOOK

from .views import MyObjectsView


@hooks.register("register_admin_urls")
def register_my_objects_url():
    return [path("catalogue/mes-objets/", MyObjectsView.as_view(), name="catalogue_my_objects")]


class MyObjectsMenuItem(MenuItem):
    def is_shown(self, request):
        if not hasattr(request, "_catalogue_may_edit_objects"):
            request._catalogue_may_edit_objects = may_edit_objects(request.user)
        return request._catalogue_may_edit_objects


@hooks.register(CATALOGUE_MENU_HOOK)
def register_my_objects_menu_item():
    return MyObjectsMenuItem(
        _("Mes objets"),
        reverse("catalogue_my_objects"),
        name="my-objects",
        icon_name="list-ul",
        order=100,
    )
