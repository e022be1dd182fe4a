"""Images are renditions sized for their slot, in WebP, and a catalogue page stays light.

What a phone downloads is worked out as the bench does it (bench/page_weight.py): for each
<img>, the srcset candidate a browser picks at 390 CSS px, here on a 2× screen.
"""

from urllib.parse import unquote, urlsplit

import pytest

from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage

from bench.page_weight import images_for
from catalogue.models import CraftObjectPage
from demo.images import object_image
from exhibition.models import CollectivitePage, HomePage, TourismPage

pytestmark = pytest.mark.django_db

CATALOGUE = "/fr/2021-shoku/catalogue/"
BUDGET = 1_000_000  # bytes: HTML, CSS, JavaScript and images of one catalogue page
PHONE = {"viewport": 390, "dpr": 2.0}


def public_pages():
    home = HomePage.objects.get(locale__language_code="fr")
    obj = CraftObjectPage.objects.filter(locale=home.locale).order_by("path").first()
    region = CollectivitePage.objects.filter(locale=home.locale).order_by("path").first()
    tourism = TourismPage.objects.filter(locale=home.locale).order_by("path").first()
    return [
        home.url,
        CATALOGUE,
        CATALOGUE + "?collectivite=kanazawa",
        region.url,
        obj.url,
        tourism.url,
        "/fr/materiaux/laque/",
    ]


def test_every_image_is_a_webp_rendition_with_its_size_and_alt(client):
    seen = 0
    for url in public_pages():
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        assert "original_images/" not in html, url
        chosen = images_for(html, **PHONE)
        seen += len(chosen)
        for src in chosen:
            path = urlsplit(src).path
            assert path.startswith(settings.MEDIA_URL + "images/"), (url, src)
            assert path.endswith(".webp"), (url, src)
        for tag in html.split("<img")[1:]:
            tag = tag.split(">", 1)[0]
            for attribute in ("alt=", "width=", "height="):
                assert attribute in tag, (url, attribute, tag)
    assert seen > 30


def replace_with_full_size_photos(objects):
    """Give the objects' cover images 1600×1200 photos, as curators upload them."""
    for obj in objects:
        image = obj.gallery_images.first().image
        image.renditions.all().delete()
        content = object_image(obj.material.slug, seed=obj.pk, size=(1600, 1200))
        image.file.save(f"photo-{obj.pk}.jpg", ContentFile(content), save=False)
        image.width, image.height = 1600, 1200
        image.file_size, image.file_hash = len(content), ""
        image.save()


def local_size(url):
    path = unquote(urlsplit(url).path)
    if path.startswith(settings.MEDIA_URL):
        return default_storage.size(path.removeprefix(settings.MEDIA_URL))
    found = finders.find(path.removeprefix(settings.STATIC_URL))
    assert found, url
    with open(found, "rb") as file:
        return len(file.read())


def assets_of(html):
    """The stylesheets and scripts a page loads from our own static files."""
    import re

    return re.findall(r'<(?:link[^>]+rel="stylesheet"[^>]+href|script[^>]+src)="([^"]+)"', html)


def test_a_catalogue_page_of_24_objects_weighs_under_1_mb_on_a_phone(client):
    first_page = client.get(CATALOGUE).context["page_obj"].object_list
    objects = CraftObjectPage.objects.filter(pk__in=[obj.pk for obj in first_page])
    assert objects.count() == 24
    replace_with_full_size_photos(objects.select_related("material"))

    html = client.get(CATALOGUE).content.decode()
    images = images_for(html, **PHONE)
    assert len(images) >= 24
    weight = len(html.encode()) + sum(local_size(url) for url in images + assets_of(html))
    assert weight < BUDGET, f"{weight} bytes"
