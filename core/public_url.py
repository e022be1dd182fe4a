"""The site's public address (PUBLIC_BASE_URL), the one every absolute link is made from.

Emails have no request to take a host from, the API and the sitemap answer whoever asks,
and Wagtail makes a page's full URL from its Site row's hostname and port (which can say
neither "https on port 8443" nor follow the environment). Each of them goes through here
instead, so links are right whatever host or port the request came in on.
"""

from django.conf import settings
from django.core.signals import setting_changed
from django.db.models.signals import post_migrate
from django.dispatch import receiver


def public_base_url() -> str:
    """`https://example.org`, without a trailing slash."""
    return settings.PUBLIC_BASE_URL.rstrip("/")


def absolute_url(url: str) -> str:
    """`url` made absolute on the public address; an already absolute one is kept (media
    on a CDN, a page of another Wagtail site)."""
    if url.startswith(("http://", "https://", "//")):
        return url
    return public_base_url() + "/" + url.lstrip("/")


def _site_root_url(site) -> str:
    # The default site is the public one; any other keeps what its Site row says.
    if site.is_default_site:
        return public_base_url()
    return _wagtail_root_url(site)


_wagtail_root_url = None


def use_for_wagtail_sites() -> None:
    """Make the default Site's `root_url`, which every page's full URL starts with
    (sitemap, canonical, the API's html_url, Wagtail's emails), the public address.

    Wagtail has no setting for it; its Site model is not swappable. Called once from
    CoreConfig.ready().
    """
    global _wagtail_root_url
    from wagtail.models import Site

    if _wagtail_root_url is None:
        _wagtail_root_url = Site.root_url.fget
        Site.root_url = property(_site_root_url)
        # Wagtail caches each site's root URL with its root paths, for an hour, in the
        # shared cache: a deployment that changes the address (migrate) starts afresh.
        post_migrate.connect(_forget_site_root_paths, dispatch_uid="public_url")


def _forget_site_root_paths(**kwargs):
    from wagtail.models import Site

    Site.clear_site_root_paths_cache()


@receiver(setting_changed)
def _public_address_changed(*, setting, **kwargs):
    if setting == "PUBLIC_BASE_URL":  # tests
        _forget_site_root_paths()
