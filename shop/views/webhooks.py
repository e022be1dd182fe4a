import logging

from django.http import HttpResponse, HttpResponseBadRequest
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from shop.exceptions import InvalidWebhook, MalformedEvent
from shop.services import webhooks

logger = logging.getLogger(__name__)


@csrf_exempt
@require_POST
def stripe_webhook(request):
    """Stripe's signed notifications. A bad signature is a 400 and changes nothing;
    an event already handled (duplicate delivery, replay) is acknowledged and ignored."""
    try:
        handled = webhooks.stripe_event_handle(
            payload=request.body, signature_header=request.headers.get("Stripe-Signature", "")
        )
    except InvalidWebhook as error:
        logger.warning("Rejected Stripe webhook: %s", error)
        return HttpResponseBadRequest("Invalid signature or payload.")
    except MalformedEvent:
        # Signed, but not the shape Stripe sends: refused, and nothing recorded.
        return HttpResponseBadRequest("Malformed event.")
    return HttpResponse(handled.value)
