"""How the site's pages settle on a slow phone: layout shift, first paint, bytes, image waste.

    .venv/bin/python -m bench.layout_shift [--site DIR] [--url URL] [--only fr,ja]
                                           [--viewport phone|desktop] [--json FILE]

Chromium (Debian's, through Playwright) at 390×844 CSS px on a 2× screen (--viewport
desktop: 1280×900 at 1×), the CPU slowed
four times and the network set to a slow 4G (150 ms round trip, 1.6 Mbit/s down, 750 kbit/s
up: Lighthouse's mobile profile) through the DevTools protocol. Each page is opened twice
in one browser context: the first visit with an empty cache, the second from the cache.
The visit scrolls to the end and back, so lazy images load and their shifts count, and
then reads:

- CLS: the sum of `layout-shift` entries without recent input (buffered), as Chromium
  reports it (one session window is enough: the visit lasts a few seconds);
- FCP: first-contentful-paint, and the latest end of a render-blocking resource
  (`renderBlockingStatus`), i.e. how long the stylesheets held the first paint;
- bytes: transferred (compressed) HTML, CSS, JS and images, from Resource Timing;
- image waste: for each loaded <img>, the bytes beyond what its displayed size × DPR
  needs (transferred size × (1 − displayed area / natural area)), as Lighthouse counts it.

Without --url, the script serves a copy of the seeded demo (--site, /tmp/smoke_base by
default) with gunicorn and production settings (compression, WhiteNoise's static files,
the page cache), as bench/run.py does.
"""

import argparse
import json
import shutil
import tempfile
from pathlib import Path

from bench.common import PYTHON, environment
from bench.server import Gunicorn, run

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
PHONE = {"viewport": {"width": 390, "height": 844}, "device_scale_factor": 2, "is_mobile": True}
DESKTOP = {"viewport": {"width": 1280, "height": 900}, "device_scale_factor": 1}
VIEWPORTS = {"phone": PHONE, "desktop": DESKTOP}
SLOW_4G = {
    "offline": False,
    "latency": 150,
    "downloadThroughput": 1.6 * 1024 * 1024 / 8,
    "uploadThroughput": 750 * 1024 / 8,
}
CPU_SLOWDOWN = 4
PAGES = {
    "home": "/fr/",
    "catalogue": "/fr/2021-shoku/catalogue/",
    "catalogue filtré": "/fr/2021-shoku/catalogue/?collectivite=kanazawa",
    "objet": None,  # the catalogue's first object
    "collectivité": "/fr/collectivites/kanazawa/",
    "matériau": "/fr/materiaux/laque/",
}

# Run in the page once it has loaded (Playwright's evaluate goes through the DevTools
# protocol, not through eval(), so the site's CSP allows it).
MEASURE = r"""async () => {
  await document.fonts.ready;
  const step = Math.max(200, innerHeight / 2);
  for (let y = 0; y < document.documentElement.scrollHeight; y += step) {
    scrollTo(0, y);
    await new Promise(r => setTimeout(r, 150));
  }
  scrollTo(0, 0);
  await new Promise(r => setTimeout(r, 300));
  // Lazy images never shown (in a folded menu) never load: a bounded wait.
  await Promise.race([new Promise(r => setTimeout(r, 10000)), Promise.all(
    [...document.images].filter(i => !i.complete)
      .map(i => new Promise(r => { i.onload = i.onerror = r; })))]);
  const shifts = await new Promise(resolve => {
    const seen = [];
    new PerformanceObserver(list => seen.push(...list.getEntries()))
      .observe({type: "layout-shift", buffered: true});
    setTimeout(() => resolve(seen), 100);
  });
  const cls = shifts.filter(e => !e.hadRecentInput).reduce((sum, e) => sum + e.value, 0);
  const culprits = shifts.filter(e => !e.hadRecentInput && e.value > 0.001).flatMap(
    e => e.sources.map(s => s.node ? (s.node.nodeName + "." + (s.node.className || "")) : "?"));
  const paint = performance.getEntriesByName("first-contentful-paint")[0];
  const nav = performance.getEntriesByType("navigation")[0];
  const resources = performance.getEntriesByType("resource");
  const blocking = resources.filter(r => r.renderBlockingStatus === "blocking");
  const bytes = {html: nav.transferSize, css: 0, js: 0, img: 0, other: 0};
  const sizeOf = {};
  for (const r of resources) {
    const kind = r.initiatorType === "img" ? "img"
      : r.name.endsWith(".css") || r.initiatorType === "link" ? "css"
      : r.initiatorType === "script" ? "js" : "other";
    bytes[kind] += r.transferSize;
    sizeOf[r.name] = r.encodedBodySize;
  }
  // naturalWidth is in CSS px, divided by the density a `w` descriptor implies: the file's
  // own width is the descriptor of the candidate the browser took.
  const fileWidth = img => {
    const sets = [img.srcset, ...[...(img.parentElement.tagName === "PICTURE"
      ? img.parentElement.querySelectorAll("source") : [])].map(s => s.srcset)];
    for (const set of sets) for (const item of (set || "").split(",")) {
      const [url, descriptor] = item.trim().split(/\s+/);
      if (url && descriptor && descriptor.endsWith("w")
          && new URL(url, location.href).href === img.currentSrc) return parseFloat(descriptor);
    }
    return img.naturalWidth;
  };
  let wasted = 0;
  for (const img of document.images) {
    if (!img.currentSrc || !img.naturalWidth || !img.clientWidth) continue;
    const need = img.clientWidth * img.clientHeight * devicePixelRatio ** 2;
    const width = fileWidth(img);
    const have = width * width * img.naturalHeight / img.naturalWidth;
    const size = sizeOf[img.currentSrc] || 0;
    if (have > need) wasted += size * (1 - need / have);
  }
  return {
    cls, culprits: [...new Set(culprits)].slice(0, 6),
    fcp: paint ? paint.startTime : null,
    blocking_end: Math.max(0, ...blocking.map(r => r.responseEnd)),
    blocking_count: blocking.length,
    bytes, wasted: Math.round(wasted),
  };
}"""


def visit(context, url):
    tab = context.new_page()
    cdp = context.new_cdp_session(tab)
    cdp.send("Network.enable")
    cdp.send("Network.emulateNetworkConditions", SLOW_4G)
    cdp.send("Emulation.setCPUThrottlingRate", {"rate": CPU_SLOWDOWN})
    response = tab.goto(url, wait_until="load")
    assert response.status == 200, (url, response.status)
    result = tab.evaluate(MEASURE)
    result["encoding"] = response.headers.get("content-encoding", "-")
    tab.close()
    return result


def alternates(context, url):
    """The page's Japanese version, from its hreflang links."""
    tab = context.new_page()
    tab.goto(url)
    link = tab.locator('link[rel=alternate][hreflang="ja"]')
    href = link.get_attribute("href") if link.count() else None
    tab.close()
    return href


def measure(base, languages, *, viewport=PHONE):
    from playwright.sync_api import sync_playwright

    rows = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        probe = browser.new_context()
        tab = probe.new_page()
        tab.goto(base + PAGES["catalogue"])
        pages = {**PAGES, "objet": tab.locator("article.object-card a").first.get_attribute("href")}
        targets = []
        for name, path in pages.items():
            url = base + path
            if "fr" in languages:
                targets.append((name, "fr", url))
            if "ja" in languages:
                ja = alternates(probe, url)
                if ja:
                    targets.append((name, "ja", _local(base, ja)))
        probe.close()
        for name, language, url in targets:
            context = browser.new_context(**viewport)
            first = visit(context, url)
            second = visit(context, url)
            context.close()
            rows.append(
                {"page": name, "lang": language, "url": url, "first": first, "second": second}
            )
            print(_line(rows[-1]), flush=True)
        browser.close()
    return rows


def _local(base, absolute):
    """An absolute URL from the site (PUBLIC_BASE_URL may differ) on the server measured."""
    path = "/" + absolute.split("://", 1)[-1].split("/", 1)[-1]
    return base + path


HEADER = (
    f"{'page':<18}{'lang':<5}{'CLS 1st':>8}{'CLS 2nd':>8}{'FCP 1st':>9}{'FCP 2nd':>9}"
    f"{'CSS blk':>9}{'HTML kB':>8}{'CSS kB':>7}{'img kB':>7}{'waste kB':>9}  enc"
)


def _line(row):
    first, second = row["first"], row["second"]
    b = first["bytes"]
    line = (
        f"{row['page']:<18}{row['lang']:<5}{first['cls']:>8.3f}{second['cls']:>8.3f}"
        f"{first['fcp'] or 0:>8.0f}m{second['fcp'] or 0:>8.0f}m"
        f"{first['blocking_end']:>8.0f}m{b['html'] / 1024:>8.1f}{b['css'] / 1024:>7.1f}"
        f"{b['img'] / 1024:>7.0f}{first['wasted'] / 1024:>9.1f}  {first['encoding']}"
    )
    culprits = first["culprits"] or second["culprits"]
    return line + (f"\n{'':<23}shifted: {', '.join(culprits)}" if culprits else "")


def serve(site: Path):
    """gunicorn, production settings, on a copy of the seeded demo in `site`."""
    work = Path(tempfile.mkdtemp(prefix="layout-shift-"))
    shutil.copytree(site, work / "site")
    env = environment(
        page_cache=True,
        DATABASE_URL=f"sqlite:///{work / 'site' / 'db.sqlite3'}",
        REDIS_URL="",
        MEDIA_ROOT=str(work / "site" / "media"),
        STATIC_ROOT=str(work / "static"),
        DJANGO_SECURE_SSL_REDIRECT="false",
        # Production's reverse proxy serves /media/; here Django stands in for it.
        BENCH_SERVE_MEDIA="1",
    )
    run([PYTHON, "manage.py", "collectstatic", "--no-input", "-v0"], env)
    return Gunicorn(env, workers=2, log="layout_shift_gunicorn.log"), work


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--site", default="/tmp/smoke_base", help="a seeded demo (db + media)")
    parser.add_argument("--url", help="measure this running server instead")
    parser.add_argument("--only", default="fr,ja", help="languages, comma-separated")
    parser.add_argument("--viewport", choices=VIEWPORTS, default="phone")
    parser.add_argument("--json", help="also write the figures to this file")
    args = parser.parse_args()
    languages = args.only.split(",")
    size = VIEWPORTS[args.viewport]
    print(
        f"{args.viewport} {size['viewport']['width']}×{size['viewport']['height']} "
        f"@{size['device_scale_factor']}x, CPU ×{CPU_SLOWDOWN}, {SLOW_4G['latency']} ms RTT, "
        f"{SLOW_4G['downloadThroughput'] * 8 / 1024 / 1024:.1f} Mbit/s; 1st = empty cache\n"
        + HEADER
    )
    if args.url:
        rows = measure(args.url.rstrip("/"), languages, viewport=VIEWPORTS[args.viewport])
    else:
        server, work = serve(Path(args.site))
        try:
            with server:
                rows = measure(server.url, languages, viewport=VIEWPORTS[args.viewport])
        finally:
            shutil.rmtree(work, ignore_errors=True)
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
