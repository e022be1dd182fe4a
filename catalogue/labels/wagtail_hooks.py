"""Admin URL, the «Étiquettes» item of the «Catalogue» menu and the page listing's bulk
action «Imprimer les étiquettes».

Imported by catalogue/wagtail_hooks.py (Wagtail only loads that module of an app).
"""

from urllib.parse import urlencode

from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.pages.bulk_actions.page_bulk_action import PageBulkAction

from .selection import objects_under, user_can_print_labels
from .views import LabelsView

CATALOGUE_MENU_HOOK = "register_catalogue_menu_item"  # catalogue/wagtail_hooks.py


@hooks.register("register_admin_urls")
def register_labels_urls():
    return [path("catalogue/etiquettes/", LabelsView.as_view(), name="catalogue_labels")]


class LabelsMenuItem(MenuItem):
    def is_shown(self, request):
        # Asked on every admin page: once per request.
        if not hasattr(request, "_catalogue_can_print_labels"):
            request._catalogue_can_print_labels = user_can_print_labels(request.user)
        return request._catalogue_can_print_labels


@hooks.register(CATALOGUE_MENU_HOOK)
def register_labels_menu_item():
    return LabelsMenuItem(
        _("Étiquettes et QR codes"),
        reverse("catalogue_labels"),
        name="objects-labels",
        icon_name="doc-full",
        order=950,
    )


@hooks.register("register_bulk_action")
class PrintLabelsBulkAction(PageBulkAction):
    """Pages ticked in a listing → the «Étiquettes» screen with their objects (an object
    ticked, or the objects below a participation or an edition ticked). That screen checks
    what the user may print; nothing is changed here."""

    display_name = _("Imprimer les étiquettes")
    action_type = "print_labels"
    aria_label = _("Imprimer les étiquettes des objets sélectionnés")
    action_priority = 90

    def get(self, request, *args, **kwargs):
        pages, _no_access = self.get_actionable_objects()
        ids = list(objects_under([page.pk for page in pages]).values_list("pk", flat=True))
        if not ids:
            messages.warning(request, _("Aucun objet parmi les pages sélectionnées."))
            return redirect(self.next_url)
        query = urlencode([("objets", pk) for pk in ids], doseq=True)
        return redirect(f"{reverse('catalogue_labels')}?{query}")
