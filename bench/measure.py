"""The Django side of the bench, run by bench/run.py with the bench's environment.

    python bench/measure.py urls          # the URLs to load, as JSON, from the database
    python bench/measure.py queries FILE  # SQL queries of each request in FILE, as JSON
    python bench/measure.py clear-cache   # empty the bench's cache before a run

Queries are counted with Django's test client and CaptureQueriesContext on the same
database and settings as the gunicorn server: the second of two identical requests is
counted, as wrk's requests are all warm ones (renditions exist, caches are filled). Then
the first view after a publication (a new content generation) is timed and counted.
"""

import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

SEARCH_TERM = "plateau"
# The search scenario rotates over these: words, stems, typos, other languages, Japanese
# substrings and romaji, as visitors of the three sites type them.
SEARCHES = {
    "fr": ["bols laqués", "théière", "kutanni", "Takaoka", "plateau cuivre", "lacquer"],
    "en": ["lacquered tray", "teapot", "knife", "kutani", "sake cup"],
    "ja": ["九谷焼", "高岡", "漆器", "急須", "takaoka", "金沢 箸"],
}
# Behind the load balancer every request says it came over HTTPS.
FORWARDED = {"HTTP_X_FORWARDED_PROTO": "https", "HTTP_HOST": "127.0.0.1"}


def discover():
    """One URL per kind of page, picked in the largest edition so that filters have work."""
    from django.db.models import Count

    from wagtail.models import Locale

    from catalogue.models import CataloguePage, CraftObjectPage, MaterialIndexPage
    from exhibition.models import CollectivitePage, EditionPage, HomePage

    locale = Locale.get_default()
    objects = CraftObjectPage.objects.live().filter(locale=locale)
    edition = (
        EditionPage.objects.live()
        .filter(locale=locale)
        .annotate(n=Count("craft_objects"))
        .order_by("-n", "-year")
        .first()
    )
    catalogue = CataloguePage.objects.child_of(edition).live().first()
    region = CollectivitePage.objects.filter(locale=locale, slug="kanazawa").first()
    region = region or CollectivitePage.objects.filter(locale=locale).order_by("title").first()
    in_edition = objects.filter(edition=edition, collectivite=region)
    material = (
        in_edition.values("material__slug")
        .annotate(n=Count("pk"))
        .order_by("-n")
        .first()["material__slug"]
    )
    product = in_edition.filter(on_sale=True, stock__gt=0).order_by("path").first()
    materials_index = MaterialIndexPage.objects.live().filter(locale=locale).first()
    home = HomePage.objects.live().filter(locale=locale).first()
    filters = f"?collectivite={region.slug}&materiau={material}"
    urls = [
        ("accueil", home.url),
        ("catalogue", catalogue.url),
        ("catalogue filtré", catalogue.url + filters),
        (
            "matériau, toutes éditions",
            f"{materials_index.url}{material}/?collectivite={region.slug}",
        ),
        ("collectivité", region.url),
        ("objet", product.url),
        ("recherche", f"/{locale.language_code}/recherche/?q={SEARCH_TERM}"),
        ("recherche, 17 requêtes fr/en/ja", search_paths()[0]),
        ("API, liste", "/api/v2/objects/?limit=24"),
        (
            "ajout au panier (POST)",
            f"/{locale.language_code}/boutique/panier/ajouter/{product.pk}/",
        ),
        ("plancher (vue constante)", "/bench/floor/"),
    ]
    return {
        "objects": objects.count(),
        "edition": {"title": edition.title, "objects": objects.filter(edition=edition).count()},
        "scope": {
            "catalogue": objects.filter(edition=edition).count(),
            "catalogue filtré": in_edition.filter(material__slug=material).count(),
            "matériau, toutes éditions": objects.filter(
                collectivite=region, material__slug=material
            ).count(),
        },
        "product_page": product.url,
        "urls": [
            {"name": name, "path": path, "paths": search_paths() if "17" in name else []}
            for name, path in urls
        ],
    }


def search_paths():
    from urllib.parse import urlencode

    return [
        f"/{language}/recherche/?{urlencode({'q': query})}"
        for language, queries in SEARCHES.items()
        for query in queries
    ]


def count_queries(requests):
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    results = []
    for request in requests:
        counts = []
        for _attempt in range(2):
            client = Client(**FORWARDED)
            data = None
            if request.get("method") == "POST":
                # The visitor has read the object page: a CSRF cookie, a fresh session.
                page = client.get(request["referer"]).content.decode()
                token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
                data = {"quantity": "1", **({"csrfmiddlewaretoken": token[1]} if token else {})}
            with CaptureQueriesContext(connection) as queries:
                if data is None:
                    response = client.get(request["path"])
                else:
                    response = client.post(
                        request["path"],
                        data,
                        headers={"Origin": "https://127.0.0.1", "Sec-Fetch-Site": "same-origin"},
                    )
            counts.append(len(queries))
        cold = first_view(request) if request.get("method") != "POST" else {}
        results.append(
            {"path": request["path"], "status": response.status_code, "queries": counts[-1]} | cold
        )
    return results


def first_view(request):
    """The first view after a publication: every cache keyed on the content misses."""
    import time

    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from core.caching import content_changed

    content_changed()
    client = Client(**FORWARDED)
    started = time.perf_counter()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(request["path"])
    return {
        "cold_ms": (time.perf_counter() - started) * 1000,
        "cold_queries": len(queries),
        "cold_status": response.status_code,
    }


def main():
    import django

    django.setup()
    command = sys.argv[1]
    if command == "urls":
        print(json.dumps(discover()))
    elif command == "queries":
        requests = json.loads(Path(sys.argv[2]).read_text())
        print(json.dumps(count_queries(requests)))
    elif command == "clear-cache":
        from django.core.cache import cache

        cache.clear()
    else:
        sys.exit(f"commande inconnue : {command}")


if __name__ == "__main__":
    main()
