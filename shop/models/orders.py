import secrets
from decimal import Decimal

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from core.public_url import absolute_url

# No 0/O, 1/I/L: an order number is read out over the phone.
NUMBER_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"


def new_order_number() -> str:
    chars = "".join(secrets.choice(NUMBER_ALPHABET) for _ in range(6))
    return f"TM-{chars[:3]}-{chars[3:]}"


def new_order_token() -> str:
    return secrets.token_urlsafe(24)


class OrderQuerySet(models.QuerySet):
    def expired(self, now=None):
        now = now or timezone.now()
        return self.filter(status=Order.Status.PENDING, reserved_until__lt=now)


class Order(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("En attente de paiement")
        PAID = "paid", _("Payée")
        SHIPPED = "shipped", _("Expédiée")
        COLLECTED = "collected", _("Retirée à la boutique")
        CANCELLED = "cancelled", _("Annulée")
        REFUNDED = "refunded", _("Remboursée")

    class Delivery(models.TextChoices):
        PICKUP = "pickup", _("Retrait à la boutique de la MCJP (gratuit)")
        FRANCE = "france", _("Livraison en France")
        EU = "eu", _("Livraison dans l’Union européenne")

    number = models.CharField(_("numéro"), max_length=20, unique=True, default=new_order_number)
    # The buyer's order page is reached with this token alone, from the confirmation email.
    token = models.CharField(max_length=64, unique=True, default=new_order_token, editable=False)
    status = models.CharField(
        _("statut"), max_length=20, choices=Status.choices, default=Status.PENDING, db_index=True
    )
    cancel_reason = models.CharField(_("motif d’annulation"), max_length=255, blank=True)

    email = models.EmailField(_("courriel"))
    first_name = models.CharField(_("prénom"), max_length=100)
    last_name = models.CharField(_("nom"), max_length=100)
    phone = models.CharField(_("téléphone"), max_length=30, blank=True)
    delivery = models.CharField(_("livraison"), max_length=20, choices=Delivery.choices)
    address_line1 = models.CharField(_("adresse"), max_length=200, blank=True)
    address_line2 = models.CharField(_("complément d’adresse"), max_length=200, blank=True)
    postal_code = models.CharField(_("code postal"), max_length=20, blank=True)
    city = models.CharField(_("ville"), max_length=100, blank=True)
    country = models.CharField(_("pays"), max_length=2, blank=True)

    currency = models.CharField(_("devise"), max_length=3, default="EUR")
    subtotal = models.DecimalField(_("articles TTC"), max_digits=10, decimal_places=2)
    delivery_fee = models.DecimalField(_("frais de livraison TTC"), max_digits=8, decimal_places=2)
    total = models.DecimalField(_("total TTC"), max_digits=10, decimal_places=2)
    vat_rate = models.DecimalField(_("taux de TVA (%)"), max_digits=4, decimal_places=2)
    vat_amount = models.DecimalField(_("dont TVA"), max_digits=10, decimal_places=2)
    refunded_amount = models.DecimalField(
        _("remboursé"), max_digits=10, decimal_places=2, default=Decimal("0.00")
    )

    payment_intent_id = models.CharField(
        _("paiement Stripe"), max_length=255, unique=True, null=True, blank=True
    )
    reserved_until = models.DateTimeField(_("stock réservé jusqu’au"))
    stock_released = models.BooleanField(_("stock libéré"), default=False)
    # The language of the pages the order was placed on (set at checkout from the request):
    # the buyer's pages, emails, Stripe card form and calendar files speak it; the shop's
    # own notification stays French.
    language = models.CharField(_("langue"), max_length=10, default="fr")
    # The terms of sale the buyer accepted at checkout: their version label, as the page
    # had it then (the page changes, the order must not), and the page itself, in the
    # order's language. Empty for an order with no checkout (a booking's payment link).
    terms_version = models.CharField(_("version des CGV acceptées"), max_length=40, blank=True)
    terms_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("CGV acceptées"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    created_at = models.DateTimeField(_("créée le"), auto_now_add=True, db_index=True)
    paid_at = models.DateTimeField(_("payée le"), null=True, blank=True)
    fulfilled_at = models.DateTimeField(_("expédiée ou retirée le"), null=True, blank=True)
    confirmation_sent_at = models.DateTimeField(null=True, blank=True, editable=False)

    objects = OrderQuerySet.as_manager()

    class Meta:
        verbose_name = _("commande")
        verbose_name_plural = _("commandes")
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(total__gte=0), name="order_total_not_negative"
            ),
            models.CheckConstraint(
                condition=models.Q(refunded_amount__lte=models.F("total")),
                name="order_refund_not_above_total",
            ),
        ]

    def __str__(self):
        return self.number

    def get_absolute_url(self):
        return reverse("shop:order_status", kwargs={"token": self.token})

    @property
    def language_name(self):
        """«japonais» in a French back office: the buyer's language, named in the reader's."""
        try:
            return translation.get_language_info(self.language)["name_translated"]
        except KeyError:
            return self.language

    @property
    def customer_name(self):
        return f"{self.first_name} {self.last_name}"

    @property
    def is_paid(self):
        return self.status in {self.Status.PAID, self.Status.SHIPPED, self.Status.COLLECTED}

    @property
    def refundable_amount(self):
        return self.total - self.refunded_amount if self.paid_at else Decimal("0")

    def status_url(self):
        """The order page's full address in the order's language, for the emails (the
        shop's French notification links to the page the buyer reads)."""
        with translation.override(self.language):
            return absolute_url(self.get_absolute_url())


class OrderLine(models.Model):
    """A line keeps the title, SKU and unit price of the day of the order, so the order
    stays true when the object is later renamed, repriced or deleted.

    `title`, `material` and `craft` are in the order's language, as the buyer read them
    (the translation's, or the French page's when there was none): the buyer's order page
    and emails show them. `title_fr` is the French title, which the shop's staff know the
    piece by on the shelf: the back office and the shop's notification show it.
    """

    order = models.ForeignKey(Order, related_name="lines", on_delete=models.CASCADE)
    product = models.ForeignKey(
        "catalogue.CraftObjectPage",
        related_name="order_lines",
        null=True,
        on_delete=models.SET_NULL,
    )
    # A workshop booking paid through the shop: the line is its places, with no product.
    booking = models.ForeignKey(
        "workshops.Booking",
        verbose_name=_("réservation d’atelier"),
        related_name="order_lines",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
    )
    sku = models.CharField(_("référence"), max_length=40)
    title = models.CharField(_("objet"), max_length=255)
    title_fr = models.CharField(_("objet (en français)"), max_length=255, blank=True)
    material = models.CharField(_("matériau"), max_length=120, blank=True)
    craft = models.CharField(_("artisanat traditionnel"), max_length=120, blank=True)
    unit_price = models.DecimalField(_("prix unitaire TTC"), max_digits=8, decimal_places=2)
    quantity = models.PositiveIntegerField(_("quantité"))

    class Meta:
        verbose_name = _("ligne de commande")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(quantity__gte=1), name="order_line_quantity_positive"
            )
        ]

    def __str__(self):
        return f"{self.quantity} × {self.title}"

    @property
    def staff_title(self):
        """The French title for the shop's staff (lines older than it have `title` only)."""
        return self.title_fr or self.title

    @property
    def line_total(self):
        return self.unit_price * self.quantity


class Refund(models.Model):
    order = models.ForeignKey(Order, related_name="refunds", on_delete=models.PROTECT)
    amount = models.DecimalField(_("montant"), max_digits=10, decimal_places=2)
    stripe_refund_id = models.CharField(max_length=255, unique=True)
    reason = models.CharField(_("motif"), max_length=255, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("remboursement")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.order.number} − {self.amount}"
