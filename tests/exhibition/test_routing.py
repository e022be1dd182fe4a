"""The home page resolves a URL in one query for the path, and finds what Wagtail's walk finds."""

import pytest

from django.db import connection
from django.http import Http404
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from wagtail.models import Page

from catalogue.models import CraftObjectPage
from core.shared_rows import attach_shared_rows
from core.view_restrictions import private_sections
from exhibition.models import HomePage
from tests.factories import (
    CraftObjectPageFactory,
    ExhibitorPageFactory,
    MaterialFactory,
    material_index,
)

pytestmark = pytest.mark.django_db


def wagtail_walk(home, request, components):
    """Wagtail's own routing, one level at a time (the pages below don't override it)."""
    return Page.route(home, request, components)


@pytest.fixture
def request_():
    return RequestFactory().get("/")


def translation_queries(queries):
    return [q for q in queries if '"wagtailcore_page"."translation_key" =' in q["sql"]]


def routed_with_one_page_query_and_its_translations(home, request, obj):
    """`obj` routed, as its own class, for two page queries: itself and its translations."""
    with CaptureQueriesContext(connection) as queries:
        found = home.route(request, components(home, obj)).page
    pages = [q for q in queries if "wagtailcore_page" in q["sql"]]
    assert len(pages) == 2, [q["sql"] for q in pages]
    assert len(translation_queries(pages)) == 1
    assert found.pk == obj.pk and type(found) is CraftObjectPage
    return found


def components(home, page):
    return [part for part in page.url_path[len(home.url_path) :].split("/") if part]


def test_every_live_page_routes_to_itself_in_every_language(request_):
    for home in HomePage.objects.all():
        descendants = Page.objects.descendant_of(home).live().specific()
        assert descendants, home
        for page in descendants:
            result = home.route(request_, components(home, page))
            assert result.page.pk == page.pk
            assert type(result.page) is type(page)
            assert result.page == wagtail_walk(home, request_, components(home, page)).page


def test_routable_pages_keep_their_sub_urls(request_):
    home = HomePage.objects.get(locale__language_code="fr")
    path = [material_index().slug, MaterialFactory().slug]
    result = home.route(request_, path)
    view, args, kwargs = result.args
    assert kwargs == {"material_slug": path[1]}
    walked_view, walked_args, walked_kwargs = wagtail_walk(home, request_, path).args
    assert (view.__name__, args, kwargs) == (walked_view.__name__, walked_args, walked_kwargs)
    with pytest.raises(Http404):
        home.route(request_, [*path, "en-trop"])


@pytest.fixture
def tree():
    """An edition, two participations, an object under the first: their slugs by name."""
    obj = CraftObjectPageFactory()
    here = obj.get_parent()
    other = ExhibitorPageFactory(parent=here.get_parent())
    return {
        "edition": here.get_parent().slug,
        "here": here.slug,
        "other": other.slug,
        "obj": obj.slug,
    }


@pytest.mark.parametrize(
    "path",
    [
        ["inconnu"],
        ["edition", "inconnu"],
        ["edition", "here", "inconnu"],
        # A real object's slug under the wrong collectivité must not be found.
        ["edition", "other", "obj"],
        # Right slugs, one level skipped.
        ["edition", "obj"],
    ],
)
def test_unknown_or_misplaced_paths_are_not_found(request_, tree, path):
    home = HomePage.objects.get(locale__language_code="fr")
    with pytest.raises(Http404):
        home.route(request_, [tree.get(part, part) for part in path])


def test_an_unpublished_page_is_not_found_but_its_live_children_still_are(request_):
    home = HomePage.objects.get(locale__language_code="fr")
    obj = CraftObjectPageFactory()
    CraftObjectPageFactory(parent=obj.get_parent())
    path = components(home, obj)
    obj.unpublish()
    with pytest.raises(Http404):
        home.route(request_, path)

    exhibitor = obj.get_parent()
    sibling = CraftObjectPage.objects.child_of(exhibitor).live().first()
    exhibitor.unpublish()
    # As with Wagtail's walk: a live page under a draft parent is still served.
    assert home.route(request_, components(home, sibling)).page.pk == sibling.pk


def test_a_deep_page_costs_two_page_queries_and_its_translations_then_none_until_it_changes(
    request_, monkeypatch
):
    home = HomePage.objects.get(locale__language_code="fr")
    obj = CraftObjectPage.objects.filter(locale=home.locale).first()
    # The object's own relations aside (route_prefetch_related), and the rows every
    # object shares, read once per process and content generation (core/shared_rows.py).
    # Under no private section, its view restrictions cost nothing: the private sections
    # are known (the cache).
    monkeypatch.setattr(CraftObjectPage, "route_prefetch_related", ())
    attach_shared_rows(obj, CraftObjectPage.route_shared_rows)
    private_sections()
    with CaptureQueriesContext(connection) as queries:
        home.route(request_, components(home, obj))
    assert not [q for q in queries if "viewrestriction" in q["sql"]]
    assert len(queries) == 3
    assert len(translation_queries(queries)) == 1

    with CaptureQueriesContext(connection) as queries:
        found = home.route(request_, components(home, obj)).page
    assert len(queries) == 0
    assert found.pk == obj.pk and type(found) is CraftObjectPage


def test_with_its_sections_known_an_object_costs_one_page_query_and_its_translations(request_):
    home = HomePage.objects.get(locale__language_code="fr")
    obj = CraftObjectPageFactory()
    sibling = CraftObjectPageFactory(parent=obj.get_parent())
    home.route(request_, components(home, obj))  # the edition and collectivité: now known
    private_sections()

    found = routed_with_one_page_query_and_its_translations(home, request_, sibling)
    assert [page.pk for page in found._route_ancestors] == [
        page.pk for page in sibling.get_ancestors() if page.depth >= home.depth
    ]


def test_sections_are_read_once_for_all_so_an_object_anywhere_costs_one_page_query(request_):
    """Once one page was routed in this generation, an object under an edition and a
    collectivité never routed to before needs no query for them."""
    home = HomePage.objects.get(locale__language_code="fr")
    obj = CraftObjectPageFactory()
    elsewhere = CraftObjectPageFactory(parent=ExhibitorPageFactory())
    assert elsewhere.get_parent().pk != obj.get_parent().pk
    home.route(request_, components(home, obj))
    private_sections()

    routed_with_one_page_query_and_its_translations(home, request_, elsewhere)


def test_a_section_renamed_is_found_at_its_new_url_only(request_):
    home = HomePage.objects.get(locale__language_code="fr")
    obj = CraftObjectPageFactory()
    before = components(home, obj)
    home.route(request_, before)
    exhibitor = obj.get_parent().specific
    exhibitor.slug = f"{exhibitor.slug}-renomme"
    exhibitor.save_revision().publish()
    obj.refresh_from_db()

    with pytest.raises(Http404):
        home.route(request_, before)
    assert home.route(request_, components(home, obj)).page.pk == obj.pk
