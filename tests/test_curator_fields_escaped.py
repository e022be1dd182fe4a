"""What curators type is shown as text everywhere: page, card, JSON-LD, meta tags.

A curator account can be phished; its fields must not become a way to run script on
visitors' pages. Rich text goes through Wagtail's editor, which keeps only the features
it offers (tested in Wagtail); every other field is escaped by the templates, and the
JSON-LD by exhibition.structured_data.to_script.
"""

import json
import re

import pytest

from tests.factories import CraftObjectPageFactory

pytestmark = pytest.mark.django_db

HOSTILE = '</script><script>alert("x")</script><img src=x onerror=alert(1)>'


def test_hostile_text_in_an_object_is_escaped_on_every_page_that_shows_it(client):
    obj = CraftObjectPageFactory()
    obj.title = "Bol " + HOSTILE
    obj.japanese_name = HOSTILE
    obj.summary = HOSTILE
    obj.search_description = HOSTILE
    obj.save_revision().publish()
    listing = f"{obj.edition.catalogue_page().url}?collectivite={obj.collectivite.slug}"

    for url in (obj.url, listing, "/fr/recherche/?q=Bol"):
        html = client.get(url).content.decode()
        # Only escaped forms: &lt;…&gt; in HTML, \u003c…\u003e in the JSON-LD.
        assert '<script>alert("x")' not in html, url
        assert "<img src=x" not in html, url
        assert "</script><script>" not in html, url

    html = client.get(obj.url).content.decode()
    # The JSON-LD stays one script element, and says the title as it was typed.
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert len(blocks) == 1
    graph = json.loads(blocks[0])["@graph"]
    product = next(entity for entity in graph if entity["@type"] == "Product")
    assert product["name"] == "Bol " + HOSTILE
