"""Cold pages, in process: server time and SQL queries of a first view, nothing of it cached.

    python bench/crowd_cold.py [--pages 50] [--seed 2026]

Run by bench/crowd.py with the bench's environment (production settings, the bench's
database), before gunicorn starts, so that nothing else loads the machine's cores. The
caches are emptied first; then, for each of `--pages` different object pages drawn at
random (seeded) and as many filtered catalogues of the crowd's URL set, the content
generation moves on (as a sale or a publication makes it do: every key built on it
misses) and the page is requested once through Django's test client, timed and its
queries counted (CaptureQueriesContext). Prints the medians and the 90th percentiles as
JSON; what a visitor waits for on top (network, gunicorn) is not in these figures.
"""

import argparse
import json
import random
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=50)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args(argv)

    import django

    django.setup()
    from django.conf import settings
    from django.core.cache import caches

    from bench.crowd_urls import crowd_urls, object_urls

    for alias in settings.CACHES:
        caches[alias].clear()
    rng = random.Random(args.seed)
    objects = [path for path in object_urls() if path.startswith("/fr/")]
    catalogues = [e.path for e in crowd_urls(seed=args.seed) if e.kind == "catalogue"]
    catalogues = sorted({path for path in catalogues if "?" in path})
    print(
        json.dumps(
            {
                "objet": measure(rng.sample(objects, min(args.pages, len(objects)))),
                "catalogue filtré": measure(
                    rng.sample(catalogues, min(args.pages, len(catalogues)))
                ),
            }
        )
    )


def measure(paths):
    from bench.measure import first_view

    views = [first_view({"path": path}) for path in paths]
    times = sorted(view["cold_ms"] for view in views)
    queries = sorted(view["cold_queries"] for view in views)
    return {
        "pages": len(views),
        "ms_p50": round(statistics.median(times), 1),
        "ms_p90": round(times[int(len(times) * 0.9) - 1], 1),
        "queries_p50": statistics.median(queries),
        "queries_max": queries[-1],
        "statuses": sorted({view["cold_status"] for view in views}),
    }


if __name__ == "__main__":
    main()
