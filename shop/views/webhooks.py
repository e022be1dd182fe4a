import logging

from django.db import IntegrityError, transaction
from django.http import HttpResponse, HttpResponseBadRequest
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from shop import gateway, services
from shop.models import StripeEvent

logger = logging.getLogger(__name__)


@csrf_exempt
@require_POST
def stripe_webhook(request):
    """Stripe's signed notifications. A bad signature is a 400 and changes nothing;
    an event already handled (duplicate delivery, replay) is acknowledged and ignored."""
    try:
        event = gateway.parse_webhook(
            payload=request.body, signature_header=request.headers.get("Stripe-Signature", "")
        )
    except gateway.InvalidWebhook as error:
        logger.warning("Rejected Stripe webhook: %s", error)
        return HttpResponseBadRequest("Invalid signature or payload.")
    handler = HANDLERS.get(event.type)
    if handler is None:
        return HttpResponse("Ignored.")
    try:
        with transaction.atomic():
            StripeEvent.objects.create(event_id=event.id, type=event.type)
            handler(event.object)
    except IntegrityError:
        return HttpResponse("Already handled.")
    except (AttributeError, KeyError, TypeError, ValueError) as error:
        # Signed, but not the shape Stripe sends: refused, and nothing recorded (the
        # transaction is rolled back), so a corrected delivery is still handled.
        logger.error("Malformed %s event %s: %r", event.type, event.id, error)
        return HttpResponseBadRequest("Malformed event.")
    return HttpResponse("OK.")


def _payment_succeeded(intent: dict):
    services.order_mark_paid(
        payment_intent_id=intent["id"],
        amount=int(intent.get("amount_received") or intent["amount"]),
        currency=intent["currency"],
    )


def _payment_failed(intent: dict):
    error = intent.get("last_payment_error") or {}
    logger.info("Payment %s failed: %s", intent["id"], error.get("message"))
    # Stripe does not deliver events in order: the notice of a declined first card can
    # come after the buyer paid with a second one, and cancelling then would put a paid
    # piece back on sale. What Stripe says of the intent now decides. Unreachable, it
    # fails the request, and Stripe delivers the event again later.
    try:
        current = gateway.retrieve_payment_intent(intent["id"])
    except gateway.PaymentGatewayUnavailable:
        raise
    except gateway.PaymentError:  # unknown to Stripe: matches no order either
        current = None
    if current is not None and current.status == "succeeded":
        services.order_mark_paid(
            payment_intent_id=current.id, amount=current.amount, currency=current.currency
        )
        return
    # Stripe's message is in English; the buyer's order page shows our own words.
    services.order_payment_failed(payment_intent_id=intent["id"], reason=_("Paiement refusé"))


HANDLERS = {
    "payment_intent.succeeded": _payment_succeeded,
    "payment_intent.payment_failed": _payment_failed,
}
