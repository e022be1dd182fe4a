"""The crowd bench's URLs, drawn from the database, and how popular each one is.

    python bench/crowd_urls.py write DIR [--seed 2026] [--zipf 1.1]

writes DIR/crowd.txt (the crowd: every kind of page, Zipf-weighted) and DIR/uniform.txt
(every live object page, equal weights), one «weight<TAB>path» a line, which
bench/crowd.lua reads; it prints a JSON summary.

The crowd reads object pages above all, then filtered catalogues, searches, the API,
collectivités and materials (`SHARES`). Within each kind, the URLs are shuffled with a
seeded Random and weighted by rank as Zipf's law says (weight ∝ 1/rank^s): a few pages are
hot, most are read now and then, as when a press article sends visitors to a handful of
objects while search engines crawl all the others. The same seed draws the same crowd, so
two runs are comparable; the shuffle keeps the hot pages from all being the first ones by
path (one collectivité, one edition).
"""

import json
import random
import sys
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

# Share of the requests each kind of page takes in the crowd.
SHARES = {
    "objet": 0.55,
    "catalogue": 0.15,
    "recherche": 0.10,
    "API": 0.08,
    "collectivité": 0.06,
    "matériau": 0.06,
}
KINDS = tuple(SHARES)
# How often a drawn catalogue or material URL uses each filter (catalogue/filters.py).
FILTER_ODDS = {"collectivite": 0.5, "materiau": 0.4, "prix": 0.2, "disponible": 0.15}
SORT_ODDS, PAGE_ODDS = 0.3, 0.3
PRICE_BANDS = [("", "50"), ("50", "150"), ("150", ""), ("30", "300")]


@dataclass(frozen=True)
class CrowdURL:
    path: str
    kind: str
    weight: float


def zipf_weights(n: int, s: float = 1.1) -> list[float]:
    """Weights of ranks 1…n under Zipf's law with exponent `s`, adding up to 1."""
    raw = [1 / rank**s for rank in range(1, n + 1)]
    total = sum(raw)
    return [weight / total for weight in raw]


def crowd_urls(
    *,
    seed: int = 2026,
    s: float = 1.1,
    catalogue_queries: int = 400,
    material_queries: int = 100,
    searches: int = 120,
    api_pages: int = 200,
) -> list[CrowdURL]:
    """The crowd's URLs, each kind's weights adding up to its share in `SHARES`."""
    rng = random.Random(seed)
    paths = {
        "objet": object_urls(),
        "catalogue": catalogue_urls(rng, catalogue_queries),
        "recherche": search_urls(rng, searches),
        "API": api_urls(rng, api_pages),
        "collectivité": collectivite_urls(),
        "matériau": material_urls(rng, material_queries),
    }
    entries = []
    for kind in KINDS:
        unique = list(dict.fromkeys(paths[kind]))  # drawn twice: one URL, one rank
        rng.shuffle(unique)
        for path, weight in zip(unique, zipf_weights(len(unique), s), strict=True):
            entries.append(CrowdURL(path, kind, weight * SHARES[kind]))
    return entries


def _home_urls() -> dict[str, str]:
    """Each home page's url_path → its public URL: a page's URL without a query per page."""
    from exhibition.models import HomePage

    return {home.url_path: home.url for home in HomePage.objects.live() if home.url}


def _url(homes: dict[str, str], url_path: str) -> str | None:
    for home_path, home_url in homes.items():
        if url_path.startswith(home_path):
            return home_url + url_path.removeprefix(home_path)
    return None


def object_urls() -> list[str]:
    """Every live object page: the whole French catalogue, and the translations it has."""
    from catalogue.models import CraftObjectPage

    homes = _home_urls()
    url_paths = (
        CraftObjectPage.objects.live()
        .public()
        .order_by("locale__language_code", "path")
        .values_list("url_path", flat=True)
    )
    return [url for url_path in url_paths if (url := _url(homes, url_path))]


def catalogue_urls(rng: random.Random, count: int) -> list[str]:
    """Each edition's catalogue, bare, then `count` of them with filters drawn at random
    among the options the catalogue offers (its collectivités, its locale's materials)."""
    from catalogue.filters import SORTS
    from catalogue.models import CataloguePage, Material
    from exhibition.models import CollectivitePage

    catalogues = []
    for catalogue in CataloguePage.objects.live().public().order_by("path"):
        edition = catalogue.get_parent().specific
        places = CollectivitePage.objects.filter(participations__in=edition.exhibitors())
        materials = Material.objects.filter(locale=catalogue.locale)
        catalogues.append(
            (
                catalogue.url,
                sorted(places.values_list("slug", flat=True).distinct()),
                sorted(materials.values_list("slug", flat=True)),
            )
        )
    urls = [url for url, _places, _materials in catalogues]
    for _ in range(count):
        url, places, materials = rng.choice(catalogues)
        urls.append(url + _query(rng, places, materials, sorts=list(SORTS)))
    return urls


def _query(rng, places, materials, *, sorts):
    """A query string of catalogue filters, each used with its odds in FILTER_ODDS."""
    params = []
    if places and rng.random() < FILTER_ODDS["collectivite"]:
        chosen = rng.sample(places, k=min(len(places), rng.choice([1, 1, 2])))
        params += [("collectivite", slug) for slug in sorted(chosen)]
    if materials and rng.random() < FILTER_ODDS["materiau"]:
        params.append(("materiau", rng.choice(materials)))
    if rng.random() < FILTER_ODDS["prix"]:
        low, high = rng.choice(PRICE_BANDS)
        params += [("prix_min", low), ("prix_max", high)]
    if rng.random() < FILTER_ODDS["disponible"]:
        params.append(("disponible", "on"))
    if rng.random() < SORT_ODDS:
        params.append(("tri", rng.choice(sorts)))
    if rng.random() < PAGE_ODDS:
        params.append(("page", str(rng.randint(2, 5))))
    params = [(name, value) for name, value in params if value != ""]
    return "?" + urlencode(params) if params else ""


def material_urls(rng: random.Random, count: int) -> list[str]:
    """Each material's page across editions, bare, then `count` with filters."""
    from catalogue.filters import SORTS
    from catalogue.models import MaterialIndexPage
    from exhibition.models import CollectivitePage

    pages = []
    for index in MaterialIndexPage.objects.live().public().order_by("path"):
        places = sorted(
            CollectivitePage.objects.live()
            .filter(locale=index.locale)
            .values_list("slug", flat=True)
        )
        for slug in index.materials().order_by("slug").values_list("slug", flat=True):
            pages.append((f"{index.url}{slug}/", places))
    urls = [url for url, _places in pages]
    for _ in range(count):
        url, places = rng.choice(pages)
        urls.append(url + _query(rng, places, [], sorts=list(SORTS)))
    return urls


def collectivite_urls() -> list[str]:
    from exhibition.models import CollectivitePage

    return [page.url for page in CollectivitePage.objects.live().public().order_by("path")]


def search_terms(rng: random.Random) -> dict[str, list[str]]:
    """What visitors type, per language: glossary terms, names of collectivités and
    materials, words of object titles (French and Japanese)."""
    from catalogue.models import CraftObjectPage, GlossaryTerm, Material
    from exhibition.models import CollectivitePage

    terms = {"fr": set(), "en": set(), "ja": set()}
    for fr, en, ja in GlossaryTerm.objects.values_list("term_fr", "term_en", "term_ja"):
        terms["fr"].add(fr)
        terms["en"].add(en)
        terms["ja"].add(ja)
    for name, name_ja in CollectivitePage.objects.values_list("short_name", "name_ja"):
        terms["fr"].add(name)
        terms["ja"].add(name_ja)
    terms["ja"].update(Material.objects.values_list("name_ja", flat=True))
    titles = CraftObjectPage.objects.live().values_list("locale__language_code", "title")
    for language, title in titles.order_by("path")[:2000]:
        words = [word for word in title.replace("(", " ").split() if len(word) > 3]
        if language == "ja":
            terms["ja"].add(title[:4])
        elif words and language in terms:
            terms[language].add(rng.choice(words).strip(",.’'").lower())
    return {language: sorted(t for t in found if t) for language, found in terms.items()}


def search_urls(rng: random.Random, count: int) -> list[str]:
    terms = search_terms(rng)
    languages = [language for language in ("fr", "fr", "fr", "en", "ja") if terms[language]]
    urls = []
    for _ in range(count):
        language = rng.choice(languages)
        urls.append(f"/{language}/recherche/?{urlencode({'q': rng.choice(terms[language])})}")
    return urls


def api_urls(rng: random.Random, count: int) -> list[str]:
    """Lists (pages, filters) and details of the open-data API, as partners read it."""
    from catalogue.models import CraftObjectPage, Material
    from exhibition.models import CollectivitePage

    objects = CraftObjectPage.objects.live().public()
    ids = list(objects.order_by("pk").values_list("pk", flat=True))
    total = len(ids)
    places = sorted(CollectivitePage.objects.values_list("slug", flat=True).distinct())
    materials = sorted(Material.objects.values_list("slug", flat=True).distinct())
    urls = []
    for _ in range(count):
        draw = rng.random()
        if draw < 0.5 and ids:
            urls.append(f"/api/v2/objects/{rng.choice(ids)}/")
        elif draw < 0.8:
            offset = rng.randrange(0, max(total, 1), 24)
            urls.append(f"/api/v2/objects/?{urlencode({'limit': 24, 'offset': offset})}")
        else:
            name, options = rng.choice([("collectivite", places), ("material", materials)])
            urls.append(f"/api/v2/objects/?{urlencode({'limit': 24, name: rng.choice(options)})}")
    return urls


def write(entries, path: Path) -> None:
    """«weight<TAB>path» lines, hottest first: what bench/crowd.lua reads."""
    lines = sorted(entries, key=lambda e: -e.weight)
    path.write_text("".join(f"{e.weight:.10g}\t{e.path}\n" for e in lines))


def main(argv=None):
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["write"])
    parser.add_argument("directory", type=Path)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--zipf", type=float, default=1.1, help="exposant de Zipf")
    args = parser.parse_args(argv)

    import django

    django.setup()
    crowd = crowd_urls(seed=args.seed, s=args.zipf)
    objects = object_urls()
    args.directory.mkdir(parents=True, exist_ok=True)
    write(crowd, args.directory / "crowd.txt")
    write([CrowdURL(path, "objet", 1.0) for path in objects], args.directory / "uniform.txt")
    ranked = sorted((e.weight for e in crowd), reverse=True)
    top = max(1, len(ranked) // 100)
    print(
        json.dumps(
            {
                "crowd": len(crowd),
                "uniform": len(objects),
                "by_kind": {k: sum(1 for e in crowd if e.kind == k) for k in KINDS},
                "top_1_percent_share": round(sum(ranked[:top]), 3),
            }
        )
    )


if __name__ == "__main__":
    main()
