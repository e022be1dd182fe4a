from wagtail.models import Site


def site_navigation(request):
    """The site's root page, for the header navigation and breadcrumbs on every page."""
    site = Site.find_for_request(request) if request is not None else None
    root = site.root_page.localized if site else None
    if root is None:
        return {"site_root": None, "nav_pages": []}
    return {
        "site_root": root,
        "nav_pages": root.get_children().live().in_menu(),
    }
