"""Order emails: the buyer's confirmation and the shop's notification, sent once per order.

An order that pays workshop places says so (date, venue, places) and carries each
workshop's calendar file (.ics), in the buyer's language, beside its objects if it has any.
"""

import logging

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from wagtail.models import Site

from workshops import emails as booking_emails

logger = logging.getLogger(__name__)


def send_order_paid(order_pk: int):
    from shop.models import Order, ShopSettings

    with transaction.atomic():
        order = Order.objects.select_for_update().get(pk=order_pk)
        if order.confirmation_sent_at:
            return
        order.confirmation_sent_at = timezone.now()
        order.save(update_fields=["confirmation_sent_at"])
    site = Site.objects.filter(is_default_site=True).first()
    shop_settings = ShopSettings.for_site(site) if site else ShopSettings()
    lines = list(order.lines.select_related("booking__workshop__venue"))
    # An order of workshop places alone has nothing to deliver or collect: its emails speak
    # of the places only; one with objects too speaks of both.
    has_objects = any(not line.booking_id for line in lines)
    context = {"order": order, "lines": lines, "shop": shop_settings, "has_objects": has_objects}
    try:
        _send_both(order, context, shop_settings)
    except Exception:
        # The order stays paid; clearing the mark lets the next reconciliation send again.
        logger.exception("Could not send the emails of order %s", order.number)
        Order.objects.filter(pk=order.pk).update(confirmation_sent_at=None)


def _send_both(order, context, shop_settings):
    with translation.override(order.language):
        bookings = _bookings(context["lines"], order.language)
        if bookings and not context["has_objects"]:
            subject = _("Votre réservation d’atelier est confirmée (commande %(number)s)")
        else:
            subject = _("Votre commande %(number)s est confirmée")
        _send(
            subject % {"number": order.number},
            "shop/emails/order_confirmation",
            {**context, "bookings": bookings},
            [order.email],
            attachments=[
                booking_emails.booking_ics_attachment(b["booking"], b["page"], b["venue"])
                for b in bookings
            ],
        )
    # The shop's staff read French, whatever the buyer's language: French titles (`staff`),
    # the workshop's French page, French dates.
    with translation.override(settings.LANGUAGE_CODE):
        _send(
            _("Nouvelle commande payée : %(number)s") % {"number": order.number},
            "shop/emails/shop_notification",
            {
                **context,
                "staff": True,
                "bookings": _bookings(context["lines"], settings.LANGUAGE_CODE),
            },
            [shop_settings.shop_email],
        )


def _bookings(lines, language: str) -> list[dict]:
    """The workshop bookings paid by the order, each with its page and venue in `language`."""
    return [
        booking_emails.booking_context(line.booking, language=language)
        for line in lines
        if line.booking_id
    ]


def _send(subject, template, context, to, attachments=()):
    message = EmailMultiAlternatives(
        subject=subject,
        body=render_to_string(f"{template}.txt", context),
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=to,
    )
    message.attach_alternative(render_to_string(f"{template}.html", context), "text/html")
    for attachment in attachments:
        message.attach(*attachment)
    message.send()
