"""Production compresses HTML, and a page from the page cache comes out compressed too.

The production middleware list is read from config.settings.production in a subprocess
(as tests/test_production_settings.py does) and then run in this process on the test
database, so the request goes through the real stack in production's order.
"""

import gzip

import pytest

from django.core.cache import cache
from django.test import RequestFactory, override_settings

from core.page_cache import AnonymousPageCacheMiddleware
from tests.factories import CraftObjectPageFactory
from tests.test_production_settings import production_env, snapshot

pytestmark = pytest.mark.django_db

GZIP = "django.middleware.gzip.GZipMiddleware"
PAGE_CACHE = "core.page_cache.AnonymousPageCacheMiddleware"


@pytest.fixture(scope="module")
def production_middleware(tmp_path_factory):
    return snapshot(production_env(tmp_path_factory.mktemp("prod")))["middleware"]


@pytest.fixture
def production_stack(settings, production_middleware):
    with override_settings(MIDDLEWARE=production_middleware, PAGE_CACHE=True):
        cache.clear()
        yield
        cache.clear()


def test_gzip_wraps_the_page_cache_so_that_pages_it_does_not_cache_are_compressed_too(
    production_middleware,
):
    assert production_middleware.index(GZIP) < production_middleware.index(PAGE_CACHE)


def test_the_page_cache_stores_pages_gzipped_and_serves_them_as_stored(client, production_stack):
    """Five times less memory in the cache, and no compression per hit: GZipMiddleware
    pads each body it compresses with random bytes, so two hits compressed again would
    differ; served as stored, they are the same bytes."""
    url = CraftObjectPageFactory().url
    miss, *hits = [client.get(url, HTTP_ACCEPT_ENCODING="gzip") for _ in range(3)]
    entry = cache.get(AnonymousPageCacheMiddleware._key(RequestFactory().get(url)))
    assert entry is not None and "content" not in entry
    html = gzip.decompress(entry["gzip"]).decode()
    assert html.rstrip().endswith("</html>") and len(entry["gzip"]) < len(html) / 3
    assert [r["X-Page-Cache"] for r in hits] == ["HIT", "HIT"]
    assert miss.content == hits[0].content == hits[1].content == entry["gzip"]


def test_html_is_gzipped_on_a_miss_and_on_a_page_cache_hit(client, production_stack):
    url = CraftObjectPageFactory().url
    responses = [client.get(url, HTTP_ACCEPT_ENCODING="gzip, deflate, br") for _ in range(2)]
    assert [r["X-Page-Cache"] for r in responses] == ["MISS", "HIT"]
    for response in responses:
        assert response.status_code == 200
        assert response["Content-Encoding"] == "gzip"
        assert "Accept-Encoding" in response["Vary"]
        html = gzip.decompress(response.content).decode()
        assert "</html>" in html
        assert len(response.content) < len(html) / 2


def test_a_client_without_gzip_gets_the_plain_page_from_the_same_cache_entry(
    client, production_stack
):
    url = CraftObjectPageFactory().url
    client.get(url, HTTP_ACCEPT_ENCODING="gzip")
    plain = client.get(url)
    assert plain["X-Page-Cache"] == "HIT"
    assert not plain.has_header("Content-Encoding")
    assert "Accept-Encoding" in plain["Vary"]
    assert plain.content.decode().rstrip().endswith("</html>")
