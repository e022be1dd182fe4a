"""The bench's report: figures per page, the table it prints beside issue 6's targets, and
the JSON kept in bench/results/."""

import datetime
import json
import os
import subprocess
from urllib.parse import urlsplit

from bench.common import FLOOR, RESULTS, ROOT
from bench.page_weight import VIEWPORT


def build_report(site, requests, args, env):
    floors = [r["load"]["rps"] for r in requests if r["path"] == FLOOR]
    floor = sum(floors) / len(floors) if floors else None
    results = []
    for request in requests:
        stats = request["load"]
        latency = {k: round(v / 1000, 1) for k, v in stats["latency_us"].items()}
        results.append(
            {
                "name": request["name"],
                "method": request["method"],
                "path": request["path"],
                "objects_in_scope": request["scope"],
                "status": request["status"],
                "requests_per_second": stats["rps"],
                "share_of_floor": round(stats["rps"] / floor, 3) if floor else None,
                "latency_ms": latency,
                "requests": stats["requests"],
                "errors": stats["errors"],
                "sql_queries": request["queries"],
                "first_view": request["first_view"],
                "html_bytes": request["html_bytes"],
                "html_gzip_bytes": request["html_gzip_bytes"],
                "image_bytes": request["image_bytes"],
                "images": request["images"],
            }
        )
    return {
        **provenance(env),
        "objects": site["objects"],
        "largest_edition": site["edition"],
        "page_cache": args.page_cache,
        "gunicorn_workers": args.workers,
        "wrk": {
            "connections": args.connections,
            "threads": args.threads,
            "duration_s": args.duration,
        },
        "images": {"viewport_px": VIEWPORT, "dpr": args.dpr},
        "machine": {"cpus": os.cpu_count()},
        "results": results,
    }


def provenance(env):
    """When, at which commit, on which database and cache: what any bench report starts with."""
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
    ).stdout.strip()
    return {
        "date": datetime.datetime.now().astimezone().isoformat(timespec="seconds"),
        "commit": commit,
        "database": urlsplit(env["DATABASE_URL"]).scheme,
        "cache": "redis" if env["REDIS_URL"] else "locmem",
    }


def print_table(report):
    print(
        f"\n{report['objects']} objets · {report['database']} · cache {report['cache']} · "
        f"cache de pages {'oui' if report['page_cache'] else 'non'} · "
        f"{report['gunicorn_workers']} workers · wrk {report['wrk']['connections']} connexions, "
        f"{report['wrk']['duration_s']} s · charge machine (1, 5, 15 min) avant "
        + "/".join(f"{x:.1f}" for x in report["machine"]["load_average"]["before"])
        + ", après "
        + "/".join(f"{x:.1f}" for x in report["machine"]["load_average"]["after"])
    )
    head = ["page", "URL", "req/s", "% plancher", "p50 ms", "p90 ms", "p99 ms", "SQL", "HTML ko"]
    head += ["img ko", "1re vue ms", "SQL 1re vue", "erreurs"]
    rows = [head]
    for r in report["results"]:
        errors = sum(r["errors"].values())
        path = r["path"] if len(r["path"]) <= 48 else r["path"][:47] + "…"
        rows.append(
            [
                r["name"],
                f"{r['method']} {path}" if r["method"] != "GET" else path,
                f"{r['requests_per_second']:.0f}",
                f"{r['share_of_floor']:.0%}" if r["share_of_floor"] is not None else "",
                f"{r['latency_ms']['p50']:.0f}",
                f"{r['latency_ms']['p90']:.0f}",
                f"{r['latency_ms']['p99']:.0f}",
                str(r["sql_queries"]),
                f"{r['html_bytes'] / 1000:.1f}",
                f"{r['image_bytes'] / 1000:.0f}",
                f"{first['ms']:.0f}" if (first := r.get("first_view") or {}).get("ms") else "",
                str(first["sql_queries"]) if first.get("sql_queries") is not None else "",
                str(errors) if errors else "",
            ]
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(head))]
    numeric = set(range(2, len(head)))
    for index, row in enumerate(rows):
        cells = [
            cell.rjust(widths[i]) if i in numeric else cell.ljust(widths[i])
            for i, cell in enumerate(row)
        ]
        print("  ".join(cells))
        if index == 0:
            print("  ".join("-" * w for w in widths))
    print("% plancher : part de la moyenne des deux mesures du plancher.")
    print(
        "1re vue : la première requête après une publication (caches du contenu vides),"
        " dans le processus (client de test Django), sans wrk."
    )
    print(
        f"Images : celles qu’un téléphone de {report['images']['viewport_px']} px "
        f"(densité {report['images']['dpr']:g}) télécharge, page entière (bench/page_weight.py)."
    )
    for r in report["results"]:
        if r["objects_in_scope"] is not None:
            print(f"« {r['name']} » porte sur {r['objects_in_scope']} objets.")
    print_targets(report)


# Issue 6's targets, on 2 cores with 2 workers: without the page cache, req/s and SQL
# queries per page; with it, a share of the constant view's throughput.
TARGETS = {"objet": 200, "catalogue filtré": 150}
MAX_QUERIES = 15
CACHED_SHARE_OF_FLOOR = 0.5
CACHED_PAGES = {"accueil", "catalogue", "catalogue filtré", "collectivité", "objet"}


def print_targets(report):
    print("\nObjectifs :")
    results = {r["name"]: r for r in report["results"]}
    checks = []
    if report["page_cache"]:
        for name in sorted(CACHED_PAGES & results.keys()):
            share = results[name]["share_of_floor"] or 0
            checks.append(
                (
                    f"{name}, cache de pages",
                    f"{share:.0%} du plancher",
                    "≥ 50\u00a0%",
                    share >= CACHED_SHARE_OF_FLOOR,
                )
            )
    else:
        for name, wanted in TARGETS.items():
            if name in results:
                rate = results[name]["requests_per_second"]
                checks.append((name, f"{rate:.0f} req/s", f"≥ {wanted}", rate >= wanted))
        for name in ("catalogue", "catalogue filtré", "objet"):
            if name in results:
                queries = results[name]["sql_queries"]
                checks.append(
                    (
                        f"{name}, SQL",
                        str(queries),
                        f"≤ {MAX_QUERIES}",
                        queries is not None and queries <= MAX_QUERIES,
                    )
                )
    for label, measured, wanted, met in checks:
        print(f"  {'atteint ' if met else 'MANQUÉ  '} {label}\u00a0: {measured} ({wanted})")


def write(report):
    path = RESULTS / "latest.json"
    path.write_text(json.dumps(report, ensure_ascii=False, indent=2))
    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
    suffix = "-cache" if report["page_cache"] else ""
    (RESULTS / f"{stamp}-{report['objects']}{suffix}.json").write_text(path.read_text())
    print(f"Résultats : {path.relative_to(ROOT)}")
