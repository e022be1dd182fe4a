"""What apps add to the pages of the apps below them.

A page lists what it owns; what an app built on top of it knows is not its to fetch: an
edition's workshops, a collectivité's objects, an object's «add to cart» address. Such an
app registers a provider for the page type in its AppConfig.ready():

    register_page_context(CollectivitePage, collectivite_objects)

and the page merges what the providers return into its context (`extended_context`). A
provider takes the page and the request and returns a dict; with no provider the page
renders without those parts, as it would on a site without that app.
"""

from collections import defaultdict
from collections.abc import Callable

Provider = Callable[..., dict]

_providers: dict[type, list[Provider]] = defaultdict(list)


def register_page_context(page_class: type, provider: Provider) -> None:
    if provider not in _providers[page_class]:
        _providers[page_class].append(provider)


def extended_context(page, request) -> dict:
    """What the providers registered for the page's class (or its bases) add."""
    extra = {}
    for cls in type(page).__mro__:
        for provider in _providers.get(cls, ()):
            extra.update(provider(page, request))
    return extra


class ExtendedContextMixin:
    """For a page type that others may add to: its context gets what they registered."""

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(extended_context(self, request))
        return context
