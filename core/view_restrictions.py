"""Private sections (pages with a view restriction) known without a query per listing.

Wagtail's `PageQuerySet.public()` reads every PageViewRestriction each time it is called,
once per listing on each request. They change rarely, and each change starts a new content
generation (core/caching.py), so their paths are kept until then.
"""

from django.db.models import Q

from core.caching import cached_for_content


def private_sections() -> list[tuple[str, int]]:
    """(path, depth) of every page that has a view restriction."""
    from wagtail.models import PageViewRestriction

    return cached_for_content(
        "private-sections",
        lambda: list(PageViewRestriction.objects.values_list("page__path", "page__depth")),
        tags=(),
    )


class KnownPrivateSectionsMixin:
    """For a PageQuerySet: `public()` and `not_public()` from the cached private sections."""

    def private_q(self):
        q = Q()
        for path, depth in private_sections():
            # As Wagtail's descendant_of_q(restricted page, inclusive=True).
            q |= Q(path__startswith=path) & Q(depth__gte=depth)
        return q if q else Q(pk__in=[])
