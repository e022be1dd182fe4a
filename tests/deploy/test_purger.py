"""The site's purges of the shared HTTP cache (core/http_cache.py): the tags go to each
cache, once at the change and once more a moment later, and a cache that is down never
breaks what caused the purge (a sale)."""

import logging
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from core.http_cache import purge


class Recorder(BaseHTTPRequestHandler):
    def do_PURGE(self):  # noqa: N802 - the HTTP method's name
        self.server.purges.append((time.monotonic(), self.path, self.headers["xkey-purge"]))
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def cache_server():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    server.purges = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def url(server):
    return f"http://127.0.0.1:{server.server_address[1]}"


def test_the_tags_are_purged_at_once_and_again_after_the_delay(settings, cache_server):
    settings.HTTP_CACHE_PURGE_URLS = [url(cache_server)]
    settings.HTTP_CACHE_REPURGE_SECONDS = 0.3

    started = time.monotonic()
    purge(frozenset({"object:abc", "availability"}))
    assert [(path, tags) for _at, path, tags in cache_server.purges] == [
        ("/", "availability object:abc")
    ]

    deadline = time.monotonic() + 5
    while len(cache_server.purges) < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert [tags for _at, _path, tags in cache_server.purges] == ["availability object:abc"] * 2
    assert cache_server.purges[1][0] - started >= 0.3


def test_every_cache_is_purged(settings, cache_server):
    settings.HTTP_CACHE_PURGE_URLS = [url(cache_server), url(cache_server) + "/"]
    settings.HTTP_CACHE_REPURGE_SECONDS = 0
    purge(frozenset({"site"}))
    assert [tags for _at, _path, tags in cache_server.purges] == ["site", "site"]


def test_a_cache_that_is_down_is_logged_not_raised(settings, caplog, cache_server):
    down = url(cache_server)
    cache_server.shutdown()
    cache_server.server_close()
    settings.HTTP_CACHE_PURGE_URLS = [down]
    settings.HTTP_CACHE_REPURGE_SECONDS = 0

    with caplog.at_level(logging.WARNING, logger="core.http_cache"):
        purge(frozenset({"objects"}))
    assert "purge of 'objects'" in caplog.text


def test_nothing_is_sent_without_a_cache(settings):
    settings.HTTP_CACHE_PURGE_URLS = []
    purge(frozenset({"site"}))  # no address, no request, no error
