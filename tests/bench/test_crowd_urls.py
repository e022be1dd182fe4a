"""The crowd bench's URL sets (bench/crowd_urls.py), on the demo catalogue: every URL it
draws is a page a visitor gets (200), and its popularity is skewed the same way each run.

No timing here: the bench measures speed, these tests only that it loads real pages."""

from collections import Counter
from urllib.parse import parse_qsl, urlsplit

import pytest

from bench.crowd_urls import KINDS, crowd_urls, object_urls, zipf_weights
from catalogue.models import CraftObjectPage

pytestmark = pytest.mark.django_db

SMALL = {"catalogue_queries": 12, "material_queries": 6, "searches": 8, "api_pages": 4}


def test_every_url_of_the_crowd_answers_200(client):
    entries = crowd_urls(seed=7, **SMALL)
    assert {entry.kind for entry in entries} == set(KINDS)
    failures = {}
    for entry in entries:
        if entry.kind == "objet":
            continue  # all of them below
        response = client.get(entry.path, headers={"x-forwarded-proto": "https"})
        if response.status_code != 200:
            failures[entry.path] = response.status_code
    assert failures == {}


def test_object_urls_are_every_live_object_page_as_wagtail_routes_it():
    expected = {page.url for page in CraftObjectPage.objects.live().public()}
    paths = object_urls()
    assert len(paths) == len(set(paths)) and set(paths) == expected
    # French first, then some English and Japanese translations.
    assert {path.split("/")[1] for path in paths} == {"fr", "en", "ja"}


def test_object_pages_drawn_in_each_language_answer_200(client):
    paths = object_urls()
    sample = [
        path
        for language in ("fr", "en", "ja")
        for path in [p for p in paths if p.startswith(f"/{language}/")][::15]
    ]
    failures = {}
    for path in sample:
        response = client.get(path, headers={"x-forwarded-proto": "https"})
        if response.status_code != 200:
            failures[path] = response.status_code
    assert failures == {}


def test_catalogue_urls_combine_several_filters():
    catalogues = [e.path for e in crowd_urls(seed=7, **SMALL) if e.kind == "catalogue"]
    used = {name for path in catalogues for name, _value in parse_qsl(urlsplit(path).query)}
    assert {"collectivite", "materiau", "tri", "page"} <= used


def test_a_few_pages_take_most_of_the_crowd():
    weights = zipf_weights(1000, s=1.1)
    assert weights == sorted(weights, reverse=True)
    assert sum(weights) == pytest.approx(1)
    assert sum(weights[:10]) > 0.4  # the hottest 1 %
    assert sum(weights[500:]) < 0.1  # the long tail's second half


def test_the_same_seed_draws_the_same_crowd():
    first = crowd_urls(seed=7, **SMALL)
    assert crowd_urls(seed=7, **SMALL) == first
    assert crowd_urls(seed=8, **SMALL) != first
    shares = Counter()
    for entry in first:
        shares[entry.kind] += entry.weight
    assert sum(shares.values()) == pytest.approx(1)
    assert max(shares, key=shares.get) == "objet"
