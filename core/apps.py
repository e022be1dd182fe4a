from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """What every app uses: caches, routing, security, SEO. No models of its own."""

    name = "core"
    verbose_name = _("Socle du site")

    def ready(self):
        from . import caching, public_url

        caching.connect_signals()
        public_url.use_for_wagtail_sites()
