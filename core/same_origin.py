"""Same-origin checks for the few public forms shown on cached pages.

A page kept in the shared page cache cannot carry a CSRF token: the token belongs to the
cookie of the one visitor it was rendered for. The forms such pages hold (add to cart)
are protected otherwise: the session cookie is SameSite=Lax, so a cross-site POST
arrives without the visitor's session and cannot touch their cart, and browsers say
where a POST comes from (Sec-Fetch-Site, Origin), which we check as well.
"""

from functools import wraps

from django.conf import settings
from django.http import HttpResponseForbidden
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt


def is_cross_site(request) -> bool:
    fetch_site = request.headers.get("Sec-Fetch-Site")
    if fetch_site:
        return fetch_site not in ("same-origin", "none")
    origin = request.headers.get("Origin")
    if origin and origin != "null":
        own = f"{request.scheme}://{request.get_host()}"
        return origin != own and origin not in settings.CSRF_TRUSTED_ORIGINS
    # Neither header: an old browser or a script, not a page of another site.
    return bool(origin)


def same_origin_post(view):
    """Accept a POST without CSRF token, unless a browser says it comes from another site."""

    @csrf_exempt
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.method == "POST" and is_cross_site(request):
            return HttpResponseForbidden(
                _("Ce formulaire ne peut être envoyé que depuis notre site.")
            )
        return view(request, *args, **kwargs)

    return wrapper
