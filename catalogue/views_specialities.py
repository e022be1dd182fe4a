"""The regional specialities' public pages: an index grouped by collectivité, and one page
per speciality with the objects that suit it, from every collectivité.

A speciality is a snippet of the exhibition (`exhibition.RegionalSpeciality`); an object
names it in its «accord mets» (`CraftObjectPage.pairings`). Both are read in the page's
language through their `translation_key`, so an English object that still holds the French
rows it was copied with shows, and is listed under, the English speciality.

What a page shows is computed once per content generation and language
(core/caching.py). Only slugs that exist are cached: an unknown one is a 404 from the
cached index, without a query.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.http import Http404
from django.shortcuts import render
from django.utils.translation import get_language

from wagtail.models import Locale

from catalogue.models import CraftObjectPage
from catalogue.search.results import public
from core.caching import cached_for_content
from exhibition.models import CollectivitePage, RegionalSpeciality


@dataclass
class Region:
    """A collectivité in the page's language, with its first tourism page."""

    title: str
    short_name: str
    url: str
    tourism_title: str = ""
    tourism_url: str = ""


@dataclass
class Group:
    region: Region
    specialities: list[RegionalSpeciality] = field(default_factory=list)


def speciality_index(request):
    locale = _locale()
    groups = cached_for_content(
        f"specialities:{locale.language_code}", lambda: _groups(locale), tags=()
    )
    return render(
        request,
        "catalogue/speciality_index.html",
        {"groups": groups, "speciality_count": sum(len(g.specialities) for g in groups)},
    )


def speciality_detail(request, slug):
    locale = _locale()
    groups = cached_for_content(
        f"specialities:{locale.language_code}", lambda: _groups(locale), tags=()
    )
    found = next(
        (
            (group.region, speciality)
            for group in groups
            for speciality in group.specialities
            if speciality.slug == slug
        ),
        None,
    )
    if found is None:
        raise Http404("Spécialité inconnue")
    region, speciality = found
    object_pks = cached_for_content(
        f"speciality-objects:{locale.language_code}:{speciality.translation_key}",
        lambda: _objects(locale, speciality),
    )
    return render(
        request,
        "catalogue/speciality.html",
        {
            "speciality": speciality,
            "region": region,
            "object_pks": object_pks,
            "seo_image": speciality.image,
        },
    )


def _locale():
    language = (get_language() or settings.LANGUAGE_CODE)[:2]
    return Locale.objects.filter(language_code=language).first() or Locale.get_default()


def _groups(locale) -> list[Group]:
    """The specialities in `locale`, grouped by their collectivité (its live version in
    `locale`), collectivités in the tree's order. A speciality whose collectivité has no
    live page in the language is left out: its page would lead nowhere."""
    specialities = list(
        RegionalSpeciality.objects.filter(locale=locale)
        .select_related("image", "collectivite")
        .order_by("name")
    )
    keys = {speciality.collectivite.translation_key for speciality in specialities}
    regions = {}
    for page in (
        CollectivitePage.objects.live()
        .public()
        .filter(locale=locale, translation_key__in=keys)
        .order_by("path")
    ):
        tourism = page.tourism_pages().first()
        regions[page.translation_key] = Region(
            title=page.title,
            short_name=page.short_name,
            url=page.url or "",
            tourism_title=tourism.title if tourism else "",
            tourism_url=(tourism.url or "") if tourism else "",
        )
    groups = {key: Group(region) for key, region in regions.items()}
    for speciality in specialities:
        group = groups.get(speciality.collectivite.translation_key)
        if group is not None:
            group.specialities.append(speciality)
    return [group for group in groups.values() if group.specialities]


def _objects(locale, speciality) -> list[int]:
    """The live objects in `locale` whose «accord mets» names the speciality, whatever
    language version of it they hold; by collectivité, then title."""
    return list(
        public(CraftObjectPage.objects.live())
        .filter(locale=locale, pairings__translation_key=speciality.translation_key)
        .order_by("collectivite__path", "title")
        .values_list("pk", flat=True)
        .distinct()
    )
