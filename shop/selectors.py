"""What the buyer reads of the objects sold, in the language of the page they are on.

The shop sells and counts the French pages (`CraftObjectPage.shop_item`); a buyer on /ja/
reads each one's Japanese translation: its title, link, collectivité, material and craft.
An object not (yet) translated, or whose translation is not live, is shown as the French
page; a material or craft without a translation keeps its French name.
"""

from collections.abc import Iterable
from dataclasses import dataclass

from django.conf import settings

from wagtail.models import Locale

from catalogue.models import CraftObjectPage, CraftTradition, Material
from workshops.emails import page_in_language, venue_in_language
from workshops.models import WorkshopPage


@dataclass(frozen=True)
class ShownObject:
    """An object as a buyer reads it: `page` in their language (or the French one)."""

    page: CraftObjectPage
    material: str
    craft: str

    @property
    def title(self) -> str:
        return self.page.title


def objects_in_language(
    products: Iterable[CraftObjectPage], language: str
) -> dict[int, ShownObject]:
    """For each French object sold (by pk), how it reads in `language`.

    One query for the translations of the whole list, plus one per kind of snippet (material,
    craft) only when a page still points at another language's (a copy not yet relinked).
    """
    products = list(products)
    language = (language or settings.LANGUAGE_CODE).split("-")[0]
    locale = Locale.objects.filter(language_code=language).first()
    pages = {product.pk: product for product in products}
    if locale is None:
        locale_id = None
    else:
        locale_id = locale.pk
        if language != settings.LANGUAGE_CODE and products:
            translations = {
                page.translation_key: page
                for page in CraftObjectPage.objects.live()
                .filter(
                    translation_key__in=[product.translation_key for product in products],
                    locale=locale,
                )
                .select_related("collectivite", "material", "craft")
            }
            pages = {pk: translations.get(page.translation_key, page) for pk, page in pages.items()}
    materials = _names_in(Material, [p.material for p in pages.values()], locale_id, language)
    crafts = _names_in(CraftTradition, [p.craft for p in pages.values()], locale_id, language)
    return {
        pk: ShownObject(
            page=page,
            material=materials.get(page.material_id, ""),
            craft=crafts.get(page.craft_id, ""),
        )
        for pk, page in pages.items()
    }


@dataclass(frozen=True)
class ShownWorkshop:
    """A workshop whose places are in the cart, as the buyer reads it: `page` in their
    language (or the French one), its venue likewise; date and time are the French page's."""

    page: WorkshopPage
    venue: object

    @property
    def title(self) -> str:
        return self.page.title


def workshops_in_language(
    workshops: Iterable[WorkshopPage], language: str
) -> dict[int, ShownWorkshop]:
    """For each French workshop (by pk), how it reads in `language`. A cart holds few
    workshops: a couple of queries each is fine."""
    language = (language or settings.LANGUAGE_CODE).split("-")[0]
    shown = {}
    for workshop in workshops:
        page = page_in_language(workshop, language)
        shown[workshop.pk] = ShownWorkshop(page=page, venue=venue_in_language(page.venue, language))
    return shown


def _names_in(model, snippets, locale_id: int | None, language: str) -> dict[int, str]:
    """Each snippet's name in the locale (its translation's, else its own), by the snippet's
    pk. Materials and crafts also carry their Japanese name (`name_ja`: 九谷焼 beside
    «Kutani-yaki»), which a Japanese page shows first."""
    snippets = [snippet for snippet in snippets if snippet is not None]
    names = {snippet.pk: _name(snippet.name, snippet.name_ja, language) for snippet in snippets}
    elsewhere = {
        snippet.translation_key: snippet.pk
        for snippet in snippets
        if locale_id is not None and snippet.locale_id != locale_id
    }
    if elsewhere:
        for key, name, name_ja in model.objects.filter(
            translation_key__in=list(elsewhere), locale_id=locale_id
        ).values_list("translation_key", "name", "name_ja"):
            names[elsewhere[key]] = _name(name, name_ja, language)
    return names


def _name(name: str, name_ja: str, language: str) -> str:
    return name_ja if language == "ja" and name_ja else name
