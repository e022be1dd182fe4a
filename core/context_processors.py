from wagtail.models import Site

from core.caching import cached_for_content, content_generation


def site_navigation(request):
    """The site's root page and the header's menu, on every page.

    Routing already found the home page in the visitor's language; the menu changes only
    when pages are published, so it is kept in the cache until then.
    """
    shared = {
        # A callable: read from the cache only by templates that key a fragment on it.
        "content_generation": content_generation,
    }
    root = getattr(request, "_localized_root", None) if request is not None else None
    if root is None:
        site = Site.find_for_request(request) if request is not None else None
        root = site.root_page.localized if site else None
    if root is None:
        return {**shared, "site_root": None, "nav_pages": []}
    return {
        **shared,
        "site_root": root,
        "nav_pages": cached_for_content(
            f"nav-pages:{root.pk}",
            lambda: list(root.get_children().live().in_menu()),
            tags=(),
        ),
    }
