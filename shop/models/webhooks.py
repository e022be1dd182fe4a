from django.db import models
from django.utils.translation import gettext_lazy as _


class StripeEvent(models.Model):
    """Every Stripe event we handled, by its id: a duplicate or a replay has no second effect."""

    event_id = models.CharField(_("identifiant Stripe"), max_length=255, unique=True)
    type = models.CharField(_("type"), max_length=100)
    received_at = models.DateTimeField(_("reçu le"), auto_now_add=True)

    class Meta:
        verbose_name = _("événement Stripe")
        verbose_name_plural = _("événements Stripe")

    def __str__(self):
        return f"{self.type} {self.event_id}"
