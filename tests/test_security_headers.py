"""Response headers (CSP, referrer, permissions, opener) and the admin's login lockout."""

import base64
import hashlib
import re
from datetime import timedelta

import pytest

from django.contrib.auth import get_user_model
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.views.defaults import server_error

from core import rate_limits
from core.security import inline_hashes

from .shop.helpers import create_order, product

STRIPE = {
    "https://js.stripe.com",
    "https://*.js.stripe.com",
    "https://api.stripe.com",
    "https://hooks.stripe.com",
    "https://m.stripe.network",
}


def policy(response, header="Content-Security-Policy") -> dict[str, list[str]]:
    directives = {}
    for part in response[header].split(";"):
        name, *values = part.split()
        directives[name] = values
    return directives


def third_party(directives) -> set[str]:
    return {v for values in directives.values() for v in values if "://" in v or "*" in v}


@pytest.fixture
def real_stripe(settings):
    """The gateway as in production: Stripe itself, no localstripe."""
    settings.STRIPE_API_BASE = None
    settings.STRIPE_LOCAL = False
    return settings


def assert_strict_headers(response):
    csp = policy(response)
    assert csp["default-src"] == ["'self'"]
    assert csp["script-src"][:3] == ["'self'", "https://js.stripe.com", "https://*.js.stripe.com"]
    assert all(v.startswith("'sha256-") for v in csp["script-src"][3:])
    assert csp["connect-src"] == ["'self'", "https://api.stripe.com"]
    assert csp["frame-src"] == [
        "https://js.stripe.com",
        "https://*.js.stripe.com",
        "https://hooks.stripe.com",
        "https://m.stripe.network",
    ]
    assert csp["img-src"] == ["'self'", "data:"]
    assert csp["object-src"] == ["'none'"]
    assert csp["base-uri"] == ["'self'"]
    assert csp["form-action"] == ["'self'"]
    assert csp["frame-ancestors"] == ["'none'"]
    assert csp["style-src"][0] == "'self'"
    assert all(v.startswith("'sha256-") for v in csp["style-src"][1:])
    assert not [v for values in csp.values() for v in values if "unsafe" in v]
    assert third_party(csp) == STRIPE
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
    permissions = response["Permissions-Policy"]
    for feature in ("camera=()", "microphone=()", "geolocation=()", "usb=()"):
        assert feature in permissions
    assert 'payment=(self "https://js.stripe.com")' in permissions


@pytest.mark.django_db
def test_a_public_page_sends_the_strict_policy_and_headers(client, real_stripe):
    response = client.get("/fr/")
    assert response.status_code == 200
    assert_strict_headers(response)


@pytest.mark.django_db
def test_a_page_served_from_the_page_cache_carries_them_too(client, real_stripe, settings):
    settings.PAGE_CACHE = True
    client.get("/fr/")
    response = client.get("/fr/")
    assert response.get("X-Page-Cache") == "HIT"
    assert_strict_headers(response)


@pytest.mark.django_db
def test_the_cart_and_the_checkout_send_them(client, real_stripe):
    client.post(f"/fr/boutique/panier/ajouter/{product(stock=3).pk}/", {"quantity": 1})
    for url in ("/fr/boutique/panier/", "/fr/boutique/commande/"):
        response = client.get(url)
        assert response.status_code == 200, url
        assert_strict_headers(response)


@pytest.mark.django_db
def test_the_payment_page_allows_stripe_js_and_nothing_else(client, real_stripe, monkeypatch):
    from shop import gateway
    from shop.services import payments

    order = create_order((product(stock=3), 1))
    intent = gateway.Intent(
        id="pi_1",
        client_secret="pi_1_secret",
        status="requires_payment_method",
        amount=6000,
        currency="eur",
        metadata={},
    )
    monkeypatch.setattr(payments, "order_start_payment", lambda order: intent)
    response = client.get(f"/fr/boutique/commande/{order.token}/paiement/")
    assert response.status_code == 200
    assert '<script src="https://js.stripe.com/v3/"' in response.content.decode()
    assert_strict_headers(response)


@pytest.mark.django_db
def test_against_localstripe_its_origin_serves_stripe_js_and_answers_its_calls(client, settings):
    settings.STRIPE_API_BASE = "http://127.0.0.1:8420"
    settings.STRIPE_LOCAL = True
    csp = policy(client.get("/fr/"))
    assert "http://127.0.0.1:8420" in csp["script-src"]
    assert "http://127.0.0.1:8420" in csp["connect-src"]
    assert third_party(csp) == STRIPE | {"http://127.0.0.1:8420"}


@pytest.mark.django_db
def test_media_on_another_origin_are_allowed_as_images(client, real_stripe, settings):
    settings.MEDIA_URL = "https://media.example.org/media/"
    assert policy(client.get("/fr/"))["img-src"] == ["'self'", "data:", "https://media.example.org"]


def hash_sources(tag: str, html: str) -> list[str]:
    return [
        "'sha256-" + base64.b64encode(hashlib.sha256(block.encode()).digest()).decode() + "'"
        for block in re.findall(rf"<{tag}>(.*?)</{tag}>", html, re.DOTALL)
    ]


@pytest.mark.django_db
def test_json_ld_is_a_data_block_and_the_one_inline_script_is_allowed_by_its_hash(
    client, real_stripe
):
    response = client.get("/fr/")
    html = response.content.decode()
    assert '<script type="application/ld+json">' in html
    scripts = re.findall(r"<script([^>]*)>(.*?)</script>", html, re.DOTALL)
    for attributes, body in scripts:
        assert (
            'type="application/ld+json"' in attributes
            or ('src="/static/' in attributes and not body.strip())
            or (not attributes and "document.documentElement" in body)
        ), attributes
    # The early script, as the browser receives it, is allowed, and nothing else inline.
    inline = hash_sources("script", html)
    assert len(inline) == 1
    assert policy(response)["script-src"] == [
        "'self'",
        "https://js.stripe.com",
        "https://*.js.stripe.com",
        *inline,
    ]


@pytest.mark.django_db
def test_the_standalone_error_pages_styles_are_allowed_by_hash(client, settings):
    allowed = settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]["style-src"]
    pages = {
        "500": server_error(RequestFactory().get("/")).content.decode(),
        "503": render_to_string("shop/unavailable.html", {"message": "x", "language": "fr"}),
        "429": rate_limits.too_many_requests(30).content.decode(),
    }
    for name, html in pages.items():
        sources = hash_sources("style", html)
        assert sources, name
        assert set(sources) <= set(allowed), name


@pytest.mark.django_db
def test_the_admin_gets_the_policy_that_cannot_break_it(client, real_stripe):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    assert policy(response) == {
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'self'"],
    }
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"


# Admin login throttling (django-axes)

LOCKED = "Trop de tentatives de connexion ont échoué"


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_superuser(
        "curatrice", "curatrice@example.org", "bon-mot-de-passe"
    )


def log_in(client, password, **extra):
    return client.post("/admin/login/", {"username": "curatrice", "password": password}, **extra)


def test_five_failures_lock_the_username_from_that_address(client, editor, settings):
    assert settings.AXES_FAILURE_LIMIT == 5
    for _ in range(4):
        response = log_in(client, "mauvais")
        assert response.status_code == 200  # the form again, with its error
    response = log_in(client, "mauvais")
    assert response.status_code == 429
    html = response.content.decode()
    assert LOCKED in html
    assert "pendant 15\u00a0minutes" in html or "pendant 15 minutes" in html
    assert response["Retry-After"] == str(15 * 60)

    # The right password does not open the door during the lockout…
    response = log_in(client, "bon-mot-de-passe")
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session
    # …from that address; the same user elsewhere is not locked out.
    response = log_in(client, "bon-mot-de-passe", REMOTE_ADDR="203.0.113.5")
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(editor.pk)


def test_the_lockout_ends_after_the_cool_off(client, editor, settings):
    for _ in range(5):
        log_in(client, "mauvais")
    assert log_in(client, "bon-mot-de-passe").status_code == 429
    settings.AXES_COOLOFF_TIME = timedelta(seconds=0)
    assert log_in(client, "bon-mot-de-passe").status_code == 302


def test_a_forged_x_forwarded_for_does_not_reset_the_count(client, editor):
    for n in range(5):
        log_in(client, "mauvais", HTTP_X_FORWARDED_FOR=f"198.51.100.{n}")
    assert log_in(client, "bon-mot-de-passe").status_code == 429


def test_force_login_still_works_for_tests(client, editor):
    client.force_login(editor)
    assert client.get("/admin/").status_code == 200


# In Chromium: the policy blocks nothing the site uses (JSON-LD, styles, scripts).


@pytest.mark.browser
def test_the_public_pages_run_under_the_policy_without_a_violation(chromium, site_server):
    tab = chromium.new_context().new_page()
    tab.add_init_script(
        "window.__violations = [];"
        "document.addEventListener('securitypolicyviolation',"
        " e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));"
    )
    try:
        response = tab.goto(site_server.url + "/fr/2021-shoku/kanazawa/")
        assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
        object_url = tab.locator("article a").first.get_attribute("href")
        for url in ("/fr/", object_url, "/fr/recherche/?q=laque", "/fr/boutique/panier/"):
            tab.goto(site_server.url + url)
            tab.wait_for_load_state("networkidle")
            assert tab.locator('script[type="application/ld+json"]').count() >= (
                1 if url == object_url else 0
            )
            assert tab.evaluate("document.documentElement.classList.contains('no-js')") is False
            assert tab.evaluate("window.__violations") == [], url
    finally:
        tab.context.close()


def test_a_tag_named_in_a_template_comment_is_not_hashed_as_a_block(tmp_path):
    template = tmp_path / "early.html"
    template.write_text(
        "{% comment %}Keep <script> free of tags.{% endcomment %}{# <script> #}"
        "<script>run()</script>",
        encoding="utf-8",
    )
    digest = base64.b64encode(hashlib.sha256(b"run()").digest()).decode()
    assert inline_hashes("script", template) == [f"'sha256-{digest}'"]
