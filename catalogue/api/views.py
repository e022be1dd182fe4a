import re
from urllib.parse import urlencode

from rest_framework.filters import BaseFilterBackend
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response

from django.conf import settings
from django.db.models import Prefetch
from django.http import Http404, HttpResponse

from wagtail.api.v2.filters import LocaleFilter, OrderingFilter
from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.utils import BadRequestError, parse_boolean
from wagtail.api.v2.views import BaseAPIViewSet, PagesAPIViewSet
from wagtail.images import get_image_model

from catalogue.api.serializers import GalleryField
from catalogue.models import CraftObjectImage, CraftObjectPage
from catalogue.search.engine import search_objects
from core.caching import AVAILABILITY, OBJECTS, cached_for_content, note_tags, object_tag

# The largest id or offset any database here can hold (a signed 64-bit integer); beyond it,
# SQLite raises OverflowError and PostgreSQL an out-of-range error, both a 500.
DATABASE_INT_MAX = 2**63 - 1


def bounded_int(value: str) -> int | None:
    """`value` as a non-negative integer no database chokes on; None when it isn't one."""
    if not value.isascii() or not value.isdecimal():
        return None
    number = int(value)
    return number if number <= DATABASE_INT_MAX else None


INTEGER = re.compile(r"-?[0-9]+")
OBJECT_TYPE = f"{CraftObjectPage._meta.app_label}.{CraftObjectPage.__name__}"


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
        # Wagtail's PagesAPIViewSet accepts these (and every database field) but only its
        # own filter backends apply them: here each one is applied, or refused in
        # CraftObjectsAPIViewSet.check_query_parameters, never silently ignored.
        if "type" in params and params["type"].lower() != OBJECT_TYPE.lower():
            raise BadRequestError(f"type must be {OBJECT_TYPE}: this endpoint lists no other")
        if "slug" in params:
            queryset = queryset.filter(slug=params["slug"])
        if "id" in params:
            value = params["id"]
            if not INTEGER.fullmatch(value):
                raise BadRequestError("id must be an integer")
            pk = bounded_int(value)
            # An id no object can have (negative, beyond the database's integers) matches none.
            queryset = queryset.filter(pk=pk) if pk is not None else queryset.none()
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


class BoundedPagination(WagtailPagination):
    """Wagtail's `?offset=` and `?limit=`, with an offset the database can take (a 400
    beyond, not the 500 of an SQL overflow) and only ASCII digits (not «²»)."""

    def paginate_queryset(self, queryset, request, view=None):
        for name in ("offset", "limit"):
            if name in request.GET and bounded_int(request.GET[name]) is None:
                raise BadRequestError(
                    f"{name} must be a positive integer no higher than {DATABASE_INT_MAX}"
                )
        return super().paginate_queryset(queryset, request, view)


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
    pagination_class = BoundedPagination
    # Exactly the parameters the backends above apply: Wagtail's own list adds child_of,
    # descendant_of, site… and check_query_parameters every database field (title, stock…),
    # which this endpoint's backends would ignore.
    known_query_parameters = frozenset(
        [
            *BaseAPIViewSet.known_query_parameters,
            *("type", "slug", "id", "locale"),
            *("collectivite", "material", "tag", "available"),
        ]
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

    def check_query_parameters(self, queryset):
        unknown = set(self.request.GET) - self.known_query_parameters
        if unknown:
            raise BadRequestError(
                "query parameter is not an operation or a recognised field: "
                + ", ".join(sorted(unknown))
            )

    def get_object(self):
        # The URL's <int:pk> takes any run of digits; one beyond the database's integers is
        # no object (SQLite would raise OverflowError).
        if bounded_int(str(self.kwargs.get("pk", ""))) is None:
            raise Http404("not found")
        return super().get_object()

    def listing_view(self, request):
        """The listing, kept whole per query until an object in it or the listing changes.

        Partners page through the whole catalogue again and again: each page is computed
        once per change. It depends on `"objects"` (which objects, in which order: any
        publication), on the tag of each object listed (its price, its stock, in every
        language) and, filtered on availability, on `"availability"`. Sorted by stock or
        at random, no tag says when it changes: computed each time.
        """
        tags = listing_tags(request.GET)
        if tags is None:
            return super().listing_view(request)
        key = f"api-objects:{request.scheme}://{request.get_host()}?{normalised(request.GET)}"
        renderer, media_type = request.accepted_renderer, request.accepted_media_type
        if not isinstance(renderer, JSONRenderer):  # the browsable API, for people
            return Response(cached_for_content(key, lambda: self._listing_data(request), tags=tags))
        # Kept as the JSON itself: encoding 24 objects costs more than the rest of a hit.
        body = cached_for_content(
            f"{key}:{media_type}",
            lambda: renderer.render(
                self._listing_data(request), media_type, self.get_renderer_context()
            ),
            tags=tags,
        )
        return HttpResponse(body, content_type=media_type)

    def _listing_data(self, request):
        return super().listing_view(request).data

    def paginate_queryset(self, queryset):
        page = super().paginate_queryset(queryset)
        note_tags(*(object_tag(item.translation_key) for item in page))
        return page

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
                        Prefetch(
                            "image__renditions",
                            # The one size the listing gives: not every size ever made.
                            queryset=RENDITIONS.filter(filter_spec=GalleryField.spec),
                        )
                    ),
                ),
            )
            .order_by("path")
        )


RENDITIONS = get_image_model().get_rendition_model().objects.all()
# Sorts whose order changes with a sale, which no tag but each object's says.
UNCACHED_ORDERS = {"random", "stock"}


def listing_tags(params) -> tuple | None:
    """What a listing with these parameters depends on besides its own objects' tags; None
    when it cannot be cached."""
    if params.get("order", "").lstrip("-") in UNCACHED_ORDERS:
        return None
    return (OBJECTS, AVAILABILITY) if "available" in params else (OBJECTS,)


def normalised(params) -> str:
    """The query string with its parameters in one order: the same listing, one entry."""
    pairs = [(name, value) for name in sorted(params) for value in params.getlist(name)]
    return urlencode(pairs)
