"""The crowd bench's report: one table, each figure beside issue 16's target, and the JSON
kept in bench/results/crowd-latest.json."""

import datetime
import json

from bench.common import RESULTS, ROOT
from bench.report import provenance

# Issue 16's targets, on 2 cores with 2 workers and wrk 8 connections.
COLD_RPS = 150  # random object pages, first 15 s after a restart with empty caches
STEADY_RPS = 600  # the same, steady state
SALES_SHARE = {1: 0.8, 5: 0.6}  # share of the steady rate kept while selling n per second
PROXY_SHARE = 0.5  # through the HTTP cache: share of the proxy's rate for a static file
COLD_PAGE_MS = 15
COLD_PAGE_QUERIES = 10
NO_PROXY = "pas de phase à travers Varnish"


def build_report(args, env, urls, cold_pages, phases):
    return {
        **provenance(env),
        "objects": urls["uniform"],
        "urls": {k: urls[k] for k in ("uniform", "crowd", "by_kind", "top_1_percent_share")},
        "zipf": args.zipf,
        "seed": args.seed,
        "page_cache": not args.no_page_cache,
        "gunicorn_workers": args.workers,
        "wrk": {"connections": args.connections, "threads": args.threads},
        "sales_via": args.sales_via,
        "cold_pages": cold_pages,
        "phases": [{**phase, "targets": targets(phase, phases)} for phase in phases],
    }


def targets(phase, phases):
    """[(what is wanted, met)] for this phase, from issue 16."""
    rps = phase["rps"]
    if phase["kind"] == "cold" and phase["workload"] == "uniform":
        return [(f"≥ {COLD_RPS} req/s", rps >= COLD_RPS)]
    if phase["kind"] == "steady" and phase["workload"] == "uniform":
        return [(f"≥ {STEADY_RPS} req/s", rps >= STEADY_RPS)]
    if phase["kind"] == "cached":
        static = next((p for p in phases if p["kind"] == "static"), None)
        if static and static["rps"]:
            measured = rps / static["rps"]
            wanted = f"≥ {PROXY_SHARE * 100:.0f}\u00a0% du fichier statique"
            wanted += f" ({measured * 100:.0f}\u00a0%)"
            return [(wanted, measured >= PROXY_SHARE)]
    if phase["kind"] == "sales":
        steady = next(
            p for p in phases if p["kind"] == "steady" and p["workload"] == phase["workload"]
        )
        share = SALES_SHARE.get(round(phase["rate"]))
        if share is not None and steady["rps"]:
            measured = rps / steady["rps"]
            wanted = f"≥ {share * 100:.0f}\u00a0% du régime établi ({measured * 100:.0f}\u00a0%)"
            return [(wanted, measured >= share)]
    return []


def print_table(report):
    load = report["machine"]["load_average"]
    print(
        f"\n{report['objects']} pages d’objets · {report['database']} · cache {report['cache']} · "
        f"cache de pages {'oui' if report['page_cache'] else 'non'} · "
        f"{report['gunicorn_workers']} workers · wrk {report['wrk']['connections']} connexions · "
        f"ventes via {report['sales_via']} · charge machine (1, 5, 15 min) avant "
        + "/".join(f"{x:.1f}" for x in load["before"])
        + ", après "
        + "/".join(f"{x:.1f}" for x in load["after"])
    )
    head = ["charge", "req/s", "p50 ms", "p99 ms", "erreurs", "ventes/s", "objectif", "OK"]
    rows = [head]
    for phase in report["phases"]:
        if phase["kind"] == "warming":
            continue
        latency = phase["latency_us"]
        sales = phase.get("sales") or {}
        wanted = "; ".join(label for label, _met in phase["targets"])
        met = [ok for _label, ok in phase["targets"]]
        rows.append(
            [
                phase["name"],
                f"{phase['rps']:.0f}",
                f"{latency['p50'] / 1000:.0f}",
                f"{latency['p99'] / 1000:.0f}",
                str(sum(phase["errors"].values())),
                f"{sales['rate_achieved']:g}" if sales else "",
                wanted,
                ("OK" if all(met) else "manqué") if met else "",
            ]
        )
    if not any(phase["workload"].startswith("varnish-") for phase in report["phases"]):
        note = report.get("http_cache") or NO_PROXY
        rows.append(["via le cache HTTP, pages anonymes", "—", "", "", "", "", note, "—"])
    for name, cold in report["cold_pages"].items():
        rows.append(
            [
                f"{name}, 1re vue dans le processus (médiane de {cold['pages']})",
                "",
                f"{cold['ms_p50']:.0f}",
                "",
                "" if cold["statuses"] == [200] else f"statuts {cold['statuses']}",
                "",
                f"≤ {COLD_PAGE_MS} ms, ≤ {COLD_PAGE_QUERIES} requêtes SQL "
                f"({cold['queries_p50']:g} ; max {cold['queries_max']})",
                "OK"
                if cold["ms_p50"] <= COLD_PAGE_MS and cold["queries_p50"] <= COLD_PAGE_QUERIES
                else "manqué",
            ]
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(head))]
    for index, row in enumerate(rows):
        cells = [
            cell.ljust(widths[i]) if i in (0, 6) else cell.rjust(widths[i])
            for i, cell in enumerate(row)
        ]
        print("  ".join(cells).rstrip())
        if index == 0:
            print("  ".join("-" * w for w in widths))
    warming = [p for p in report["phases"] if p["kind"] == "warming"]
    if warming:
        print("Préchauffage : " + ", ".join(f"{p['rps']:.0f}" for p in warming) + " req/s.")
    print(
        "Objets au hasard : chaque requête une page d’objet tirée parmi toutes, même poids."
        f" Foule : tous types de pages, popularité de Zipf (s = {report['zipf']:g})."
    )
    print(
        "Démarrage à froid : Redis du banc vidé et gunicorn redémarré juste avant."
        " 1re vue : tous les caches vidés, une autre page d’objet lue (ce que toutes"
        " partagent), puis la page, une fois ; temps du serveur seul (client de test Django)."
        " Objet jamais vu : d’autres pages d’objets lues d’abord (ce que les voisines"
        " partagent), puis des pages jamais lues, une fois chacune, comme la foule."
    )


def write(report):
    path = RESULTS / "crowd-latest.json"
    path.write_text(json.dumps(report, ensure_ascii=False, indent=2))
    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
    (RESULTS / f"crowd-{stamp}-{report['objects']}.json").write_text(path.read_text())
    print(f"Résultats : {path.relative_to(ROOT)}")
