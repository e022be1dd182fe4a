"""The search of craft objects, as the site search, the API and the glossary call it.

Two entry points run the same matching, ranking and correction:

- `search_objects(text, objects)`: a queryset of object pages, ranked (the API, which
  paginates and serialises pages, and the quality set);
- `search_documents(text, documents, number=…, per_page=…)`: one page of results read
  from the narrow `SearchDocument` rows alone, ranked and counted in one query without
  the pages' table (the site search: `results`). Ties are broken by the title, which the
  document keeps a copy of.

`count_each` counts, in one query, the objects each of many texts finds (the glossary).
"""

import re
from collections.abc import Callable
from dataclasses import dataclass

from django.db import connection
from django.db.models import Count, IntegerField, QuerySet, Subquery, Value, Window

from . import analysis, query, typos

PREFIX = "search_document__"


@dataclass
class Outcome:
    objects: QuerySet  # ranked, best first
    count: int = 0  # how many: the engine counted them, a paginator need not count again
    suggestion: str | None = None  # the corrected query, when a word was misspelt


def ranked(objects: QuerySet, words) -> QuerySet:
    """Object pages matching `words`, best first."""
    return (
        objects.filter(search_document__isnull=False)
        .filter(query.condition(words, PREFIX))
        .annotate(search_score=query.score(words, PREFIX))
        .order_by("-search_score", "title", "pk")
    )


def ranked_documents(documents: QuerySet, words) -> QuerySet:
    """Search documents matching `words`, in the order of `ranked` (the document's title
    is its page's)."""
    return (
        documents.filter(query.condition(words))
        .annotate(search_score=query.score(words))
        .order_by("-search_score", "title", "page_id")
    )


def search_objects(text: str, objects: QuerySet) -> Outcome:
    """`objects` (live object pages of one language) that match `text`, best first.

    When nothing matches, each Latin word that finds nothing on its own is corrected
    against the vocabulary, and the corrected query is searched and suggested.
    """
    words = query.parse(text)
    if not words:
        return Outcome(objects.none())
    # count(), not exists(): with LIMIT 1 PostgreSQL may scan the pages and compute each
    # document's tsvector instead of asking the GIN index (a second for no match).
    results = ranked(objects, words)
    if count := results.count():
        return Outcome(results, count)
    corrected = correction(text, words, lambda some: ranked(objects, some).count())
    if corrected is None:
        return Outcome(results, 0)
    results = ranked(objects, query.parse(corrected))
    return Outcome(results, results.count(), corrected)


@dataclass
class DocumentsPage:
    page_ids: list[int]  # the objects of the page, best first
    count: int  # of all the results
    number: int  # the page served: the last one when the one asked for is beyond it
    suggestion: str | None = None


def search_documents(text: str, documents: QuerySet, *, number: int, per_page: int):
    """Page `number` (1…, 0 for the last) of the `documents` (of one language's public
    objects) that match `text`, as `search_objects` ranks and corrects them. The count
    comes with the page, from one query (a window over the matches)."""
    words = query.parse(text)
    if not words:
        return DocumentsPage([], 0, 1)
    found = _documents_page(documents, words, number, per_page)
    if found.count:
        return found
    corrected = correction(text, words, lambda some: ranked_documents(documents, some).count())
    if corrected is None:
        return found
    found = _documents_page(documents, query.parse(corrected), number, per_page)
    found.suggestion = corrected
    return found


def _documents_page(documents, words, number: int, per_page: int) -> DocumentsPage:
    results = ranked_documents(documents, words)
    with_total = results.annotate(total=Window(Count("pk"))).values_list("page_id", "total")
    if number >= 1:
        start = (number - 1) * per_page
        if rows := list(with_total[start : start + per_page]):
            return DocumentsPage([page_id for page_id, _total in rows], rows[0][1], number)
        if number == 1:
            return DocumentsPage([], 0, 1)
    # Beyond the last page, or the last asked for: count, then read the last page.
    if not (count := results.count()):
        return DocumentsPage([], 0, 1)
    last = -(-count // per_page)
    start = (last - 1) * per_page
    return DocumentsPage(list(results.values_list("page_id", flat=True)[start:]), count, last)


def correction(text: str, words, finds: Callable[[list], int]) -> str | None:
    """`text` with each Latin word that finds nothing on its own (`finds`) corrected
    against the vocabulary, or None when no word was corrected."""
    corrected, known = text, None
    for word, alternatives in words:
        if not word.latin or len(word.surface) < typos.MIN_LENGTH:
            continue
        if finds([(word, alternatives)]):
            continue
        known = known if known is not None else typos.vocabulary()
        if fix := typos.correction(word.surface, known):
            corrected = replace_word(corrected, word.surface, fix)
    return None if corrected == text else corrected


def count_each(texts: list[str], documents: QuerySet) -> list[int]:
    """How many of `documents` each text finds as written (no correction: what a typo
    would find isn't the text's own), in one query. On PostgreSQL, one scalar subquery per
    text, each served by the GIN index; on SQLite, where every LIKE reads every document,
    the documents' terms are read once and each text matched against them in Python."""
    parsed = [query.parse(text) for text in texts]
    if connection.vendor != "postgresql":
        rows = documents.values_list("terms_a", "terms_b", "terms_c").iterator()
        held = [set(f"{a} {b} {c}".split()) for a, b, c in rows]
        return [sum(query.matches(w, terms) for terms in held) if w else 0 for w in parsed]
    counts = {}
    for position, words in enumerate(parsed):
        if not words:
            counts[f"n{position}"] = Value(0, output_field=IntegerField())
            continue
        matching = (
            documents.filter(query.condition(words))
            .order_by()
            .values("locale_id")
            .annotate(n=Count("pk"))
            .values("n")
        )
        counts[f"n{position}"] = Subquery(matching, output_field=IntegerField())
    if not counts:
        return []
    # One row to hang the subqueries on: any document of the set (none: nothing found).
    found = next(iter(documents.order_by().annotate(**counts).values(*counts)[:1]), None)
    if found is None:
        return [0] * len(texts)
    return [found[f"n{position}"] or 0 for position in range(len(texts))]


def replace_word(text: str, typed: str, fix: str) -> str:
    """`text` with the word typed (compared folded) replaced by its correction."""
    for match in re.finditer(r"[^\s]+", text):
        if analysis.fold(match[0]).strip(".,;:!?«»\"'") == typed:
            return text[: match.start()] + fix + text[match.end() :]
    return text
