import functools
import hashlib
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.http import Http404

from wagtail.models import Page, get_page_models

from core import page_cache
from core.caching import Unkept, cached_for_content, content_generation, note_tags
from core.shared_rows import attach_shared_rows
from core.view_restrictions import private_sections


@dataclass
class Resolution:
    """What a URL below the home names: the page to serve, as its specific class, with its
    ancestors, the view restrictions on them, and the rest of the path for a routable page.
    """

    page: Page
    remaining: list[str]
    restrictions: list = field(default_factory=list)
    # {language code: (pk, url_path)} of its live versions, for the language switcher and
    # hreflang links (core/templatetags/languages.py): found with the page, kept with it.
    translations: dict = field(default_factory=dict)


class DirectRoutingMixin:
    """Resolve a URL below this page in one or two queries, whatever its depth, and
    remember it.

    Wagtail walks the tree one level at a time: a child lookup and a `.specific` fetch per
    level, so an object at /fr/2021-shoku/kanazawa/<objet>/ costs seven queries before its
    view runs. Every page below this one has a `url_path` made of this page's and the slugs
    of the path, so a single query fetches all the pages the URL names; a page whose class
    routes on its own (`RoutablePageMixin`) takes over the rest of the path, as it would
    have with Wagtail's walk. Only the page served is fetched as its specific class.

    The sections on the way (an edition, a collectivité: every page whose publication
    starts a new content generation, objects aside) are read by each process once per
    generation, all in one query (a few hundred rows); when the parent admits one page
    type only, the page served is fetched directly as that type: one query instead of two
    for a first view of an object, from the first object a process serves.

    The resolution, page and translations included, is kept in the cache until it changes
    (core/caching.py): an object's publication or stock movement (its tag), any other
    page's publication or a new view restriction (the site). A page class with
    `cache_anonymous = False` (live booking counts) is read again from the database on
    each request; only its place is remembered. For an anonymous visitor whose page the
    page cache stores whole, the resolution is not kept: that page is what the next
    visitor gets.

    `route_select_related` and `route_prefetch_related` on a page class name the relations
    its template always shows, fetched with the page itself; `route_shared_rows`, those
    that point to a few rows many pages share, taken from memory (core/shared_rows.py).
    The pages met on the way are kept on the page served (`ancestors_of`), so breadcrumbs
    need no query of their own.
    """

    @property
    def localized(self):
        # Wagtail asks on every request (Site root -> visitor's language): three queries.
        from core.sites import localized_home

        return localized_home(self)

    def route(self, request, path_components):
        # This page in the request's language, for the header (context_processors.py).
        request._localized_root = self
        path = "/".join(path_components)
        key = f"route:{self.pk}:{hashlib.sha1(path.encode()).hexdigest()}"
        resolution = cached_for_content(
            key, lambda: _kept(self._resolved(path_components), request), tags=()
        )
        if resolution is None:  # no such page: remembered too, bots probe many URLs
            raise Http404
        page = resolution.page
        if getattr(page, "cache_anonymous", True) is False:
            page = _specific(page, page._cached_parent_obj, page._route_ancestors)
        # (None in a resolution cached by an older release: asked by the template then.)
        page._translations = getattr(resolution, "translations", None)
        # Wagtail's check_view_restrictions hook asks the page (two queries): already known.
        # (A partial, not a lambda: the page may end up pickled in another cached value.)
        page.get_view_restrictions = functools.partial(list, resolution.restrictions)
        if isinstance(page, DirectRoutingMixin):  # this page itself: Wagtail's own answer
            return super(DirectRoutingMixin, page).route(request, resolution.remaining)
        return page.route(request, resolution.remaining)

    def _resolved(self, path_components) -> Resolution | None:
        """What the cache keeps: a page found until it changes (an object's own tag, the
        site for any other page), «not found» until a page is published."""
        resolution = self._resolve(path_components)
        if resolution is None:
            note_tags("pages")
        else:
            # A version published in another language: the object's own tag (it names the
            # object in every language), the site for any other page.
            note_tags(*getattr(resolution.page, "cache_tags", ()))
            resolution.translations = translations_of(resolution.page)
        return resolution

    def _resolve(self, path_components) -> Resolution | None:
        if not path_components:
            return _resolution(self, []) if self.live else None
        prefixes = [
            self.url_path + "/".join(path_components[:depth]) + "/"
            for depth in range(1, len(path_components) + 1)
        ]
        sections = _known_sections()
        pages = {prefix: sections[prefix] for prefix in prefixes[:-1] if prefix in sections}
        if len(pages) == len(prefixes) - 1:
            leaf = _direct_leaf(pages.get(prefixes[-2], self) if pages else self, prefixes[-1])
            if leaf is not None:
                pages[prefixes[-1]] = leaf
        missing = [prefix for prefix in prefixes if prefix not in pages]
        if missing:
            for page in Page.objects.filter(
                path__startswith=self.path, depth__gt=self.depth, url_path__in=missing
            ):
                pages[page.url_path] = page
                _remember_section(sections, page)

        parent = self
        trail = [self]
        for depth, prefix in enumerate(prefixes, start=1):
            page = pages.get(prefix)
            if page is None or page.depth != self.depth + depth:
                return None
            page._cached_parent_obj = parent
            remaining = path_components[depth:]
            if remaining and type(page).route is not page.specific_class.route:
                # A routable page (sub-URLs of its own) decides on the rest of the path.
                return _resolution(_specific(page, parent, trail), remaining)
            parent = page
            trail.append(page)
        if parent.specific_class is None:
            return None
        if isinstance(parent, parent.specific_class):  # fetched as such (_direct_leaf)
            parent._route_ancestors = trail[:-1]
            return _resolution(parent, [])
        return _resolution(_specific(parent, parent._cached_parent_obj, trail[:-1]), [])


def _kept(resolution, request):
    """The resolution to keep, or `Unkept`: an anonymous visitor's page is kept whole by
    the page cache (core/page_cache.py), so its route (some 12 kB pickled) would only be
    written. Kept for everyone else (a buyer with a cart, a page not cached whole), when
    no page is found (bots probe many URLs), and for a URL with a query string (the
    catalogue's filters: many pages cached whole, one route)."""
    if (
        resolution is not None
        and not request.META.get("QUERY_STRING")
        and getattr(resolution.page, "cache_anonymous", True)
        and page_cache.will_store(request)
    ):
        return Unkept(resolution)
    return resolution


def translations_of(page) -> dict:
    """{language code: (pk, url_path)} of the page's live versions, itself included."""
    return {
        code: (pk, url_path)
        for code, pk, url_path in Page.objects.filter(
            translation_key=page.translation_key, live=True
        ).values_list("locale__language_code", "pk", "url_path")
    }


def ancestors_of(page):
    """The page's ancestors from the home down, as routing found them, else from the tree."""
    trail = getattr(page, "_route_ancestors", None)
    if trail is None:
        trail = [ancestor for ancestor in page.get_ancestors() if ancestor.depth > 1]
        page._route_ancestors = trail
    return trail


def _resolution(page, remaining):
    # Most pages are under no restriction: the cached list of private sections says so
    # without the two queries Wagtail's get_view_restrictions() makes.
    if not any(page.path.startswith(path) for path, _depth in private_sections()):
        return Resolution(page, remaining, [])
    return Resolution(page, remaining, list(page.get_view_restrictions()))


def _specific(page, parent, trail):
    model = page.specific_class
    if model is None:
        raise Http404
    specific = _fetch_specific(model, pk=page.pk)[0]
    specific._cached_parent_obj = parent
    specific._route_ancestors = trail
    return specific


def _fetch_specific(model, **lookup) -> list:
    """The pages of `model` matching `lookup`, with what its template always shows."""
    found = list(
        model._default_manager.select_related("locale", *getattr(model, "route_select_related", ()))
        .prefetch_related(*getattr(model, "route_prefetch_related", ()))
        .filter(**lookup)
        # One page (a pk, or a URL under one parent): Page's ordering by path orders
        # nothing here. (Dropping it saved no time measurably: in the noise of 3 runs.)
        .order_by()
    )
    for page in found:
        attach_shared_rows(page, getattr(model, "route_shared_rows", {}))
    return found


# {generation: {url_path: page}}: the sections met on the way, this generation's only (the
# generation is in the key, as in core/shared_rows.py, for threads serving older requests).
_sections: dict = {}


def _known_sections() -> dict:
    generation = content_generation()
    known = _sections.get(generation)
    if known is None:
        known = _all_sections()
        for old in [key for key in list(_sections) if key != generation]:
            _sections.pop(old, None)
        _sections[generation] = known
    return known


def _all_sections() -> dict:
    """{url_path: page} of every page but those whose own changes renew their tag only
    (objects, `changed_tags`): those are the leaves, and the many."""
    leaves = [model for model in get_page_models() if hasattr(model, "changed_tags")]
    sections = {}
    for page in Page.objects.filter(depth__gt=1).exclude(
        content_type__in=ContentType.objects.get_for_models(*leaves).values()
    ):
        _remember_section(sections, page)
    return sections


def _remember_section(sections: dict, page) -> None:
    # Only pages whose publication, move or deletion starts a new generation: an object's
    # own changes renew its tag only (`changed_tags`, core/caching.py's page_changed).
    model = page.specific_class
    if model is not None and not hasattr(model, "changed_tags"):
        sections[page.url_path] = page


def _direct_leaf(parent, url_path):
    """The page at `url_path`, fetched at once as its specific class when `parent` admits
    one page type only and routes no sub-URLs of its own; else None (not found included:
    Wagtail's tree may hold an older type, the generic query then says)."""
    model = parent.specific_class
    if model is None or type(parent).route is not model.route:
        return None
    children = model.allowed_subpage_models()
    if len(children) != 1:
        return None
    found = _fetch_specific(
        children[0], path__startswith=parent.path, depth=parent.depth + 1, url_path=url_path
    )
    if not found:
        return None
    found[0]._cached_parent_obj = parent
    return found[0]
