"""The seeded site in a real browser, at phone and desktop widths.

Screenshots land in test-artifacts/ (git-ignored) for a person to look at.
"""

import json
import urllib.request
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
VIEWPORTS = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 390, "height": 844}}
PAGES = {
    "home": "/fr/",
    "catalogue": "/fr/2021-shoku/catalogue/?collectivite=kanazawa&collectivite=toyama",
    "collectivite": "/fr/collectivites/kanazawa/",
    "tourism": "/fr/collectivites/kanazawa/decouvrir-kanazawa/",
    "object": "/fr/2021-shoku/kanazawa/",
    "materials": "/fr/materiaux/laque/",
    "search": "/fr/recherche/?q=laque",
}


def api_count(server, query):
    with urllib.request.urlopen(f"{server.url}/api/v2/objects/?limit=1&{query}") as response:
        return json.load(response)["meta"]["total_count"]


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_pages_render_without_errors_or_horizontal_scroll(chromium, site_server, viewport):
    ARTIFACTS.mkdir(exist_ok=True)
    context = chromium.new_context(viewport=VIEWPORTS[viewport])
    tab = context.new_page()
    errors = []
    tab.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    tab.on("pageerror", lambda exc: errors.append(str(exc)))
    try:
        # The first object of the exhibitor page stands for every object page.
        tab.goto(site_server.url + PAGES["object"])
        pages = {**PAGES, "object": tab.locator("article a").first.get_attribute("href")}
        for name, url in pages.items():
            response = tab.goto(site_server.url + url)
            assert response.status == 200, (name, response.status)
            assert tab.locator("h1").count() == 1, name
            overflow = tab.evaluate(
                "document.documentElement.scrollWidth - document.documentElement.clientWidth"
            )
            assert overflow <= 0, f"{name} scrolls sideways by {overflow}px at {viewport}"
            tab.evaluate("window.scrollTo(0, document.body.scrollHeight)")
            tab.wait_for_load_state("networkidle")
            broken = tab.evaluate(
                "[...document.images].filter(i => i.complete && i.naturalWidth === 0)"
                ".map(i => i.currentSrc || i.src)"
            )
            assert not broken, (name, broken)
            tab.screenshot(path=str(ARTIFACTS / f"{name}-{viewport}.png"), full_page=True)
        assert not errors, errors
    finally:
        context.close()


def test_catalogue_filters_work_without_javascript(chromium, site_server):
    context = chromium.new_context(java_script_enabled=False, viewport=VIEWPORTS["desktop"])
    tab = context.new_page()
    try:
        tab.goto(site_server.url + "/fr/2021-shoku/catalogue/")
        tab.locator('input[name="collectivite"][value="toyama"]').check()
        tab.locator('input[name="materiau"][value="metal"]').check()
        tab.get_by_role("button", name="Afficher les objets").click()
        tab.wait_for_load_state()
        assert "collectivite=toyama" in tab.url and "materiau=metal" in tab.url
        expected = api_count(site_server, "collectivite=toyama&material=metal")
        assert expected > 0
        assert tab.locator("article.object-card").count() == expected
    finally:
        context.close()
