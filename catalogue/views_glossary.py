"""The public glossary: every term in the page's language, with its names in the other two,
its definition, its crafts and materials, and the objects a search for it finds.

Terms are sorted as a reader of the page's language expects them: French and English
alphabetically, accents and case aside, under their initial; Japanese in gojūon order of
their reading (kana), under the rows あ行, か行…; a term with no reading known comes last,
by its romaji.

The entries are computed once per content generation and language (core/caching.py): a
term, a craft, a material or an object published changes the generation.
"""

import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.db.models import Count
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import get_language

from wagtail.models import Locale

from catalogue.models import (
    CraftObjectPage,
    CraftTradition,
    GlossaryTerm,
    Material,
    MaterialIndexPage,
)
from catalogue.search.engine import count_each
from catalogue.search.glossary import glossary_expansions
from catalogue.search.results import public, public_documents
from core.caching import cached_for_content

LANGUAGES = ("fr", "en", "ja")
# Gojūon rows: voiced kana (が, ぱ…) fall in their plain row once decomposed (NFD).
GOJUON_ROWS = [
    ("あ行", "ぁあぃいぅうぇえぉおゔ"),
    ("か行", "かきくけこゕゖ"),
    ("さ行", "さしすせそ"),
    ("た行", "たちっつてと"),
    ("な行", "なにぬねの"),
    ("は行", "はひふへほ"),
    ("ま行", "まみむめも"),
    ("や行", "ゃやゅゆょよ"),
    ("ら行", "らりるれろ"),
    ("わ行", "ゎわゐゑをん"),
]
OTHER_ROW = "その他"


@dataclass
class Link:
    label: str
    url: str
    label_ja: str = ""
    place: str = ""
    count: int = 0


@dataclass
class Entry:
    anchor: str
    name: str
    others: list[tuple[str, str]]  # (language code for `lang`, name)
    romaji: str
    definition: str
    search_url: str
    search_count: int
    crafts: list[Link] = field(default_factory=list)
    materials: list[Link] = field(default_factory=list)


@dataclass
class Section:
    heading: str
    anchor: str
    entries: list[Entry]


def glossary(request):
    language = (get_language() or "fr")[:2]
    language = language if language in LANGUAGES else "fr"
    locale = Locale.objects.filter(language_code=language).first() or Locale.get_default()
    sections = cached_for_content(
        f"glossary:{language}", lambda: glossary_sections(locale, language)
    )
    return render(
        request,
        "catalogue/glossary.html",
        {"sections": sections, "term_count": sum(len(s.entries) for s in sections)},
    )


def glossary_sections(locale, language) -> list[Section]:
    terms = list(GlossaryTerm.objects.prefetch_related("crafts", "materials"))
    crafts = _crafts_in(locale, {c.translation_key for t in terms for c in t.crafts.all()})
    materials = _materials_in(locale, {m.translation_key for t in terms for m in t.materials.all()})
    search_url = reverse("search")
    names = [getattr(term, f"term_{language}") for term in terms]
    glossary_expansions(terms)  # the search expands the names with the entries read here
    counts = search_counts(names, locale)
    entries = []
    for term, name, count in zip(terms, names, counts, strict=True):
        entry = Entry(
            anchor=term.anchor,
            name=name,
            others=[
                (code, getattr(term, f"term_{code}")) for code in LANGUAGES if code != language
            ],
            romaji=term.romaji,
            definition=getattr(term, f"definition_{language}"),
            search_url=f"{search_url}?{urlencode({'q': name})}",
            search_count=count,
            crafts=[
                crafts[c.translation_key] for c in term.crafts.all() if c.translation_key in crafts
            ],
            materials=[
                materials[m.translation_key]
                for m in term.materials.all()
                if m.translation_key in materials
            ],
        )
        entries.append((_sort_key(term, language), entry))
    entries.sort(key=lambda pair: pair[0])
    return _sections(entries, language)


def search_counts(queries: list[str], locale) -> list[int]:
    """How many objects the site's search finds for each term, as the search page counts
    them (the glossary links to that page), all in one query. A term that finds nothing
    as written counts none, even if the search would then offer a correction: those
    objects aren't its own."""
    return count_each(queries, public_documents(locale))


def _crafts_in(locale, keys) -> dict:
    """Each craft in the page's language, linked to its collectivité's page, which
    presents it, with how many of its objects are online."""
    counts = dict(
        public(CraftObjectPage.objects.live())
        .filter(locale=locale, craft__translation_key__in=keys)
        .values_list("craft__translation_key")
        .annotate(count=Count("pk"))
        .order_by()
    )
    links = {}
    for craft in CraftTradition.objects.filter(
        locale=locale, translation_key__in=keys
    ).select_related("collectivite"):
        region = craft.collectivite
        url = region.url if region.live else ""
        if url:
            japanese = locale.language_code == "ja"
            links[craft.translation_key] = Link(
                label=craft.name_ja if japanese else craft.name,
                label_ja="" if japanese else craft.name_ja,
                place=region.short_name,
                url=url,
                count=counts.get(craft.translation_key, 0),
            )
    return links


def _materials_in(locale, keys) -> dict:
    """Each material in the page's language, linked to its page under the materials index."""
    index = public(MaterialIndexPage.objects.live()).filter(locale=locale).first()
    if index is None or not index.url:
        return {}
    return {
        material.translation_key: Link(
            label=material.name, label_ja=material.name_ja, url=f"{index.url}{material.slug}/"
        )
        for material in Material.objects.filter(locale=locale, translation_key__in=keys)
    }


def _fold(text: str) -> str:
    """Accents and case aside, as a French or English index sorts («Échizen» under E)."""
    decomposed = unicodedata.normalize("NFKD", text.replace("œ", "oe").replace("æ", "ae"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _sort_key(term, language):
    if language == "ja":
        reading = term.reading
        if reading:
            return (0, unicodedata.normalize("NFD", reading), term.term_ja)
        return (1, _fold(term.romaji or term.term_ja), term.term_ja)
    return (0, _fold(getattr(term, f"term_{language}")), "")


def _initial(entry: Entry, key, language) -> str:
    if language == "ja":
        if key[0] == 1:
            return OTHER_ROW
        first = key[1][:1]
        return next((row for row, kana in GOJUON_ROWS if first in kana), OTHER_ROW)
    first = key[1][:1].upper()
    return first if first.isalpha() else "#"


def _sections(entries, language) -> list[Section]:
    grouped = defaultdict(list)
    order = []
    for key, entry in entries:
        heading = _initial(entry, key, language)
        if heading not in grouped:
            order.append(heading)
        grouped[heading].append(entry)
    return [
        Section(heading=heading, anchor=f"initiale-{position}", entries=grouped[heading])
        for position, heading in enumerate(order, start=1)
    ]
