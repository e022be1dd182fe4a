from django.http import Http404

from wagtail.models import Page


class DirectRoutingMixin:
    """Resolve a URL below this page in two queries, whatever its depth.

    Wagtail walks the tree one level at a time: a child lookup and a `.specific` fetch per
    level, so an object at /fr/2021-shoku/kanazawa/<objet>/ costs seven queries before its
    view runs. Every page below this one has a `url_path` made of this page's and the slugs
    of the path, so a single query fetches all the pages the URL names; a page whose class
    routes on its own (`RoutablePageMixin`) takes over the rest of the path, as it would
    have with Wagtail's walk. Only the page served is fetched as its specific class.

    `route_select_related` on a page class names the relations its template always shows,
    fetched with the page itself. The pages met on the way are kept on the page served
    (`ancestors_of`), so breadcrumbs need no query of their own.
    """

    def route(self, request, path_components):
        # This page in the request's language, for the header (context_processors.py).
        request._localized_root = self
        if not path_components:
            return super().route(request, path_components)

        prefixes = [
            self.url_path + "/".join(path_components[:depth]) + "/"
            for depth in range(1, len(path_components) + 1)
        ]
        pages = {
            page.url_path: page
            for page in Page.objects.filter(
                path__startswith=self.path, depth__gt=self.depth, url_path__in=prefixes
            )
        }

        parent = self
        trail = [self]
        for depth, prefix in enumerate(prefixes, start=1):
            page = pages.get(prefix)
            if page is None or page.depth != self.depth + depth:
                raise Http404
            page._cached_parent_obj = parent
            remaining = path_components[depth:]
            if remaining and type(page).route is not page.specific_class.route:
                # A routable page (sub-URLs of its own) decides on the rest of the path.
                return _specific(page, parent, trail).route(request, remaining)
            parent = page
            trail.append(page)
        return _specific(parent, parent._cached_parent_obj, trail[:-1]).route(request, [])


def ancestors_of(page):
    """The page's ancestors from the home down, as routing found them, else from the tree."""
    trail = getattr(page, "_route_ancestors", None)
    if trail is None:
        trail = [ancestor for ancestor in page.get_ancestors() if ancestor.depth > 1]
        page._route_ancestors = trail
    return trail


def _specific(page, parent, trail):
    model = page.specific_class
    if model is None:
        raise Http404
    related = getattr(model, "route_select_related", ())
    specific = model._default_manager.select_related(*related).get(pk=page.pk)
    specific._cached_parent_obj = parent
    specific._route_ancestors = trail
    return specific
