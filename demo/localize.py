"""English and Japanese versions of the demo, copied from the French tree.

Each French page and snippet gets a translation per locale with Wagtail's
`copy_for_translation` (the same copy wagtail-localize starts from), then the fields given in
`data/translations.yaml` replace the French text. What has no translation there
stays in French, for a translator to take over in the admin.

A copy keeps its foreign keys to French objects; `_localize_fks` points them at the
translation in the copy's locale (same `translation_key`), so an English object names the
English material and craft, and its collectivité and edition (set by
`CraftObjectPage.sync_tree_fields` from the English participation page) are English too.

Idempotent like the French seed: an existing translation is left as it is. Images are
shared with the French pages, none is generated here.
"""

from collections.abc import Callable

from django.utils import timezone
from django.utils.text import slugify

from wagtail.models import Locale, TranslatableMixin

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

from .content import load

LANGUAGES = ["en", "ja"]
ALT_VIEWS = {
    "en": ["overall view", "detail of the surface", "side view"],
    "ja": ["全体", "表面の細部", "側面"],
}
# Relations that are not content: never remapped.
SKIPPED_FKS = {"alias_of", "locale"}


class DemoTranslator:
    def __init__(self, *, report: Callable[[str], None]):
        self.report = report
        self.created = 0
        self._translated_pk = {}
        self.data = load("translations")

    def run(self, home):
        for code in LANGUAGES:
            locale, _ = Locale.objects.get_or_create(language_code=code)
            self.report(f"Traduction : {code}")
            self._translate(home.specific, locale)
        return self.created

    # -- order: snippets need the collectivités; the edition needs the snippets ----------

    def _translate(self, home, locale):
        code = locale.language_code
        descendants = home.get_descendants().specific().order_by("path")
        edition_paths = [p.path for p in descendants if isinstance(p, EditionPage | CataloguePage)]

        def in_edition(page):
            return any(page.path.startswith(path) for path in edition_paths)

        home_copy = self._page(home, locale, self.data["home"][code])
        for page in descendants:
            if not in_edition(page):
                self._page(page, locale, self._page_fields(page, code))
        self._snippets(locale)
        for page in descendants:
            if in_edition(page):
                self._page(page, locale, self._page_fields(page, code))
        if home.featured_edition_id and home_copy is not None:
            edition_pk = self._translation_pk(EditionPage, home.featured_edition_id, locale)
            # Reloaded: the copy in memory predates its children (treebeard's numchild).
            home_copy = type(home_copy).objects.get(pk=home_copy.pk)
            if edition_pk and home_copy.featured_edition_id != edition_pk:
                home_copy.featured_edition_id = edition_pk
                _publish(home_copy)

    def _page_fields(self, page, code):
        match page:
            case EditionPage():
                return self.data["edition"][code]
            case CataloguePage():
                return self.data["catalogue"][code]
            case RegionIndexPage():
                return self.data["region_index"][code]
            case MaterialIndexPage():
                return self.data["material_index"][code]
            case CollectivitePage():
                fields = dict(self.data["collectivites"].get(page.slug, {}).get(code, {}))
                if code == "ja":
                    fields.setdefault("title", page.name_ja)
                return fields
            case TourismPage():
                fields = dict(self.data["tourism"].get(page.slug, {}).get(code, {}))
                if code == "ja":
                    english = self.data["tourism"].get(page.slug, {}).get("en", {})
                    fields.setdefault("title", page.title_ja or english.get("title", page.title))
                    # Until a translator writes it, English rather than French.
                    if "lead" in english:
                        fields.setdefault("lead", english["lead"])
                return fields
            case ExhibitorPage():
                region = page.collectivite
                name = region.short_name if code == "en" else region.name_ja
                fields = {"title": self.data["exhibitor_title"][code].format(name=name)}
                lead = self.data["collectivites"].get(region.slug, {}).get(code, {}).get("lead")
                return fields | ({"lead": lead} if lead else {})
            case CraftObjectPage():
                return self._object_fields(page, code)
        return {}

    def _object_fields(self, page, code):
        english = self.data["objects"].get(page.sku, {}).get("en", {})
        if not english:
            return {}
        # No Japanese summaries yet: the English one reads better than French to most
        # Japanese visitors until a translator writes them.
        summary = english["summary"]
        title = english["title"]
        if code == "ja":
            title = page.japanese_name or title
        return {
            "title": title,
            "slug": slugify(english["title"])[:80],
            "summary": summary,
            "search_description": summary,
        }

    # -- pages ---------------------------------------------------------------------------

    def _page(self, source, locale, fields):
        if source.get_translations().filter(locale=locale).exists():
            return source.get_translation(locale).specific
        copy = source.copy_for_translation(locale)
        for name, value in fields.items():
            setattr(copy, name, value)
        if "slug" in fields:
            copy.slug = self._free_slug(copy)
        self._localize_fks(copy, locale)
        if isinstance(copy, EditionPage):
            copy.themes = [self._translated(Theme, t.pk, locale) for t in source.themes.all()]
            parts = list(copy.parts.all())
            for part in parts:
                if part.venue_id:
                    part.venue_id = self._translation_pk(Venue, part.venue_id, locale)
            copy.parts = parts
        if isinstance(copy, CraftObjectPage):
            views = ALT_VIEWS[locale.language_code]
            gallery = list(copy.gallery_images.all())
            for position, image in enumerate(gallery):
                image.alt_text = f"{copy.title}, {views[position % len(views)]}"
            copy.gallery_images = gallery
        _publish(copy)
        self.created += 1
        return copy

    def _free_slug(self, page):
        siblings = page.get_siblings(inclusive=False).values_list("slug", flat=True)
        slug, taken, suffix = page.slug, set(siblings), 2
        while slug in taken:
            slug, suffix = f"{page.slug[:76]}-{suffix}", suffix + 1
        return slug

    # -- snippets ------------------------------------------------------------------------

    def _snippets(self, locale):
        code = locale.language_code
        source = Locale.get_default()
        for model, texts in [
            (Theme, None),
            (Venue, None),
            (Material, self.data["materials"]),
            (CraftTradition, self.data["crafts"]),
            (Artisan, {}),
        ]:
            existing = set(
                model.objects.filter(locale=locale).values_list("translation_key", flat=True)
            )
            for obj in model.objects.filter(locale=source):
                if obj.translation_key in existing:
                    continue
                copy = obj.copy_for_translation(locale)
                if texts is None:
                    fields = (self.data["theme"] if model is Theme else self.data["venue"])[code]
                else:
                    fields = texts.get(obj.slug, {}).get(code, {})
                for name, value in fields.items():
                    setattr(copy, name, value)
                self._localize_fks(copy, locale)
                copy.save()
                self.created += 1

    # -- foreign keys --------------------------------------------------------------------

    def _localize_fks(self, obj, locale):
        for field in obj._meta.concrete_fields:
            if (
                not field.many_to_one
                or field.name in SKIPPED_FKS
                or not issubclass(field.related_model, TranslatableMixin)
            ):
                continue
            pk = getattr(obj, field.attname)
            if pk is None:
                continue
            translated = self._translation_pk(field.related_model, pk, locale)
            if translated:
                setattr(obj, field.attname, translated)

    def _translation_pk(self, model, pk, locale):
        # Only found translations are cached: a page's may be created later in the run.
        key = (model._meta.label, pk, locale.pk)
        if key not in self._translated_pk:
            source = model._default_manager.filter(pk=pk).values("translation_key").first()
            if source is None:
                return None
            found = (
                model._default_manager.filter(
                    translation_key=source["translation_key"], locale=locale
                )
                .values_list("pk", flat=True)
                .first()
            )
            if found is None:
                return None
            self._translated_pk[key] = found
        return self._translated_pk[key]

    def _translated(self, model, pk, locale):
        return model.objects.get(pk=self._translation_pk(model, pk, locale))


def _publish(page):
    """Publish a fresh copy: what `save_revision().publish()` does, less its signals.

    The full publish (permission checks, log entries, signals, alias updates) tripled the
    seed's time for pages nobody has edited yet; a revision with the translated content,
    marked live, is what the admin and the site need.
    """
    revision = page.save_revision(clean=False, changed=False, log_action=False)
    now = timezone.now()
    page.live = True
    page.has_unpublished_changes = False
    page.live_revision = revision
    page.first_published_at = page.first_published_at or now
    page.last_published_at = now
    page.save(clean=False)
