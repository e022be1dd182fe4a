"""A visitor's query → a database condition and a ranking expression.

Words are ANDed; a word matches by any of its alternatives (its stems, its glossary
expansions), an alternative by all of its slots, a slot by any of its terms.

Matching: on PostgreSQL, the tsvector of the document's three term strings (a generated
column with a GIN index, migration 0005) against a tsquery; on SQLite, LIKE '% term %' on
the space-padded strings. Ranking, the same SQL on
both: for each query word, 6 when its best match is in the title (A), 4 in the craft,
material or translations (B), one less when only a glossary synonym matches there, 1 in
the texts (C); summed, ties by title.
"""

import re
from functools import reduce
from operator import and_, or_

from django.db import connection
from django.db.models import BooleanField, Case, Expression, F, IntegerField, Q, Value, When

from . import analysis, glossary

WEIGHTS = (("terms_a", 3), ("terms_b", 2))
NOT_A_TERM = re.compile(r"\W")


def expand(word: analysis.QueryWord, expansions: dict) -> tuple[analysis.Alternative, ...]:
    """The word's alternatives, with those of the glossary entries it names."""
    if word.latin:
        last = word.alternatives[-1]
        keys = last[0] if len(last) == 1 else frozenset()
    else:
        keys = frozenset({word.surface})
    alternatives = dict.fromkeys(word.alternatives)
    for key in keys:
        alternatives.update(dict.fromkeys(sorted(expansions.get(key, ()), key=repr)))
    return tuple(alternatives)


def parse(text: str) -> list[tuple[analysis.QueryWord, tuple[analysis.Alternative, ...]]]:
    expansions = glossary.glossary_expansions()
    return [(word, expand(word, expansions)) for word in analysis.query_words(text)]


def all_terms(alternatives) -> set[str]:
    return {term for alternative in alternatives for slot in alternative for term in slot}


def _contains(prefix: str, field: str, term: str) -> Q:
    return Q(**{f"{prefix}{field}__contains": f" {term} "})


def _like_condition(words, prefix: str) -> Q:
    def term(t):
        return reduce(or_, (_contains(prefix, f, t) for f in ("terms_a", "terms_b", "terms_c")))

    def alternative(alt):
        return reduce(and_, (reduce(or_, (term(t) for t in sorted(slot))) for slot in alt))

    return reduce(and_, (reduce(or_, (alternative(a) for a in alts)) for _w, alts in words))


def matches(words, terms: set[str]) -> bool:
    """Whether a document holding `terms` matches every word: `condition`, evaluated in
    Python (the glossary counts many queries over a few hundred documents on SQLite)."""
    return all(
        any(all(slot & terms for slot in alternative) for alternative in alternatives)
        for _word, alternatives in words
    )


def tsquery(words) -> str:
    def quoted(term):
        return "'" + NOT_A_TERM.sub("", term) + "'"

    def alternative(alt):
        return " & ".join("(" + " | ".join(quoted(t) for t in sorted(s)) + ")" for s in alt)

    return " & ".join(
        "(" + " | ".join(f"({alternative(a)})" for a in alts) + ")" for _w, alts in words
    )


class DocumentMatches(Expression):
    """`tsv @@ to_tsquery('simple', …)` on the documents' table under whatever alias the
    query gives it (a join from the pages, a subquery's U0…): the generated column is
    not a model field, so the alias is taken from the document's id column."""

    output_field = BooleanField()
    conditional = True

    def __init__(self, id_path: str, tsquery_text: str):
        super().__init__()
        self.column = F(id_path)
        self.tsquery_text = tsquery_text

    def get_source_expressions(self):
        return [self.column]

    def set_source_expressions(self, expressions):
        (self.column,) = expressions

    def as_sql(self, compiler, connection):
        table = compiler.quote_name_unless_alias(self.column.alias)
        return f"{table}.tsv @@ to_tsquery('simple'::regconfig, %s)", [self.tsquery_text]


def condition(words, prefix: str = ""):
    """The filter that keeps the documents matching every word (`prefix`: the path from
    the queryset's model to its document, "" on the documents themselves)."""
    if connection.vendor == "postgresql":
        return DocumentMatches(f"{prefix}id", tsquery(words))
    return _like_condition(words, prefix)


def score(words, prefix: str = ""):
    """Σ over the query words of the weight of their best match: A 6, B 4 for the word
    itself, one less for a glossary expansion only (a title naming the word typed before
    a title naming one of its synonyms), C 1."""

    def weight(word, alternatives):
        direct = all_terms(word.alternatives)
        expanded = all_terms(alternatives) - direct
        whens = []
        # A match only in the texts (C) needs no test: the document matched, so it is
        # there; testing would read every long terms_c string of the matches.
        for field, points in WEIGHTS:
            for terms, bonus in ((direct, 1), (expanded, 0)):
                if terms:
                    matched = reduce(or_, (_contains(prefix, field, t) for t in sorted(terms)))
                    whens.append(When(matched, then=Value(2 * points - 1 + bonus)))
        return Case(*whens, default=Value(1), output_field=IntegerField())

    return reduce(lambda total, w: total + w, (weight(w, alts) for w, alts in words))
