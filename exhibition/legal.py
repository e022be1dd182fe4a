"""The legal pages a visitor is shown, by kind: the footer's links, the checkout's terms.

A page missing in the visitor's language is replaced by the French one, the text of
reference; a kind with no published page at all is simply absent, so that no link leads
nowhere.
"""

from django.conf import settings
from django.utils import translation

from core.caching import cached_for_content

from .models import LegalPage


def legal_pages(language: str | None = None) -> dict[str, LegalPage]:
    """{kind: live public page} in `language` (the active one by default), in the order
    of `LegalPage.Kind`; kept in the cache until the content changes."""
    language = language or translation.get_language() or settings.LANGUAGE_CODE
    return cached_for_content(f"legal-pages:{language}", lambda: _legal_pages(language))


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
