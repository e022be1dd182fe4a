"""Query strings: the catalogue's filters, sort and page, the site search and the API.

The catalogue reports a bad filter value and ignores it (catalogue/filters.py); the
search refuses a too long query with a 400; the API answers 400 to what it cannot parse.
"""

from urllib.parse import quote

import pytest
from hypothesis import given
from hypothesis import strategies as st

from django.test import Client

from catalogue.models import CataloguePage, Material, MaterialIndexPage

from .conftest import nul_refused, probe
from .strategies import fuzz, hostile_values, query_dicts, query_strings, raw_escapes

pytestmark = pytest.mark.django_db

FILTERS = ["collectivite", "materiau", "tag", "prix_min", "prix_max", "disponible", "tri", "page"]
API_PARAMS = [
    "collectivite",
    "material",
    "tag",
    "available",
    "locale",
    "search",
    "search_operator",
    "order",
    "offset",
    "limit",
    "fields",
    "type",
    "child_of",
    "descendant_of",
    "translation_of",
    "id",
    "format",
]


def catalogue_urls():
    urls = [page.url for page in CataloguePage.objects.live()]
    index = MaterialIndexPage.objects.live().filter(locale__language_code="fr").first()
    material = Material.objects.filter(locale=index.locale).first()
    urls.append(f"{index.url}{material.slug}/")
    return urls


@fuzz(150)
@given(data=st.data(), query=query_dicts(FILTERS))
def test_catalogue_filters_ignore_bad_values(data, query):
    url = data.draw(st.sampled_from(catalogue_urls()), label="url")
    response = probe("catalogue filters (params)", Client(), "GET", url, data=query)
    # Bad values are reported in the page and ignored: the catalogue is still shown.
    assert response.status_code == 200 or nul_refused(response), response.status_code


@fuzz(100)
@given(data=st.data(), query=query_strings(FILTERS))
def test_catalogue_raw_query_strings(data, query):
    url = data.draw(st.sampled_from(catalogue_urls()), label="url")
    response = probe("catalogue filters (raw query)", Client(), "GET", f"{url}?{query}")
    assert response.status_code == 200 or nul_refused(response), response.status_code


@pytest.mark.parametrize(
    "query",
    [
        "prix_min=abc",
        "prix_min=-5",
        "prix_min=1e999",
        "prix_max=NaN",
        "prix_min=50&prix_max=10",
        "tri=%27;DROP",
        "materiau=inconnu",
        "page=-1",
        "page=99999999999999999999",
        "page=1&page=2",
        "prix_min=%ff%fe",
    ],
)
def test_a_bad_filter_is_reported_not_fatal(query):
    """The design: the page stays a 200 with the catalogue, the bad value is dropped."""
    url = CataloguePage.objects.live().filter(locale__language_code="fr").first().url
    response = probe("catalogue filters (fixed)", Client(), "GET", f"{url}?{query}")
    assert response.status_code == 200
    assert response.context["page_obj"].paginator.count > 0


@fuzz(120)
@given(
    q=st.one_of(hostile_values.map(lambda vs: vs[0]), raw_escapes),
    page=st.one_of(st.none(), hostile_values),
    language=st.sampled_from(["fr", "en", "ja"]),
)
def test_search_never_fails(q, page, language):
    encoded = q if q.startswith("%") else quote(q, safe="")
    url = f"/{language}/recherche/?q={encoded}"
    if page is not None:
        url += "".join(f"&page={quote(p, safe='')}" for p in page)
    response = probe("search", Client(), "GET", url)
    # A too long query is a 400 that says so; anything else is results or none.
    assert response.status_code in (200, 400), response.status_code


@fuzz(150)
@given(query=st.one_of(query_dicts(API_PARAMS), query_strings(API_PARAMS)))
def test_api_answers_bad_parameters_with_400(query):
    client = Client()
    if isinstance(query, str):
        response = probe("API /api/v2/objects/", client, "GET", f"/api/v2/objects/?{query}")
    else:
        response = probe("API /api/v2/objects/", client, "GET", "/api/v2/objects/", data=query)
    # 404: ?child_of=<no such page>, answered in JSON (core/locale.py).
    if not nul_refused(response):
        assert response.status_code in (200, 400, 404), response.status_code
        assert response["Content-Type"].startswith("application/json")


def test_api_unknown_locale_is_a_400_that_says_which_exist():
    response = probe("API /api/v2/objects/", Client(), "GET", "/api/v2/objects/?locale=xx")
    assert response.status_code == 400
    assert response.json() == {"message": "locale must be one of: fr, en, ja"}


@pytest.mark.parametrize("q", ["%00", "a%00b", "kutani%00yaki", "%22", "kutani%22yaki"])
def test_search_with_control_characters_is_not_a_server_error(q):
    """SQLite's FTS5 fails on a NUL byte or an unpaired double quote ("unterminated
    string"); PostgreSQL refuses NUL bytes in a query."""
    response = probe("search", Client(), "GET", f"/fr/recherche/?q={q}")
    assert response.status_code in (200, 400)


@fuzz(40)
@given(object_id=st.one_of(st.integers(), hostile_values.map(lambda vs: quote(vs[0], safe=""))))
def test_api_detail_of_unknown_ids_is_404(object_id):
    response = probe("API /api/v2/objects/<id>/", Client(), "GET", f"/api/v2/objects/{object_id}/")
    # 301: an id whose quoting hides the trailing slash (CommonMiddleware's APPEND_SLASH).
    assert response.status_code in (200, 301, 404), response.status_code


def test_an_api_404_stays_a_json_404_without_a_language_redirect():
    response = probe("API /api/v2/objects/<id>/", Client(), "GET", "/api/v2/objects/0/")
    assert response.status_code == 404
    assert response["Content-Type"].startswith("application/json")


@pytest.mark.parametrize(
    "url",
    ["/api/v2/objects/?collectivite=%00", "/fr/recherche/?q=a%00b", "/fr/boutique/commande/%00/"],
)
def test_a_nul_byte_in_the_address_is_a_400_that_says_so(url):
    response = probe("NUL byte in the address", Client(), "GET", url)
    assert response.status_code == 400
    assert "caractère nul" in response.content.decode()
