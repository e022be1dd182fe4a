from rest_framework.filters import BaseFilterBackend

from django.conf import settings
from django.db.models import Prefetch

from wagtail.api.v2.filters import LocaleFilter, OrderingFilter
from wagtail.api.v2.utils import BadRequestError, parse_boolean
from wagtail.api.v2.views import PagesAPIViewSet

from catalogue.models import CraftObjectImage, CraftObjectPage
from catalogue.search.engine import search_objects


class CatalogueFilter(BaseFilterBackend):
    """?collectivite=<slug>&material=<slug>&tag=<name>&available=true"""

    def filter_queryset(self, request, queryset, view):
        params = request.GET
        # Wagtail's LocaleFilter answers an unknown locale with a 404, which the i18n
        # middleware then turns into a redirect to an HTML page under /fr/: say it here.
        if "locale" in params and params["locale"] not in dict(settings.LANGUAGES):
            codes = ", ".join(code for code, _name in settings.LANGUAGES)
            raise BadRequestError(f"locale must be one of: {codes}")
        # Our engine always ANDs the words (ObjectSearchFilter): the parameter is accepted
        # for the partners who send it, and still checked as before.
        if params.get("search_operator", "or") not in ("and", "or"):
            raise BadRequestError("search_operator must be 'and' or 'or'")
        if slug := params.get("collectivite"):
            queryset = queryset.filter(collectivite__slug=slug)
        if slug := params.get("material"):
            queryset = queryset.filter(material__slug=slug)
        if tag := params.get("tag"):
            queryset = queryset.filter(tags__name=tag)
        if "available" in params:
            try:
                available = parse_boolean(params["available"])
            except ValueError as error:
                raise BadRequestError("available must be true or false") from error
            queryset = (
                queryset.available()
                if available
                else queryset.exclude(pk__in=queryset.available().values("pk"))
            )
        return queryset


class ObjectSearchFilter(BaseFilterBackend):
    """?search=…: the site search's engine (catalogue/search/), best first, in the locale
    asked for or, without `locale`, among the French objects as the listing itself.

    Replaces Wagtail's SearchFilter for this endpoint; an explicit `?order=` (applied
    after it by OrderingFilter) still wins over the ranking.
    """

    def filter_queryset(self, request, queryset, view):
        if "search" not in request.GET:
            return queryset
        return search_objects(request.GET["search"], queryset).objects


class CraftObjectsAPIViewSet(PagesAPIViewSet):
    """Craft objects only, with their taxonomy and offer, for partners.

    Partners expect the French catalogue: without `?locale=`, the listing holds the French
    objects only (not the same object three times); `?locale=en` or `?locale=ja` gives the
    translations, whose price, stock and SKU are those of the French object.
    """

    name = "objects"
    model = CraftObjectPage
    filter_backends = [CatalogueFilter, LocaleFilter, ObjectSearchFilter, OrderingFilter]
    known_query_parameters = PagesAPIViewSet.known_query_parameters.union(
        ["collectivite", "material", "tag", "available"]
    )
    listing_default_fields = [
        *PagesAPIViewSet.listing_default_fields,
        "japanese_name",
        "collectivite",
        "material",
        "craft",
        "price",
        "currency",
        "stock",
        "available",
        "sku",
        "tags",
        "images",
    ]

    def get_queryset(self):
        queryset = CraftObjectPage.objects.live().public()
        if self.action == "listing_view" and "locale" not in self.request.GET:
            queryset = queryset.filter(locale__language_code=settings.LANGUAGE_CODE)
        return (
            queryset.select_related("collectivite", "material", "craft", "locale")
            .prefetch_related(
                "tags",
                Prefetch(
                    "gallery_images",
                    queryset=CraftObjectImage.objects.select_related("image").prefetch_related(
                        "image__renditions"
                    ),
                ),
            )
            .order_by("path")
        )
