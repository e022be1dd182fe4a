"""Rate limits per client address, and the 429 page they answer with (also shown by the
admin's login lockout, django-axes' AXES_LOCKOUT_CALLABLE).

Settings: RATE_LIMITS_ENABLED and RATE_LIMITS (config/settings/base.py).
"""

import functools
import math
import re
import time

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils.cache import add_never_cache_headers
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _

from core.caching import UNAVAILABLE
from core.security import client_ip

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
    try:
        cache.add(cache_key, 0, timeout=period + 1)
        try:
            count = cache.incr(cache_key)
        except ValueError:  # expired between add and incr: this request opens a new window
            cache.set(cache_key, 1, timeout=period + 1)
            count = 1
    except UNAVAILABLE:
        # Redis does not answer (core/redis_backend.py, which logs it): the limits wait
        # for it rather than refuse every visitor. Logins stay limited by django-axes.
        return 0
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
