"""English and Japanese versions of the demo, as wagtail-localize translations of the French.

Every translated page and snippet is written by the translation service
(`exhibition.translation.services.translation_apply`): it is linked to its French source,
so a French edit marks it out of date and the translation editor shows what changed.
Each one is built by the same builders as the French (`builders`), from the data entry's
`en:` / `ja:` mapping laid over the French entry. Snippets first (pages point at them),
then pages from the top of the tree down (a page's parent is translated before it). The
objects are translated by their import (objects.csv's `titre_en`… columns, `objects`).

While `translations.yaml` exists, an entry without `en:`/`ja:` takes its fields from it
(model field names there). Idempotent: the same texts again change nothing.
"""

from collections.abc import Callable

from django.conf import settings

from wagtail.models import Locale

from catalogue.models import (
    Artisan,
    CataloguePage,
    CraftObjectPage,
    CraftTradition,
    Material,
    MaterialIndexPage,
)
from exhibition.models import (
    CollectivitePage,
    EditionPage,
    ExhibitorPage,
    RegionIndexPage,
    Theme,
    TourismPage,
    Venue,
)
from exhibition.translation.services import TranslationError, translation_apply
from workshops.models import WorkshopPage

from . import builders
from .builders import has_language, in_language
from .content import DATA, load

# Not texts: left to the French (and to wagtail-localize's synchronisation).
NOT_TEXT = {"kind", "number", "year", "latitude", "longitude", "sort_order"}
INDEXES = {
    RegionIndexPage: "region_index",
    MaterialIndexPage: "material_index",
    CataloguePage: "catalogue",
}


def languages() -> list[str]:
    return [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


class DemoTranslator:
    def __init__(self, *, report: Callable[[str], None]):
        self.report = report
        self.created = 0
        self.site = load("site")
        self.fallback = load("translations") if (DATA / "translations.yaml").exists() else {}
        self.regions = {entry["slug"]: entry for entry in load("collectivites")}
        self.tourism = {entry["slug"]: entry for entry in load("tourism")}

    def run(self, home) -> int:
        for code in languages():
            Locale.objects.get_or_create(language_code=code)
            self.report(f"Traduction : {code}")
            self._snippets(code)
            self._pages(home, code)
        return self.created

    def _apply(self, source, code, fields, **children):
        texts = {name: value for name, value in fields.items() if name not in NOT_TEXT} | children
        while True:
            try:
                result = translation_apply(source=source, locale=code, fields=texts)
                break
            except TranslationError as error:
                # Only translations.yaml's older texts have another shape than the French.
                if error.field is None or error.field not in texts:
                    raise
                self.report(f"  {source} ({code}) : {error}")
                del texts[error.field]
        self.created += int(result.target_created)

    def _entry(self, entry, code, build, fallback=None):
        """The fields of `entry` in `code`: its own mapping, else translations.yaml's."""
        if has_language(entry, code):
            return build(in_language(entry, code))
        return (fallback or {}).get(code, {})

    # Snippets

    def _snippets(self, code):
        theme = Theme.objects.filter(name=self.site["theme"]["name"], locale__language_code="fr")
        venue = Venue.objects.filter(name=self.site["venue"]["name"], locale__language_code="fr")
        for objects, key, build in (
            (theme, "theme", builders.theme_fields),
            (venue, "venue", builders.venue_fields),
        ):
            for obj in objects:
                self._apply(obj, code, self._site_entry(key, code, build))
        for model, name, build in (
            (Material, "materials", builders.material_fields),
            (CraftTradition, "crafts", builders.craft_fields),
            (Artisan, "artisans", builders.artisan_fields),
        ):
            french = {obj.slug: obj for obj in model.objects.filter(locale__language_code="fr")}
            old = self.fallback.get(name, {})
            for entry in load(name):
                obj = french.get(entry["slug"])
                if obj is not None:
                    fields = self._entry(entry, code, build, old.get(entry["slug"]))
                    self._apply(obj, code, fields)

    # Pages, top down

    def _pages(self, home, code):
        home = home.specific
        self._apply(home, code, self._site_entry("home", code, builders.page_fields))
        pages = (
            home.get_descendants()
            # Objects are translated by their import, workshops by `workshops.py`.
            .not_type(CraftObjectPage, WorkshopPage)
            .specific()
            .order_by("path")
        )
        for page in pages:
            fields, children = self._page_fields(page, code)
            self._apply(page, code, fields, **children)
        # Links to pages translated later in the tree (the home's featured edition, a
        # participation's collectivité) now point at their translation.
        for page in [home, *ExhibitorPage.objects.descendant_of(home).filter(locale=home.locale)]:
            self._apply(page, code, {})
        # Snippets were translated before the pages: a craft's collectivité too.
        for craft in CraftTradition.objects.filter(locale=home.locale, collectivite__isnull=False):
            self._apply(craft, code, {})

    def _site_entry(self, key, code, build):
        return self._entry(self.site[key], code, build, self.fallback.get(key))

    def _page_fields(self, page, code):
        match page:
            # The demo's own edition; the archive's are translated by `archive.py`.
            case EditionPage() if page.slug == self.site["edition"]["slug"]:
                entry = self.site["edition"]
                laid = in_language(entry, code) if has_language(entry, code) else {}
                parts = builders.part_texts(laid)
                return self._site_entry("edition", code, builders.edition_fields), {"parts": parts}
            case CollectivitePage():
                entry = self.regions.get(page.slug, {})
                old = self.fallback.get("collectivites", {}).get(page.slug)
                return self._entry(entry, code, builders.collectivite_fields, old), {}
            case TourismPage():
                entry = self.tourism.get(page.slug, {})
                old = self.fallback.get("tourism", {}).get(page.slug)
                return self._entry(entry, code, builders.tourism_fields, old), {}
            case ExhibitorPage():
                return self._exhibitor(page, code), {}
            case _ if type(page) in INDEXES:
                return self._site_entry(INDEXES[type(page)], code, builders.page_fields), {}
        return {}, {}

    def _exhibitor(self, page, code):
        region = in_language(self.regions.get(page.collectivite.slug, {}), code)
        title = self.site["exhibitor_title"]
        if isinstance(title, dict):
            title = in_language(title, code).get("title", "")
        else:
            title = self.fallback.get("exhibitor_title", {}).get(code, "")
        fields = {"lead": region.get("intro", "")}
        if title and region.get("short_name"):
            fields["title"] = title.format(name=region["short_name"])
        return fields
