"""Web security shared by every app: who the client is, the Content-Security-Policy,
the Permissions-Policy, rate limits and the admin's login lockout page.

Settings (config/settings/base.py): CONTENT_SECURITY_POLICY (django-csp),
CSP_ADMIN_PREFIXES and CSP_ADMIN_DIRECTIVES, PERMISSIONS_POLICY, TRUSTED_PROXY_COUNT,
RATE_LIMITS_ENABLED and RATE_LIMITS.
"""

import base64
import functools
import hashlib
import math
import re
import time
from pathlib import Path
from urllib.parse import urlsplit

from csp.middleware import CSPMiddleware, PolicyParts

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse, HttpResponseBadRequest
from django.template.loader import render_to_string
from django.utils.cache import add_never_cache_headers
from django.utils.translation import get_language, get_language_from_path, ngettext, override
from django.utils.translation import gettext as _

# Who the client is


def client_ip(request) -> str:
    """The client's address: REMOTE_ADDR, unless TRUSTED_PROXY_COUNT proxies stand in front.

    Each trusted proxy appends the address it received the request from to
    X-Forwarded-For, so the entry TRUSTED_PROXY_COUNT from the end is the one the first
    trusted proxy saw; anything before it was written by the client and proves nothing.
    With no trusted proxy (the default), the header is ignored: a client could forge it
    to escape its rate limit or to lock someone else out of the admin.
    """
    remote = request.META.get("REMOTE_ADDR", "") or ""
    count = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    if count <= 0:
        return remote
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    forwarded = [part for part in forwarded if part]
    if len(forwarded) < count:
        return remote  # not through the proxies: nobody to vouch for the header
    return forwarded[-count]


# Content-Security-Policy

STYLE_BLOCK = re.compile(r"<style>(.*?)</style>", re.DOTALL)


def inline_style_hashes(*template_paths: Path) -> list[str]:
    """CSP hash sources for the <style> blocks of standalone pages (500, 429, 503).

    Those pages are built without a request, so no nonce can reach them, and they are
    static: hashing the template's text is hashing what the browser receives.
    """
    sources = []
    for path in template_paths:
        for block in STYLE_BLOCK.findall(Path(path).read_text(encoding="utf-8")):
            digest = base64.b64encode(hashlib.sha256(block.encode()).digest()).decode()
            sources.append(f"'sha256-{digest}'")
    return sources


def origin(url: str | None) -> str | None:
    """scheme://host[:port] of an absolute URL, None for a relative one."""
    parts = urlsplit(url or "")
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    return f"{parts.scheme}://{parts.netloc}"


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, plus what depends on the running configuration.

    - The admin (CSP_ADMIN_PREFIXES) gets CSP_ADMIN_DIRECTIVES: Wagtail's admin runs
      inline scripts and styles, so only the directives that cannot break it are kept.
    - Against localstripe (dev, tests), its origin serves the fake Stripe.js and answers
      its API calls: it is added to script-src and connect-src, never against Stripe.
    - Media on another origin (MEDIA_URL on a CDN or bucket) are added to img-src.
    """

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if report_only:
            return parts
        if request.path_info.startswith(tuple(settings.CSP_ADMIN_PREFIXES)):
            return PolicyParts(config=dict(settings.CSP_ADMIN_DIRECTIVES), nonce=parts.nonce)
        update = dict(parts.update or {})
        local = _localstripe_origin()
        if local:
            for directive in ("script-src", "connect-src"):
                update[directive] = [*update.get(directive, []), local]
        media = origin(settings.MEDIA_URL)
        if media:
            update["img-src"] = [*update.get("img-src", []), media]
        parts.update = update or None
        return parts


def _localstripe_origin() -> str | None:
    from shop import gateway  # the one place that knows whether Stripe is localstripe

    return origin(settings.STRIPE_API_BASE) if gateway.is_local() else None


class PermissionsPolicyMiddleware:
    """Sends PERMISSIONS_POLICY (Django has no setting for it)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        policy = getattr(settings, "PERMISSIONS_POLICY", "")
        if policy and "Permissions-Policy" not in response:
            response["Permissions-Policy"] = policy
        return response


class RejectNullBytesMiddleware:
    """A NUL byte in the path or the query string is a 400, before any view sees it.

    No URL of ours ever contains one; PostgreSQL refuses it in a text value, so a filter,
    a search or a token lookup carrying "%00" would fail as a server error. (Forms already
    refuse it: Django's CharField validates against null characters.)
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if "\x00" in request.path or any(
            "\x00" in key or any("\x00" in value for value in values)
            for key, values in request.GET.lists()
        ):
            # Before LocaleMiddleware: the language is the address's own, else French.
            language = get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
            with override(language):
                message = _("Cette adresse contient un caractère nul : elle n’est pas valide.")
            return HttpResponseBadRequest(message, content_type="text/plain; charset=utf-8")
        return self.get_response(request)


# Rate limits

PERIODS = {"s": 1, "m": 60, "h": 3600}
RATE = re.compile(r"^\s*(\d+)\s*/\s*(\d*)\s*([smh])\s*$")


def parse_rate(rate: str) -> tuple[int, int]:
    """ "30/m" → (30, 60); "5/10s" → (5, 10): so many requests per window of seconds."""
    match = RATE.match(rate)
    if not match:
        raise ValueError(f"Rate {rate!r}: expected « count/period », e.g. 30/m or 5/10s.")
    count, multiple, unit = match.groups()
    return int(count), int(multiple or 1) * PERIODS[unit]


def _now() -> float:
    return time.time()


def hit(name: str, key: str, rate: str) -> int:
    """Counts one request of `key` in the current window of limit `name`; returns 0 if it
    is allowed, else the seconds until the window ends (for Retry-After).

    A fixed window in the default cache: one atomic increment per request, shared by
    every app server when the cache is Redis.
    """
    limit, period = parse_rate(rate)
    now = _now()
    window = int(now // period)
    cache_key = f"ratelimit:{name}:{key}:{window}"
    cache.add(cache_key, 0, timeout=period + 1)
    try:
        count = cache.incr(cache_key)
    except ValueError:  # expired between add and incr: this request opens a new window
        cache.set(cache_key, 1, timeout=period + 1)
        count = 1
    if count <= limit:
        return 0
    return max(1, math.ceil((window + 1) * period - now))


def rate_limit(name: str, *, methods: tuple[str, ...] | None = None):
    """Limits a view to settings.RATE_LIMITS[name] requests per client IP.

    Only `methods` are counted (all if None). Over the limit the view is not called, so
    nothing is written: the client gets a 429 page with Retry-After.
    """

    def decorator(view):
        @functools.wraps(view)
        def wrapper(request, *args, **kwargs):
            if settings.RATE_LIMITS_ENABLED and (methods is None or request.method in methods):
                retry_after = hit(name, client_ip(request), settings.RATE_LIMITS[name])
                if retry_after:
                    return too_many_requests(retry_after)
            return view(request, *args, **kwargs)

        return wrapper

    return decorator


def too_many_requests(retry_after: int, message: str | None = None) -> HttpResponse:
    """The 429 page, built without the database (no context processors, no session)."""
    if message is None:
        message = ngettext(
            "Vous avez envoyé trop de demandes en peu de temps. "
            "Veuillez réessayer dans %(count)d seconde.",
            "Vous avez envoyé trop de demandes en peu de temps. "
            "Veuillez réessayer dans %(count)d secondes.",
            retry_after,
        ) % {"count": retry_after}
    html = render_to_string(
        "429.html", {"message": message, "language": get_language() or settings.LANGUAGE_CODE}
    )
    response = HttpResponse(html, status=429)
    response["Retry-After"] = str(retry_after)
    add_never_cache_headers(response)
    return response


# Admin login lockout (django-axes: AXES_LOCKOUT_CALLABLE)


def login_locked_out(request, original_response=None, credentials=None) -> HttpResponse:
    """What axes answers once a username has failed too often from one address."""
    cooloff = settings.AXES_COOLOFF_TIME
    minutes = max(1, math.ceil(cooloff.total_seconds() / 60))
    message = _(
        "Trop de tentatives de connexion ont échoué. Par sécurité, la connexion à ce compte "
        "depuis votre adresse est suspendue pendant %(duration)s."
    ) % {
        "duration": ngettext("%(count)d minute", "%(count)d minutes", minutes) % {"count": minutes}
    }
    return too_many_requests(int(cooloff.total_seconds()), message)
