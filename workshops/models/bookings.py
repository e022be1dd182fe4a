import secrets

from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.public_url import absolute_url


def new_booking_token() -> str:
    return secrets.token_urlsafe(24)


class BookingQuerySet(models.QuerySet):
    def active(self):
        """Bookings that still count: an email address may hold only one of these per workshop."""
        return self.filter(status__in=Booking.ACTIVE_STATUSES)

    def holding(self, now=None):
        """Bookings that hold places now: confirmed, or awaiting a payment still in time."""
        now = now or timezone.now()
        return self.filter(
            models.Q(status=Booking.Status.CONFIRMED)
            | models.Q(status=Booking.Status.PENDING_PAYMENT, hold_until__gte=now)
        )

    def lapsed(self, now=None):
        now = now or timezone.now()
        return self.filter(status=Booking.Status.PENDING_PAYMENT, hold_until__lt=now)

    def waiting_list(self):
        return self.filter(status=Booking.Status.WAITLISTED).order_by("position", "pk")


class Booking(models.Model):
    """Places booked at a workshop by one visitor, or a place in its waiting list.

    Statuses change only through `workshops.services`, under a lock on the workshop's row.
    """

    class Status(models.TextChoices):
        PENDING_PAYMENT = "pending_payment", _("En attente de paiement")
        CONFIRMED = "confirmed", _("Confirmée")
        WAITLISTED = "waitlisted", _("Sur liste d’attente")
        CANCELLED = "cancelled", _("Annulée")
        EXPIRED = "expired", _("Expirée")

    ACTIVE_STATUSES = (Status.PENDING_PAYMENT, Status.CONFIRMED, Status.WAITLISTED)

    workshop = models.ForeignKey(
        "workshops.WorkshopPage",
        verbose_name=_("atelier"),
        related_name="bookings",
        # Bookings are personal data and may carry a payment: a workshop that has some
        # is unpublished, not deleted.
        on_delete=models.PROTECT,
    )
    first_name = models.CharField(_("prénom"), max_length=100)
    last_name = models.CharField(_("nom"), max_length=100)
    email = models.EmailField(_("courriel"))
    phone = models.CharField(_("téléphone"), max_length=30, blank=True)
    places = models.PositiveSmallIntegerField(_("places"))
    status = models.CharField(_("statut"), max_length=20, choices=Status.choices, db_index=True)
    # Rank in the waiting list, given once when the booking joins it: the list is served
    # in this order, never by name or by the number of places.
    position = models.PositiveIntegerField(_("rang sur la liste d’attente"), null=True, blank=True)
    # The visitor's booking page is reached with this token alone, from the emails.
    token = models.CharField(max_length=64, unique=True, default=new_booking_token, editable=False)
    language = models.CharField(_("langue"), max_length=10, default="fr")

    created_at = models.DateTimeField(_("créée le"), auto_now_add=True, db_index=True)
    confirmed_at = models.DateTimeField(_("confirmée le"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("annulée le"), null=True, blank=True)
    cancel_reason = models.CharField(_("motif d’annulation"), max_length=255, blank=True)
    hold_until = models.DateTimeField(_("places retenues jusqu’au"), null=True, blank=True)

    objects = BookingQuerySet.as_manager()

    class Meta:
        verbose_name = _("réservation d’atelier")
        verbose_name_plural = _("réservations d’ateliers")
        ordering = ["created_at", "pk"]
        permissions = [("cancel_booking", "Peut annuler une réservation d’atelier")]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(places__gte=1), name="booking_places_positive"
            ),
            # Emails are stored in lower case by the services, so this is case-blind.
            models.UniqueConstraint(
                fields=["workshop", "email"],
                condition=models.Q(status__in=["pending_payment", "confirmed", "waitlisted"]),
                name="booking_one_active_per_email",
            ),
            models.UniqueConstraint(
                fields=["workshop", "position"], name="booking_unique_waitlist_position"
            ),
            models.CheckConstraint(
                condition=~models.Q(status="pending_payment") | models.Q(hold_until__isnull=False),
                name="booking_pending_has_hold",
            ),
        ]

    def __str__(self):
        return f"{self.full_name} ({self.places})"

    def get_absolute_url(self):
        return reverse("workshops:booking", kwargs={"token": self.token})

    @property
    def full_name(self):
        return f"{self.first_name} {self.last_name}"

    @property
    def is_active(self):
        return self.status in self.ACTIVE_STATUSES

    def awaits_payment(self, now=None) -> bool:
        now = now or timezone.now()
        return self.status == self.Status.PENDING_PAYMENT and self.hold_until >= now

    def get_cancel_url(self):
        return reverse("workshops:booking_cancel", kwargs={"token": self.token})

    def get_payment_url(self):
        # The shop takes the payment (an order whose line is this booking) and says where.
        from workshops.payments import checkout_url

        return checkout_url(self.token)

    def full_url(self, url: str | None = None) -> str:
        """`url` (this booking's page by default) made absolute, as emails need it."""
        return absolute_url(url or self.get_absolute_url())
