from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from django.utils.translation import gettext_lazy

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from catalogue import views as catalogue_views
from catalogue import views_glossary, views_scan, views_specialities
from catalogue.api.views import CraftObjectsAPIViewSet
from catalogue.feedback import views as feedback_views
from catalogue.glossary_sitemap import GlossarySitemap
from catalogue.speciality_sitemap import SpecialitySitemap
from core.health import bench_floor, health
from core.sitemaps import TranslatedSitemap
from core.views import demo_content, robots_txt
from shop.views.webhooks import stripe_webhook

api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("objects", CraftObjectsAPIViewSet)

urlpatterns = [
    path("django-admin/", admin.site.urls),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", api_router.urls),
    path("i18n/", include("django.conf.urls.i18n")),
    path("stripe/webhook/", stripe_webhook, name="stripe_webhook"),
    path(
        "sitemap.xml",
        sitemap,
        {
            "sitemaps": {
                "pages": TranslatedSitemap,
                "glossary": GlossarySitemap,
                "specialities": SpecialitySitemap,
            }
        },
        name="sitemap",
    ),
    path("robots.txt", robots_txt, name="robots_txt"),
    # Outside i18n_patterns: the load balancer asks for /health/, in no language.
    path("health/", health, name="health"),
    # Outside i18n_patterns too: the QR label of an object, printed once for every language.
    path("o/<str:sku>/", views_scan.scan, name="object_scan"),
]

if settings.BENCH_FLOOR:
    urlpatterns.append(path("bench/floor/", bench_floor, name="bench_floor"))

if settings.BENCH_SERVE_MEDIA and not settings.DEBUG and settings.MEDIA_URL.startswith("/"):
    from django.views.static import serve

    urlpatterns.append(
        path(
            f"{settings.MEDIA_URL.strip('/')}/<path:path>",
            serve,
            {"document_root": settings.MEDIA_ROOT},
        )
    )

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("recherche/", catalogue_views.search, name="search"),
    path(gettext_lazy("glossaire/"), views_glossary.glossary, name="glossary"),
    path(
        gettext_lazy("specialites/"),
        include(
            [
                path("", views_specialities.speciality_index, name="specialities"),
                path("<slug:slug>/", views_specialities.speciality_detail, name="speciality"),
            ]
        ),
    ),
    path("demonstration/", demo_content, name="demo_content"),
    path("avis/<int:object_id>/", feedback_views.feedback, name="catalogue_feedback"),
    path("avis/<int:object_id>/merci/", feedback_views.thanks, name="catalogue_feedback_thanks"),
    path("boutique/", include("shop.urls")),
    path("ateliers/", include("workshops.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
