"""Visits that start in the exhibition hall, from the QR code on an object's label.

`/o/<SKU>/` (catalogue.views_scan) counts the scan, then sends the visitor to the object's
page with a signed cookie naming the SKU. The feedback form reads it back, so a remark
left after a scan is filed as coming from the hall, and one typed at home as from the web.
A cookie rather than a query string: object pages are served from the shared page cache,
which keys on the query string, and the cookie never reaches it (the form posts elsewhere).
"""

from django.conf import settings
from django.core import signing

HALL_COOKIE = "hall_scan"
HALL_COOKIE_SALT = "catalogue.hall"
# Long enough for a visit to the show, short enough that a remark typed at home the
# next day counts as coming from the web.
HALL_COOKIE_MAX_AGE = 4 * 3600
# The anchor of the feedback form on the object page: a scan lands on it.
FEEDBACK_ANCHOR = "avis"


def mark_hall_visit(response, sku: str):
    response.set_signed_cookie(
        HALL_COOKIE,
        sku,
        salt=HALL_COOKIE_SALT,
        max_age=HALL_COOKIE_MAX_AGE,
        httponly=True,
        samesite="Lax",
        secure=settings.SESSION_COOKIE_SECURE,
    )
    return response


def came_from_hall(request, sku: str) -> bool:
    """True when this browser scanned the label of the object `sku` in the last hours."""
    try:
        scanned = request.get_signed_cookie(
            HALL_COOKIE, salt=HALL_COOKIE_SALT, max_age=HALL_COOKIE_MAX_AGE
        )
    except (KeyError, signing.BadSignature):
        return False
    return bool(sku) and scanned == sku
