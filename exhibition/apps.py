from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ExhibitionConfig(AppConfig):
    name = "exhibition"
    verbose_name = _("Exposition")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from core.caching import content_changes_with

        from . import legal, signals  # noqa: F401
        from .models import ExhibitionImage, RegionalSpeciality, Theme, Venue
        from .translation import signals as translation_signals  # noqa: F401

        content_changes_with(Theme, Venue, ExhibitionImage, RegionalSpeciality)
        legal.connect_signals()
