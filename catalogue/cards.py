"""Object cards, rendered once per content generation and shared by every listing.

A card is the same HTML on the catalogue and each of its filtered views, on the material,
collectivité and exhibitor pages, in the search results and below other objects. Rendering
24 of them (a picture with its renditions, price, links) is most of a listing's cost, so
each is kept in the cache by object, language, site and heading level until the content
changes (core/caching.py). A listing then asks for its objects' keys in one round
trip and renders only the cards it has never seen.
"""

from django.template.loader import get_template
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from wagtail.models import Site

from core.caching import cached_many_for_content

TEMPLATE = "components/object_card.html"
HEADINGS = {"h2", "h3", "h4"}


def object_cards(objects, *, request=None, heading: str = "h3") -> list[SafeString]:
    """The cards of `objects` (craft object pages or their pks), in their order."""
    if heading not in HEADINGS:
        raise ValueError(f"heading must be one of {sorted(HEADINGS)}, not {heading!r}")
    pks = [getattr(obj, "pk", obj) for obj in objects]
    if not pks:
        return []
    # Links are relative on the request's own site, absolute on another: part of the key.
    site = getattr(Site.find_for_request(request), "pk", "") if request is not None else ""
    prefix = f"card:{site}:{get_language()}:{heading}:"

    def render(missing_keys):
        from catalogue.models import CraftObjectPage

        wanted = [int(key.rsplit(":", 1)[1]) for key in missing_keys]
        template = get_template(TEMPLATE)
        found = CraftObjectPage.objects.filter(pk__in=wanted).for_listing()
        return {
            f"{prefix}{obj.pk}": mark_safe(  # noqa: S308 - the template escaped it
                template.render({"object": obj, "heading": heading, "request": request})
            )
            for obj in found
        }

    cards = cached_many_for_content([f"{prefix}{pk}" for pk in pks], render)
    # An object unpublished between the listing's query and now has no card: skipped.
    return [cards[key] for key in (f"{prefix}{pk}" for pk in pks) if key in cards]
