"""Query expansion from the trilingual glossary (catalogue.models.GlossaryTerm).

Every name of an entry (French, English, Japanese, romaji, variants) is analysed as a
query would be; a query word that is one of those names is then also matched by any of
the entry's names: «lacquer» finds «laque», «漆» and «urushi». A multi-word name stays
one alternative whose words must all be found («porcelaine de Kutani»).

The mapping is computed once per content generation and kept in the cache; saving or
deleting a glossary entry forgets it (`catalogue.signals`).
"""

from django.core.cache import cache

from . import analysis, japanese

CACHE_KEY = "search:glossary-expansions"


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


def glossary_expansions() -> dict[str, frozenset[analysis.Alternative]]:
    expansions = cache.get(CACHE_KEY)
    if expansions is None:
        from catalogue.models import GlossaryTerm

        entries = [term.all_names() for term in GlossaryTerm.objects.all()]
        expansions = build_expansions(entries)
        cache.set(CACHE_KEY, expansions, timeout=None)
    return expansions


def forget_expansions(**kwargs) -> None:
    cache.delete(CACHE_KEY)


def glossary_words() -> list[str]:
    """The glossary's Latin names, for the typo corrections' vocabulary."""
    from catalogue.models import GlossaryTerm

    words = []
    for term in GlossaryTerm.objects.all():
        for name in term.all_names():
            words.extend(analysis.latin_words(name))
    return words
