from django.conf import settings
from django.http import HttpResponse
from django.urls import reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from core.public_url import absolute_url


@require_GET
@cache_control(max_age=86400, public=True)
def robots_txt(request):
    """Crawl everything but the admin and the shop (cart, checkout, orders) of each language."""
    lines = ["User-agent: *", "Allow: /", "Disallow: /admin/", "Disallow: /django-admin/"]
    lines += [f"Disallow: /{code}/boutique/" for code, _name in settings.LANGUAGES]
    lines += ["", f"Sitemap: {absolute_url(reverse('sitemap'))}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
