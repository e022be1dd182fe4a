"""Load the site as production serves it and print what each kind of page can take.

    python bench/run.py [--objects 10000] [--duration 10] [--connections 16] [--skip-seed]
                        [--page-cache] [--workers 2] [--threads 2] [--dpr 1]

Seeds the bench database (bench/seed_large.py), collects the static files (WhiteNoise,
compressed and hashed), starts gunicorn with production settings (DEBUG off, PostgreSQL
and Redis when they listen on 127.0.0.1) on a free loopback port, warms every URL up,
loads each with wrk and prints a table: requests per second, latency percentiles, SQL
queries per request, HTML and image bytes per page. The same figures go to
bench/results/latest.json.

Figures are only comparable on one machine under the same load: wrk, gunicorn, PostgreSQL
and Redis share its cores, and so does anyone else working on it.
"""

import argparse
import gzip
import json
import os
import re
import subprocess
import sys
import tempfile
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import FLOOR, PYTHON, RESULTS, ROOT, environment, need_wrk  # noqa: E402
from bench.page_weight import images_for  # noqa: E402
from bench.report import build_report, print_table, write  # noqa: E402
from bench.server import FORWARDED, Gunicorn, drain, fetch, get, output, run  # noqa: E402


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--objects", type=int, default=10_000, help="objets français au total")
    parser.add_argument("--duration", type=int, default=10, help="secondes de charge par URL")
    parser.add_argument("--connections", type=int, default=16, help="connexions simultanées")
    parser.add_argument("--threads", type=int, default=2, help="threads de wrk")
    parser.add_argument("--workers", type=int, default=2, help="workers gunicorn")
    parser.add_argument("--skip-seed", action="store_true", help="garder la base telle quelle")
    parser.add_argument("--page-cache", action="store_true", help="PAGE_CACHE=1 pour le serveur")
    parser.add_argument("--dpr", type=float, default=1.0, help="densité d’écran pour les images")
    parser.add_argument("--only", help="ne charger que les URL dont le nom contient ce texte")
    args = parser.parse_args(argv)

    wrk = need_wrk()
    RESULTS.mkdir(parents=True, exist_ok=True)
    env = environment(page_cache=args.page_cache)
    database = urlsplit(env["DATABASE_URL"])
    print(f"==> Base : {database.scheme} {database.hostname or ''}{database.path}")
    print(f"==> Cache : {env['REDIS_URL'] or 'mémoire locale de chaque worker (pas de Redis)'}")

    if not args.skip_seed:
        run([PYTHON, "bench/seed_large.py", "--objects", str(args.objects)], env)
    print("==> collectstatic (WhiteNoise, compressé et haché)")
    run([PYTHON, "manage.py", "collectstatic", "--no-input", "-v", "0"], env)
    run([PYTHON, "bench/measure.py", "clear-cache"], env)
    site = json.loads(output([PYTHON, "bench/measure.py", "urls"], env))
    print(f"==> {site['objects']} objets ; édition la plus grande : {site['edition']['title']}")

    with Gunicorn(env, workers=args.workers) as server:
        requests = prepare(server.url, site)
        if args.only:
            requests = [r for r in requests if args.only in r["name"] or r["path"] == FLOOR]
        requests = bracket_with_floor(requests)
        load_before = os.getloadavg()
        print("==> Préchauffage (rendus d’images, caches)")
        for request in requests:
            for _ in range(3):
                fetch(server.url, request)
        weigh(server.url, requests, dpr=args.dpr, media_root=Path(env["MEDIA_ROOT"]))
        print("==> Requêtes SQL par page (client de test Django, même base)")
        count_queries(requests, env)
        for request in requests:
            print(f"==> wrk {request['method']} {request['path']} ({args.duration} s)", flush=True)
            load(wrk, server.url, request, args, warmup=True)
            drain(server.url)
            request["load"] = load(wrk, server.url, request, args)
            drain(server.url)
        server_log = server.log

    report = build_report(site, requests, args, env)
    report["machine"]["load_average"] = {"before": load_before, "after": os.getloadavg()}
    print_table(report)
    write(report)
    print(f"\nJournal gunicorn : {server_log}")


def bracket_with_floor(requests):
    """The floor first and last: on a shared machine, how much it moved during the run."""
    floors = [r for r in requests if r["path"] == FLOOR]
    if not floors:
        return requests
    pages = [r for r in requests if r["path"] != FLOOR]
    first = {**floors[0], "name": floors[0]["name"] + ", début"}
    last = {**floors[0], "name": floors[0]["name"] + ", fin"}
    return [first, *pages, last]


def prepare(base, site):
    """The requests to load; the POST is sent as the object page's form would send it."""
    requests = []
    for url in site["urls"]:
        request = {**url, "method": "GET", "headers": dict(FORWARDED), "body": ""}
        request["scope"] = site["scope"].get(url["name"])
        if "POST" in url["name"]:
            request.update(method="POST", referer=site["product_page"], body="quantity=1")
            request["headers"].update(
                {
                    "Content-Type": "application/x-www-form-urlencoded",
                    # What a browser says of a form posted from the site's own page.
                    "Origin": f"https://{urlsplit(base).netloc}",
                    "Sec-Fetch-Site": "same-origin",
                }
            )
            cookie, token = csrf(base, site["product_page"])
            if token:  # a page rendered per visitor carries a CSRF token; a cached one doesn't
                request["body"] += f"&csrfmiddlewaretoken={token}"
                request["headers"]["Cookie"] = f"csrftoken={cookie}"
        requests.append(request)
    return requests


def csrf(base, page):
    """The CSRF cookie and form token of the object page, when it has them."""
    with urllib.request.urlopen(urllib.request.Request(base + page, headers=FORWARDED)) as r:
        html = r.read().decode()
        cookies = r.headers.get_all("Set-Cookie") or []
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
    cookie = next((re.search(r"csrftoken=([^;]+)", c) for c in cookies if "csrftoken=" in c), None)
    return (cookie[1], token[1]) if token and cookie else (None, None)


def weigh(base, requests, *, dpr, media_root):
    """HTML bytes (raw and gzip) and the bytes of the images a 390 px phone downloads."""
    for request in requests:
        status, body = fetch(base, request)
        request["status"] = status
        request["html_bytes"] = len(body)
        request["html_gzip_bytes"] = len(gzip.compress(body, 6))
        is_html = body.lstrip()[:15].lower().startswith((b"<!doctype", b"<html"))
        urls = images_for(body.decode(), dpr=dpr) if is_html else []
        request["images"] = [
            {"url": url, "bytes": image_bytes(base, url, media_root)} for url in urls
        ]
        request["image_bytes"] = sum(image["bytes"] or 0 for image in request["images"])


def image_bytes(base, url, media_root):
    path = urlsplit(url).path
    # Media are not served by the app servers (object storage or the proxy does it).
    if path.startswith("/media/"):
        file = media_root / path.removeprefix("/media/")
        return file.stat().st_size if file.exists() else None
    status, body = get(base, path)
    return len(body) if status == 200 else None


def count_queries(requests, env):
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as file:
        json.dump(requests, file)
    counted = json.loads(output([PYTHON, "bench/measure.py", "queries", file.name], env))
    os.unlink(file.name)
    for request, result in zip(requests, counted, strict=True):
        request["queries"] = result["queries"]
        request["client_status"] = result["status"]
        request["first_view"] = {
            "ms": result.get("cold_ms"),
            "sql_queries": result.get("cold_queries"),
        }


def load(wrk, base, request, args, *, warmup=False):
    env = {
        **os.environ,
        "BENCH_METHOD": request["method"],
        "BENCH_BODY": request["body"],
        "BENCH_HEADERS": "\n".join(f"{k}: {v}" for k, v in request["headers"].items()),
        "BENCH_PATHS": "\n".join(request.get("paths", [])),
    }
    command = [
        wrk,
        f"-t{min(args.threads, args.connections)}",
        f"-c{args.connections}",
        f"-d{2 if warmup else args.duration}s",
        "--timeout",
        "10s",
        "-s",
        str(ROOT / "bench" / "report.lua"),
        base + request["path"],
    ]
    result = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    line = next(line for line in result.stdout.splitlines() if line.startswith("BENCH_JSON "))
    stats = json.loads(line.removeprefix("BENCH_JSON "))
    stats["rps"] = round(stats["requests"] / (stats["duration_us"] / 1e6), 1)
    return stats


if __name__ == "__main__":
    main()
