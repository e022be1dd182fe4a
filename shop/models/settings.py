from decimal import Decimal

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

# Which texts a buyer reads, in order, when the one in their language is empty: a Japanese
# buyer reads English before French. French is the last resort of every chain.
PICKUP_FALLBACKS = {"ja": ("ja", "en"), "en": ("en",)}
# The most pieces of one object an order may ever ask, whatever the settings say: the
# quantity forms refuse more outright (shop/forms.py).
QUANTITY_CEILING = 99


@register_setting(icon="cogs")
class ShopSettings(BaseSiteSetting):
    """What staff can change without a deployment: VAT, delivery rates, how long and how
    much an unpaid order holds."""

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
    max_quantity_per_object = models.PositiveSmallIntegerField(
        _("quantité maximale par objet et par commande"),
        default=2,
        validators=[MinValueValidator(1), MaxValueValidator(QUANTITY_CEILING)],
        help_text=_(
            "Une commande non payée réserve ses pièces pendant la durée de réservation : "
            "ce plafond empêche un seul acheteur de bloquer tout le stock d’un objet. "
            "Au-delà, le panier ramène la quantité à ce nombre."
        ),
    )
    shop_email = models.EmailField(
        _("adresse de la boutique"),
        default="boutique@example.org",
        help_text=_("Reçoit une notification pour chaque commande payée."),
    )
    # The MCJP shop's days and hours are not in our sources: staff write them here.
    pickup_details = models.TextField(
        _("retrait à la boutique"),
        default=(
            "Boutique de la Maison de la Culture du Japon à Paris, 101 bis quai Jacques "
            "Chirac, 75015 Paris, aux heures d’ouverture de la boutique."
        ),
    )

    # What a buyer reads in English and in Japanese; empty, the next language of the chain.
    pickup_details_en = models.TextField(
        _("retrait à la boutique, en anglais"),
        blank=True,
        default=(
            "Shop of the Maison de la Culture du Japon à Paris, 101 bis quai Jacques Chirac, "
            "75015 Paris, during the shop’s opening hours."
        ),
        help_text=_("Montré aux acheteurs en anglais ; vide : le texte français."),
    )
    pickup_details_ja = models.TextField(
        _("retrait à la boutique, en japonais"),
        blank=True,
        default=(
            "パリ日本文化会館（MCJP）ブティック\n"
            "101 bis quai Jacques Chirac, 75015 Paris\n"
            "ブティックの営業時間内にお受け取りください。"
        ),
        help_text=_(
            "Montré aux acheteurs en japonais ; vide : le texte anglais, sinon le français."
        ),
    )

    panels = [
        FieldPanel("vat_rate"),
        MultiFieldPanel(
            [
                FieldPanel("delivery_france"),
                FieldPanel("delivery_eu"),
                FieldPanel("pickup_details"),
                FieldPanel("pickup_details_en"),
                FieldPanel("pickup_details_ja"),
            ],
            heading=_("Livraison"),
        ),
        MultiFieldPanel(
            [FieldPanel("reservation_minutes"), FieldPanel("max_quantity_per_object")],
            heading=_("Réservation du stock"),
        ),
        FieldPanel("shop_email"),
    ]

    class Meta:
        verbose_name = _("réglages de la boutique")

    def pickup_details_for(self, language: str) -> str:
        """The pick-up details in `language`, else in the next language of its chain."""
        for code in PICKUP_FALLBACKS.get(language.split("-")[0], ()):
            text = getattr(self, f"pickup_details_{code}", "").strip()
            if text:
                return text
        return self.pickup_details

    @property
    def pickup_details_in_language(self) -> str:
        """The pick-up details in the active language: templates and emails show these."""
        return self.pickup_details_for(get_language() or settings.LANGUAGE_CODE)
