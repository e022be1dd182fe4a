"""One page of the site search's results, as the search page shows it, cached.

The objects are ranked, counted and paginated on the narrow `SearchDocument` table alone
(`engine.search_documents`): the page keeps only the ids of its 24 objects, whose cards
come from the cards' own cache (`catalogue.cards`). The other pages found (collectivités,
tourism, text pages) come from Wagtail's search.

A results page is kept per language, query and page number until the content changes
(`core.caching`): publishing or unpublishing an object changes the generation once its
documents are rebuilt (`documents.update_translations`), so nothing stale is served.
"""

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import reduce
from operator import or_

from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.db.models import Q
from django.utils.translation import get_language

from wagtail.models import Locale, Page, PageViewRestriction

from catalogue.models import CraftObjectPage, SearchDocument
from core.caching import cached_for_content

from .engine import search_documents

PER_PAGE = 24
OTHER_PAGES = 20


@dataclass
class Results:
    number: int  # the page number served (an invalid or too large one is corrected)
    count: int
    object_ids: list[int]  # the page's objects, best first
    suggestion: str | None = None
    pages: list = field(default_factory=list)  # other pages found (specific pages)

    def objects_page(self) -> PaginatorPage:
        """A paginator's page of the object ids, for the pagination links."""
        ranked = _RankedIds(self.count, (self.number - 1) * PER_PAGE, self.object_ids)
        return Paginator(ranked, PER_PAGE).page(self.number)


class _RankedIds(Sequence):
    """All the results as a paginator sees them: their count, and the one page known."""

    def __init__(self, count: int, offset: int, ids: list[int]):
        self.count, self.offset, self.ids = count, offset, ids

    def __len__(self):
        return self.count

    def __getitem__(self, index):
        if not isinstance(index, slice) or (index.start or 0) != self.offset:
            raise IndexError("only the page that was searched is known")
        return self.ids


def search_results(query: str, page_number) -> Results:
    """The results page `page_number` (as typed in the URL) of `query` in the active
    language."""
    number = _number(page_number)
    digest = hashlib.blake2b(query.encode(), digest_size=16).hexdigest()
    key = f"search:results:{get_language()}:{number}:{digest}"
    return cached_for_content(key, lambda: compute(query, Locale.get_active(), number))


def compute(query: str, locale, number: int) -> Results:
    found = search_documents(query, public_documents(locale), number=number, per_page=PER_PAGE)
    return Results(
        found.number, found.count, found.page_ids, found.suggestion, other_pages(query, locale)
    )


def public_documents(locale):
    """The documents of the objects a visitor may see in `locale`: a document exists for
    each live object only (`documents`); those under a view restriction are left out, as
    Wagtail's `public()` leaves their pages out."""
    return public(SearchDocument.objects.filter(locale=locale), "page__")


def public(queryset, prefix: str = ""):
    """`queryset` (of pages, or what `prefix` leads to pages from) without what a view
    restriction hides, as Wagtail's `public()`, which reads the restrictions at each call:
    these are read once per content generation (a restriction saved changes it)."""
    restricted = cached_for_content(
        "search:restricted-pages",
        lambda: list(PageViewRestriction.objects.values_list("page__path", "page__depth")),
    )
    if not restricted:
        return queryset
    return queryset.exclude(
        reduce(
            or_,
            (
                Q(**{f"{prefix}path__startswith": path, f"{prefix}depth__gte": depth})
                for path, depth in restricted
            ),
        )
    )


def other_pages(query: str, locale) -> list:
    """Regions, tourism and text pages that Wagtail's search finds, best first."""
    pages = Page.objects.live().filter(locale=locale).not_type(CraftObjectPage)
    return list(public(pages).exclude(depth__lte=1).specific().search(query)[:OTHER_PAGES])


MAX_PAGE_NUMBER = 1_000_000


def _number(typed) -> int:
    """As Django's `Paginator.get_page`: not a number, the first page; below 1 (0 here)
    or beyond the last, the last (the engine knows the count)."""
    try:
        number = int(typed)
    except (TypeError, ValueError):
        return 1
    # A page number past any possible last page is the last page too, and must stay within
    # what the database accepts as an offset (SQLite: 64-bit integers).
    return min(max(number, 0), MAX_PAGE_NUMBER)
