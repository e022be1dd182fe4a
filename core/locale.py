"""Django's LocaleMiddleware, except for the URLs that machines call.

Django redirects a 404 without a language prefix to the same path under /fr/, since
Wagtail's catch-all route makes every prefixed path "valid". For a person who typed an
old address that is a kindness; for an API client asking for /api/v2/objects/0/ it turns
an honest JSON 404 into a 302 to an HTML page. Below these prefixes a 404 stays a 404.
"""

from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.utils import translation
from django.utils.cache import patch_vary_headers

MACHINE_PREFIXES = ("/api/", "/stripe/", "/health/")


class LocaleMiddleware(DjangoLocaleMiddleware):
    def process_response(self, request, response):
        if response.status_code == 404 and request.path_info.startswith(MACHINE_PREFIXES):
            patch_vary_headers(response, ("Accept-Language",))
            response.headers.setdefault("Content-Language", translation.get_language())
            return response
        return super().process_response(request, response)
