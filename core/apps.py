from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """What every app uses: caches, routing, security, SEO; one setting, the demo notice."""

    name = "core"
    verbose_name = _("Socle du site")

    def ready(self):
        from . import caching, public_url
        from .models import DemoContentSettings

        caching.connect_signals()
        # The notice is on every page: switching it must reach the cached ones.
        caching.content_changes_with(DemoContentSettings)
        public_url.use_for_wagtail_sites()
        # Varnish in front drops the pages of what changed (core/http_cache.py).
        from . import http_cache

        caching.cache_tags_invalidated.connect(
            http_cache.purge_on_invalidation, dispatch_uid="http_cache_purge"
        )
