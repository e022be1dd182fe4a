from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WorkshopsConfig(AppConfig):
    name = "workshops"
    verbose_name = _("Ateliers")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from workshops import signals

        signals.connect()
