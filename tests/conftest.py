import io
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest

from django.core.management import call_command

# Playwright's sync API runs an event loop in the test thread; Django's ORM must be
# told that this is safe there (the live server runs in its own thread).
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The demo edition, seeded once per test session with small images.

    Each test still runs in its own transaction, rolled back at the end.
    """
    with django_db_blocker.unblock():
        call_command("seed_demo", image_size="64x48", no_admin=True, stdout=io.StringIO())


@pytest.fixture(autouse=True)
def fresh_cache():
    """Cached pages and fragments hold what an earlier test rendered, from data its
    transaction then rolled back: each test starts with an empty cache."""
    from django.conf import settings
    from django.core.cache import caches

    for alias in settings.CACHES:
        caches[alias].clear()


@pytest.fixture
def page_cache(settings):
    """The anonymous page cache on, as in production (empty: `fresh_cache`)."""
    settings.PAGE_CACHE = True


@pytest.fixture(autouse=True)
def french_first():
    """Each test starts and ends in French, the site's language: a request to /en/ or /ja/
    through the test client leaves its language active in the thread, and a later test
    would read English or Japanese messages."""
    from django.conf import settings
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    # A transactional test empties the database when it ends: run those after the
    # tests that rely on the demo seeded once for the session. Last of the hooks, so
    # that no reordering (pytest-django's, a random order's) can undo it; the sort is
    # stable, so any other order, random or not, is kept within each group.
    items.sort(key=lambda item: item.get_closest_marker("transactional") is not None)


CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="session")
def chromium():
    """Debian's Chromium driven by Playwright (Playwright's own browsers can't be fetched)."""
    from playwright.sync_api import sync_playwright

    if not os.path.exists(CHROMIUM):
        pytest.fail(f"{CHROMIUM} is missing: `make test` installs Debian's chromium package.")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class SiteServer:
    """The site as `make run` serves it: its own seeded SQLite database, in a subprocess.

    Browser tests talk to it over HTTP like a visitor; it shares nothing with the
    pytest database, so its data is read back through its pages and API.
    """

    def __init__(self, extra_env=None):
        self.dir = tempfile.mkdtemp(prefix="tem-site-")
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "config.settings.dev",
            "DATABASE_URL": f"sqlite:///{self.dir}/db.sqlite3",
            "MEDIA_ROOT": f"{self.dir}/media",
            "REDIS_URL": "",
            # Links in its emails and API name this server, as `make run` does.
            "PUBLIC_BASE_URL": self.url,
            **(extra_env or {}),
        }
        self.process = None

    def manage(self, *args):
        subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env=self.env,
            check=True,
            stdout=subprocess.DEVNULL,
        )

    def start(self):
        self.manage("migrate", "--no-input")
        self.manage("seed_demo", "--image-size", "320x240", "--no-admin")
        self.process = subprocess.Popen(
            [sys.executable, "manage.py", "runserver", f"127.0.0.1:{self.port}", "--noreload"],
            cwd=ROOT,
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=open(f"{self.dir}/server.log", "w"),
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(self.url + "/fr/", timeout=2)
                return self
            except OSError:
                time.sleep(0.3)
        raise RuntimeError(f"The site did not start; see {self.dir}/server.log")

    def query(self, sql, *params):
        """Read the server's own database (SQLite) to check what a visitor cannot see."""
        import sqlite3

        with sqlite3.connect(f"{self.dir}/db.sqlite3") as db:
            return db.execute(sql, params).fetchall()

    def emails(self):
        folder = Path(self.env["EMAIL_FILE_PATH"])
        return (
            [path.read_text() for path in sorted(folder.glob("*.log"))] if folder.exists() else []
        )

    def stop(self):
        if self.process:
            self.process.terminate()
            self.process.wait(timeout=10)


@pytest.fixture(scope="session")
def localstripe():
    """A localstripe on a free port of 127.0.0.1, shared by the session, in memory only."""
    from shop.localstripe_server import LocalStripe

    with LocalStripe() as server:
        yield server


@pytest.fixture
def stripe_settings(settings, localstripe):
    """Point the gateway at the session's localstripe."""
    settings.STRIPE_SECRET_KEY = "sk_test_local"
    settings.STRIPE_PUBLISHABLE_KEY = "pk_test_local"
    settings.STRIPE_WEBHOOK_SECRET = "whsec_test_local"
    settings.STRIPE_API_BASE = localstripe.base_url
    settings.STRIPE_LOCAL = True
    return settings


@pytest.fixture(scope="session")
def site_server(localstripe):
    """The site as make run serves it, paying through the session's localstripe, whose
    signed webhooks reach it; emails are written to files for the tests to read."""
    secret = "whsec_site_server"
    server = SiteServer(
        {
            "STRIPE_SECRET_KEY": "sk_test_local",
            "STRIPE_PUBLISHABLE_KEY": "pk_test_local",
            "STRIPE_WEBHOOK_SECRET": secret,
            "STRIPE_API_BASE": localstripe.base_url,
            "STRIPE_LOCAL": "true",
            "EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
        }
    )
    server.env["EMAIL_FILE_PATH"] = f"{server.dir}/mail"
    server.start()
    localstripe.register_webhook(
        server.url + "/stripe/webhook/",
        secret=secret,
        events=["payment_intent.succeeded", "payment_intent.payment_failed"],
    )
    yield server
    server.stop()
