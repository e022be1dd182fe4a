"""Search engines and sharing: canonical, description, Open Graph, JSON-LD, sitemap, robots."""

import json
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

import pytest

from catalogue.models import CraftObjectPage, MaterialIndexPage
from exhibition.models import CollectivitePage, TourismPage
from tests.factories import CraftObjectPageFactory

pytestmark = pytest.mark.django_db

SITEMAP_NS = {
    "sm": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "xhtml": "http://www.w3.org/1999/xhtml",
}


class HeadParser(HTMLParser):
    """Collects <meta>, <link rel=canonical> and the JSON-LD scripts of a page."""

    def __init__(self):
        super().__init__()
        self.meta = {}
        self.canonical = []
        self.json_ld = []
        self._in_json_ld = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta":
            key = attrs.get("property") or attrs.get("name")
            if key:
                self.meta[key] = attrs.get("content", "")
        elif tag == "link" and attrs.get("rel") == "canonical":
            self.canonical.append(attrs["href"])
        elif tag == "script" and attrs.get("type") == "application/ld+json":
            self._in_json_ld = True
            self.json_ld.append("")

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_json_ld = False

    def handle_data(self, data):
        if self._in_json_ld:
            self.json_ld[-1] += data


def head_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    parser = HeadParser()
    parser.feed(response.content.decode())
    return parser


def entities(parser):
    """Every JSON-LD entity of the page (the script holds one @graph)."""
    assert len(parser.json_ld) <= 1
    if not parser.json_ld:
        return []
    data = json.loads(parser.json_ld[0])
    assert data["@context"] == "https://schema.org"
    return data["@graph"]


def of_type(items, type_name):
    return [item for item in items if item["@type"] == type_name]


def object_page():
    return CraftObjectPage.objects.get(sku="KNZ-001", locale__language_code="fr")


@pytest.fixture
def obj():
    """An object of its own, for the tests that change it or read its particulars."""
    return CraftObjectPageFactory()


def kanazawa():
    return CollectivitePage.objects.get(
        url_path__endswith="/collectivites/kanazawa/", locale__language_code="fr"
    )


def tourism_page():
    return TourismPage.objects.child_of(kanazawa()).first()


def material_index():
    return MaterialIndexPage.objects.get(locale__language_code="fr")


def page_urls():
    index = material_index()
    material = index.materials().first()
    return {
        "home": "/fr/",
        "edition": "/fr/2021-shoku/",
        "catalogue": "/fr/2021-shoku/catalogue/",
        "exhibitor": object_page().get_parent().url,
        "collectivite": kanazawa().url,
        "tourism": tourism_page().url,
        "material_index": index.url,
        "material": f"{index.url}{material.slug}/",
        "object": object_page().url,
        "search": "/fr/recherche/?q=laque",
    }


PAGE_TYPES = [
    "home",
    "edition",
    "catalogue",
    "exhibitor",
    "collectivite",
    "tourism",
    "material_index",
    "material",
    "object",
    "search",
]


@pytest.mark.parametrize("kind", PAGE_TYPES)
def test_every_page_type_has_canonical_description_and_open_graph(client, kind):
    url = page_urls()[kind]
    head = head_of(client, url)
    assert len(head.canonical) == 1
    canonical = head.canonical[0]
    assert re.match(r"^https?://[^/]+/", canonical)
    assert canonical.endswith(url.split("?")[0])
    assert head.meta["description"].strip()
    assert len(head.meta["description"]) <= 160
    assert head.meta["og:title"].strip()
    assert head.meta["og:url"] == canonical
    assert head.meta["og:locale"] == "fr_FR"
    assert head.meta["og:site_name"]
    assert head.meta["twitter:card"] in {"summary", "summary_large_image"}


def test_object_page_shares_its_first_gallery_image(client, obj):
    head = head_of(client, obj.url)
    assert head.meta["og:type"] == "product"
    assert re.match(r"^https?://[^/]+/.+\.jpg$", head.meta["og:image"])
    assert head.meta["twitter:card"] == "summary_large_image"
    assert head.meta["twitter:image"] == head.meta["og:image"]


def test_pages_with_a_hero_image_share_it(client):
    page = kanazawa()
    if not page.hero_image_id:
        pytest.skip("the demo collectivité has no hero image")
    head = head_of(client, page.url)
    assert head.meta["og:image"].startswith("http")


def test_catalogue_canonical_drops_filters_but_keeps_the_page_number(client):
    head = head_of(client, "/fr/2021-shoku/catalogue/?materiau=laque&tri=prix&page=2")
    assert re.match(r"^https?://[^/]+/fr/2021-shoku/catalogue/\?page=2$", head.canonical[0])
    head = head_of(client, "/fr/2021-shoku/catalogue/?materiau=laque")
    assert head.canonical[0].endswith("/fr/2021-shoku/catalogue/")


def test_search_results_and_shop_are_not_indexed(client, obj):
    assert head_of(client, "/fr/recherche/?q=laque").meta["robots"] == "noindex"
    assert head_of(client, "/fr/boutique/panier/").meta["robots"] == "noindex"
    assert "robots" not in head_of(client, obj.url).meta


@pytest.mark.parametrize("kind", [k for k in PAGE_TYPES if k not in {"home", "search"}])
def test_pages_below_home_have_a_breadcrumb_with_absolute_urls(client, kind):
    url = page_urls()[kind]
    (crumbs,) = of_type(entities(head_of(client, url)), "BreadcrumbList")
    items = crumbs["itemListElement"]
    assert [item["position"] for item in items] == list(range(1, len(items) + 1))
    assert len(items) >= 2
    assert all(re.match(r"^https?://[^/]+/fr/", item["item"]) for item in items)
    assert items[0]["item"].endswith("/fr/")
    assert items[-1]["item"].endswith(url)


def test_home_page_describes_the_website(client):
    (site,) = of_type(entities(head_of(client, "/fr/")), "WebSite")
    assert site["url"].endswith("/fr/")


def test_search_results_have_no_json_ld(client):
    assert entities(head_of(client, "/fr/recherche/?q=laque")) == []


def test_object_page_is_a_product_with_an_offer(client, obj):
    page = obj
    page.stock = 3
    page.on_sale = True
    page.save()
    (product,) = of_type(entities(head_of(client, page.url)), "Product")
    assert product["name"] == page.title
    assert product["sku"] == obj.sku
    assert product["category"] == page.material.name
    assert product["image"] and all(url.startswith("http") for url in product["image"])
    offer = product["offers"]
    assert offer["@type"] == "Offer"
    assert offer["price"] == f"{page.price:.2f}" == str(page.price)
    assert re.fullmatch(r"\d+\.\d\d", offer["price"])
    assert offer["priceCurrency"] == "EUR"
    assert offer["availability"] == "https://schema.org/InStock"
    assert offer["url"].startswith("http") and offer["url"].endswith(page.url)


def test_sold_out_object_is_out_of_stock(client, obj):
    page = obj
    page.stock = 0
    page.save()
    (product,) = of_type(entities(head_of(client, page.url)), "Product")
    assert product["offers"]["availability"] == "https://schema.org/OutOfStock"


def test_edition_lists_its_parts_as_events(client):
    items = entities(head_of(client, "/fr/2021-shoku/"))
    events = {
        item["name"]: item
        for item in items
        if item["@type"] in {"ExhibitionEvent", "Event", "SaleEvent"}
    }
    online = events["Exposition en ligne"]
    assert online["@type"] == "ExhibitionEvent"
    assert (online["startDate"], online["endDate"]) == ("2021-02-01", "2021-02-28")
    assert online["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert online["location"]["@type"] == "VirtualLocation"
    assert online["location"]["url"].startswith("http")

    mcjp = events["Exposition à la Maison de la Culture du Japon à Paris"]
    assert (mcjp["startDate"], mcjp["endDate"]) == ("2021-03-02", "2021-03-13")
    assert mcjp["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    address = mcjp["location"]["address"]
    assert address == {
        "@type": "PostalAddress",
        "streetAddress": "101 bis quai Jacques Chirac",
        "postalCode": "75015",
        "addressLocality": "Paris",
        "addressCountry": "FR",
    }
    assert {org["name"] for org in mcjp["organizer"]} >= {"CLAIR Paris"}

    (workshop,) = [event for name, event in events.items() if name.startswith("Atelier")]
    assert workshop["startDate"] == workshop["endDate"] == "2021-03-06"


def test_collectivite_is_a_tourist_destination(client):
    page = kanazawa()
    (place,) = of_type(entities(head_of(client, page.url)), "TouristDestination")
    assert place["name"] == page.title
    assert place["alternateName"] == page.name_ja
    assert place["geo"] == {
        "@type": "GeoCoordinates",
        "latitude": float(page.latitude),
        "longitude": float(page.longitude),
    }
    assert place["containedInPlace"]["name"] == "Japan"


def test_tourism_page_is_a_destination_with_attractions(client):
    page = tourism_page()
    (place,) = of_type(entities(head_of(client, page.url)), "TouristDestination")
    assert place["geo"]["@type"] == "GeoCoordinates"
    assert place["url"].endswith(page.url)
    if page.sights:
        assert place["includesAttraction"][0]["@type"] == "TouristAttraction"


def test_json_ld_cannot_close_its_script_element(client, obj):
    page = obj
    page.title = 'Bol </script><script>alert("x")</script> & <!-- laque'
    page.save_revision().publish()
    response = client.get(page.url)
    html = response.content.decode()
    script = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    assert "<" not in script and ">" not in script
    (product,) = of_type(json.loads(script)["@graph"], "Product")
    assert product["name"] == page.title
    assert "<script>alert" not in html


def test_sitemap_lists_pages_objects_and_material_routes(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    locations = [loc.text for loc in root.findall("sm:url/sm:loc", SITEMAP_NS)]
    assert all(re.match(r"^https?://[^/]+/", location) for location in locations)
    paths = {re.sub(r"^https?://[^/]+", "", location) for location in locations}
    assert len(paths) == len(locations)
    assert {"/fr/", "/fr/2021-shoku/", "/fr/2021-shoku/catalogue/"} <= paths
    objects = CraftObjectPage.objects.live().public()
    assert {page.url for page in objects} <= paths
    index = material_index()
    assert {f"{index.url}{material.slug}/" for material in index.materials()} <= paths
    assert not any("/boutique/" in path or "/admin/" in path for path in paths)


def test_sitemap_links_translations_as_alternates(client):
    from wagtail.models import Locale

    page = object_page()
    english = Locale.objects.get_or_create(language_code="en")[0]
    if not page.get_translations().filter(locale=english).exists():
        translation = page.get_site().root_page.copy_for_translation(english)
        translation.save_revision().publish()
        for ancestor in page.get_ancestors().filter(depth__gt=2):
            ancestor.specific.copy_for_translation(english).save_revision().publish()
        page.copy_for_translation(english).save_revision().publish()
    english_page = page.get_translation(english)
    english_page.live = True
    english_page.save()

    root = ET.fromstring(client.get("/sitemap.xml").content)
    by_location = {
        url.find("sm:loc", SITEMAP_NS).text: url for url in root.findall("sm:url", SITEMAP_NS)
    }
    (entry,) = [url for location, url in by_location.items() if location.endswith(page.url)]
    alternates = {
        link.get("hreflang"): link.get("href")
        for link in entry.findall("xhtml:link", SITEMAP_NS)
        if link.get("rel") == "alternate"
    }
    assert alternates["fr"].endswith(page.url)
    assert alternates["en"].endswith(english_page.url)
    assert english_page.url.startswith("/en/")
    assert any(location.endswith(english_page.url) for location in by_location)


def test_robots_txt_keeps_crawlers_out_of_admin_and_shop(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "Disallow: /admin/" in lines
    assert "Disallow: /django-admin/" in lines
    assert "Disallow: /fr/boutique/" in lines
    (sitemap,) = [line for line in lines if line.startswith("Sitemap:")]
    assert re.match(r"^Sitemap: https?://[^/]+/sitemap\.xml$", sitemap)
