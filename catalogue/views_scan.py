"""`/o/<SKU>/`: the short address printed as a QR code on an object's label in the hall.

Outside the language prefixes: the label is printed once, in French, for visitors of every
language. The view picks the visitor's language from Accept-Language (the first of the
site's languages that has a live translation of the object, else French), counts the scan
on the French page, and redirects to the object's page at its feedback form, with the
hall cookie (catalogue.hall). The redirect depends on the visitor and counts: never
cached, by the page cache or by anyone else.
"""

import re

from django.conf import settings
from django.http import Http404, HttpResponseRedirect
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.translation import get_supported_language_variant
from django.utils.translation.trans_real import parse_accept_lang_header

from catalogue.hall import FEEDBACK_ANCHOR, mark_hall_visit
from catalogue.models import CraftObjectPage, ObjectScan

# What a SKU may look like (KNZ-001, TKO.12_b); anything else is not one of ours.
SKU_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,39}")
# Link previews, crawlers and monitors follow the URL too: they are not visitors in the hall.
BOT_PATTERN = re.compile(
    r"bot|crawl|spider|slurp|preview|facebookexternalhit|whatsapp|curl|wget|python-|"
    r"httpclient|monitor|headless",
    re.IGNORECASE,
)


def scan(request, sku: str):
    if not SKU_PATTERN.fullmatch(sku):
        raise Http404
    source = (
        CraftObjectPage.objects.live()
        .public()
        .filter(locale__language_code=settings.LANGUAGE_CODE, sku__iexact=sku)
        .first()
    )
    if source is None:
        raise Http404
    page = _in_visitors_language(source, request.headers.get("Accept-Language", ""))
    if _counts(request):
        ObjectScan.record(
            page_id=source.pk, day=timezone.localdate(), language=page.locale.language_code
        )
    response = HttpResponseRedirect(f"{page.get_url(request=request)}#{FEEDBACK_ANCHOR}")
    patch_cache_control(response, private=True, no_store=True)
    return mark_hall_visit(response, source.sku)


def _in_visitors_language(source: CraftObjectPage, accept_language: str) -> CraftObjectPage:
    for language in visitor_languages(accept_language):
        if language == settings.LANGUAGE_CODE:
            return source
        translation = (
            CraftObjectPage.objects.live()
            .public()
            .filter(translation_key=source.translation_key, locale__language_code=language)
            .select_related("locale")
            .first()
        )
        if translation is not None:
            return translation
    return source


def visitor_languages(accept_language: str) -> list[str]:
    """The site's languages in the visitor's order of preference: "ja, en;q=0.8" → ja, en."""
    languages = []
    for code, _quality in parse_accept_lang_header(accept_language[:255]):
        if code == "*":
            continue
        try:
            language = get_supported_language_variant(code)
        except LookupError:
            continue
        if language not in languages:
            languages.append(language)
    return languages


def _counts(request) -> bool:
    if request.method != "GET":
        return False
    return not BOT_PATTERN.search(request.headers.get("User-Agent", ""))
