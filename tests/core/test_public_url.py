"""Issue 15, point 5: every absolute link is made from PUBLIC_BASE_URL, whatever host
or port the request came in on, and emails (which have no request) too."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from django.test import override_settings
from django.urls import reverse
from django.utils import translation

from catalogue.models import CraftObjectPage
from tests.factories import BookingFactory, OrderFactory

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
PUBLIC = "https://expo.example"
# The host a visitor (or a proxy, or `runserver` on another port) happens to send.
OTHER_HOST = {"HTTP_HOST": "127.0.0.1:8123"}


@pytest.fixture
def public():
    with override_settings(PUBLIC_BASE_URL=PUBLIC):
        yield


def french_object():
    return CraftObjectPage.objects.live().filter(locale__language_code="fr").order_by("path")[0]


def test_a_page_s_canonical_og_and_hreflang_links_use_the_public_address(client, public):
    page = french_object()
    html = client.get(page.url, **OTHER_HOST).content.decode()
    canonical = re.search(r'<link rel="canonical" href="([^"]+)"', html).group(1)
    assert canonical == PUBLIC + page.url
    assert f'<meta property="og:url" content="{PUBLIC}{page.url}">' in html
    alternates = re.findall(r'<link rel="alternate" hreflang="[^"]+" href="([^"]+)"', html)
    assert alternates and all(url.startswith(PUBLIC + "/") for url in alternates)
    images = re.findall(r'<meta property="og:image" content="([^"]+)"', html)
    assert all(url.startswith(PUBLIC + "/") for url in images)
    assert "127.0.0.1:8123" not in html


def test_a_view_that_is_not_a_page_has_its_canonical_on_the_public_address(client, public):
    html = client.get(reverse("shop:cart"), **OTHER_HOST).content.decode()
    canonical = re.search(r'<link rel="canonical" href="([^"]+)"', html)
    assert canonical and canonical.group(1).startswith(PUBLIC + "/fr/")


def test_every_sitemap_location_uses_the_public_address(client, public):
    xml = client.get("/sitemap.xml", **OTHER_HOST).content.decode()
    locations = re.findall(r"<loc>([^<]+)</loc>", xml) + re.findall(r'href="([^"]+)"', xml)
    pages = [url for url in locations if "/fr/" in url]
    assert pages, xml[:500]
    assert all(url.startswith(PUBLIC + "/") for url in pages), [
        url for url in pages if not url.startswith(PUBLIC)
    ][:3]


def test_robots_txt_names_the_sitemap_on_the_public_address(client, public):
    robots = client.get("/robots.txt", **OTHER_HOST).content.decode()
    assert f"Sitemap: {PUBLIC}/sitemap.xml" in robots


def test_the_api_s_html_url_and_image_urls_use_the_public_address(client, public):
    page = french_object()
    item = client.get(f"/api/v2/objects/{page.pk}/", **OTHER_HOST).json()
    assert item["meta"]["html_url"] == PUBLIC + page.url
    assert item["images"] and all(i["url"].startswith(PUBLIC + "/") for i in item["images"])


def test_an_order_s_email_link_uses_the_public_address(public):
    order = OrderFactory(language="en")
    with translation.override("en"):
        assert order.status_url() == PUBLIC + order.get_absolute_url()
    assert order.status_url().startswith(f"{PUBLIC}/en/")


def test_a_booking_s_email_links_use_the_public_address(public):
    booking = BookingFactory()
    assert booking.full_url() == PUBLIC + booking.get_absolute_url()
    assert booking.full_url(booking.get_cancel_url()) == PUBLIC + booking.get_cancel_url()


def test_an_already_absolute_url_is_kept():
    from core.public_url import absolute_url

    assert absolute_url("https://cdn.example/media/a.webp") == "https://cdn.example/media/a.webp"
    with override_settings(PUBLIC_BASE_URL=PUBLIC + "/"):
        assert absolute_url("/fr/") == absolute_url("fr/") == PUBLIC + "/fr/"


def test_wagtail_s_admin_and_api_addresses_are_derived_from_the_public_address():
    """Wagtail's notification emails link to WAGTAILADMIN_BASE_URL; the API's detail_url
    is made from WAGTAILAPI_BASE_URL: both follow PUBLIC_BASE_URL, read at start-up."""
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
    env.update(PUBLIC_BASE_URL=PUBLIC + "/", DJANGO_SETTINGS_MODULE="config.settings.dev")
    code = (
        "import django; django.setup(); from django.conf import settings as s; "
        "print(s.PUBLIC_BASE_URL, s.WAGTAILADMIN_BASE_URL, s.WAGTAILAPI_BASE_URL)"
    )
    output = subprocess.run(
        [sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True, text=True
    )
    assert output.stdout.split() == [PUBLIC] * 3, output.stderr
