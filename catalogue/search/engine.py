"""The search of craft objects, as the site search and the API call it."""

import re
from dataclasses import dataclass

from django.db.models import QuerySet

from . import analysis, query, typos

PREFIX = "search_document__"


@dataclass
class Outcome:
    objects: QuerySet  # ranked, best first
    count: int = 0  # how many: the engine counted them, a paginator need not count again
    suggestion: str | None = None  # the corrected query, when a word was misspelt


def ranked(objects: QuerySet, words) -> QuerySet:
    return (
        objects.filter(search_document__isnull=False)
        .filter(query.condition(words, PREFIX))
        .annotate(search_score=query.score(words, PREFIX))
        .order_by("-search_score", "title", "pk")
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
    corrected, known = text, None
    for word, alternatives in words:
        if not word.latin or len(word.surface) < typos.MIN_LENGTH:
            continue
        if ranked(objects, [(word, alternatives)]).count():
            continue
        known = known if known is not None else typos.vocabulary()
        if fix := typos.correction(word.surface, known):
            corrected = replace_word(corrected, word.surface, fix)
    if corrected == text:
        return Outcome(results, 0)
    results = ranked(objects, query.parse(corrected))
    return Outcome(results, results.count(), corrected)


def replace_word(text: str, typed: str, fix: str) -> str:
    """`text` with the word typed (compared folded) replaced by its correction."""
    for match in re.finditer(r"[^\s]+", text):
        if analysis.fold(match[0]).strip(".,;:!?«»\"'") == typed:
            return text[: match.start()] + fix + text[match.end() :]
    return text
