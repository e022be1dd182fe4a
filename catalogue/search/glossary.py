"""Query expansion from the trilingual glossary (catalogue.models.GlossaryTerm).

Every name of an entry (French, English, Japanese, romaji, variants) is analysed as a
query would be; a query word that is one of those names is then also matched by any of
the entry's names: «lacquer» finds «laque», «漆» and «urushi». A multi-word name stays
one alternative whose words must all be found («porcelaine de Kutani»).

The mapping is kept in the cache until an entry is saved or deleted, and in each
process's memory.
"""

from django.core.cache import cache

from core.caching import content_generation

from . import analysis, japanese

CACHE_KEY = "search:glossary-expansions"
_memo: dict[str, dict] = {}  # content generation → expansions, in this process


def name_alternatives(name: str) -> tuple[set[str], set[analysis.Alternative]]:
    """The keys a query word matches this name by, and the alternatives it expands to."""
    words = analysis.query_words(name)
    keys: set[str] = set()
    alternatives: set[analysis.Alternative] = set()
    if len(words) == 1:
        word = words[0]
        alternatives.update(word.alternatives)
        if word.latin:
            keys |= word.alternatives[-1][0] if len(word.alternatives[-1]) == 1 else set()
        else:
            keys.add(word.surface)
            alternatives.update((frozenset({r}),) for r in japanese.readings(word.surface))
    elif words:
        alternatives.add(tuple(slot for word in words for slot in word.alternatives[0]))
    return keys, alternatives


def build_expansions(entries) -> dict[str, frozenset[analysis.Alternative]]:
    """analysed term → the alternatives of every name of the entries it names."""
    expansions: dict[str, set] = {}
    for names in entries:
        keys, alternatives = set(), set()
        for name in names:
            name_keys, name_alternatives_ = name_alternatives(name)
            keys |= name_keys
            alternatives |= name_alternatives_
        for key in keys:
            expansions.setdefault(key, set()).update(alternatives)
    return {key: frozenset(value) for key, value in expansions.items()}


def glossary_expansions(terms=None) -> dict[str, frozenset[analysis.Alternative]]:
    """The expansions, kept in the cache until an entry is saved or deleted (not keyed on
    the content generation: publishing an object doesn't change them), and in this
    process's memory for the current generation: every search parses its query with them,
    and reading them back from the cache each time costs more than the search.
    `terms`: every glossary entry, when the caller has read them already."""
    generation = content_generation()
    expansions = _memo.get(generation)
    if expansions is None:
        expansions = cache.get(CACHE_KEY)
        if expansions is None:
            expansions = _compute_expansions(terms)
            cache.set(CACHE_KEY, expansions, timeout=None)
        _memo.clear()
        _memo[generation] = expansions
    return expansions


def _compute_expansions(terms=None):
    if terms is None:
        from catalogue.models import GlossaryTerm

        terms = GlossaryTerm.objects.all()
    return build_expansions(term.all_names() for term in terms)


def forget_expansions(**kwargs) -> None:
    """An entry saved or deleted (`catalogue.signals`): the cache forgets them; so do
    the processes' memories, as the save also changed the content generation."""
    cache.delete(CACHE_KEY)
    _memo.clear()


def glossary_words() -> list[str]:
    """The glossary's Latin names, for the typo corrections' vocabulary."""
    from catalogue.models import GlossaryTerm

    words = []
    for term in GlossaryTerm.objects.all():
        for name in term.all_names():
            words.extend(analysis.latin_words(name))
    return words
