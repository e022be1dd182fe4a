from decimal import Decimal

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="cogs")
class ShopSettings(BaseSiteSetting):
    """What staff can change without a deployment: VAT, delivery rates, reservation delay."""

    vat_rate = models.DecimalField(
        _("taux de TVA (%)"),
        max_digits=4,
        decimal_places=2,
        default=Decimal("20.00"),
        validators=[MinValueValidator(Decimal("0")), MaxValueValidator(Decimal("50"))],
        help_text=_("Les prix affichés sont TTC ; ce taux sert à indiquer la part de TVA."),
    )
    delivery_france = models.DecimalField(
        _("livraison en France (€)"),
        max_digits=6,
        decimal_places=2,
        default=Decimal("9.90"),
        validators=[MinValueValidator(Decimal("0"))],
    )
    delivery_eu = models.DecimalField(
        _("livraison dans l’Union européenne (€)"),
        max_digits=6,
        decimal_places=2,
        default=Decimal("19.90"),
        validators=[MinValueValidator(Decimal("0"))],
    )
    reservation_minutes = models.PositiveSmallIntegerField(
        _("durée de réservation (minutes)"),
        default=30,
        validators=[MinValueValidator(5), MaxValueValidator(24 * 60)],
        help_text=_("Le stock d’une commande non payée est libéré après ce délai."),
    )
    shop_email = models.EmailField(
        _("adresse de la boutique"),
        default="boutique@example.org",
        help_text=_("Reçoit une notification pour chaque commande payée."),
    )
    pickup_details = models.TextField(
        _("retrait à la boutique"),
        default=(
            "Boutique de la Maison de la Culture du Japon à Paris, 101 bis quai Jacques "
            "Chirac, 75015 Paris, du mardi au samedi de 12 h à 19 h."
        ),
    )

    panels = [
        FieldPanel("vat_rate"),
        MultiFieldPanel(
            [
                FieldPanel("delivery_france"),
                FieldPanel("delivery_eu"),
                FieldPanel("pickup_details"),
            ],
            heading=_("Livraison"),
        ),
        FieldPanel("reservation_minutes"),
        FieldPanel("shop_email"),
    ]

    class Meta:
        verbose_name = _("réglages de la boutique")
