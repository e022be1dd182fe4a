"""Production: one of several app servers behind a load balancer (README, « Production »).

They share PostgreSQL (DATABASE_URL), Redis (REDIS_URL) and, when a bucket is named, an
S3-compatible object storage for media; nothing a request needs lives on one server's disk
but the collected static files, which every server builds from the same release.
"""

import copy

from django.core.exceptions import ImproperlyConfigured

from core.logging import json_stdout_config

from .base import *  # noqa: F403
from .base import CACHES, DATABASES, INSTALLED_APPS, MIDDLEWARE, STORAGES, env, env_bool, env_list

DEBUG = False

if not env("DATABASE_URL"):
    raise ImproperlyConfigured(
        "DATABASE_URL must be set in production, e.g. postgres://user:password@host:5432/name."
    )
DATABASES = copy.deepcopy(DATABASES)
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # A database that does not answer fails the request (and /health/) in seconds, not minutes.
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault(
        "connect_timeout", int(env("DATABASE_CONNECT_TIMEOUT", "5"))
    )

CACHES = copy.deepcopy(CACHES)
for _alias in ("default", "sessions"):
    if CACHES.get(_alias, {}).get("BACKEND") == "core.redis_backend.ResilientRedisCache":
        # Same reasoning: a lost Redis must not hold a worker for the kernel's TCP timeout.
        CACHES[_alias].setdefault("OPTIONS", {}).update(
            socket_connect_timeout=float(env("REDIS_TIMEOUT", "2")),
            socket_timeout=float(env("REDIS_TIMEOUT", "2")),
        )

# Sessions (the cart) read from the shared cache, written through to the database, so a
# Redis restart empties no cart.
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
# Whole pages for visitors without a session, shared by every app server through Redis
# and invalidated on publishing and stock changes (core/page_cache.py).
PAGE_CACHE = env_bool("PAGE_CACHE", True)

# WhiteNoise serves the collected, hashed and pre-compressed static files from the app
# servers with far-future cache headers; a CDN in front caches them once.
MIDDLEWARE = [*MIDDLEWARE]
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.middleware.security.SecurityMiddleware") + 1,
    "whitenoise.middleware.WhiteNoiseMiddleware",
)
# WhiteNoise's storage, which collectstatic also has write the site's stylesheets as one
# file (core/static_storage.py); pages link it alone: one request holding the first paint
# instead of twenty (docs/performance.md). STYLESHEET_BUNDLE=false links them one by one.
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "core.static_storage.BundlingCompressedManifestStaticFilesStorage"},
}
STYLESHEET_BUNDLE = env_bool("STYLESHEET_BUNDLE", True)
# HTML gzipped on the way out (a page is ~5× smaller), outside the page cache. The page
# cache stores its bodies gzipped and serves them so to whoever accepts it, which this
# middleware then leaves alone; it compresses every other response, padded against
# BREACH. Static files are already compressed by WhiteNoise, which answers first.
MIDDLEWARE.insert(
    MIDDLEWARE.index("core.page_cache.AnonymousPageCacheMiddleware"),
    "django.middleware.gzip.GZipMiddleware",
)

# Media on S3-compatible storage (AWS, Scaleway, OVH, MinIO…) once a bucket is named;
# otherwise on MEDIA_ROOT, which the reverse proxy serves at /media/ (one server only).
# Credentials stay in the environment (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY), where
# boto3 reads them; they never appear in settings.
MEDIA_BUCKET = env("AWS_STORAGE_BUCKET_NAME") or env("MEDIA_S3_BUCKET")
if MEDIA_BUCKET:
    MEDIA_CUSTOM_DOMAIN = env("MEDIA_CUSTOM_DOMAIN") or env("AWS_S3_CUSTOM_DOMAIN")
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": MEDIA_BUCKET,
            "endpoint_url": env("AWS_S3_ENDPOINT_URL"),
            "region_name": env("AWS_S3_REGION_NAME"),
            "custom_domain": MEDIA_CUSTOM_DOMAIN,
            "location": env("MEDIA_S3_PREFIX", "media"),
            # Images are public and their names carry a hash: plain URLs a CDN can cache.
            "querystring_auth": False,
            "file_overwrite": False,
            "object_parameters": {"CacheControl": "public, max-age=31536000"},
        },
    }
    if MEDIA_CUSTOM_DOMAIN:
        MEDIA_URL = f"https://{MEDIA_CUSTOM_DOMAIN}/{env('MEDIA_S3_PREFIX', 'media')}/"

# HTTPS: TLS ends at the load balancer, which says so in X-Forwarded-Proto. Only right if
# the app servers are reachable through it alone (it overwrites the header).
if env_bool("DJANGO_BEHIND_PROXY", True):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", True)
# Load balancers probe over plain HTTP: a redirect would read as « down ».
SECURE_REDIRECT_EXEMPT = [r"^health/$"]
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = int(env("DJANGO_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("DJANGO_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("DJANGO_HSTS_PRELOAD", True)
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"

# A CDN in front of the site: Wagtail purges a page's URLs when it is published.
# FRONTEND_CACHE=cloudflare|cloudfront|http, off by default.
FRONTEND_CACHE = env("FRONTEND_CACHE", "")
if FRONTEND_CACHE == "cloudflare":
    WAGTAILFRONTENDCACHE = {
        "default": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
            "BEARER_TOKEN": env("CLOUDFLARE_BEARER_TOKEN"),
            "ZONEID": env("CLOUDFLARE_ZONE_ID"),
        }
    }
elif FRONTEND_CACHE == "cloudfront":
    WAGTAILFRONTENDCACHE = {
        "default": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
            "DISTRIBUTION_ID": env("CLOUDFRONT_DISTRIBUTION_ID"),
        }
    }
elif FRONTEND_CACHE == "http":
    # Varnish, nginx proxy_cache_purge, Fastly's URL purge: a PURGE request to each URL.
    WAGTAILFRONTENDCACHE = {
        "default": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": env("FRONTEND_CACHE_LOCATION"),
        }
    }
elif FRONTEND_CACHE:
    raise ImproperlyConfigured(
        f"FRONTEND_CACHE={FRONTEND_CACHE!r}: expected cloudflare, cloudfront or http."
    )
if FRONTEND_CACHE:
    INSTALLED_APPS = [*INSTALLED_APPS, "wagtail.contrib.frontend_cache"]
    if env_list("FRONTEND_CACHE_HOSTNAMES"):
        # Only these hosts sit behind the CDN (default: every host the site answers).
        WAGTAILFRONTENDCACHE["default"]["HOSTNAMES"] = env_list("FRONTEND_CACHE_HOSTNAMES")

# JSON lines on stdout (core/logging.py): the platform's collector does the rest.
LOGGING = json_stdout_config(
    level=env("LOG_LEVEL", "INFO"),
    loggers={
        # Django's own handlers mail admins and print to stderr; ours replace them.
        "django": {"handlers": ["stdout"], "level": env("LOG_LEVEL", "INFO"), "propagate": False},
        "django_tasks": {"level": "WARNING"},
        "django.tasks": {"level": "WARNING"},
        "wagtail": {"level": env("WAGTAIL_LOG_LEVEL", "WARNING")},
        "stripe": {"level": "WARNING"},
        # django-axes logs every login at INFO; failed attempts and lockouts at WARNING.
        "axes": {"level": env("AXES_LOG_LEVEL", "WARNING")},
    },
)
