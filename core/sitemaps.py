"""The sitemap: every live page of every language tree, with its translations as alternates."""

from collections import defaultdict

from django.db.models import Q

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class TranslatedSitemap(Sitemap):
    """Wagtail's sitemap covers the site root's tree only; the English and Japanese trees
    are its root's translations, siblings of the French home page, so they are added here.
    """

    def items(self):
        root = self.get_wagtail_site().root_page
        trees = Q()
        for home in root.get_translations(inclusive=True):
            trees |= Q(path__startswith=home.path)
        return (
            Page.objects.filter(trees)
            .live()
            .public()
            .select_related("locale")
            .order_by("path")
            .defer_streamfields()
            .specific()
        )

    def _urls(self, page, protocol, domain):
        items = list(self.paginator.page(page).object_list)
        translations = defaultdict(list)
        for item in items:
            translations[item.translation_key].append(item)
        urls = []
        last_mods = set()
        for item in items:
            alternates = [
                {
                    "lang_code": translation.locale.language_code,
                    "location": translation.get_full_url(self.request),
                }
                for translation in translations[item.translation_key]
            ]
            for url_info in item.get_sitemap_urls(self.request):
                # Pages list their own alternates for their sub-routes (materials).
                if "alternates" not in url_info and len(alternates) > 1:
                    url_info["alternates"] = alternates
                urls.append(url_info)
                last_mods.add(url_info.get("lastmod"))
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls
