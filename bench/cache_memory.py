"""What the cache tags cost in Redis: how many tag versions, their bytes, per 10,000 objects.

    python bench/cache_memory.py [--redis-url redis://127.0.0.1:6379/14] [--objects N]

Run after a crowd bench (bench/crowd.py calls it before printing its table): the tags of
every page, card and fragment the crowd made are then in Redis. Prints one JSON object:
the tag versions (count, bytes by Redis's MEMORY USAGE), the page cache's entries for
comparison, and the tags' bytes scaled to 10,000 objects.
"""

import argparse
import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import redis_url  # noqa: E402

TAG_PATTERN = "*:content-tag:*"
PAGE_PATTERN = "*:page:*"


def describe(result: dict) -> str:
    """One line for the crowd bench's output."""
    per_object = result["tag_bytes"] / max(result["tag_versions"], 1)
    return (
        f"Étiquettes de cache dans Redis : {result['tag_versions']} versions "
        f"({result['object_tags']} d’objets), {result['tag_bytes'] / 1024:.0f} Kio, "
        f"soit {per_object:.0f} octets chacune et {per_object * 10_000 / 1024**2:.1f} Mio "
        f"pour 10 000 objets ; pages entières : {result['page_entries']} entrées, "
        f"{result['page_bytes'] / 1024**2:.1f} Mio"
    )


def measure(url: str, objects: int | None = None) -> dict:
    import redis

    client = redis.Redis.from_url(url)
    tags = _usage(client, TAG_PATTERN)
    pages = _usage(client, PAGE_PATTERN)
    object_tags = sum(1 for _ in client.scan_iter(match="*:content-tag:object:*", count=1000))
    result = {
        "tag_versions": tags["count"],
        "object_tags": object_tags,
        "tag_bytes": tags["bytes"],
        "page_entries": pages["count"],
        "page_bytes": pages["bytes"],
        "redis_used_bytes": client.info("memory")["used_memory"],
    }
    if objects:
        result["objects"] = objects
        result["tag_bytes_per_10000_objects"] = round(tags["bytes"] * 10_000 / objects)
    return result


def _usage(client, pattern):
    count = total = 0
    for key in client.scan_iter(match=pattern, count=1000):
        count += 1
        total += client.memory_usage(key) or 0
    return {"count": count, "bytes": total}


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--redis-url", default=os.environ.get("BENCH_REDIS_URL") or redis_url())
    parser.add_argument("--objects", type=int, help="objets de la base (toutes langues)")
    args = parser.parse_args(argv)
    if not args.redis_url:
        parser.error("pas de Redis : --redis-url redis://127.0.0.1:6379/14")
    print(json.dumps(measure(args.redis_url, args.objects), indent=2))


if __name__ == "__main__":
    main()
