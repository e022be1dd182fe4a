from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CatalogueConfig(AppConfig):
    name = "catalogue"
    verbose_name = _("Catalogue")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from core.caching import content_changes_with

        from . import signals  # noqa: F401
        from .models import Artisan, CraftTradition, Material

        content_changes_with(Material, CraftTradition, Artisan)
