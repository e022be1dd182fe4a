from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ShopConfig(AppConfig):
    name = "shop"
    verbose_name = _("Boutique")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from core.security import register_script_origin

        from . import gateway

        register_script_origin(gateway.local_script_origin)
