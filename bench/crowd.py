"""Load the site as a crowd does: thousands of different pages, a few hot, while it sells.

    python bench/crowd.py [--objects 10000] [--skip-seed] [--quick] [--uniform]
                          [--duration 20] [--warm 60] [--connections 8] [--workers 2]
                          [--sales-per-second 1,5] [--sales-via localstripe|stock]
                          [--no-http-cache | --http-cache-only]

On the bench's own database (bench/seed_large.py, as `make bench`), with production
settings, Redis and the page cache as production runs them:

1. the URL sets (bench/crowd_urls.py): every live object page, equal weights («objets au
   hasard», the issue's measure), and the crowd (objects, catalogues with random filters,
   collectivités, materials, searches, the API), Zipf-weighted;
2. cold pages in process (bench/crowd_cold.py): server time and SQL queries of a first
   view of 50 object pages and 50 filtered catalogues, nothing of them cached;
3. for each workload: the bench's Redis database emptied (FLUSHDB on its number only,
   page cache included) and gunicorn started afresh (its workers' memory caches empty),
   then wrk (bench/crowd.lua): the first 15 s (cold start), warming, the steady state,
   then the steady workload again while bench/crowd_sales.py sells at each rate;
4. through Varnish (deploy/varnish/; --no-http-cache without it, --http-cache-only for it
   alone): the last workload's pages, cold, warming and steady, with the site purging
   Varnish; then the 100 most requested pages, all in Varnish, and a static file of the
   median page's size through the same Varnish (the target compares these two); then one
   sale per second, purges included.

Prints one table, each figure beside its target (issue 16), and writes it all to
bench/results/crowd-latest.json. Figures are only comparable on one machine under the same
load: wrk, gunicorn, PostgreSQL, Redis and the sales share its cores.
"""

import argparse
import json
import math
import os
import random
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import cache_memory  # noqa: E402
from bench.common import PYTHON, RESULTS, ROOT, environment, need_wrk  # noqa: E402
from bench.crowd_report import build_report, print_table, write  # noqa: E402
from bench.server import Gunicorn, drain, free_port, get, output, run  # noqa: E402
from deploy.varnish.launcher import Varnish, varnishd  # noqa: E402

WORKLOADS = {
    "uniform": "objets au hasard",
    "crowd": "foule",
}
URLS = RESULTS / "crowd"
WARM_STEP = 15  # seconds per wrk run while warming: one progress line each


def main(argv=None):
    args = parse(argv)
    wrk = need_wrk()
    RESULTS.mkdir(parents=True, exist_ok=True)
    env = environment(page_cache=not args.no_page_cache)
    print(f"==> Base : {env['DATABASE_URL']} ; cache : {env['REDIS_URL'] or 'mémoire locale'}")
    if not args.skip_seed:
        run([PYTHON, "bench/seed_large.py", "--objects", str(args.objects)], env)
    print("==> collectstatic", flush=True)
    run([PYTHON, "manage.py", "collectstatic", "--no-input", "-v", "0"], env)

    print("==> Ensembles d’URL (bench/crowd_urls.py)", flush=True)
    urls = json.loads(
        output(
            [PYTHON, "bench/crowd_urls.py", "write", str(URLS), "--seed", str(args.seed)]
            + ["--zipf", str(args.zipf)],
            env,
        )
    )
    print(
        f"    {urls['uniform']} pages d’objets ; foule : {urls['crowd']} URL "
        f"({', '.join(f'{n} {kind}' for kind, n in urls['by_kind'].items())}), "
        f"1 % des URL prennent {urls['top_1_percent_share']:.0%} des requêtes"
    )
    print(f"==> Pages froides dans le processus ({args.cold_pages} de chaque)", flush=True)
    cold_pages = json.loads(
        output([PYTHON, "bench/crowd_cold.py", "--pages", str(args.cold_pages)], env)
    )

    load_before = os.getloadavg()
    phases = []
    with Sales(env, args) as sales:
        for workload in [] if args.http_cache_only else args.workloads:
            phases += run_workload(wrk, env, args, workload, sales)
        # What the crowd left in Redis, before the Varnish phase empties it.
        memory = cache_memory.measure(env["REDIS_URL"]) if env["REDIS_URL"] else None
        if args.http_cache:
            phases += run_http_cache(wrk, env, args, args.workloads[-1], sales)
    report = build_report(args, env, urls, cold_pages, phases)
    report["http_cache"] = args.http_cache_note
    report["cache_memory"] = memory
    report["machine"] = {
        "cpus": os.cpu_count(),
        "load_average": {"before": load_before, "after": os.getloadavg()},
    }
    print_table(report)
    if memory:
        print(cache_memory.describe(memory))
    write(report)


def parse(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--objects", type=int, default=10_000, help="objets français au total")
    parser.add_argument("--skip-seed", action="store_true", help="garder la base telle quelle")
    parser.add_argument("--quick", action="store_true", help="1 000 objets, phases courtes")
    parser.add_argument("--uniform", action="store_true", help="objets au hasard seulement")
    parser.add_argument("--cold", type=int, default=15, help="secondes de démarrage à froid")
    parser.add_argument("--warm", type=int, default=60, help="secondes de préchauffage")
    parser.add_argument("--duration", type=int, default=20, help="secondes par phase mesurée")
    parser.add_argument("--connections", type=int, default=8, help="connexions de wrk")
    parser.add_argument("--threads", type=int, default=2, help="threads de wrk")
    parser.add_argument("--workers", type=int, default=2, help="workers gunicorn")
    parser.add_argument(
        "--sales-per-second", default="1,5", help="taux de ventes, séparés par des virgules"
    )
    parser.add_argument("--sales-via", choices=["localstripe", "stock"], default="localstripe")
    parser.add_argument("--no-page-cache", action="store_true", help="PAGE_CACHE=0")
    parser.add_argument(
        "--http-cache",
        action=argparse.BooleanOptionalAction,
        default=varnishd() is not None,
        help="la foule aussi à travers Varnish (deploy/varnish/), quand varnishd est là",
    )
    parser.add_argument(
        "--http-cache-only", action="store_true", help="seulement la phase à travers Varnish"
    )
    parser.add_argument("--cold-pages", type=int, default=50, help="pages froides mesurées")
    parser.add_argument("--seed", type=int, default=2026, help="graine des tirages")
    parser.add_argument("--zipf", type=float, default=1.1, help="exposant de Zipf")
    args = parser.parse_args(argv)
    if args.quick:
        args.objects = min(args.objects, 1000)
        args.cold, args.warm, args.duration = 5, 5, 5
        args.cold_pages = min(args.cold_pages, 10)
    args.sales = [float(rate) for rate in args.sales_per_second.split(",") if rate.strip()]
    args.workloads = ["uniform"] if args.uniform else list(WORKLOADS)
    args.http_cache_note = "" if args.http_cache else NO_VARNISH
    if args.http_cache and varnishd() is None:
        args.http_cache, args.http_cache_note = False, NO_VARNISH
    if not args.http_cache:
        print(f"==> Pas de phase « à travers Varnish » : {args.http_cache_note}", flush=True)
    return args


def run_workload(wrk, env, args, workload, sales):
    name = WORKLOADS[workload]
    urls = URLS / f"{workload}.txt"
    print(f"==> « {name} » : cache Redis du banc vidé, gunicorn redémarré", flush=True)
    run([PYTHON, "bench/measure.py", "clear-cache"], env)
    phases = []
    with Gunicorn(env, workers=args.workers, log=f"gunicorn-crowd-{workload}.log") as server:

        def phase(label, seconds, **extra):
            print(f"    {label} ({seconds} s)…", flush=True)
            stats = load(wrk, server.url, urls, args, seconds)
            drain(server.url)
            stats.update(workload=workload, name=f"{name}, {label}", seconds=seconds, **extra)
            print(f"      {summary(stats)}", flush=True)
            phases.append(stats)
            return stats

        cold_warm_steady(phase, args)
        for rate in args.sales:
            with sales.selling(rate, args.duration) as sold:
                label = f"{rate:g} vente{'s' if rate > 1 else ''}/s"
                stats = phase(label, args.duration, kind="sales", rate=rate)
            stats["sales"] = sold.result
            print(f"      ventes : {sold.describe()}", flush=True)
    return phases


def cold_warm_steady(phase, args):
    """The first seconds after a restart, the warming, then the steady state."""
    phase("démarrage à froid", args.cold, kind="cold")
    for step in range(math.ceil(args.warm / WARM_STEP)):
        seconds = min(WARM_STEP, args.warm - step * WARM_STEP)
        phase(f"préchauffage {step + 1}", seconds, kind="warming")
    phase("régime établi", args.duration, kind="steady")


NO_VARNISH = "varnishd absent (apt-get install varnish varnish-modules) ou --no-http-cache"
# The median page of a sample, rendered in process before gunicorn starts and written as
# a static file: WhiteNoise lists the static files once, at start. Its own HTML, and its
# gzipped copy beside it (WhiteNoise serves it to whoever accepts gzip, as the page cache
# serves pages), so that Varnish stores and serves both alike.
MEDIAN_PAGE = """
import gzip, json, sys, django
django.setup()
from django.test import Client
client = Client()
pages = sorted((client.get(p, secure=True).content for p in json.loads(sys.argv[1])), key=len)
median = pages[len(pages) // 2]
open(sys.argv[2], "wb").write(median)
open(sys.argv[2] + ".gz", "wb").write(gzip.compress(median, mtime=0))
print(len(median))
"""


def run_http_cache(wrk, env, args, workload, sales):
    """The same crowd through Varnish in front of gunicorn (deploy/varnish/site.vcl), the
    site purging it by cache tag (core/http_cache.py); then, in the same run and through
    the same Varnish, a static file of the median page's size: the target compares them."""
    name = f"{WORKLOADS[workload]} (pages), à travers Varnish"
    # The pages only: the site never lets Varnish share a search or the API (they pass),
    # and the workloads above measure them against gunicorn.
    lines = [line.split("\t", 1) for line in (URLS / f"{workload}.txt").read_text().splitlines()]
    lines = [(float(weight), path) for weight, path in lines if shared_page(path)]
    urls = URLS / f"{workload}-pages.txt"
    urls.write_text("".join(f"{weight}\t{path}\n" for weight, path in lines))
    hot = sorted(lines, reverse=True)[:HOT_PAGES]
    hot_list = URLS / f"{workload}-hot.txt"
    sample = random.Random(args.seed).sample([path for _w, path in lines], min(25, len(lines)))
    static_name = "bench-page-size.html"
    static_file = Path(env["STATIC_ROOT"]) / static_name
    size = int(output([PYTHON, "-c", MEDIAN_PAGE, json.dumps(sample), str(static_file)], env))
    static_list = URLS / "static.txt"
    static_list.write_text(f"1\t/static/{static_name}\n")

    port = free_port()
    served = {**env, "HTTP_CACHE_PURGE_URLS": f"http://127.0.0.1:{port}"}
    print(f"==> « {name} » : cache Redis vidé, gunicorn et Varnish (:{port}) démarrés", flush=True)
    run([PYTHON, "bench/measure.py", "clear-cache"], env)
    phases = []
    log = RESULTS / f"gunicorn-crowd-varnish-{workload}.log"
    with Gunicorn(served, workers=args.workers, log=log.name) as server:
        backend = server.url.removeprefix("http://")
        with Varnish(backend=backend, port=port, workdir=RESULTS / "varnish") as varnish:

            def phase(label, seconds, listing=urls, **extra):
                print(f"    {label} ({seconds} s)…", flush=True)
                before = varnish.stats(*VARNISH_COUNTERS)
                stats = load(wrk, varnish.url, listing, args, seconds)
                drain(server.url)
                after = varnish.stats(*VARNISH_COUNTERS)
                stats["varnish"] = {k: after.get(k, 0) - before.get(k, 0) for k in after}
                stats.update(workload=f"varnish-{workload}", seconds=seconds, **extra)
                stats["name"] = f"{name}, {label}"
                print(f"      {summary(stats)} ; {varnish_summary(stats['varnish'])}", flush=True)
                phases.append(stats)
                return stats

            cold_warm_steady(phase, args)
            # Each in Varnish before the measure (rendered once); a page in error is not.
            hot = [(weight, path) for weight, path in hot if get(varnish.url, path)[0] == 200]
            hot_list.write_text("".join(f"{weight}\t{path}\n" for weight, path in hot))
            label = f"les {len(hot)} pages les plus demandées, en cache"
            phase(label, args.duration, hot_list, kind="cached")
            phase(f"fichier statique de {size} octets", args.duration, static_list, kind="static")
            if args.sales:
                selling = SalesProcess(
                    {**sales.env, "HTTP_CACHE_PURGE_URLS": varnish.url},
                    rate=1,
                    duration=args.duration,
                    via=sales.via,
                    seed=args.seed,
                )
                with selling as sold:
                    stats = phase("1 vente/s, purges", args.duration, kind="sales", rate=1)
                stats["sales"] = sold.result
                print(f"      ventes : {sold.describe()}", flush=True)
    return phases


HOT_PAGES = 100


def shared_page(path):
    return not path.startswith("/api/") and "/recherche/" not in path


# A PURGE is answered by the VCL itself (synth): their count is the purges received.
VARNISH_COUNTERS = ("MAIN.cache_hit", "MAIN.cache_miss", "MAIN.s_pass", "MAIN.s_synth")


def varnish_summary(counters):
    hits, misses = counters.get("MAIN.cache_hit", 0), counters.get("MAIN.cache_miss", 0)
    share = hits / (hits + misses) if hits + misses else 0
    return (
        f"Varnish : {share:.0%} de hits, {counters.get('MAIN.s_pass', 0)} pass, "
        f"{counters.get('MAIN.s_synth', 0)} purges reçues"
    )


def load(wrk, base, urls, args, seconds):
    command = [wrk, f"-t{min(args.threads, args.connections)}", f"-c{args.connections}"]
    command += [f"-d{seconds}s", "--timeout", "10s", "-s", "bench/crowd.lua", base + "/"]
    env = {**os.environ, "CROWD_LIST": str(urls), "CROWD_SEED": str(args.seed)}
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    if result.returncode:
        sys.exit(f"wrk a échoué : {result.stderr or result.stdout}")
    line = next(line for line in result.stdout.splitlines() if line.startswith("BENCH_JSON "))
    stats = json.loads(line.removeprefix("BENCH_JSON "))
    stats["rps"] = round(stats["requests"] / (stats["duration_us"] / 1e6), 1)
    return stats


def summary(stats):
    errors = sum(stats["errors"].values())
    latency = stats["latency_us"]
    return (
        f"{stats['rps']:.0f} req/s, p50 {latency['p50'] / 1000:.0f} ms, "
        f"p99 {latency['p99'] / 1000:.0f} ms, {errors} erreur{'s' if errors > 1 else ''}"
    )


class Sales:
    """localstripe for the whole run (when sales go through it), and a sales process per
    phase (bench/crowd_sales.py)."""

    def __init__(self, env, args):
        self.env = {**env, "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend"}
        self.via = args.sales_via
        self.seed = args.seed
        self.stripe = None
        self.needed = bool(args.sales)

    def __enter__(self):
        if self.needed and self.via == "localstripe":
            from shop.localstripe_server import LocalStripe

            self.stripe = LocalStripe().start()
            print(f"==> localstripe sur {self.stripe.base_url}", flush=True)
            self.env.update(
                STRIPE_API_BASE=self.stripe.base_url,
                STRIPE_LOCAL="true",
                STRIPE_SECRET_KEY="sk_test_local",
                STRIPE_PUBLISHABLE_KEY="pk_test_local",
            )
        return self

    def __exit__(self, *exc):
        if self.stripe:
            self.stripe.stop()

    def selling(self, rate, duration):
        return SalesProcess(self.env, rate=rate, duration=duration, via=self.via, seed=self.seed)


class SalesProcess:
    """bench/crowd_sales.py, started and awaited until it says «prêt» (Django set up)."""

    def __init__(self, env, *, rate, duration, via, seed):
        self.out = RESULTS / "crowd" / f"ventes-{rate:g}.json"
        self.command = [PYTHON, "bench/crowd_sales.py", "--rate", str(rate)]
        self.command += ["--duration", str(duration), "--out", str(self.out), "--via", via]
        self.command += ["--seed", str(seed)]
        self.env = env
        self.result = None

    def __enter__(self):
        self.out.unlink(missing_ok=True)
        self.process = subprocess.Popen(
            self.command, cwd=ROOT, env=self.env, stdout=subprocess.PIPE, text=True
        )
        line = self.process.stdout.readline()
        if line.strip() != "prêt":
            self.process.wait()
            sys.exit("Le processus des ventes n’a pas démarré (bench/crowd_sales.py).")
        return self

    def __exit__(self, *exc):
        self.process.wait(timeout=300)  # the pieces sold are put back before it ends
        if self.out.exists():
            self.result = json.loads(self.out.read_text())

    def describe(self):
        if not self.result:
            return "aucun résultat (voir la sortie de bench/crowd_sales.py)"
        r = self.result
        failed = sum(r["failed"].values())
        failures = f", {failed} échouées : {r['failed']}" if failed else ""
        return (
            f"{r['sales']} en {r['elapsed_s']:.0f} s, {r['rate_achieved']:g}/s pour "
            f"{r['rate_asked']:g}/s demandées (via {r['via']}, p50 {r['sale_ms_p50']} ms "
            f"par vente){failures}"
        )


if __name__ == "__main__":
    main()
