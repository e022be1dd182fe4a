"""Pages settle at once: nothing moves while a page loads, on a phone and on a desktop.

The worst case is made certain rather than left to timing: site.js is served wrapped in a
300 ms timer, so the first frames are always painted before it runs, as they are on a
slow phone. Whatever it changes after that (the folded menu, the folded filters) would
show as a layout shift here.
"""

import pytest

pytestmark = pytest.mark.browser

VIEWPORTS = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1280, "height": 900}}
HOME = "/fr/"
CATALOGUE = "/fr/2021-shoku/catalogue/"

# Evaluated through the DevTools protocol (the site's CSP forbids eval, not this).
SETTLE_AND_MEASURE = """async () => {
  await document.fonts.ready;
  for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight / 2) {
    scrollTo(0, y);
    await new Promise(r => setTimeout(r, 60));
  }
  scrollTo(0, 0);
  // Lazy images never shown (in a folded menu) never load: a bounded wait.
  await Promise.race([new Promise(r => setTimeout(r, 3000)), Promise.all(
    [...document.images].filter(i => !i.complete)
      .map(i => new Promise(r => { i.onload = i.onerror = r; })))]);
  return await new Promise(resolve => {
    const shifts = [];
    new PerformanceObserver(list => shifts.push(...list.getEntries()))
      .observe({type: "layout-shift", buffered: true});
    setTimeout(() => resolve(shifts.filter(e => !e.hadRecentInput).map(e => ({
      value: e.value,
      nodes: e.sources.map(s => s.node ? s.node.nodeName + "." + s.node.className : "?"),
      // Where they were and went, and when: enough to find a cause from a failure alone.
      rects: e.sources.map(s => [s.previousRect, s.currentRect].map(
        r => [r.x, r.y, r.width, r.height].map(Math.round))),
      at: Math.round(e.startTime),
    }))), 100);
  });
}"""


def late_site_js(route):
    response = route.fetch()
    body = "setTimeout(function () {\n" + response.text() + "\n}, 300);"
    route.fulfill(response=response, body=body)


def open_fresh(chromium, server, url, viewport):
    """A first visit: a new context, so an empty cache."""
    context = chromium.new_context(viewport=VIEWPORTS[viewport])
    context.route("**/js/site*.js", late_site_js)
    tab = context.new_page()
    errors = []
    tab.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    tab.on("pageerror", lambda exc: errors.append(str(exc)))
    response = tab.goto(server.url + url)
    assert response.status == 200, (url, response.status)
    # site.js has run once the menu button is no longer hidden (at any width).
    tab.wait_for_selector(".nav-toggle:not([hidden])", state="attached")
    return context, tab, errors


def object_url(chromium, server):
    context, tab, _ = open_fresh(chromium, server, CATALOGUE, "desktop")
    try:
        return tab.locator("article.object-card a").first.get_attribute("href")
    finally:
        context.close()


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_home_catalogue_and_an_object_page_do_not_shift_on_a_first_visit(
    chromium, site_server, viewport
):
    filtered = CATALOGUE + "?collectivite=kanazawa"
    pages = [HOME, CATALOGUE, filtered, object_url(chromium, site_server)]
    for url in pages:
        context, tab, errors = open_fresh(chromium, site_server, url, viewport)
        try:
            shifts = tab.evaluate(SETTLE_AND_MEASURE)
            assert shifts == [], (url, viewport, shifts)
            assert not errors, (url, errors)
        finally:
            context.close()


def test_on_a_phone_the_filters_are_folded_from_the_first_frame_and_open_on_demand(
    chromium, site_server
):
    context, tab, _ = open_fresh(chromium, site_server, CATALOGUE, "phone")
    try:
        tab.wait_for_selector("details[data-filters][data-fitted]", state="attached")
        form = tab.locator(".facets__form")
        assert not form.is_visible()
        tab.locator(".facets__summary").click()
        assert form.is_visible()
        assert tab.locator("details[data-filters]").get_attribute("open") is not None
    finally:
        context.close()


def test_on_a_phone_a_failed_site_js_leaves_the_menu_and_the_filters_open(chromium, site_server):
    """The folding CSS applies from the first frame; should site.js never arrive, the
    early script takes it back, so nothing stays folded behind a button that cannot open."""
    context = chromium.new_context(viewport=VIEWPORTS["phone"])
    context.route("**/js/site*.js", lambda route: route.abort())
    tab = context.new_page()
    try:
        assert tab.goto(site_server.url + CATALOGUE).status == 200
        tab.wait_for_load_state("load")
        assert tab.evaluate("document.documentElement.className") == "no-js"
        assert tab.locator(".main-nav a").first.is_visible()
        assert not tab.locator(".nav-toggle").is_visible()
        assert tab.locator(".facets__form").is_visible()
    finally:
        context.close()


def test_every_listing_image_has_its_size_before_it_loads(chromium, site_server):
    for url in (HOME, CATALOGUE):
        context, tab, _ = open_fresh(chromium, site_server, url, "phone")
        try:
            unsized = tab.evaluate(
                "[...document.querySelectorAll('main img')]"
                ".filter(i => !(+i.getAttribute('width') > 0 && +i.getAttribute('height') > 0))"
                ".map(i => i.outerHTML)"
            )
            assert tab.locator("main img").count() > 0, url
            assert unsized == [], (url, unsized)
        finally:
            context.close()


def test_the_call_to_action_band_has_no_low_contrast_text(chromium, site_server):
    """Its Japanese words are drawn by CSS with an empty alternative: a background, not
    text; every text node left in the band meets 4.5:1 on the band's indigo."""
    context, tab, _ = open_fresh(chromium, site_server, HOME, "desktop")
    try:
        band = tab.locator(".cta-band")
        assert band.count() == 1
        assert "伝統" not in band.inner_text()
        assert "伝統と革新" in tab.evaluate(
            "getComputedStyle(document.querySelector('.cta-band'), '::before').content"
        )
        ratios = tab.evaluate(CONTRASTS, ".cta-band")
        assert ratios and min(ratios.values()) >= 4.5, ratios
    finally:
        context.close()


# WCAG's contrast ratio of each text element of the band against the nearest opaque
# background behind it (a translucent text colour counts as a failure).
CONTRASTS = r"""selector => {
  const lum = c => {
    const [r, g, b] = c.match(/[\d.]+/g).slice(0, 3).map(v => {
      v = v / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const band = document.querySelector(selector);
  const behind = el => {
    for (; el; el = el.parentElement) {
      const c = getComputedStyle(el).backgroundColor;
      if (!/rgba\(.*,\s*0\)$/.test(c) && c !== "transparent") return c;
    }
    return "rgb(255, 255, 255)";
  };
  const out = {};
  for (const el of band.querySelectorAll("*")) {
    if (![...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim())) continue;
    const style = getComputedStyle(el);
    const alpha = (style.color.match(/[\d.]+/g)[3] ?? "1");
    if (+alpha < 1) { out[el.className || el.nodeName] = 0; continue; }
    const fore = lum(style.color), back = lum(behind(el));
    const [hi, lo] = fore > back ? [fore, back] : [back, fore];
    out[el.className || el.nodeName] = (hi + 0.05) / (lo + 0.05);
  }
  return out;
}"""
