"""Through Varnish, as production runs it (deploy/varnish/site.vcl): anonymous pages are
served from it, and the site's purges (core/http_cache.py) make a sale or a publication
show at the next visit — never the old price or stock. Pages for one visitor never are.
"""

import http.client
import urllib.request
from dataclasses import dataclass
from decimal import Decimal

import pytest

from django.db import transaction

from catalogue.models import CraftObjectPage
from deploy.varnish.launcher import Varnish, varnishd
from shop.services.stock import stock_reserve
from tests.factories import CraftObjectPageFactory, WorkshopPageFactory, site_on_empty_database

pytestmark = [
    pytest.mark.transactional,
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        varnishd() is None,
        reason="varnishd is missing: scripts/test.sh installs Debian's varnish and varnish-modules",
    ),
]


@pytest.fixture(scope="module")
def varnish(live_server, tmp_path_factory):
    port = live_server.url.rsplit(":", 1)[1]
    with Varnish(backend=f"127.0.0.1:{port}", workdir=tmp_path_factory.mktemp("varnish")) as proxy:
        yield proxy


@pytest.fixture(autouse=True)
def site_purges_varnish(settings, varnish):
    settings.HTTP_CACHE_PURGE_URLS = [varnish.url]
    settings.HTTP_CACHE_REPURGE_SECONDS = 0  # the second purge is tested in test_purger.py
    settings.PAGE_CACHE = True  # both caches, as production runs them
    site_on_empty_database()
    yield
    # The next test's pages may get the same primary keys: nothing of this one stays.
    purge(varnish, "site")


@dataclass
class Answer:
    status: int
    headers: dict
    text: str

    @property
    def cache(self):
        return self.headers.get("X-Cache")


def get(varnish, path, **headers) -> Answer:
    request = urllib.request.Request(varnish.url + path, headers=headers)
    with urllib.request.urlopen(request, timeout=30) as response:
        return Answer(response.status, response.headers, response.read().decode())


def purge(varnish, tags):
    request = urllib.request.Request(varnish.url + "/", method="PURGE")
    request.add_header("xkey-purge", tags)
    urllib.request.urlopen(request, timeout=5).close()


def cached(varnish, page) -> Answer:
    """The page fetched twice: rendered once, then served by Varnish."""
    first = get(varnish, page.url)
    assert first.cache == "MISS", first.headers
    second = get(varnish, page.url)
    assert second.cache == "HIT", second.headers
    return second


def plain(text):
    return text.replace("\u202f", " ").replace("\xa0", " ")


def test_an_object_page_is_rendered_once_then_served_by_varnish_without_its_tags(varnish):
    piece = CraftObjectPageFactory()
    answer = cached(varnish, piece)
    assert piece.title in answer.text
    assert "xkey" not in answer.headers
    # Browsers revalidate; s-maxage was for Varnish alone.
    assert answer.headers["Cache-Control"] == "public, max-age=0"
    # The purgers' addresses may see the tags: every page can be purged by "site".
    tags = get(varnish, piece.url, **{"X-Cache-Debug": "1"}).headers["xkey"].split()
    assert "site" in tags


def test_selling_the_last_piece_shows_it_sold_out_at_the_next_visit(varnish):
    piece = CraftObjectPageFactory(stock=1)
    assert "Pièce unique" in cached(varnish, piece).text

    with transaction.atomic():
        assert stock_reserve(quantities={piece.pk: 1}) == []

    answer = get(varnish, piece.url)
    assert "Épuisé" in answer.text
    assert "Pièce unique" not in answer.text
    assert answer.cache == "MISS"


def test_a_published_price_shows_at_the_next_visit(varnish):
    piece = CraftObjectPageFactory(price=Decimal("120.00"))
    assert "120,00" in plain(cached(varnish, piece).text)

    page = CraftObjectPage.objects.get(pk=piece.pk)
    page.price = Decimal("1234.00")
    page.save_revision().publish()

    answer = get(varnish, piece.url)
    assert "1 234,00" in plain(answer.text)
    assert "120,00" not in plain(answer.text)


def test_a_sale_leaves_another_object_page_in_varnish(varnish):
    sold, other = CraftObjectPageFactory(stock=2), CraftObjectPageFactory(stock=2)
    cached(varnish, sold)
    cached(varnish, other)

    with transaction.atomic():
        assert stock_reserve(quantities={sold.pk: 1}) == []

    assert get(varnish, sold.url).cache == "MISS"
    assert get(varnish, other.url).cache == "HIT"


def test_a_visitor_with_a_session_is_never_served_from_varnish(varnish):
    piece = CraftObjectPageFactory()
    cached(varnish, piece)
    for _ in range(2):
        answer = get(varnish, piece.url, Cookie="sessionid=abc123; messages=x")
        assert answer.cache == "PASS"
    # Analytics cookies do not split the cache.
    assert get(varnish, piece.url, Cookie="_ga=GA1.2.3; _pk_id=9").cache == "HIT"


def test_a_page_that_sets_a_cookie_is_never_kept(varnish):
    workshop = WorkshopPageFactory()  # its booking form carries a CSRF token
    for _ in range(2):
        answer = get(varnish, workshop.url)
        assert "csrftoken=" in answer.headers["Set-Cookie"]
        assert answer.cache != "HIT"


def test_only_the_purgers_addresses_may_purge_or_see_the_tags(varnish):
    piece = CraftObjectPageFactory()
    cached(varnish, piece)
    # 127.0.0.2 is this machine too, but not in the VCL's acl purgers.
    assert from_a_stranger(varnish, "PURGE", "/", {"xkey-purge": "site"})[0] == 403
    status, headers = from_a_stranger(varnish, "GET", piece.url, {"X-Cache-Debug": "1"})
    assert status == 200
    assert headers["X-Cache"] == "HIT"
    assert "xkey" not in headers


def from_a_stranger(varnish, method, path, headers):
    host, port = varnish.url.removeprefix("http://").split(":")
    connection = http.client.HTTPConnection(host, int(port), source_address=("127.0.0.2", 0))
    try:
        connection.request(method, path, headers=headers)
        response = connection.getresponse()
        response.read()
        return response.status, response.headers
    finally:
        connection.close()
