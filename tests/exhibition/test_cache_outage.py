"""When Redis stalls, pages are rendered without it, and no change is lost to it.

Through the real Redis, behind a loopback proxy that can stop answering: what a
saturated or failing-over server looks like to the app (core/redis_backend.py).
"""

import logging
import os
import socket
import time
from urllib.parse import urlsplit

import pytest

from django.core.cache import caches
from django.db.models import F
from django.test import Client, override_settings

from bench.stalling_redis import StallingProxy
from catalogue.models import CraftObjectPage
from core import caching
from shop.cart import Cart
from tests.factories import CraftObjectPageFactory

pytestmark = pytest.mark.django_db

REDIS = urlsplit(os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379")


@pytest.fixture
def proxy():
    try:
        socket.create_connection((REDIS.hostname, REDIS.port or 6379), timeout=1).close()
    except OSError:
        pytest.skip(f"no Redis on {REDIS.hostname}:{REDIS.port or 6379} to stand in front of")
    proxy = StallingProxy((REDIS.hostname, REDIS.port or 6379))
    yield proxy
    proxy.close()


def redis_behind(proxy, test_name, retry):
    shared = {
        "BACKEND": "core.redis_backend.ResilientRedisCache",
        "LOCATION": f"redis://127.0.0.1:{proxy.port}/14",
        # Keys of this test only: nothing another test or run wrote is read back.
        "KEY_PREFIX": f"outage-{os.getpid()}-{test_name}",
        "OPTIONS": {"socket_timeout": 0.3, "socket_connect_timeout": 0.3, "RETRY": retry},
    }
    tiered = {
        "BACKEND": "core.cache_backends.TieredCache",
        "OPTIONS": {"SHARED": "default"},
    }
    sessions = {**shared, "OPTIONS": {**shared["OPTIONS"], "FORGET_UNWRITTEN": True}}
    aliases = ("content", "template_fragments", "renditions")
    return override_settings(
        CACHES={"default": shared, "sessions": sessions, **dict.fromkeys(aliases, tiered)},
        PAGE_CACHE=True,
        # As in production: sessions read from Redis, written to the database and to Redis.
        SESSION_ENGINE="django.contrib.sessions.backends.cached_db",
        SESSION_CACHE_ALIAS="sessions",
    )


@pytest.fixture(autouse=True)
def owes_nothing_after():
    yield
    caching._owed.clear()


def until_redis_answers(seconds=10):
    """Once the process's probe has found Redis answering again (core/redis_backend.py)."""
    outage = caches["default"]._outage
    deadline = time.monotonic() + seconds
    while outage.active():
        assert time.monotonic() < deadline, "the probe never found Redis answering again"
        time.sleep(0.02)


def get(client, url):
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return response


def test_a_stalled_cache_costs_one_timeout_then_pages_are_rendered_without_it(
    client, obj, proxy, caplog
):
    with redis_behind(proxy, "stalled", retry=60):
        assert get(client, obj.url)["X-Page-Cache"] == "MISS"
        assert get(client, obj.url)["X-Page-Cache"] == "HIT"

        proxy.stall()
        with caplog.at_level(logging.ERROR, logger="core.redis_backend"):
            page = get(client, obj.url)
            catalogue = get(client, obj.edition.catalogue_page().url)

    # Rendered afresh, in full.
    assert page["X-Page-Cache"] != "HIT"
    assert obj.title in page.content.decode()
    assert obj.title in catalogue.content.decode()
    # One command waited for its timeout; everything after it left Redis alone.
    assert len(proxy.swallowed_commands()) == 1, proxy.swallowed_commands()
    outage_logs = [r for r in caplog.records if r.name == "core.redis_backend"]
    assert len(outage_logs) == 1
    assert "does not answer" in outage_logs[0].getMessage()


def test_a_sale_while_the_cache_stalls_shows_as_soon_as_it_answers_again(
    client, obj, proxy, caplog, django_capture_on_commit_callbacks
):
    with redis_behind(proxy, "sale", retry=0.1):
        get(client, obj.url)
        assert get(client, obj.url)["X-Page-Cache"] == "HIT"

        proxy.stall()
        # The sale commits; telling Redis fails, and does not fail the sale.
        with django_capture_on_commit_callbacks(execute=True):
            CraftObjectPage.objects.filter(pk=obj.pk).update(stock=F("stock") - F("stock"))
            CraftObjectPage.objects.mirror_commerce_to_translations(obj.pk)
        assert "could not reach the shared cache" in caplog.text

        # Redis answers again with its entries intact: the page it holds is stale.
        proxy.answer_again()
        until_redis_answers()
        purged = []
        caching.cache_tags_invalidated.connect(
            receiver := lambda tags, **kwargs: purged.append(tags), weak=False
        )
        try:
            response = get(client, obj.url)
        finally:
            caching.cache_tags_invalidated.disconnect(receiver)

    assert response["X-Page-Cache"] == "MISS"
    assert "availability--out" in response.content.decode()
    assert not caching._owed.is_set()
    # Varnish in front may have kept a stale page meanwhile: purged whole.
    assert purged == [frozenset({caching.SITE})]


def test_a_sale_whose_change_reaches_the_cache_owes_nothing(
    client, obj, proxy, django_capture_on_commit_callbacks
):
    """The control: without a stall the same sale is told to Redis at once."""
    with redis_behind(proxy, "control", retry=0.1):
        get(client, obj.url)
        with django_capture_on_commit_callbacks(execute=True):
            CraftObjectPage.objects.filter(pk=obj.pk).update(stock=F("stock") - F("stock"))
            CraftObjectPage.objects.mirror_commerce_to_translations(obj.pk)
        assert not caching._owed.is_set()
        response = get(client, obj.url)

    assert response["X-Page-Cache"] == "MISS"
    assert "availability--out" in response.content.decode()
    assert proxy.swallowed_commands() == []


def test_a_cart_filled_while_the_cache_stalls_is_whole_once_it_answers_again(obj, proxy, settings):
    # Counted in Redis: while it does not answer, the limits let buyers through.
    settings.RATE_LIMITS_ENABLED = True
    other = CraftObjectPageFactory(parent=obj.get_parent(), stock=2)
    buyer = Client()

    def add(product):
        response = buyer.post(
            f"/fr/boutique/panier/ajouter/{product.pk}/",
            {"quantity": "1"},
            HTTP_SEC_FETCH_SITE="same-origin",
        )
        assert response.status_code == 302

    with redis_behind(proxy, "cart", retry=0.1):
        add(obj)
        proxy.stall()
        add(other)  # the session reaches the database, not Redis
        proxy.answer_again()
        until_redis_answers()
        cart = Cart(buyer.session)

    # Redis still held the session with one line: it is not read back.
    assert len(cart) == 2


def test_a_page_published_while_the_cache_stalls_shows_at_once_on_this_server(client, obj, proxy):
    """While Redis is away a process keeps what it reads per generation for a few seconds
    (core/caching.py); its own change starts a new one at once."""
    collectivite = obj.collectivite
    with redis_behind(proxy, "publish", retry=60):
        get(client, obj.url)
        proxy.stall()
        assert collectivite.title in get(client, obj.url).content.decode()
        collectivite.title = "Préfecture renommée pendant la panne"
        collectivite.save_revision().publish()
        page = get(client, obj.url).content.decode()

    assert "Préfecture renommée pendant la panne" in page
    assert caching._owed.is_set()  # and Redis is told once it answers


def test_what_is_deleted_while_the_cache_stalls_is_deleted_once_it_answers_again(proxy):
    """A change that forgets a copy (a logout, a legal page published) does not fail for
    a stalled Redis, and the copy is not read back once it answers."""
    with redis_behind(proxy, "deleted", retry=0.1):
        shared = caches["default"]
        shared.set_many({"legal": "before", "other": "kept"})
        proxy.stall()
        shared.delete("legal")  # waits its timeout once, raises nothing
        shared.delete_many(["legal"])
        proxy.answer_again()
        until_redis_answers()
        assert shared.get("legal") is None
        assert shared.get("other") == "kept"
