"""Admin URLs and the «Importer / exporter des objets» item of the «Catalogue» menu.

Imported by catalogue/wagtail_hooks.py (Wagtail only loads that module of an app).
"""

from django.urls import path, re_path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import views
from .permissions import user_can_import

# The «Catalogue» menu group (catalogue/wagtail_hooks.py) collects its extra items here.
CATALOGUE_MENU_HOOK = "register_catalogue_menu_item"


@hooks.register("register_admin_urls")
def register_import_urls():
    return [
        path("catalogue/import/", views.ImportView.as_view(), name="catalogue_import"),
        path(
            "catalogue/import/confirm/",
            views.ConfirmImportView.as_view(),
            name="catalogue_import_confirm",
        ),
        re_path(
            r"^catalogue/import/modele\.(?P<fmt>csv|xlsx)$",
            views.TemplateDownloadView.as_view(),
            name="catalogue_import_template",
        ),
        path("catalogue/export/", views.ExportView.as_view(), name="catalogue_export"),
    ]


class ImportMenuItem(MenuItem):
    def is_shown(self, request):
        # Asked on every admin page: once per request.
        if not hasattr(request, "_catalogue_can_import"):
            request._catalogue_can_import = user_can_import(request.user)
        return request._catalogue_can_import


@hooks.register(CATALOGUE_MENU_HOOK)
def register_import_menu_item():
    return ImportMenuItem(
        _("Importer / exporter des objets"),
        reverse("catalogue_import"),
        name="objects-import",
        icon_name="upload",
        order=900,
    )


# «Mes objets» joins the same menu (catalogue/curator_objects/).
from catalogue.curator_objects import wagtail_hooks as _my_objects_hooks  # noqa: E402,F401
