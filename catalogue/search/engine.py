"""The search of craft objects, as the site search and the API call it."""

import re
from dataclasses import dataclass

from django.db.models import QuerySet

from . import analysis, query, typos

PREFIX = "search_document__"


@dataclass
class Outcome:
    objects: QuerySet  # ranked, best first
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
    results = ranked(objects, words)
    if results.exists():
        return Outcome(results)
    corrected, changed = text, False
    known = None
    for word, alternatives in words:
        if not word.latin or len(word.surface) < typos.MIN_LENGTH:
            continue
        if ranked(objects, [(word, alternatives)]).exists():
            continue
        known = known if known is not None else typos.vocabulary()
        if fix := typos.correction(word.surface, known):
            corrected = replace_word(corrected, word.surface, fix)
            changed = True
    if not changed:
        return Outcome(results)
    return Outcome(ranked(objects, query.parse(corrected)), corrected)


def replace_word(text: str, typed: str, fix: str) -> str:
    """`text` with the word typed (compared folded) replaced by its correction."""
    for match in re.finditer(r"[^\s]+", text):
        if analysis.fold(match[0]).strip(".,;:!?«»\"'") == typed:
            return text[: match.start()] + fix + text[match.end() :]
    return text
