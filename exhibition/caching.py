"""One number that says when the public content last changed, and what hangs off it.

Every cached page and fragment has the content generation in its key. Publishing,
unpublishing, moving or deleting a page, editing a snippet or an image, and any stock
movement bump it: the next request renders afresh and the old entries age out of the
cache by themselves. A whole-site bump is coarse, but the site changes a few times an
hour while it is read thousands of times, and nothing has to know which listings show
which object (a price appears on the object, its collectivité, both catalogues, the
material page, the home page...).
"""

import time

from django.core.cache import cache

GENERATION_KEY = "content-generation"


def content_generation() -> str:
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        generation = _new_generation()
        # add(): two processes starting at once agree on the first value.
        if not cache.add(GENERATION_KEY, generation, timeout=None):
            generation = cache.get(GENERATION_KEY, generation)
    return generation


def cached_for_content(key: str, compute, timeout: int = 3600):
    """`compute()`, kept in the cache until the content changes: one round trip when fresh.

    The entry carries the generation it was computed at and is fetched together with the
    current generation, so a stale entry is never used, on any app server.
    """
    found = cache.get_many([key, GENERATION_KEY])
    entry, generation = found.get(key), found.get(GENERATION_KEY)
    if entry is not None and generation is not None and entry[0] == generation:
        return entry[1]
    generation = generation or content_generation()
    value = compute()
    cache.set(key, (generation, value), timeout)
    return value


def content_changed(**kwargs):
    """Signal receiver and plain function: the public content changed."""
    cache.set(GENERATION_KEY, _new_generation(), timeout=None)


def _new_generation() -> str:
    # Time-based rather than an increment, so that a cache flushed or evicted under
    # memory pressure can never bring back a number that earlier entries were keyed on.
    return f"{time.time_ns():x}"


def connect_signals():
    from django.db.models.signals import post_delete, post_save

    from wagtail.signals import page_published, page_unpublished, post_page_move

    from catalogue.models import Artisan, CraftTradition, Material
    from exhibition.models import ExhibitionImage, Theme, Venue

    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(content_changed, dispatch_uid=f"content_changed_{id(signal)}")
    post_delete.connect(content_changed, sender="wagtailcore.Page", dispatch_uid="cc_page_del")
    for model in (Material, CraftTradition, Artisan, Theme, Venue, ExhibitionImage):
        for signal in (post_save, post_delete):
            signal.connect(
                content_changed,
                sender=model,
                dispatch_uid=f"content_changed_{signal is post_save}_{model.__name__}",
            )
