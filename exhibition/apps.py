from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ExhibitionConfig(AppConfig):
    name = "exhibition"
    verbose_name = _("Exposition")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import caching, signals  # noqa: F401

        caching.connect_signals()
