"""The site while Redis stops answering: served from the database, slower, without errors.

    python bench/redis_stall.py [--seconds 15] [--connections 8] [--workers 2]

On the bench's database (bench/seed_large.py, as `make bench`; run bench/crowd.py or
seed_large.py first), with production settings and the page cache, gunicorn talks to
Redis through a loopback proxy (bench/stalling_redis.py) that can stop answering, as a
saturated or failing-over server does. The crowd (bench/crowd_urls.py, Zipf-weighted) is
loaded for: Redis answering (after a warm-up), Redis not answering, Redis answering again.
Prints one line per phase: requests per second, latency and errors (any answer other
than 2xx or 3xx is one). What to expect (core/redis_backend.py, docs/production.md): no
error in any phase; while Redis does not answer, each worker waits for it once per
REDIS_RETRY_SECONDS and renders every page from the database.
"""

import argparse
import json
import sys
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import PYTHON, RESULTS, environment, need_wrk  # noqa: E402
from bench.crowd import URLS, load, summary  # noqa: E402
from bench.server import Gunicorn, drain, output, run  # noqa: E402
from bench.stalling_redis import StallingProxy  # noqa: E402


def main(argv=None):
    args = parse(argv)
    wrk = need_wrk()
    RESULTS.mkdir(parents=True, exist_ok=True)
    env = environment(page_cache=True)
    redis = urlsplit(env["REDIS_URL"])
    if redis.scheme != "redis":
        sys.exit("Ce banc demande Redis (BENCH_REDIS_URL ou Redis sur 127.0.0.1:6379).")
    proxy = StallingProxy((redis.hostname, redis.port or 6379))
    env["REDIS_URL"] = urlunsplit(redis._replace(netloc=f"127.0.0.1:{proxy.port}"))
    env["REDIS_TIMEOUT"] = str(args.redis_timeout)
    env["REDIS_RETRY_SECONDS"] = str(args.retry)
    print(f"==> Base : {env['DATABASE_URL']} ; Redis derrière {env['REDIS_URL']}", flush=True)
    run([PYTHON, "manage.py", "collectstatic", "--no-input", "-v", "0"], env)
    output([PYTHON, "bench/crowd_urls.py", "write", str(URLS), "--seed", str(args.seed)], env)
    run([PYTHON, "bench/measure.py", "clear-cache"], env)

    urls = URLS / "crowd.txt"
    results = []
    with Gunicorn(env, workers=args.workers, log="gunicorn-redis-stall.log") as server:

        def phase(label, seconds):
            print(f"    {label} ({seconds} s)…", flush=True)
            stats = load(wrk, server.url, urls, args, seconds)
            drain(server.url)
            stats["name"] = label
            print(f"      {summary(stats)}", flush=True)
            results.append(stats)

        phase("préchauffage, Redis répond", args.warm)
        phase("Redis répond", args.seconds)
        proxy.stall()
        phase("Redis ne répond plus", args.seconds)
        proxy.answer_again()
        phase("Redis répond de nouveau", args.seconds)
    proxy.close()

    print()
    print(f"{'phase':32} {'req/s':>7} {'p50 ms':>7} {'p99 ms':>7} {'erreurs':>8}")
    for stats in results[1:]:
        errors = sum(stats["errors"].values())
        latency = stats["latency_us"]
        print(
            f"{stats['name']:32} {stats['rps']:7.0f} {latency['p50'] / 1000:7.0f} "
            f"{latency['p99'] / 1000:7.0f} {errors:8d}"
        )
    print(
        f"Délai Redis {args.redis_timeout} s, réessayé toutes les {args.retry} s ; "
        f"commandes restées sans réponse : {len(proxy.swallowed_commands())}."
    )
    (RESULTS / "redis-stall-latest.json").write_text(json.dumps(results, indent=2))
    failed = sum(sum(stats["errors"].values()) for stats in results)
    return 1 if failed else 0


def parse(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=15, help="durée de chaque phase")
    parser.add_argument("--warm", type=int, default=30, help="préchauffage avant la mesure")
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--redis-timeout", type=float, default=2.0, help="REDIS_TIMEOUT")
    parser.add_argument("--retry", type=float, default=5.0, help="REDIS_RETRY_SECONDS")
    return parser.parse_args(argv)


if __name__ == "__main__":
    sys.exit(main())
