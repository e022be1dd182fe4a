"""What can go wrong in the shop, as types the views and the admin catch.

Business rules refuse with `ShopError` (its message is for the buyer or the staff).
Payments fail with `PaymentError` and its kinds, which `shop.gateway` raises in place of
Stripe's own errors, so that nothing above the gateway needs to know Stripe's.
"""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy


class ShopError(Exception):
    """A business rule refused the operation; the message is for the buyer or the staff."""


class OutOfStock(ShopError):
    def __init__(self, titles):
        self.titles = titles
        super().__init__(
            _("Plus assez de stock pour : %(titles)s. Votre panier a été mis à jour.")
            % {"titles": ", ".join(f"« {t} »" for t in titles)}
        )


class PlacesUnavailable(ShopError):
    """A workshop of the cart can no longer hold its places; the message says which and why."""


class PaymentError(Exception):
    """A payment operation failed; `user_message` is safe to show to the customer."""

    default_user_message = gettext_lazy("Le paiement n’a pas abouti. Veuillez réessayer.")

    def __init__(self, message: str = "", *, code: str | None = None):
        super().__init__(message)
        self.code = code

    @property
    def user_message(self) -> str:
        return str(self.default_user_message)


class PaymentGatewayUnavailable(PaymentError):
    default_user_message = gettext_lazy(
        "Le service de paiement est momentanément indisponible. "
        "Veuillez réessayer dans quelques minutes."
    )


class CardDeclined(PaymentError):
    """The card was refused; `code` / `decline_code` are Stripe's."""

    default_user_message = gettext_lazy(
        "Votre carte a été refusée. Essayez une autre carte ou contactez votre banque."
    )
    user_messages = {
        "insufficient_funds": gettext_lazy("Votre carte a été refusée : provision insuffisante."),
        "expired_card": gettext_lazy("Votre carte a expiré."),
        "incorrect_cvc": gettext_lazy("Le code de sécurité de votre carte est incorrect."),
        "incorrect_number": gettext_lazy("Le numéro de votre carte est incorrect."),
        "processing_error": gettext_lazy(
            "Une erreur est survenue pendant le traitement de votre carte. Veuillez réessayer."
        ),
    }

    def __init__(
        self, message: str = "", *, code: str | None = None, decline_code: str | None = None
    ):
        super().__init__(message, code=code)
        self.decline_code = decline_code

    @property
    def user_message(self) -> str:
        message = self.user_messages.get(self.decline_code) or self.user_messages.get(self.code)
        return str(message or self.default_user_message)


class InvalidWebhook(Exception):
    """A webhook whose signature, timestamp or payload is not acceptable (answer 400)."""


class MalformedEvent(Exception):
    """A correctly signed webhook whose event is not the shape Stripe sends (answer 400)."""
