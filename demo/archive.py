"""The series' archive in the demo: «Les éditions» and the editions known from public sources.

The data is `data/editions.yaml` (its header says what is left out and why). The editions
are pages beside the 2021 edition, under the home, without objects; the 2021 edition,
built by `seed.py`, only gets the figures the sources give, where it has none. English and
Japanese pages are translations made by the translation service, from each entry's `en:` /
`ja:` texts laid over the French (`builders.in_language`), like the rest of the demo.
Idempotent: pages are looked up by slug under the home, themes and venues by name.
"""

from collections.abc import Callable

from wagtail.models import Locale, Site

from exhibition.models import EditionPage, EditionPart, SeriesArchivePage, Theme, Venue
from exhibition.translation.services import translation_apply

from .builders import has_language, in_language, theme_fields
from .content import load

Report = Callable[[str], None]
LANGUAGES = ("en", "ja")
FIGURES = (
    "collectivites_count",
    "objects_count",
    "objects_count_precision",
    "visitors_count",
    "visitors_count_precision",
)
TEXTS = ("title", "lead", "introduction", "period", "places", "facts_source")


def edition_fields(data) -> dict:
    """An edition page's own fields from an entry (French, or laid in a language)."""
    fields = {key: data[key] for key in ("title", "slug", "number", "year") if key in data}
    fields |= {key: data.get(key, "") for key in ("lead", "introduction", "period", "places")}
    fields["facts_source"] = data.get("sources", "")
    fields |= {key: data[key] for key in FIGURES if data.get(key) is not None}
    return fields


def part_texts(data) -> list[dict]:
    return [
        {"title": part["title"], "description": part.get("description", "")}
        for part in data.get("parts", [])
    ]


def seed_archive(*, report: Report = lambda line: None) -> int:
    """Create what is missing; how many pages, snippets and translations were created."""
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return 0
    return ArchiveSeeder(report=report, home=site.root_page.specific).run()


class ArchiveSeeder:
    def __init__(self, *, report: Report, home):
        self.report = report
        self.home = home
        self.created = 0
        self.data = load("editions")
        self.site = load("site")
        self.locale = Locale.get_default()

    def run(self) -> int:
        self.report("Archives : les éditions de la série")
        themes = self._themes()
        venues = self._venues()
        archive = self._archive_page()
        editions = [self._edition(entry, themes, venues) for entry in self.data["editions"]]
        for code in LANGUAGES:
            if not Locale.objects.filter(language_code=code).exists():
                continue
            for entry in self.data["themes"]:
                self._translate(themes[entry["key"]], entry, code, theme_fields)
            for entry in self.data["venues"]:
                self._translate(venues[entry["key"]], entry, code, _venue_texts)
            self._translate(archive, self.data["archive"], code, _archive_texts)
            for page, entry in zip(editions, self.data["editions"], strict=True):
                self._translate(page, entry, code, _edition_texts)
        return self.created

    # Snippets

    def _themes(self) -> dict[str, Theme]:
        themes = {"shoku": Theme.objects.get(name=self.site["theme"]["name"], locale=self.locale)}
        for entry in self.data["themes"]:
            fields = theme_fields(entry)
            theme, created = Theme.objects.get_or_create(
                name=fields["name"], locale=self.locale, defaults=fields
            )
            self.created += int(created)
            themes[entry["key"]] = theme
        return themes

    def _venues(self) -> dict[str, Venue]:
        venues = {"mcjp": Venue.objects.get(name=self.site["venue"]["name"], locale=self.locale)}
        for entry in self.data["venues"]:
            venue, created = Venue.objects.get_or_create(
                name=entry["name"],
                locale=self.locale,
                # No source at hand gives their street addresses: left empty, not guessed.
                defaults={"city": entry["city"], "street_address": "", "postal_code": ""},
            )
            self.created += int(created)
            venues[entry["key"]] = venue
        return venues

    # Pages

    def _publish(self, page):
        self.home.add_child(instance=page)
        page.save_revision().publish()
        self.created += 1
        return page

    def _archive_page(self) -> SeriesArchivePage:
        data = self.data["archive"]
        existing = SeriesArchivePage.objects.child_of(self.home).first()
        if existing:
            return existing
        return self._publish(
            SeriesArchivePage(
                title=data["title"],
                slug=data["slug"],
                lead=data["lead"],
                introduction=data["introduction"],
                # Not in the main menu, already full at 1280 px: the home's timeline and
                # every edition page link to it.
            )
        )

    def _edition(self, entry, themes, venues) -> EditionPage:
        existing = EditionPage.objects.child_of(self.home).filter(slug=entry["slug"]).first()
        if existing:
            self._add_figures(existing, entry)
            return existing
        page = EditionPage(**edition_fields(entry))
        page.themes = [themes[key] for key in entry.get("themes", [])]
        page.parts = [
            EditionPart(
                kind=part["kind"],
                title=part["title"],
                start_date=part.get("start_date"),
                end_date=part["end_date"],
                venue=venues[part["venue"]] if part.get("venue") else None,
                description=part.get("description", ""),
            )
            for part in entry.get("parts", [])
        ]
        return self._publish(page)

    def _add_figures(self, page, entry):
        """The demo's own edition (2021): the sources' figures where the page has none, so
        that a curator's figures are never overwritten."""
        page = page.specific
        wanted = {
            key: value
            for key, value in edition_fields(entry).items()
            if key in (*FIGURES, "facts_source") and value not in (None, "")
        }
        missing = {key: value for key, value in wanted.items() if getattr(page, key) in (None, "")}
        # A precision goes with its count: set only when the count is set here too.
        for precision in ("objects_count_precision", "visitors_count_precision"):
            if precision in missing and precision.replace("_precision", "") not in missing:
                del missing[precision]
        if not missing:
            return
        for key, value in missing.items():
            setattr(page, key, value)
        page.save_revision().publish()

    # Translations

    def _translate(self, source, entry, code, texts):
        if not has_language(entry, code):
            return
        fields = {key: value for key, value in texts(in_language(entry, code)).items() if value}
        result = translation_apply(source=source, locale=code, fields=fields)
        self.created += int(result.target_created)


def _venue_texts(data) -> dict:
    return {"name": data["name"], "city": data["city"], "country": data.get("country", "")}


def _archive_texts(data) -> dict:
    return {key: data[key] for key in ("title", "lead", "introduction")}


def _edition_texts(data) -> dict:
    fields = edition_fields(data)
    texts = {key: fields[key] for key in TEXTS if key in fields}
    if data.get("parts"):
        texts["parts"] = part_texts(data)
    return texts
