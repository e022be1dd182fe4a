"""The legal pages a visitor is shown, by kind: the footer's links, the checkout's terms.

A page missing in the visitor's language is replaced by the French one, the text of
reference; a kind with no published page at all is simply absent, so that no link leads
nowhere.

Every page's footer asks, so the answer stays in the shared cache under a key of its own
rather than one of the content generation: publishing an object must not cost every next
page a query for legal pages that did not change. Publishing, unpublishing, moving or
deleting a page, or changing who may see one, forgets it (`connect_signals`).
"""

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.utils import translation

from .models import LegalPage


def legal_pages(language: str | None = None) -> dict[str, LegalPage]:
    """{kind: live public page} in `language` (the active one by default), in the order
    of `LegalPage.Kind`; kept in the cache until the content changes."""
    language = language or translation.get_language() or settings.LANGUAGE_CODE
    key = _key(language)
    pages = cache.get(key)
    if pages is None:
        pages = _legal_pages(language)
        cache.set(key, pages, timeout=None)
    return pages


def _key(language: str) -> str:
    return f"legal-pages:{language}"


def forget_legal_pages(**kwargs):
    """Signal receiver: the legal pages may have changed. Forgotten at once and again
    after the commit, so that no request reads the old state in between and keeps it."""
    keys = [_key(code) for code, _name in settings.LANGUAGES]
    cache.delete_many(keys)
    transaction.on_commit(lambda: cache.delete_many(keys))


def connect_signals():
    from wagtail.models import Page, PageViewRestriction
    from wagtail.signals import page_published, page_unpublished, post_page_move

    for signal in (page_published, page_unpublished):
        signal.connect(forget_legal_pages, sender=LegalPage, dispatch_uid=f"legal_{id(signal)}")
    # A move or a deletion higher up the tree can take a legal page with it.
    post_page_move.connect(forget_legal_pages, dispatch_uid="legal_page_move")
    post_delete.connect(forget_legal_pages, sender=Page, dispatch_uid="legal_page_delete")
    post_delete.connect(forget_legal_pages, sender=LegalPage, dispatch_uid="legal_delete")
    for signal in (post_save, post_delete):
        signal.connect(
            forget_legal_pages,
            sender=PageViewRestriction,
            dispatch_uid=f"legal_restriction_{signal is post_save}",
        )


def _legal_pages(language: str) -> dict[str, LegalPage]:
    found = {}
    # Not `.public()`, which costs a query of every restriction of the site: a legal page
    # sits right under the home, so only its own restriction can hide it.
    pages = (
        LegalPage.objects.live()
        .filter(
            locale__language_code__in={language, settings.LANGUAGE_CODE},
            view_restrictions__isnull=True,
        )
        .select_related("locale")
    )
    for page in pages:
        if page.kind not in found or page.locale.language_code == language:
            found[page.kind] = page
    return {kind: found[kind] for kind in LegalPage.Kind.values if kind in found}


def terms_of_sale(language: str | None = None) -> LegalPage | None:
    """The terms of sale a buyer reads at the checkout in `language`."""
    return legal_pages(language).get(LegalPage.Kind.CGV)
