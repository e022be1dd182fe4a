"""What an object page's search document holds, and how documents are (re)built.

One document per live object page. Weight A: title, Japanese name, SKU. Weight B: craft
(its names in the three languages), material, collectivité, artisan, tags, and the
titles, crafts and materials of the object's translations in the other languages, so that
«lacquer» on /fr/ and «九谷焼» on /en/ find the object. Weight C: summary, description,
finish, care, food pairing. Each text is analysed in the language it is written in.

Documents are rebuilt for all the translations of an object when one of them is
published, unpublished or deleted (`catalogue.signals`), and in bulk by `rebuild()`
(`manage.py search_rebuild`, the demo seed, the bench).
"""

from collections import defaultdict
from collections.abc import Callable, Iterable

from django.db import transaction
from django.utils.html import strip_tags

from catalogue.models import CraftObjectPage, SearchDocument
from core.caching import OBJECTS, content_changed, tags_changed

from . import analysis

RELATIONS = ("locale", "craft", "material", "collectivite", "artisan")
SKIPPED_BLOCK_KEYS = {"type", "id", "image", "page", "alt"}


def block_texts(value) -> Iterable[str]:
    """The strings of a StreamField's raw data (rich text without its tags)."""
    if isinstance(value, str):
        yield strip_tags(value)
    elif isinstance(value, dict):
        for key, item in value.items():
            if key not in SKIPPED_BLOCK_KEYS:
                yield from block_texts(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from block_texts(item)


def own_texts(page) -> dict[str, list[str]]:
    """The page's texts by weight, in its own language."""
    craft, material, artisan = page.craft, page.material, page.artisan
    b = [tag.name for tag in page.tags.all()]
    if craft:
        b += [craft.name, craft.name_ja, craft.name_fr]
    if material:
        b += [material.name, material.name_ja, material.romaji]
    if page.collectivite:
        b.append(page.collectivite.title)
    if artisan:
        b += [artisan.name, artisan.name_ja]
    return {
        "a": [page.title, page.japanese_name, page.sku],
        "b": b,
        "c": [
            page.summary,
            *block_texts(page.description.raw_data),
            page.finish,
            page.care,
            page.food_pairing,
        ],
    }


def translation_texts(page) -> list[str]:
    """What another language's version adds to a document (weight B)."""
    texts = [page.title]
    if page.craft:
        texts += [page.craft.name, page.craft.name_fr]
    if page.material:
        texts.append(page.material.name)
    return texts


def padded(terms: Iterable[str]) -> str:
    return " " + " ".join(dict.fromkeys(t for t in terms if t)) + " " if terms else ""


def build(page, translations: list) -> SearchDocument:
    """The document of `page`; `translations` are its other live language versions."""
    language = page.locale.language_code
    texts = own_texts(page)

    def terms(strings, lang):
        return [t for s in strings if s for t in analysis.document_terms(s, lang)]

    terms_b = terms(texts["b"], language)
    vocabulary = [w for s in texts["a"] + texts["b"] if s for w in analysis.latin_words(s)]
    for other in translations:
        other_texts = translation_texts(other)
        terms_b += terms(other_texts, other.locale.language_code)
        vocabulary += [w for s in other_texts if s for w in analysis.latin_words(s)]
    return SearchDocument(
        page_id=page.pk,
        locale_id=page.locale_id,
        title=page.title,
        terms_a=padded(terms(texts["a"], language)),
        terms_b=padded(terms_b),
        terms_c=padded(terms(texts["c"], language)),
        vocabulary=" ".join(dict.fromkeys(vocabulary)),
    )


def _pages(queryset):
    return queryset.live().select_related(*RELATIONS).prefetch_related("tags")


def _store(pages: list, siblings_by_key: dict) -> int:
    documents = [
        build(page, [p for p in siblings_by_key[page.translation_key] if p.pk != page.pk])
        for page in pages
    ]
    with transaction.atomic():
        SearchDocument.objects.filter(page__in=[p.pk for p in pages]).delete()
        SearchDocument.objects.bulk_create(documents)
    return len(documents)


def update_translations(translation_keys: Iterable) -> int:
    """Rebuild the documents of every language version of these objects."""
    keys = set(translation_keys)
    SearchDocument.objects.filter(page__translation_key__in=keys, page__live=False).delete()
    pages = list(_pages(CraftObjectPage.objects.filter(translation_key__in=keys)))
    by_key = defaultdict(list)
    for page in pages:
        by_key[page.translation_key].append(page)
    stored = _store(pages, by_key) if pages else 0
    # Publishing renewed the listings already, but before the commit that this runs
    # after: a search in between may have cached results without these documents.
    tags_changed(OBJECTS)
    return stored


def rebuild(
    *, language: str | None = None, report: Callable[[str], None] = lambda line: None
) -> int:
    """Every document again (of one language with `language`); returns how many."""
    stale = SearchDocument.objects.exclude(page__live=True)
    live = CraftObjectPage.objects.live()
    if language:
        stale = stale.filter(locale__language_code=language)
        live = live.filter(locale__language_code=language)
    stale.delete()
    keys = list(live.order_by("translation_key").values_list("translation_key", flat=True))
    keys = list(dict.fromkeys(keys))
    total, batch = 0, 300
    for start in range(0, len(keys), batch):
        chunk = keys[start : start + batch]
        siblings = list(_pages(CraftObjectPage.objects.filter(translation_key__in=chunk)))
        by_key = defaultdict(list)
        for page in siblings:
            by_key[page.translation_key].append(page)
        pages = [p for p in siblings if not language or p.locale.language_code == language]
        total += _store(pages, by_key)
        report(f"{total} documents")
    # Every document is fresh: what publishing queued in this transaction is done.
    if not language:
        getattr(transaction.get_connection(), "search_documents_pending", set()).clear()
    content_changed()  # results cached from the old documents are not served again
    return total
