from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils.translation import gettext as _

from wagtail.models import Locale, Page

from catalogue.models import CraftObjectPage
from core.rate_limits import rate_limit

MAX_QUERY_LENGTH = 200


@rate_limit("search")
def search(request):
    """Site search: craft objects first (as cards), then regions, tourism and other pages."""
    # Control characters and the double quote never mean anything in a visitor's search,
    # and the search backends fail on them (SQLite's FTS5 on an unpaired ", PostgreSQL on
    # NUL): dropped.
    query = "".join(
        char for char in request.GET.get("q", "") if char.isprintable() and char != '"'
    ).strip()
    error = None
    objects_page = None
    pages = []
    if len(query) > MAX_QUERY_LENGTH:
        error = _("Votre recherche est trop longue (%(max)d caractères au plus).") % {
            "max": MAX_QUERY_LENGTH
        }
        query = ""
    if query:
        locale = Locale.get_active()
        objects = CraftObjectPage.objects.live().public().filter(locale=locale).search(query)
        objects_page = Paginator(objects, 24).get_page(request.GET.get("page"))
        pages = (
            Page.objects.live()
            .public()
            .filter(locale=locale)
            .not_type(CraftObjectPage)
            .exclude(depth__lte=1)
            .specific()
            .search(query)[:20]
        )
    return render(
        request,
        "catalogue/search_results.html",
        {"query": query, "objects_page": objects_page, "pages": pages, "error": error},
        status=400 if error else 200,
    )
