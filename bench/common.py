"""What the benchmark's scripts share: where its files go, its database, its environment.

The bench never touches the development database nor the tests': it has its own
PostgreSQL database (`bench`, created when missing) or, without PostgreSQL, its own
SQLite file, and its own Redis database number. Everything it writes is under
bench/results/, which git ignores.
"""

import os
import secrets
import shutil
import socket
import sys
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
PYTHON = sys.executable

DEFAULT_POSTGRES_URL = "postgres://postgres@127.0.0.1:5432/bench"
# The tests use Redis database 15; the bench keeps to 14, which it may empty.
DEFAULT_REDIS_URL = "redis://127.0.0.1:6379/14"


def listening(host: str, port: int) -> bool:
    try:
        socket.create_connection((host, port), timeout=1).close()
        return True
    except OSError:
        return False


def database_url() -> str:
    """BENCH_DATABASE_URL, else PostgreSQL on 127.0.0.1:5432 when it listens, else SQLite."""
    url = os.environ.get("BENCH_DATABASE_URL")
    if url:
        return url
    if listening("127.0.0.1", 5432):
        return DEFAULT_POSTGRES_URL
    return f"sqlite:///{RESULTS / 'bench.sqlite3'}"


def redis_url() -> str:
    url = os.environ.get("BENCH_REDIS_URL")
    if url is not None:
        return url
    return DEFAULT_REDIS_URL if listening("127.0.0.1", 6379) else ""


def _admin_url(url: str) -> tuple[str, str]:
    """The server's maintenance database URL, and the bench database's name."""
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path="/postgres")), parts.path.lstrip("/")


def create_database(url: str, *, fresh: bool = False) -> None:
    """Create the PostgreSQL database when missing (drop it first when `fresh`)."""
    if url.startswith("sqlite"):
        import dj_database_url

        path = Path(dj_database_url.parse(url)["NAME"])
        if fresh and path.exists():
            path.unlink()
        path.parent.mkdir(parents=True, exist_ok=True)
        return
    import psycopg
    from psycopg import sql

    admin, name = _admin_url(url)
    with psycopg.connect(admin.replace("postgres://", "postgresql://", 1), autocommit=True) as db:
        exists = db.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if exists and fresh:
            db.execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(sql.Identifier(name)))
            exists = None
        if not exists:
            print(f"==> Base PostgreSQL « {name} » créée")
            db.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))


def environment(*, page_cache: bool = False, **extra: str) -> dict[str, str]:
    """The environment of every bench process: production settings on the bench's data."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings.production",
        # Nothing of value is signed with it: the bench's sessions die with the run.
        DJANGO_SECRET_KEY=secrets.token_urlsafe(50),
        DJANGO_ALLOWED_HOSTS="127.0.0.1,localhost,testserver",
        DATABASE_URL=database_url(),
        REDIS_URL=redis_url(),
        CACHE_KEY_PREFIX="bench",
        MEDIA_ROOT=str(RESULTS / "media"),
        STATIC_ROOT=str(RESULTS / "static"),
        MEDIA_S3_BUCKET="",
        AWS_STORAGE_BUCKET_NAME="",
        FRONTEND_CACHE="",
        BENCH="1",  # bench/seed_large.py run alone sets this environment itself
        BENCH_FLOOR="1",
        PAGE_CACHE="1" if page_cache else "0",
        # No Varnish to purge, but in bench/crowd.py's phase through it, which sets its own.
        HTTP_CACHE_PURGE_URLS="",
        # Never called: no page the bench loads talks to Stripe.
        STRIPE_SECRET_KEY="sk_test_bench",
        STRIPE_PUBLISHABLE_KEY="pk_test_bench",
        STRIPE_WEBHOOK_SECRET="whsec_bench",
        STRIPE_API_BASE="http://127.0.0.1:9",
        PYTHONPATH=str(ROOT),
    )
    env.update(extra)
    return env


def need_wrk() -> str:
    """wrk's path; installs Debian's package when it is missing and we are root."""
    path = shutil.which("wrk")
    if path:
        return path
    if os.geteuid() == 0 and shutil.which("apt-get"):
        import subprocess

        print("==> wrk absent : installation du paquet Debian « wrk » (apt-get)")
        quiet = {
            "stdout": subprocess.DEVNULL,
            "env": {**os.environ, "DEBIAN_FRONTEND": "noninteractive"},
        }
        subprocess.run(["apt-get", "update", "-qq"], check=True, **quiet)
        subprocess.run(["apt-get", "install", "-y", "-qq", "wrk"], check=True, **quiet)
        path = shutil.which("wrk")
    if not path:
        sys.exit("wrk est introuvable : installez le paquet Debian « wrk » (apt-get install wrk).")
    return path


# A constant response through the whole middleware stack (core/health.py, bench_floor):
# the most any page could do on the same server.
FLOOR = "/bench/floor/"
