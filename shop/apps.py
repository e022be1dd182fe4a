from django.apps import AppConfig
from django.db.models.signals import post_save
from django.utils.translation import gettext_lazy as _


def shop_settings_saved(sender, created, **kwargs):
    """The objects' cached pages show the cap on the quantity asked: a change of the
    settings renews them. Not their creation, which the first page to read them makes."""
    from core.caching import content_changed

    if not created:
        content_changed()


class ShopConfig(AppConfig):
    name = "shop"
    verbose_name = _("Boutique")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        """The shop sells what the apps below it show: it adds the «add to cart» form's
        address to the objects' pages, keeps the places of paid workshops in its cart, takes
        the payment of workshop bookings, and allows
        localstripe's script in development."""
        from catalogue.models import CraftObjectPage
        from core.page_context import register_page_context
        from core.security import register_script_origin
        from workshops.payments import register_cart, register_checkout

        from . import gateway, page_context
        from .models import ShopSettings
        from .views.cart import add_places

        register_page_context(CraftObjectPage, page_context.object_purchase)
        post_save.connect(shop_settings_saved, sender=ShopSettings, dispatch_uid="shop_settings")
        register_checkout(page_context.booking_checkout_url)
        register_cart(add_places)
        register_script_origin(gateway.local_script_origin)
