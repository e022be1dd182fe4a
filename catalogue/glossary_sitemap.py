"""The public glossary in the sitemap: one URL per language, each naming the others."""

from django.conf import settings
from django.urls import reverse
from django.utils import translation

from wagtail.contrib.sitemaps import Sitemap

from core.public_url import absolute_url


class GlossarySitemap(Sitemap):
    def items(self):
        return [code for code, _name in settings.LANGUAGES]

    def _urls(self, page, protocol, domain):
        locations = {}
        for code in self.paginator.page(page).object_list:
            with translation.override(code):
                locations[code] = absolute_url(reverse("glossary"))
        alternates = [{"lang_code": code, "location": url} for code, url in locations.items()]
        return [{"location": url, "alternates": alternates} for url in locations.values()]
