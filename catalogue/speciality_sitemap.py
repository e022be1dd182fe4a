"""The regional specialities in the sitemap: their index and each speciality's page, one URL
per language it exists in, each naming the others."""

from collections import defaultdict

from django.conf import settings
from django.urls import reverse
from django.utils import translation

from wagtail.contrib.sitemaps import Sitemap

from core.public_url import absolute_url
from exhibition.models import RegionalSpeciality

INDEX = ""  # the item that stands for the index, present in every language


class SpecialitySitemap(Sitemap):
    def items(self):
        return [
            INDEX,
            *RegionalSpeciality.objects.order_by("slug").values_list("slug", flat=True).distinct(),
        ]

    def _urls(self, page, protocol, domain):
        slugs = list(self.paginator.page(page).object_list)
        languages = defaultdict(set)
        for slug, code in RegionalSpeciality.objects.filter(slug__in=slugs).values_list(
            "slug", "locale__language_code"
        ):
            languages[slug].add(code)
        urls = []
        for slug in slugs:
            locations = {}
            for code, _name in settings.LANGUAGES:
                if slug != INDEX and code not in languages[slug]:
                    continue
                with translation.override(code):
                    path = (
                        reverse("specialities")
                        if slug == INDEX
                        else reverse("speciality", kwargs={"slug": slug})
                    )
                locations[code] = absolute_url(path)
            alternates = [{"lang_code": code, "location": url} for code, url in locations.items()]
            urls += [{"location": url, "alternates": alternates} for url in locations.values()]
        return urls
