"""Cold pages, in process: server time and SQL queries of a first view, nothing of it cached.

    python bench/crowd_cold.py [--pages 50] [--seed 2026] [--explain N] [--warm PATH]

Run by bench/crowd.py with the bench's environment (production settings, the bench's
database), before gunicorn starts, so that nothing else loads the machine's cores. For
each of `--pages` different object pages drawn at random (seeded) and as many filtered
catalogues of the crowd's URL set: every cache is emptied, one other object page
(`--warm`, by default the catalogue's first, left out of the draw) is read so that what
every page shares is there again (the site, the home's routing, the menus, the settings,
the sales calendar), then the page is requested once through Django's test client, timed
and its queries counted (CaptureQueriesContext). Nothing of the page itself is cached:
neither it, its route, its fragments, its cards nor its queries' results.

Renditions are made when an object is published or imported (catalogue/renditions.py):
emptying the caches empties Wagtail's rendition cache too, so the page reads them from the
database; `renditions_made` counts those a request made all the same (0 expected).

A third measure is what the crowd's own first views cost: every cache emptied once, then
`--crowd-warm` object pages drawn at random read (what their neighbours share is then
there: the «other objects» lists and their cards, the region's teaser, the translations
of a French page read in English), then `--pages` other object pages, never read before,
each once.

Prints the medians, the 90th percentiles and the minimum as JSON; `--explain N` prints the
SQL of the first N pages of each kind on stderr. What a visitor waits for on top (network,
gunicorn) is not in these figures.
"""

import argparse
import json
import random
import statistics
import sys
import time
from contextlib import nullcontext
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=50)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--explain", type=int, default=0, help="SQL des N premières pages")
    parser.add_argument("--warm", help="page lue avant chaque mesure (un autre objet)")
    parser.add_argument(
        "--crowd-warm", type=int, default=300, help="pages d’objets lues avant la 3e mesure"
    )
    args = parser.parse_args(argv)

    # Set up as the server is (config/wsgi.py): the same startup, core/startup.py's included.
    import config.wsgi  # noqa: F401
    from bench.crowd_urls import crowd_urls, object_urls

    rng = random.Random(args.seed)
    objects = [path for path in object_urls() if path.startswith("/fr/")]
    warm = args.warm or objects.pop(0)
    catalogues = [e.path for e in crowd_urls(seed=args.seed) if e.kind == "catalogue"]
    catalogues = sorted({path for path in catalogues if "?" in path})
    print(
        json.dumps(
            {
                "objet": measure(
                    rng.sample(objects, min(args.pages, len(objects))), warm, args.explain
                ),
                "catalogue filtré": measure(
                    rng.sample(catalogues, min(args.pages, len(catalogues))), warm, args.explain
                ),
                "objet jamais vu, voisins en cache": among_the_crowd(
                    object_urls(), random.Random(args.seed), args.crowd_warm, args.pages
                ),
            }
        )
    )


def measure(paths, warm, explain=0):
    from exhibition.models import ExhibitionRendition

    renditions = ExhibitionRendition.objects.count()
    views = [first_view(path, warm, explain=n < explain) for n, path in enumerate(paths)]
    return summary(views, renditions_made=ExhibitionRendition.objects.count() - renditions)


def summary(views, *, renditions_made) -> dict:
    times = sorted(view["ms"] for view in views)
    cpu = sorted(view["cpu_ms"] for view in views)
    queries = sorted(view["queries"] for view in views)
    figures = {
        "pages": len(views),
        "ms_p50": round(statistics.median(times), 1),
        "ms_p90": round(times[max(int(len(times) * 0.9) - 1, 0)], 1),
        "ms_min": round(times[0], 1),
        # This process's own CPU time: the wall time less the waits (the database's
        # and Redis's work, and other processes on a loaded machine).
        "cpu_ms_p50": round(statistics.median(cpu), 1),
        "cpu_ms_min": round(cpu[0], 1),
        "queries_p50": statistics.median(queries),
        "queries_max": queries[-1],
        "statuses": sorted({view["status"] for view in views}),
    }
    if renditions_made is not None:
        figures["renditions_made"] = renditions_made
    return figures


def among_the_crowd(paths, rng, warm_count, count):
    """First views of object pages (any language) after `warm_count` others were read."""
    from django.conf import settings
    from django.core.cache import caches
    from django.test import Client

    from bench.measure import FORWARDED

    paths = list(paths)
    rng.shuffle(paths)
    for alias in settings.CACHES:
        caches[alias].clear()
    client = Client(**FORWARDED)
    for path in paths[:warm_count]:
        client.get(path)
    views = [timed(client, path) for path in paths[warm_count : warm_count + count]]
    for view in views:
        view.pop("sql")
    return summary(views, renditions_made=None)


def first_view(path, warm, *, explain=False):
    """`path` read once, with nothing of it in the caches and the site's shared entries warm."""
    from django.conf import settings
    from django.core.cache import caches
    from django.db import connection
    from django.test import Client

    from bench.measure import FORWARDED

    for alias in settings.CACHES:
        caches[alias].clear()
    client = Client(**FORWARDED)
    client.get(warm)
    callers = []
    with connection.execute_wrapper(partial(_caller, callers)) if explain else nullcontext():
        view = timed(client, path)
    if explain:
        print(f"\n{path} : {view['queries']} requêtes, {view['ms']:.1f} ms", file=sys.stderr)
        for n, ((seconds, sql), caller) in enumerate(zip(view["sql"], callers, strict=False), 1):
            print(f"  {n}. [{seconds} s] {caller}\n     {sql[:300]}", file=sys.stderr)
    view.pop("sql", None)
    return view


def timed(client, path) -> dict:
    """One request: its server time, this process's CPU time, its queries."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    started, cpu = time.perf_counter(), time.process_time()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    return {
        "ms": (time.perf_counter() - started) * 1000,
        "cpu_ms": (time.process_time() - cpu) * 1000,
        "queries": len(queries),
        "sql": [(query["time"], query["sql"]) for query in queries],
        "status": response.status_code,
    }


def _caller(callers, execute, sql, params, many, context):
    """The project's innermost frames that led to a query (--explain)."""
    import traceback

    root = str(Path(__file__).resolve().parent.parent)
    frames = [
        f"{Path(frame.filename).relative_to(root)}:{frame.lineno} {frame.name}"
        for frame in traceback.extract_stack()
        if frame.filename.startswith(root)
        and "/.venv/" not in frame.filename
        and "bench/" not in frame.filename
    ]
    callers.append(" < ".join(reversed(frames[-3:])))
    return execute(sql, params, many, context)


if __name__ == "__main__":
    main()
