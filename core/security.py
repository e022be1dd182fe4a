"""Web security shared by every app: who the client is, the Content-Security-Policy,
the Permissions-Policy and the null-byte guard (rate limits: core/rate_limits.py).

Settings (config/settings/base.py): CONTENT_SECURITY_POLICY (django-csp),
CSP_ADMIN_PREFIXES and CSP_ADMIN_DIRECTIVES, PERMISSIONS_POLICY, TRUSTED_PROXY_COUNT.
"""

import base64
import hashlib
import re
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

from csp.constants import SELF
from csp.middleware import CSPMiddleware, PolicyParts

from django.conf import settings
from django.http import HttpResponseBadRequest
from django.utils.translation import get_language_from_path, override
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

TEMPLATE_COMMENT = re.compile(r"{%\s*comment\s*%}.*?{%\s*endcomment\s*%}|{#.*?#}", re.DOTALL)


def inline_hashes(tag: str, *template_paths: Path) -> list[str]:
    """CSP hash sources for the inline <style> or <script> blocks of templates.

    The blocks hashed hold no template syntax (the standalone error pages' styles, the
    early script of base.html), so hashing the template's text is hashing what the
    browser receives, and a cached page needs no nonce.
    """
    block = re.compile(rf"<{tag}>(.*?)</{tag}>", re.DOTALL)
    sources = []
    for path in template_paths:
        # The template's comments never reach the browser: a tag named in one is not a block.
        template = TEMPLATE_COMMENT.sub("", Path(path).read_text(encoding="utf-8"))
        for text in block.findall(template):
            digest = base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()
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
    - Apps that load a script from elsewhere register its origin with
      `register_script_origin` (the shop: localstripe's fake Stripe.js in dev and tests,
      never real Stripe, whose origins are in the settings): added to script-src and
      connect-src.
    - Media on another origin (MEDIA_URL on a CDN or bucket) are added to img-src.
    - Wagtail's previews render the public page through a dummy request (its path is the
      page's public URL, not the admin's) and the admin shows the result in an iframe:
      that response alone may be framed by our own origin (frame-ancestors 'self'), or the
      live preview stays blank. Dummy requests are built only inside admin views.
    """

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if report_only:
            return parts
        if request.path_info.startswith(tuple(settings.CSP_ADMIN_PREFIXES)):
            return PolicyParts(config=dict(settings.CSP_ADMIN_DIRECTIVES), nonce=parts.nonce)
        update = dict(parts.update or {})
        for extra in filter(None, (provider() for provider in _script_origin_providers)):
            for directive in ("script-src", "connect-src"):
                update[directive] = [*update.get(directive, []), extra]
        media = origin(settings.MEDIA_URL)
        if media:
            update["img-src"] = [*update.get("img-src", []), media]
        parts.update = update or None
        if getattr(request, "is_dummy", False):
            parts.replace = {**(parts.replace or {}), "frame-ancestors": [SELF]}
        return parts


# Callables answering an origin or None, asked on each response: the running
# configuration decides (the shop's gateway knows whether Stripe is localstripe).
_script_origin_providers: list[Callable[[], str | None]] = []


def register_script_origin(provider: Callable[[], str | None]) -> None:
    if provider not in _script_origin_providers:
        _script_origin_providers.append(provider)


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
