"""The session cart: object ids and quantities; prices and stock always come from the database."""

from dataclasses import dataclass
from decimal import Decimal

from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from catalogue.models import CraftObjectPage
from shop.selectors import ShownObject, objects_in_language

SESSION_KEY = "cart"
MAX_QUANTITY = 20
# An object the cart held whose sale ended meanwhile (`Cart.drop_unsold`).
UNSOLD = _lazy("« %(title)s » n’est plus en vente : il a été retiré de votre panier.")


class CartError(Exception):
    """A change the cart refused; the message is for the visitor."""


@dataclass(frozen=True)
class CartLine:
    """`product` is the French page sold (price, stock); `shown` is how the buyer reads it,
    in the language of the page they are on (`shop.selectors.objects_in_language`)."""

    product: CraftObjectPage
    quantity: int
    shown: ShownObject | None = None

    @property
    def title(self) -> str:
        return self.shown.title if self.shown else self.product.title

    @property
    def line_total(self) -> Decimal:
        return self.product.price * self.quantity


class Cart:
    def __init__(self, session):
        self.session = session
        raw = session.get(SESSION_KEY)
        self.items: dict[str, int] = raw if isinstance(raw, dict) else {}

    def __len__(self):
        return sum(self.items.values())

    def _save(self):
        self.session[SESSION_KEY] = self.items
        self.session.modified = True

    def quantity_of(self, product) -> int:
        return self.items.get(str(product.pk), 0)

    def add(self, product: CraftObjectPage, quantity: int = 1, *, title: str = ""):
        self.set(product, self.quantity_of(product) + quantity, title=title)

    def set(self, product: CraftObjectPage, quantity: int, *, title: str = ""):
        """`title`: the object's title in the visitor's language, for the messages."""
        title = title or product.title
        if quantity <= 0:
            self.remove(product.pk)
            return
        if not product.is_available:
            raise CartError(_("« %(title)s » n’est plus disponible.") % {"title": title})
        if quantity > min(product.stock, MAX_QUANTITY):
            available = min(product.stock, MAX_QUANTITY)
            raise CartError(
                ngettext(
                    "Il ne reste qu’un exemplaire de « %(title)s ».",
                    "Il ne reste que %(count)d exemplaires de « %(title)s ».",
                    available,
                )
                % {"count": available, "title": title}
            )
        self.items[str(product.pk)] = quantity
        self._save()

    def remove(self, product_id: int):
        if self.items.pop(str(product_id), None) is not None:
            self._save()

    def clear(self):
        self.items = {}
        self._save()

    def drop_unsold(self) -> list[str]:
        """Take out the objects no longer sold: withdrawn, or their editions' online sales
        closed (exhibition/sales.py). Their titles, for the message."""
        ids = {int(key) for key in self.items if key.isdigit()}
        sellable = CraftObjectPage.objects.filter(pk__in=ids).sellable().values("pk")
        unsold = list(
            CraftObjectPage.objects.filter(pk__in=ids)
            .exclude(pk__in=sellable)
            .select_related("material", "craft")
        )
        for product in unsold:
            self.items.pop(str(product.pk), None)
        if unsold:
            self._save()
        shown = objects_in_language(unsold, get_language())
        return sorted(shown[product.pk].title for product in unsold)

    def limit_to_stock(self):
        """After a failed reservation: lower each quantity to what is left, drop sold-out."""
        stock = dict(
            CraftObjectPage.objects.filter(
                pk__in=[int(k) for k in self.items if k.isdigit()]
            ).values_list("pk", "stock")
        )
        self.items = {
            key: min(quantity, stock.get(int(key), 0))
            for key, quantity in self.items.items()
            if key.isdigit() and stock.get(int(key), 0) > 0
        }
        self._save()

    def lines(self, language: str | None = None) -> list[CartLine]:
        """The cart's objects, read in `language` (the active one by default), in a fixed
        number of queries; objects withdrawn from sale drop out."""
        ids = [int(key) for key in self.items if key.isdigit()]
        products = list(CraftObjectPage.objects.live().filter(pk__in=ids).sellable().for_listing())
        shown = objects_in_language(products, language or get_language())
        lines = [
            CartLine(product, self.items[str(product.pk)], shown[product.pk])
            for product in products
        ]
        return sorted(lines, key=lambda line: line.title)
