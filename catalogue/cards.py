"""Object cards, rendered once per object and shared by every listing.

A card is the same HTML on the catalogue and each of its filtered views, on the material,
collectivité and exhibitor pages, in the search results and below other objects. Rendering
24 of them (a picture with its renditions, price, links) is most of a listing's cost, so
each is kept in the cache by object, language, site and heading level until that object
or the site changes (core/caching.py). A listing then asks for its objects' keys in one round
trip and renders only the cards it has never seen.
"""

from django.db.models import prefetch_related_objects
from django.template.loader import get_template
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from wagtail.models import Site

from catalogue.renditions import cover_prefetch
from core.caching import WithTags, cached_many_for_content, object_tag

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
        # Objects fetched with what a card shows are rendered as they are, their gallery
        # added in one query; the others are read again, by pk.
        given = [obj for obj in objects if _has_card_fields(obj) and obj.pk in wanted]
        prefetch_related_objects(given, cover_prefetch())
        rest = [pk for pk in wanted if pk not in {obj.pk for obj in given}]
        found = [
            *given,
            *(CraftObjectPage.objects.filter(pk__in=rest).for_listing() if rest else ()),
        ]
        return {
            f"{prefix}{obj.pk}": WithTags(
                mark_safe(  # noqa: S308 - the template escaped it
                    template.render({"object": obj, "heading": heading, "request": request})
                ),
                (object_tag(obj.translation_key),),
            )
            for obj in found
        }

    # A card shows its object only: renewed by that object's sales and publications (its
    # tag) and by the site, not when another object changes.
    cards = cached_many_for_content([f"{prefix}{pk}" for pk in pks], render, tags_of=lambda key: ())
    # An object unpublished between the listing's query and now has no card: skipped.
    return [cards[key] for key in (f"{prefix}{pk}" for pk in pks) if key in cards]


def _has_card_fields(obj) -> bool:
    """Whether `obj` is a page read whole with its collectivité, material and craft."""
    fields = getattr(getattr(obj, "_state", None), "fields_cache", {})
    return (
        all(name in fields for name in ("collectivite", "material", "craft"))
        and not obj.get_deferred_fields()
    )
