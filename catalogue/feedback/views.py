"""The public side: the form posted from an object page, and the thank-you.

The object page is served from the shared page cache, so its form carries no CSRF token:
`same_origin_post` refuses a POST that a browser says comes from another site, as for
«Ajouter au panier». These responses are never cached: they are one visitor's.
"""

from django.conf import settings
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from catalogue.hall import came_from_hall
from catalogue.models import CraftObjectPage
from core import rate_limits
from core.rate_limits import rate_limit
from core.same_origin import same_origin_post
from core.security import client_ip

from .forms import FeedbackForm
from .services import feedback_submit

# The largest id a database column holds: a larger one is no object, not an error (SQLite
# raises OverflowError on it).
MAX_ID = 2**63 - 1


def _object_or_404(object_id: int) -> CraftObjectPage:
    if object_id > MAX_ID:
        raise Http404
    return get_object_or_404(
        CraftObjectPage.objects.live().public().select_related("locale"), pk=object_id
    )


def _visitor_language(page: CraftObjectPage) -> str:
    language = get_language()
    return language if language in dict(settings.LANGUAGES) else page.locale.language_code


def _over_object_limit(request, page: CraftObjectPage) -> int:
    """Seconds to wait if this address already sent its remarks on this object."""
    if not settings.RATE_LIMITS_ENABLED:
        return 0
    key = f"{client_ip(request)}:{page.translation_key}"
    return rate_limits.hit("feedback_object", key, settings.RATE_LIMITS["feedback_object"])


@never_cache
@require_http_methods(["GET", "POST"])
@rate_limit("feedback", methods=("POST",))
@same_origin_post
def feedback(request, object_id: int):
    page = _object_or_404(object_id)
    form = FeedbackForm(request.POST if request.method == "POST" else None)
    if request.method == "POST":
        if form.is_spam():
            return redirect("catalogue_feedback_thanks", object_id=page.pk)
        if form.is_valid():
            retry_after = _over_object_limit(request, page)
            if retry_after:
                return rate_limits.too_many_requests(
                    retry_after, _("Vous avez déjà donné votre avis sur cet objet. Merci !")
                )
            feedback_submit(
                page=page,
                language=_visitor_language(page),
                from_hall=came_from_hall(request, page.sku),  # translations share the SKU
                **form.answers(),
            )
            return redirect("catalogue_feedback_thanks", object_id=page.pk)
    return render(request, "catalogue/feedback/form_page.html", {"object_page": page, "form": form})


@never_cache
@require_http_methods(["GET", "HEAD"])
def thanks(request, object_id: int):
    page = _object_or_404(object_id)
    return render(request, "catalogue/feedback/thanks.html", {"object_page": page})
