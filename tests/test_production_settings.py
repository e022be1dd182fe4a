"""Production settings, the /health/ endpoint and the JSON log lines.

Production settings are loaded in subprocesses, with the environment a host would set:
the test process itself runs on config.settings.test.
"""

import json
import logging
import os
import secrets
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from django.test import RequestFactory, override_settings

from core.logging import JsonFormatter
from tests.conftest import free_port

ROOT = Path(__file__).resolve().parent.parent
HOST = "tradition-modernite.example.org"


def production_env(tmp_path, **overrides):
    """What a host sets: a long random secret, its hostname, PostgreSQL, Redis."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "AWS_"))}
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings.production",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(50),
        DJANGO_ALLOWED_HOSTS=f"{HOST},testserver",
        DJANGO_CSRF_TRUSTED_ORIGINS=f"https://{HOST}",
        DATABASE_URL="postgres://tradition:motdepasse@db.internal:5432/tradition",
        REDIS_URL="redis://cache.internal:6379/0",
        MEDIA_S3_BUCKET="",
        FRONTEND_CACHE="",
        STATIC_ROOT=str(tmp_path / "static"),
        MEDIA_ROOT=str(tmp_path / "media"),
    )
    env.update(overrides)
    return env


def run_python(code, env):
    return subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )


def manage(env, *args):
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


SETTINGS_SNAPSHOT = """
import django, json
django.setup()
from django.conf import settings
from django.core.files.storage import default_storage
print(json.dumps({
    "debug": settings.DEBUG,
    "middleware": settings.MIDDLEWARE,
    "static": settings.STORAGES["staticfiles"]["BACKEND"],
    "media": type(default_storage._wrapped if hasattr(default_storage, "_wrapped")
                  else default_storage).__name__,
    "media_url": settings.MEDIA_URL,
    "sessions": settings.SESSION_ENGINE,
    "cache": settings.CACHES["default"]["BACKEND"],
    "frontend_cache": getattr(settings, "WAGTAILFRONTENDCACHE", None),
    "apps": settings.INSTALLED_APPS,
    "db_options": settings.DATABASES["default"].get("OPTIONS", {}),
    "conn_max_age": settings.DATABASES["default"]["CONN_MAX_AGE"],
}, default=str))
"""

HEALTH_REQUEST = """
import django, json, logging
django.setup()
from django.test import Client
response = Client().get("/health/")
print(json.dumps({"status": response.status_code, "body": response.content.decode(),
                  "location": response.get("Location")}))
"""


def snapshot(env):
    result = run_python(SETTINGS_SNAPSHOT, env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_check_deploy_is_clean_with_the_environment_a_host_sets(tmp_path):
    result = manage(production_env(tmp_path), "check", "--deploy", "--fail-level", "WARNING")
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "System check identified no issues" in output
    assert "WARNING" not in output


def test_check_deploy_reports_a_weak_secret_key(tmp_path):
    # The clean result above means something: a short key is still caught.
    env = production_env(tmp_path, DJANGO_SECRET_KEY="short")
    result = manage(env, "check", "--deploy")
    assert "security.W009" in result.stdout + result.stderr


def test_production_refuses_to_start_without_a_database_url(tmp_path):
    env = production_env(tmp_path)
    del env["DATABASE_URL"]
    result = run_python("import django; django.setup()", env)
    assert result.returncode != 0
    assert "DATABASE_URL must be set" in result.stderr


def test_production_serves_compressed_static_files_sessions_and_redis_from_the_environment(
    tmp_path,
):
    settings = snapshot(production_env(tmp_path, DJANGO_DEBUG="true"))
    assert settings["debug"] is False
    security = settings["middleware"].index("django.middleware.security.SecurityMiddleware")
    assert settings["middleware"][security + 1] == "whitenoise.middleware.WhiteNoiseMiddleware"
    assert settings["static"] == "core.static_storage.BundlingCompressedManifestStaticFilesStorage"
    assert settings["sessions"] == "django.contrib.sessions.backends.cached_db"
    assert settings["cache"] == "core.redis_backend.ResilientRedisCache"
    assert settings["db_options"]["connect_timeout"] == 5
    assert settings["conn_max_age"] > 0
    assert settings["media"] == "FileSystemStorage"
    assert settings["frontend_cache"] is None
    assert "wagtail.contrib.frontend_cache" not in settings["apps"]


def test_media_go_to_s3_compatible_storage_once_a_bucket_is_named(tmp_path):
    env = production_env(
        tmp_path,
        MEDIA_S3_BUCKET="tradition-media",
        AWS_S3_ENDPOINT_URL="https://s3.fr-par.scw.cloud",
        MEDIA_CUSTOM_DOMAIN="media.example.org",
    )
    settings = snapshot(env)
    assert settings["media"] == "S3Storage"
    assert settings["media_url"] == "https://media.example.org/media/"


def test_a_cdn_is_purged_through_wagtail_frontend_cache_when_configured(tmp_path):
    env = production_env(
        tmp_path,
        FRONTEND_CACHE="cloudflare",
        CLOUDFLARE_BEARER_TOKEN="token",
        CLOUDFLARE_ZONE_ID="zone",
        FRONTEND_CACHE_HOSTNAMES=HOST,
    )
    settings = snapshot(env)
    backend = settings["frontend_cache"]["default"]
    assert backend["BACKEND"].endswith("CloudflareBackend")
    assert backend["HOSTNAMES"] == [HOST]
    assert "wagtail.contrib.frontend_cache" in settings["apps"]


@pytest.mark.django_db
def test_health_answers_ok_when_database_and_cache_answer(client):
    response = client.get("/health/")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert body["checks"]["database"]["status"] == "ok"
    assert body["checks"]["cache"]["status"] == "ok"
    assert "no-store" in response["Cache-Control"]


@pytest.mark.django_db
def test_health_says_degraded_without_leaking_the_cache_address_when_redis_is_down(client):
    """Pages are rendered without Redis (core/redis_backend.py): the load balancer keeps
    the server, and monitoring reads which check failed."""
    unreachable = {
        "default": {
            "BACKEND": "core.redis_backend.ResilientRedisCache",
            "LOCATION": "redis://:hunter2@127.0.0.1:1/0",
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        }
    }
    with override_settings(CACHES=unreachable):
        response = client.get("/health/")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "degraded"
    assert body["checks"] == {
        "database": {"status": "ok", "ms": body["checks"]["database"]["ms"]},
        "cache": {"status": "error", "ms": body["checks"]["cache"]["ms"]},
    }
    assert b"hunter2" not in response.content
    assert b"127.0.0.1" not in response.content


def test_health_answers_503_when_the_database_is_down_and_logs_it_as_json(tmp_path):
    env = production_env(
        tmp_path,
        DATABASE_URL="postgres://tradition:hunter2@127.0.0.1:1/tradition",
        REDIS_URL="",
    )
    result = run_python(HEALTH_REQUEST, env)
    lines = result.stdout.strip().splitlines()
    answer = json.loads(lines[-1])
    assert answer["status"] == 503
    body = json.loads(answer["body"])
    assert body["checks"]["database"]["status"] == "error"
    assert body["checks"]["cache"]["status"] == "ok"
    assert "hunter2" not in answer["body"]
    log = next(json.loads(line) for line in lines if '"core.health"' in line)
    assert log["level"] == "ERROR"
    assert log["message"] == "Health check failed: database"
    assert "OperationalError" in log["exception"]


def test_health_is_not_redirected_to_https_for_the_load_balancer(tmp_path):
    env = production_env(tmp_path, DATABASE_URL=f"sqlite:///{tmp_path}/db.sqlite3", REDIS_URL="")
    result = run_python(HEALTH_REQUEST, env)
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout.strip().splitlines()[-1])
    assert answer["status"] == 200, answer
    assert answer["location"] is None


def test_gunicorn_serves_health_and_logs_each_request_as_json(tmp_path):
    port = free_port()
    env = production_env(
        tmp_path,
        DATABASE_URL=f"sqlite:///{tmp_path}/db.sqlite3",
        REDIS_URL="",
        HOST="127.0.0.1",
        PORT=str(port),
        WEB_CONCURRENCY="1",
        DJANGO_ALLOWED_HOSTS="127.0.0.1",
    )
    command = [sys.executable, "-m", "gunicorn", "-c", "config/gunicorn.conf.py", "config.wsgi"]
    server = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/health/", timeout=5) as r:
                    status, body = r.status, json.loads(r.read())
                break
            except OSError:
                assert time.monotonic() < deadline, "gunicorn did not answer"
                time.sleep(0.3)
    finally:
        server.terminate()
        output, _ = server.communicate(timeout=30)
    assert status == 200
    assert body["status"] == "ok"
    entries = [json.loads(line) for line in output.splitlines() if line.strip()]
    access = [e for e in entries if e["logger"] == "gunicorn.access"]
    assert access[-1]["path"] == "/health/"
    assert access[-1]["status"] == 200
    assert any(e["logger"] == "gunicorn.error" for e in entries)


@pytest.mark.django_db
def test_bench_floor_is_not_routed_unless_the_benchmark_asks(client):
    response = client.get("/bench/floor/", follow=True)
    assert response.status_code == 404


def test_a_django_request_log_line_is_json_with_path_and_status():
    request = RequestFactory().get("/fr/2021-shoku/nulle-part/")
    record = logging.LogRecord(
        "django.request", logging.WARNING, __file__, 1, "Not Found: %s", (request.path,), None
    )
    record.request = request
    record.status_code = 404
    line = JsonFormatter().format(record)
    assert "\n" not in line
    entry = json.loads(line)
    assert entry["level"] == "WARNING"
    assert entry["logger"] == "django.request"
    assert entry["message"] == "Not Found: /fr/2021-shoku/nulle-part/"
    assert entry["path"] == "/fr/2021-shoku/nulle-part/"
    assert entry["method"] == "GET"
    assert entry["status"] == 404
    assert entry["time"].endswith("+00:00")


def test_a_gunicorn_access_log_line_carries_method_path_status_and_duration():
    atoms = {"m": "GET", "U": "/fr/", "q": "", "s": "200", "B": 5120, "h": "10.0.0.2"}
    atoms.update({"M": 12, "a": "Mozilla/5.0", "r": "GET /fr/ HTTP/1.1"})
    record = logging.LogRecord(
        "gunicorn.access", logging.INFO, __file__, 1, '%(h)s "%(r)s" %(s)s', atoms, None
    )
    entry = json.loads(JsonFormatter().format(record))
    assert entry["message"] == '10.0.0.2 "GET /fr/ HTTP/1.1" 200'
    assert entry["method"] == "GET"
    assert entry["path"] == "/fr/"
    assert entry["status"] == 200
    assert entry["bytes"] == 5120
    assert entry["duration_ms"] == 12
    assert "query" not in entry
