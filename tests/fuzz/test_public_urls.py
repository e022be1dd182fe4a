"""Every public URL, asked in ways no page links to: wrong methods, garbage appended,
traversal, broken escapes, unknown languages. Never a server error, nothing written."""

from collections import Counter
from urllib.parse import quote

import pytest
from hypothesis import given
from hypothesis import strategies as st

from django.test import Client
from django.urls import reverse

from wagtail.models import Page

from workshops.models import WorkshopPage

from .conftest import nul_refused, probe
from .strategies import fuzz, hostile_text, raw_escapes

pytestmark = pytest.mark.django_db

NAMED_ROUTES = [
    "/sitemap.xml",
    "/robots.txt",
    "/health/",
    "/api/v2/objects/",
    "/fr/recherche/",
    "/fr/boutique/panier/",
    "/fr/boutique/commande/",
    "/stripe/webhook/",
    "/i18n/setlang/",
]


def public_urls():
    """Each live page in each language, the named routes, and the URLs that take an id or
    a token, with a made-up one."""
    urls = []
    seen = Counter()
    pages = Page.objects.live().public().filter(depth__gt=1).order_by("path")
    for page in pages.select_related("locale", "content_type"):
        # Two pages of each type in each language: the same templates and views as all.
        kind = (page.content_type_id, page.locale.language_code)
        seen[kind] += 1
        if seen[kind] <= 2:
            urls.append(page.url)
    workshop = WorkshopPage.objects.live().first()
    urls += NAMED_ROUTES + [
        reverse("shop:cart_add", args=[999_999]),
        reverse("shop:cart_update", args=[999_999]),
        reverse("shop:cart_remove", args=[999_999]),
        reverse("shop:order_status", args=["nope"]),
        reverse("shop:payment", args=["nope"]),
        reverse("shop:payment_return", args=["nope"]),
        reverse("shop:payment_cancel", args=["nope"]),
        reverse("shop:local_confirm", args=["nope"]),
        reverse("shop:booking_checkout", args=["nope"]),
        reverse("workshops:booking", args=["nope"]),
        reverse("workshops:booking_cancel", args=["nope"]),
    ]
    if workshop:
        urls.append(reverse("workshops:book", args=[workshop.pk]))
    return sorted(set(u for u in urls if u))


def test_every_public_url_answers_get_head_and_wrong_methods_without_error():
    """Not random: each URL once with each method, so none is left out by chance."""
    urls = public_urls()
    assert len(urls) > 30, urls  # the demo's pages were found
    client = Client()
    for url in urls:
        for method in ("GET", "HEAD", "PUT", "PATCH", "DELETE", "OPTIONS"):
            response = probe("public URLs × methods", client, method, url)
            if method in ("PUT", "PATCH", "DELETE"):
                # The webhook, the cart's and booking's POST-only views say 405; pages
                # (Wagtail serves any method) must at least not change anything.
                assert response.status_code in (200, 301, 302, 400, 403, 404, 405), (
                    method,
                    url,
                    response.status_code,
                )


suffixes = st.one_of(
    hostile_text.map(lambda s: quote(s, safe="/")),
    raw_escapes,
    st.sampled_from(
        [
            "../../etc/passwd",
            "..%2f..%2f..%2fetc%2fpasswd",
            "%2e%2e/%2e%2e/",
            "//",
            "/./",
            ";jsessionid=1",
            ".php",
            "index.html",
            "%00.html",
            "?",
            "#frag",
            "~",
            "a/" * 60,
        ]
    ),
)


@fuzz(150)
@given(data=st.data(), suffix=suffixes, method=st.sampled_from(["GET", "GET", "HEAD", "POST"]))
def test_garbage_after_any_url_is_never_a_server_error(data, suffix, method):
    url = data.draw(st.sampled_from(public_urls()), label="url")
    client = Client()
    response = probe("URL + trailing garbage", client, method, url + suffix)
    assert response.status_code < 500


@fuzz(60)
@given(
    prefix=st.one_of(
        st.sampled_from(["xx", "de", "FR", "fr-fr", "ja-JP", "zh-hans", "en-gb", "..", "%ff"]),
        st.text(alphabet="abcdefghijklmnopqrstuvwxyz-_", min_size=1, max_size=12),
    ),
    rest=st.sampled_from(["", "recherche/", "boutique/panier/", "2021-shoku/", "ateliers/"]),
)
def test_unknown_locales_are_not_found_or_redirected(prefix, rest):
    response = probe("unknown locale prefixes", Client(), "GET", f"/{prefix}/{rest}")
    assert response.status_code in (200, 301, 302, 404)


@fuzz(60)
@given(token=st.one_of(hostile_text, raw_escapes), data=st.data())
def test_made_up_tokens_are_not_found(token, data):
    """Order and booking pages are reached by an unguessable token: a wrong one is a 404."""
    template = data.draw(
        st.sampled_from(
            [
                "/fr/boutique/commande/{}/",
                "/fr/boutique/commande/{}/paiement/",
                "/fr/boutique/commande/{}/retour/",
                "/fr/boutique/atelier/{}/",
                "/fr/ateliers/reservation/{}/",
                "/fr/ateliers/reservation/{}/annuler/",
            ]
        )
    )
    encoded = token if token.startswith("%") else quote(token, safe="")
    response = probe("made-up order/booking tokens", Client(), "GET", template.format(encoded))
    assert response.status_code in (301, 404) or nul_refused(response), response.status_code
