"""WCAG 2.2 AA, checked by axe-core in Chromium on every page type, language and width.

axe-core ships with axe-playwright-python (nothing is downloaded at run time). Pages are
found from the French tree; in English and Japanese the translated page is used when
the site advertises one (hreflang alternate or the language switcher), otherwise the
same path under /en/ or /ja/, which Wagtail serves from the French tree.
"""

import json
import re
import urllib.error
import urllib.request
from urllib.parse import urlparse

import pytest

pytestmark = pytest.mark.browser

LANGUAGES = ["fr", "en", "ja"]
VIEWPORTS = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 390, "height": 844}}
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": WCAG_TAGS},
    "resultTypes": ["violations"],
}

# The French pages of the seeded demo, one per page type.
FRENCH_PAGES = {
    "home": "/fr/",
    "edition": "/fr/2021-shoku/",
    "catalogue": "/fr/2021-shoku/catalogue/",
    "exhibitor": "/fr/2021-shoku/kanazawa/",
    "collectivite": "/fr/collectivites/kanazawa/",
    "tourism": "/fr/collectivites/kanazawa/decouvrir-kanazawa/",
    "materials": "/fr/materiaux/",
    "material": "/fr/materiaux/laque/",
    "workshop": "/fr/2021-shoku/atelier-decouverte-et-initiation/",
}


def axe():
    from axe_playwright_python.sync_playwright import Axe

    return Axe()


def api_items(server, query):
    try:
        with urllib.request.urlopen(f"{server.url}/api/v2/objects/?{query}") as response:
            return json.load(response)["items"]
    except (urllib.error.URLError, ValueError, KeyError):
        return []


def path_of(url):
    parsed = urlparse(url)
    return parsed.path + (f"?{parsed.query}" if parsed.query else "")


def status_of(server, path):
    try:
        with urllib.request.urlopen(server.url + path) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def localized(tab, server, french_path, lang):
    """The `lang` version of a French page: its advertised translation, the same path
    under /{lang}/, or, for a page not translated yet, the French page itself."""
    if lang == "fr":
        return french_path
    tab.goto(server.url + french_path)
    candidates = []
    for selector in (
        f'link[rel="alternate"][hreflang="{lang}"]',
        f'link[rel="alternate"][hreflang^="{lang}-"]',
        f'a[hreflang="{lang}"]',
    ):
        link = tab.locator(selector)
        if link.count():
            candidates.append(path_of(link.first.get_attribute("href") or ""))
    candidates.append(f"/{lang}/" + french_path.removeprefix("/fr/"))
    for candidate in candidates:
        if candidate.startswith(f"/{lang}/") and status_of(server, candidate) == 200:
            return candidate
    return french_path


def in_stock_object(server, lang):
    """The object with the most stock, so that the audit's pending orders starve nobody."""
    french = api_items(server, "limit=100&available=true")
    assert french, "no object for sale in the demo"
    item = max(french, key=lambda i: i["stock"])
    if lang != "fr":
        translated = [
            i
            for i in api_items(server, f"limit=100&available=true&locale={lang}")
            if i["meta"].get("locale") == lang
        ]
        if translated:
            best = max(translated, key=lambda i: i["stock"])
            return path_of(best["meta"]["html_url"]), best
        same_path = f"/{lang}/" + path_of(item["meta"]["html_url"]).removeprefix("/fr/")
        if status_of(server, same_path) == 200:
            return same_path, item
    return path_of(item["meta"]["html_url"]), item


def summary(name, url, violations):
    lines = [f"{name} ({url}): {len(violations)} violation(s)"]
    for violation in violations:
        lines.append(
            f"  - {violation['id']} [{violation.get('impact')}] {violation['help']}"
            f" ({violation['helpUrl']})"
        )
        for node in violation["nodes"][:8]:
            lines.append(f"      {', '.join(map(str, node['target']))}")
            message = (node.get("failureSummary") or "").replace("\n", " ")
            if message:
                lines.append(f"        {message[:300]}")
        if len(violation["nodes"]) > 8:
            lines.append(f"      … and {len(violation['nodes']) - 8} more")
    return "\n".join(lines)


# WCAG 3.1.2 (language of parts), which axe does not check: Japanese text in a French or
# English page must sit inside an element marked lang="ja".
UNMARKED_JAPANESE = r"""() => {
  const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/;
  const inJapanese = (el) => (el.closest("[lang]")?.getAttribute("lang") || "").startsWith("ja");
  const found = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (japanese.test(node.data) && !inJapanese(node.parentElement)) {
      found.push(`${node.parentElement.tagName.toLowerCase()}: ${node.data.trim().slice(0, 40)}`);
    }
  }
  return found;
}"""


class Auditor:
    def __init__(self, tab, server):
        self.tab = tab
        self.server = server
        self.axe = axe()
        self.reports = []
        self.audited = []

    def audit(self, name):
        url = path_of(self.tab.url)
        self.tab.wait_for_load_state("networkidle")
        results = self.axe.run(self.tab, options=AXE_OPTIONS)
        violations = results.response["violations"]
        self.audited.append(name)
        if violations:
            self.reports.append(summary(name, url, violations))
        if not self.tab.evaluate("document.documentElement.lang").startswith("ja"):
            unmarked = self.tab.evaluate(UNMARKED_JAPANESE)
            if unmarked:
                self.reports.append(
                    f'{name} ({url}): Japanese text without lang="ja" (WCAG 3.1.2):\n'
                    + "\n".join(f"      {text}" for text in unmarked[:10])
                )

    def visit(self, name, path, expected_status=200):
        response = self.tab.goto(self.server.url + path)
        assert response.status == expected_status, (name, path, response.status)
        self.audit(name)


def audit_language(chromium, server, lang, viewport, not_found_html=None):
    context = chromium.new_context(viewport=VIEWPORTS[viewport])
    tab = context.new_page()
    auditor = Auditor(tab, server)
    try:
        pages = {name: localized(tab, server, path, lang) for name, path in FRENCH_PAGES.items()}
        object_path, item = in_stock_object(server, lang)

        for name, path in pages.items():
            auditor.visit(name, path)
        auditor.visit("catalogue (filter error)", pages["catalogue"] + "?prix_min=abc")
        assert tab.locator('.facets [role="alert"]').count() == 1
        auditor.visit("object", object_path)
        auditor.visit("search", f"/{lang}/recherche/?q=laque")
        auditor.visit("search (empty)", f"/{lang}/recherche/")
        # The site server runs with DEBUG (Django's technical 404); the visitor's 404 page
        # is rendered by the test client (DEBUG off) and served in its place.
        missing = f"/{lang}/cette-page-n-existe-pas/"
        if not_found_html:
            body = not_found_html(missing)
            tab.route(
                server.url + missing,
                lambda route: route.fulfill(
                    status=404, body=body, content_type="text/html; charset=utf-8"
                ),
            )
        auditor.visit("404", missing, expected_status=404)
        if not_found_html:
            assert tab.locator("h1.error-page__title").count() == 1

        auditor.visit("cart (empty)", f"/{lang}/boutique/panier/")
        auditor.visit("checkout (empty cart)", f"/{lang}/boutique/commande/")
        tab.goto(server.url + object_path)
        tab.locator('form[action*="/panier/ajouter/"] [type="submit"]').first.click()
        tab.wait_for_url("**/boutique/panier/")
        auditor.audit("cart (one item)")

        tab.goto(server.url + f"/{lang}/boutique/commande/")
        auditor.audit("checkout")
        form = tab.locator("form[data-checkout-form]")
        form.locator('button[type="submit"]').click()
        tab.wait_for_load_state()
        assert tab.locator(".error-summary, [role='alert']").count() >= 1, "no error shown"
        auditor.audit("checkout (errors)")

        tab.fill('input[name="email"]', "claire@example.org")
        tab.fill('input[name="first_name"]', "Claire")
        tab.fill('input[name="last_name"]', "Dupont")
        tab.check('input[name="delivery"][value="pickup"]')
        tab.check('input[name="accept_terms"]')
        form.locator('button[type="submit"]').click()
        tab.wait_for_url("**/paiement/")
        token = tab.url.rstrip("/").split("/")[-2]
        auditor.audit("payment")
        auditor.visit("order status", f"/{lang}/boutique/commande/{token}/")
    finally:
        context.close()
    return auditor


@pytest.fixture
def not_found_html(db, client):
    """The site's own 404 page, as a visitor gets it with DEBUG off."""

    def render(path):
        response = client.get(path)
        assert response.status_code == 404
        return response.content.decode()

    return render


@pytest.mark.parametrize("viewport", VIEWPORTS)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_page_type_meets_wcag_22_aa(chromium, site_server, not_found_html, lang, viewport):
    auditor = audit_language(chromium, site_server, lang, viewport, not_found_html)
    assert len(auditor.audited) >= 19, auditor.audited
    assert not auditor.reports, (
        f"axe-core found WCAG 2.2 AA violations ({lang}, {viewport}):\n\n"
        + "\n\n".join(auditor.reports)
    )


def test_skip_link_moves_focus_into_main(chromium, site_server):
    context = chromium.new_context(viewport=VIEWPORTS["desktop"])
    tab = context.new_page()
    try:
        item = max(api_items(site_server, "limit=100&available=true"), key=lambda i: i["stock"])
        tab.goto(site_server.url + path_of(item["meta"]["html_url"]))
        tab.keyboard.press("Tab")
        focused = tab.evaluate("document.activeElement.className")
        assert "skip-link" in focused, focused
        assert tab.locator(".skip-link").is_visible(), "the skip link stays hidden when focused"
        tab.keyboard.press("Enter")
        assert tab.evaluate("document.activeElement.closest('main') !== null")
        # The next Tab goes on from inside <main>, not back to the header.
        tab.keyboard.press("Tab")
        assert tab.evaluate("document.activeElement.closest('main') !== null")
    finally:
        context.close()


def test_catalogue_filters_by_keyboard_only(chromium, site_server):
    context = chromium.new_context(viewport=VIEWPORTS["desktop"])
    tab = context.new_page()
    try:
        tab.goto(site_server.url + FRENCH_PAGES["catalogue"])
        submit = tab.get_by_role("button", name="Afficher les objets")
        toyama = tab.locator('input[name="collectivite"][value="toyama"]')
        checked_toyama = False
        for _ in range(200):
            tab.keyboard.press("Tab")
            if toyama.evaluate("el => el === document.activeElement"):
                tab.keyboard.press("Space")
                checked_toyama = True
            if submit.evaluate("el => el === document.activeElement"):
                break
        else:
            pytest.fail("Tab never reached «Afficher les objets»")
        assert checked_toyama, "Tab skipped the Toyama checkbox"
        outline = submit.evaluate("el => getComputedStyle(el).outlineStyle")
        assert outline != "none", "the focused button shows no focus ring"
        tab.keyboard.press("Enter")
        tab.wait_for_url(re.compile(r".*collectivite=toyama.*"))
        assert tab.locator("article.object-card").count() > 0
    finally:
        context.close()
