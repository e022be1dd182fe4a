from django.shortcuts import render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from catalogue.search.results import search_results
from core.rate_limits import rate_limit

MAX_QUERY_LENGTH = 200


@rate_limit("search")
def search(request):
    """Site search: craft objects first (as cards, by our own engine: catalogue/search/),
    then regions, tourism and other pages (Wagtail's search); each results page cached
    until the content changes (catalogue/search/results.py)."""
    # Control characters and the double quote never mean anything in a visitor's search,
    # and the search backends fail on them (SQLite's FTS5 on an unpaired ", PostgreSQL on
    # NUL): dropped.
    query = "".join(
        char for char in request.GET.get("q", "") if char.isprintable() and char != '"'
    ).strip()
    error = None
    objects_page = None
    suggestion = None
    pages = []
    if len(query) > MAX_QUERY_LENGTH:
        error = _("Votre recherche est trop longue (%(max)d caractères au plus).") % {
            "max": MAX_QUERY_LENGTH
        }
        query = ""
    if query:
        results = search_results(query, request.GET.get("page"))
        suggestion = results.suggestion
        objects_page = results.objects_page()
        pages = results.pages
    return render(
        request,
        "catalogue/search_results.html",
        {
            "query": query,
            "suggestion": suggestion,
            "suggestion_url": suggestion and f"{reverse('search')}?{urlencode({'q': suggestion})}",
            "objects_page": objects_page,
            "pages": pages,
            "error": error,
        },
        status=400 if error else 200,
    )
