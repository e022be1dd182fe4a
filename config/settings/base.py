"""Settings shared by every environment; production-safe by default.

Everything that differs between machines comes from environment variables.
`dev.py` relaxes these defaults for a laptop, `test.py` for the test suite.
"""

import copy
import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF

from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from core.security import inline_hashes

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env(name: str, default: str | None = None) -> str | None:
    return os.environ.get(name, default)


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = env("DJANGO_SECRET_KEY")
if not SECRET_KEY:
    raise ImproperlyConfigured("DJANGO_SECRET_KEY must be set outside development.")

DEBUG = env_bool("DJANGO_DEBUG", False)
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "localhost,127.0.0.1")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "core",
    "core.mail",
    "exhibition",
    "catalogue",
    "shop",
    "workshops",
    "wagtail.api.v2",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    # wagtail-localize: translation workflow for pages and snippets; its `locales` app
    # replaces wagtail.locales (same admin, plus per-locale sync settings).
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.admin",
    "wagtail",
    "rest_framework",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
    # Content-Security-Policy (core/security.py) and admin login throttling.
    "csp",
    "axes",
]

MIDDLEWARE = [
    # Outermost, so that pages served from the page cache carry the policies too.
    "core.security.ContentSecurityPolicyMiddleware",
    "core.security.PermissionsPolicyMiddleware",
    "core.security.RejectNullBytesMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Tags the pages the page cache shares for Varnish in front (HTTP_CACHE_PURGE_URLS).
    "core.http_cache.SurrogateKeyMiddleware",
    # Before sessions and the rest: a cached page costs one cache round trip (PAGE_CACHE).
    "core.page_cache.AnonymousPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "core.sites.CachedSiteMiddleware",
    "core.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes requires: answers the lockout page once a login is locked out.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "core.context_processors.site_navigation",
                "shop.context_processors.cart",
            ],
        },
    },
]

# SQLite is the embedded default; DATABASE_URL=postgres://… switches to PostgreSQL.
DATABASES = {
    "default": dj_database_url.parse(
        env("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=int(env("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
# SQLite lets one writer at a time. Its default (deferred) transactions read first and ask
# for the write lock later: when the admin's autosave and a save cross, one of them fails at
# once with «database is locked» (a 500). IMMEDIATE takes the lock at BEGIN, so the second
# writer waits (up to `timeout` seconds) instead; WAL lets readers go on meanwhile.
SQLITE_OPTIONS = {
    "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    "transaction_mode": "IMMEDIATE",
    "timeout": 20,
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"].setdefault("OPTIONS", {}).update(SQLITE_OPTIONS)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Local memory unless REDIS_URL names the shared cache that production uses.
if env("REDIS_URL"):
    CACHES = {
        "default": {
            # Django's, left alone once it does not answer, until a probe finds it answering
            # again: pages are rendered without it rather than wait and fail
            # (core/redis_backend.py; REDIS_RETRY_SECONDS between two probes).
            "BACKEND": "core.redis_backend.ResilientRedisCache",
            "LOCATION": env("REDIS_URL"),
            "KEY_PREFIX": env("CACHE_KEY_PREFIX", "tem"),
            "OPTIONS": {"RETRY": float(env("REDIS_RETRY_SECONDS", "5"))},
        }
    }
    # Sessions (the cart), whose copy written while Redis did not answer must not come
    # back from before: the same Redis, forgetting those copies once it answers again.
    CACHES["sessions"] = copy.deepcopy(CACHES["default"])
    CACHES["sessions"]["OPTIONS"]["FORGET_UNWRITTEN"] = True
    SESSION_CACHE_ALIAS = "sessions"
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Entries that never change once written (keyed on the content generation, or Wagtail's
# renditions keyed by file hash and filter): each process keeps a copy in front of the
# shared cache (core/cache_backends.py). A page's route is about 12 kB pickled: 2,000
# entries bound each worker's copy to a few tens of MB even under a full crawl.
for _alias in ("content", "template_fragments", "renditions"):
    CACHES[_alias] = {
        "BACKEND": "core.cache_backends.TieredCache",
        "OPTIONS": {"SHARED": "default", "LOCAL_TIMEOUT": 300, "LOCAL_MAX_ENTRIES": 2000},
    }

# django-axes first: it refuses a locked-out login before any password is checked.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# French first; English and Japanese share the same page tree through Wagtail's locales.
LANGUAGE_CODE = "fr"
LANGUAGES = [("fr", "Français"), ("en", "English"), ("ja", "日本語")]
WAGTAIL_I18N_ENABLED = True
# A new translation is a draft until reviewed, never a live copy still in French.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
# The admin names content languages in its user's language («Publier en anglais»); the
# visitors' language switcher keeps each language's own name (LANGUAGES).
WAGTAIL_CONTENT_LANGUAGES = [("fr", _("français")), ("en", _("anglais")), ("ja", _("japonais"))]
LOCALE_PATHS = [
    BASE_DIR / "locale",
    # After the project's own: corrections of Wagtail's French admin strings (see its header).
    BASE_DIR / "config" / "admin_translations",
]
TIME_ZONE = "Europe/Paris"
USE_I18N = True
USE_TZ = True
# Dates and times as each language writes them («14 h 00», «2:00 p.m.», «14:00»).
FORMAT_MODULE_PATH = ["config.formats"]

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(env("STATIC_ROOT", str(BASE_DIR / "staticfiles")))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(env("MEDIA_ROOT", str(BASE_DIR / "media")))
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"},
}

# Every email goes through the outbox (core/mail/), which stores it, then sends it through
# EMAIL_DELIVERY_BACKEND, named by the environment's EMAIL_BACKEND; one that can't leave yet
# is retried by `manage.py send_queued_emails --loop` (docs/production.md).
EMAIL_BACKEND = "core.mail.backends.OutboxEmailBackend"
EMAIL_DELIVERY_BACKEND = env("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
# A mail server that doesn't answer must not hold a request (and its worker) for minutes.
EMAIL_TIMEOUT = int(env("EMAIL_TIMEOUT", "10"))
# /health/ names the emails still not sent this many minutes after they were queued.
EMAIL_LATE_MINUTES = int(env("EMAIL_LATE_MINUTES", "30"))
EMAIL_FILE_PATH = env("EMAIL_FILE_PATH")  # for the file-based backend
EMAIL_HOST = env("EMAIL_HOST", "localhost")
EMAIL_PORT = int(env("EMAIL_PORT", "25"))
EMAIL_HOST_USER = env("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "Tradition et Modernité <boutique@example.org>")

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# The site's public address, scheme and host (and port), as visitors reach it: every absolute
# link (emails, sitemap, canonical and hreflang, the API's html_url, Wagtail's notification
# emails) is made from it (core/public_url.py). `make run` sets it to what it serves.
PUBLIC_BASE_URL = (env("PUBLIC_BASE_URL") or "http://127.0.0.1:8000").rstrip("/")

# Wagtail
WAGTAIL_SITE_NAME = _("Tradition et Modernité")
WAGTAILADMIN_BASE_URL = PUBLIC_BASE_URL
WAGTAILIMAGES_IMAGE_MODEL = "exhibition.ExhibitionImage"
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "pdf", "txt", "xlsx", "zip"]
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 15 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILIMAGES_FORMAT_CONVERSIONS = {"bmp": "webp", "gif": "webp"}
# Nothing outside can be reached from the servers this site runs on.
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILAPI_BASE_URL = PUBLIC_BASE_URL
WAGTAILAPI_LIMIT_MAX = 100

REST_FRAMEWORK = {
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
}

# bench/run.py's constant page (/bench/floor/), routed only in the benchmark's server.
BENCH_FLOOR = env_bool("BENCH_FLOOR", False)
# Set by bench/common.py for every process of the benchmark.
BENCH = env_bool("BENCH", False)
# bench/layout_shift.py: Django serves MEDIA_ROOT at MEDIA_URL, as production's reverse
# proxy would, so that the pages measured have their images. Never in production.
BENCH_SERVE_MEDIA = env_bool("BENCH_SERVE_MEDIA", False)
CATALOGUE_PAGE_SIZE = 24
# Whole public pages cached for visitors without a session (core/page_cache.py).
PAGE_CACHE = env_bool("PAGE_CACHE", False)
PAGE_CACHE_SECONDS = int(env("PAGE_CACHE_SECONDS", "600"))
# The shared HTTP cache in front (Varnish, deploy/varnish/; core/http_cache.py): its
# addresses, purged by cache tag on each change (e.g. http://127.0.0.1:6081); empty: none.
HTTP_CACHE_PURGE_URLS = env_list("HTTP_CACHE_PURGE_URLS")
HTTP_CACHE_SECONDS = int(env("HTTP_CACHE_SECONDS", "3600"))
# Each purge is sent again this many seconds later, for pages rendered during the change.
HTTP_CACHE_REPURGE_SECONDS = float(env("HTTP_CACHE_REPURGE_SECONDS", "2"))
HTTP_CACHE_PURGE_TIMEOUT = float(env("HTTP_CACHE_PURGE_TIMEOUT", "1"))
SHOP_LOW_STOCK_THRESHOLD = int(env("SHOP_LOW_STOCK_THRESHOLD", "2"))
# Views whose pages stay out of search engines (noindex, core/templatetags/seo.py): the
# shop's (cart, checkout, orders) and the search results.
SEO_NOINDEX_NAMESPACES = ["shop"]
SEO_NOINDEX_URL_NAMES = ["search"]

# Stripe. The same code runs against Stripe (real keys, STRIPE_API_BASE unset) and against
# localstripe (STRIPE_API_BASE=http://127.0.0.1:8420), which dev and tests start.
STRIPE_SECRET_KEY = env("STRIPE_SECRET_KEY")
STRIPE_PUBLISHABLE_KEY = env("STRIPE_PUBLISHABLE_KEY", "")
STRIPE_WEBHOOK_SECRET = env("STRIPE_WEBHOOK_SECRET")
STRIPE_API_BASE = env("STRIPE_API_BASE") or None
STRIPE_LOCAL = env_bool("STRIPE_LOCAL", STRIPE_API_BASE is not None)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "INFO")},
    "loggers": {
        # Wagtail logs every background task and page action at INFO: too chatty for a console.
        "django_tasks": {"level": "WARNING"},
        "django.tasks": {"level": "WARNING"},
        "wagtail": {"level": env("WAGTAIL_LOG_LEVEL", "WARNING")},
        # stripe logs every API request at INFO.
        "stripe": {"level": "WARNING"},
        # django-axes logs every login at INFO; failed attempts and lockouts at WARNING.
        "axes": {"level": env("AXES_LOG_LEVEL", "WARNING")},
    },
}

# Security (core/security.py). Behind a load balancer, the number of proxies that append
# the client's address to X-Forwarded-For; 0 trusts nothing and uses REMOTE_ADDR.
TRUSTED_PROXY_COUNT = int(env("DJANGO_TRUSTED_PROXY_COUNT", "0"))

# Per client IP, counted in the default cache: "count/period", e.g. 30/m or 5/10s. Off in
# the benchmark, which loads the cart and the search from one address at hundreds of
# requests per second.
RATE_LIMITS_ENABLED = env_bool("RATE_LIMITS_ENABLED", not BENCH)
RATE_LIMITS = {
    "search": env("RATE_LIMIT_SEARCH", "60/m"),
    "cart": env("RATE_LIMIT_CART", "30/m"),
    "checkout": env("RATE_LIMIT_CHECKOUT", "10/m"),
    "payment": env("RATE_LIMIT_PAYMENT", "20/m"),
    "booking": env("RATE_LIMIT_BOOKING", "10/m"),
    # Visitors' feedback (catalogue/feedback/): forms sent per address, and remarks per
    # object and address. A venue Wi-Fi behind one public address may need more.
    "feedback": env("RATE_LIMIT_FEEDBACK", "5/10m"),
    "feedback_object": env("RATE_LIMIT_FEEDBACK_OBJECT", "2/24h"),
}
# Visitors' remarks and emails are erased after this many days (manage.py feedback_purge);
# their anonymous answers stay counted. Stated under the form and in docs/feedback.md.
FEEDBACK_RETENTION_DAYS = int(env("FEEDBACK_RETENTION_DAYS", "730"))

# Admin login throttling (django-axes): a username is locked out from one address after
# AXES_FAILURE_LIMIT failures, for AXES_COOLOFF_TIME; other users and addresses are not.
AXES_FAILURE_LIMIT = int(env("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(env("AXES_COOLOFF_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "core.security.client_ip"
AXES_LOCKOUT_CALLABLE = "core.rate_limits.login_locked_out"

# Cookies: sessions unreadable by scripts; both sent on top-level navigations from other
# sites (the return from Stripe's 3-D Secure page), never on their subrequests. The CSRF
# cookie stays readable: static/js/site.js falls back on it for fetch() POSTs.
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
LANGUAGE_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SAMESITE = "Lax"

# Response headers. X-Content-Type-Options (nosniff) and X-Frame-Options (DENY) are Django's
# defaults; HSTS and HTTPS-only cookies are in production.py.
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# Nothing on the site uses these; payments only through Stripe.js.
PERMISSIONS_POLICY = ", ".join(
    [
        "accelerometer=()",
        "camera=()",
        "display-capture=()",
        "geolocation=()",
        "gyroscope=()",
        "magnetometer=()",
        "microphone=()",
        "midi=()",
        'payment=(self "https://js.stripe.com")',
        "usb=()",
    ]
)

# Content-Security-Policy (django-csp): our origin and Stripe's as Stripe documents them for
# Stripe.js and PaymentIntents (3-D Secure frames on hooks.stripe.com). One inline script,
# the one-liner that sets .js before the first paint, allowed by its hash like the inline
# styles of the standalone error pages (JSON-LD blocks are data, which CSP does not govern).
# No nonce: it would be frozen into cached pages.
# The localstripe origin in dev and tests, and a media origin other than ours, are added
# per response by core.security.ContentSecurityPolicyMiddleware.
STRIPE_JS = ["https://js.stripe.com", "https://*.js.stripe.com"]
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [
            SELF,
            *STRIPE_JS,
            *inline_hashes("script", BASE_DIR / "templates" / "includes" / "early_script.html"),
        ],
        "style-src": [
            SELF,
            *inline_hashes(
                "style",
                BASE_DIR / "templates" / "500.html",
                BASE_DIR / "templates" / "standalone.html",
            ),
        ],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF, "https://api.stripe.com"],
        "frame-src": [*STRIPE_JS, "https://hooks.stripe.com", "https://m.stripe.network"],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
# Wagtail's admin runs inline scripts and styles: there, only what cannot break it.
# Its previews frame our own pages, hence frame-ancestors 'self'.
CSP_ADMIN_PREFIXES = ["/admin/", "/django-admin/"]
CSP_ADMIN_DIRECTIVES = {
    "object-src": [NONE],
    "base-uri": [SELF],
    "form-action": [SELF],
    "frame-ancestors": [SELF],
}
