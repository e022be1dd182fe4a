from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from catalogue.admin_glossary import GlossaryTermViewSet
from catalogue.admin_panels import PendingReviewPanel
from catalogue.models import Artisan, CraftTradition, Material


class MaterialViewSet(SnippetViewSet):
    model = Material
    icon = "tag"
    menu_label = _("Matériaux")
    list_display = ["name", "name_ja", "slug", "sort_order"]
    search_fields = ["name", "name_ja"]


class CraftTraditionViewSet(SnippetViewSet):
    model = CraftTradition
    icon = "pick"
    menu_label = _("Artisanats traditionnels")
    list_display = ["name", "name_ja", "collectivite", "material"]
    list_filter = ["material"]
    search_fields = ["name", "name_ja", "name_fr"]


class ArtisanViewSet(SnippetViewSet):
    model = Artisan
    icon = "user"
    menu_label = _("Artisans et ateliers")
    list_display = ["name", "name_ja", "place", "collectivite"]
    search_fields = ["name", "name_ja", "place"]


class CatalogueViewSetGroup(SnippetViewSetGroup):
    items = (MaterialViewSet, CraftTraditionViewSet, ArtisanViewSet, GlossaryTermViewSet)
    menu_icon = "folder-open-inverse"
    menu_label = _("Catalogue")
    menu_name = "catalogue"
    submenu_hook = "register_catalogue_menu_item"  # more items: catalogue/importing


register_snippet(CatalogueViewSetGroup)


@hooks.register("construct_homepage_panels")
def add_catalogue_dashboard_panels(request, panels):
    if PendingReviewPanel.is_shown_to(request.user):
        panels.append(PendingReviewPanel())


from catalogue.feedback import wagtail_hooks as _feedback_hooks  # noqa: E402,F401
from catalogue.importing import wagtail_hooks as _importing_hooks  # noqa: E402,F401
from catalogue.labels import wagtail_hooks as _labels_hooks  # noqa: E402,F401
