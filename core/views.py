from django.conf import settings
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from core.models import DemoContentSettings
from core.public_url import absolute_url


@require_GET
@cache_control(max_age=86400, public=True)
def robots_txt(request):
    """Crawl everything but the admin and the shop (cart, checkout, orders) of each language."""
    lines = ["User-agent: *", "Allow: /", "Disallow: /admin/", "Disallow: /django-admin/"]
    lines += [f"Disallow: /{code}/boutique/" for code, _name in settings.LANGUAGES]
    lines += ["", f"Sitemap: {absolute_url(reverse('sitemap'))}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


@require_GET
def demo_content(request):
    """What is real on the demo site and what is illustrative: the page its banner links
    to. A site whose content is real has no such page."""
    if not DemoContentSettings.load(request_or_site=request).show_notice:
        raise Http404
    return render(request, "core/demo_content.html")
