"""The site's own search engine for craft objects: one precomputed document per object
page, matched by the database (a GIN index on PostgreSQL, LIKE on SQLite) and ranked in
SQL. See docs/search.md.

- `analysis`: text → terms (Latin stemming, Japanese words, substrings and readings);
- `japanese`: the morphological analyser and the romaji readings (`kana`: kana → Hepburn);
- `glossary`: query expansion from the trilingual glossary;
- `documents`: what an object's document holds, (re)built at publish and in bulk;
- `query`: a visitor's query → conditions and a ranking expression;
- `typos`: «Vouliez-vous dire… ?» corrections against the documents' vocabulary;
- `engine`: the entry point the site search and the API call;
- `quality`: the search-quality set and its measures.
"""
