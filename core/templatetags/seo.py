from urllib.parse import urlsplit

from django import template
from django.conf import settings
from django.template.defaultfilters import striptags, truncatechars
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from wagtail.images.shortcuts import get_renditions_or_not_found

from core import public_url

register = template.Library()

OG_LOCALES = {"fr": "fr_FR", "en": "en_GB", "ja": "ja_JP"}
DESCRIPTION_LENGTH = 160


def canonical_url(request, page):
    """The page's own URL, absolute, without filters or sorting; only `page` survives."""
    if page is not None and hasattr(page, "get_full_url"):
        url = page.get_full_url(request)
        # A routable page's sub-route (a material) keeps its own path below the page.
        page_path = urlsplit(page.get_url(request) or "").path
        if page_path and request.path.startswith(page_path):
            url += request.path[len(page_path) :]
    else:
        url = public_url.absolute_url(request.path)
    number = request.GET.get("page", "")
    # isdecimal() also refuses "²" that isdigit() takes; a page number has few digits.
    if number.isdecimal() and len(number) <= 6 and int(number) > 1:
        url += f"?page={int(number)}"
    return url


def page_description(page):
    for name in ("search_description", "lead", "summary"):
        value = getattr(page, name, "")
        if value:
            return value
    return ""


@register.simple_tag(takes_context=True)
def seo_meta(context, title=None, description=None, image=None, noindex=False):
    """What the <head> tells search engines and social networks about this view.

    Pages may refine it with `og_type` and `og_image(context)`; templates of
    non-page views pass `title`, `description` or `image`.
    """
    request = context["request"]
    page = context.get("page")
    is_page = page is not None and hasattr(page, "get_full_url")
    match = request.resolver_match
    noindex = noindex or bool(
        match
        and (
            match.namespace in settings.SEO_NOINDEX_NAMESPACES
            or match.url_name in settings.SEO_NOINDEX_URL_NAMES
        )
    )
    if is_page:
        title = title or page.seo_title or page.title
        description = description or page_description(page)
        if not image:
            image = page.og_image(context) if hasattr(page, "og_image") else page.hero_image
    description = description or _(
        "Synergies entre tradition et modernité : l’artisanat local du Japon à la pointe "
        "de l’innovation, en ligne et à la Maison de la Culture du Japon à Paris."
    )
    return {
        "title": title or _("Tradition et Modernité"),
        "description": truncatechars(" ".join(striptags(description).split()), DESCRIPTION_LENGTH),
        "canonical": canonical_url(request, page if is_page else None),
        "og_type": getattr(page, "og_type", "website") if is_page else "website",
        "locale": OG_LOCALES.get((get_language() or "fr")[:2], "fr_FR"),
        "image": image,
        "noindex": noindex,
    }


@register.filter
def absolute_url(request, url):
    """`url` on the site's public address (PUBLIC_BASE_URL), whatever host the request
    came in on. `request` is kept for the templates that pass it."""
    return public_url.absolute_url(url)


# The Open Graph image's size: made with an object's other renditions when it is
# published (catalogue/renditions.py).
OG_IMAGE_SPEC = "fill-1200x630|format-jpeg"


@register.simple_tag
def og_image(image):
    """The Open Graph rendition of `image`. Wagtail's `{% image %}` writes the rendition
    back to the shared cache on every page it renders, even when the page read it with its
    gallery; `get_renditions` does not. (A missing original gives Wagtail's «not found»
    rendition, as the tag does.)"""
    return get_renditions_or_not_found(image, [OG_IMAGE_SPEC])[OG_IMAGE_SPEC]
