from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from core.caching import note_tags
from core.page_cache import mark_cacheable
from exhibition.models import Theme, Venue
from exhibition.specialities_admin import RegionalSpecialityViewSet
from exhibition.translation_review import wagtail_hooks as translation_review_hooks  # noqa: F401


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "folder-inverse"
    menu_label = _("Thèmes")
    list_display = ["name", "name_ja"]


class VenueViewSet(SnippetViewSet):
    model = Venue
    icon = "site"
    menu_label = _("Lieux")
    list_display = ["name", "city", "country"]
    search_fields = ["name", "city"]


class ExhibitionViewSetGroup(SnippetViewSetGroup):
    items = (ThemeViewSet, VenueViewSet, RegionalSpecialityViewSet)
    menu_icon = "calendar"
    menu_label = _("Éditions")
    menu_name = "editions"


register_snippet(ExhibitionViewSetGroup)


@hooks.register("before_serve_page")
def cache_public_pages(page, request, serve_args, serve_kwargs):
    # Pages that change with each visitor's action (a workshop's places left) opt out.
    if getattr(page, "cache_anonymous", True):
        mark_cacheable(request)
        # Renewed when the page itself changes (an object: its tag; core/caching.py).
        note_tags(*getattr(page, "cache_tags", ()))
