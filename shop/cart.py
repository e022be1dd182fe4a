"""The session cart: objects and workshop places, by id and number; prices, stock and
places left always come from the database.

Objects are kept under `SESSION_KEY` ({object id: quantity}), workshop places under
`SEATS_KEY` ({French workshop page id: places}): a paid workshop is paid in the same order
as the objects. The places are only held once the order is made (`shop.services.orders`).

Each line is read with what can be had of it now (`CartLine.available`,
`SeatLine.places_left`): another buyer may have taken the pieces since. A line asking
more is not orderable: the cart page marks it and leaves it out of the total, and the
checkout refuses the cart until the buyer removes it or lowers it.
"""

from dataclasses import dataclass
from decimal import Decimal

from django.utils import timezone
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from catalogue.models import CraftObjectPage
from catalogue.renditions import CART
from shop.models import Order, OrderLine
from shop.models.settings import QUANTITY_CEILING
from shop.selectors import ShownObject, ShownWorkshop, objects_in_language, workshops_in_language
from workshops.models import Booking, BookingWindow, WorkshopPage
from workshops.selectors import places_left

SESSION_KEY = "cart"
SEATS_KEY = "cart_seats"
# The token of the order the cart's last checkout made, while it is not paid.
PENDING_ORDER_KEY = "pending_order"
MAX_QUANTITY = QUANTITY_CEILING
# An object the cart held whose sale ended meanwhile (`Cart.drop_unsold`).
UNSOLD = _lazy("« %(title)s » n’est plus en vente : il a été retiré de votre panier.")


class CartError(Exception):
    """A change the cart refused; the message is for the visitor."""


def capped_message(title: str, cap: int) -> str:
    """What the visitor reads when the cart brought a quantity down to the cap."""
    return ngettext(
        "Vous pouvez commander un seul exemplaire de « %(title)s » par commande.",
        "Vous pouvez commander au plus %(count)d exemplaires de « %(title)s » par commande.",
        cap,
    ) % {"count": cap, "title": title}


class Orderable:
    """A line of the cart against what is left of it now: `asked`, pieces or places, and
    `left`, None when not read (a line made for `order_create` alone)."""

    asked: int
    left: int | None

    @property
    def sold_out(self) -> bool:
        return self.left == 0

    @property
    def short(self) -> bool:
        """Fewer left than asked, but some."""
        return self.left is not None and 0 < self.left < self.asked

    @property
    def orderable(self) -> bool:
        return self.left is None or self.left >= self.asked


@dataclass(frozen=True)
class CartLine(Orderable):
    """`product` is the French page sold (price, stock); `shown` is how the buyer reads it,
    in the language of the page they are on (`shop.selectors.objects_in_language`);
    `available`, the pieces the buyer can have now (`Cart.lines`)."""

    product: CraftObjectPage
    quantity: int
    shown: ShownObject | None = None
    available: int | None = None

    @property
    def asked(self) -> int:
        return self.quantity

    @property
    def left(self) -> int | None:
        return self.available

    @property
    def title(self) -> str:
        return self.shown.title if self.shown else self.product.title

    @property
    def line_total(self) -> Decimal:
        return self.product.price * self.quantity


@dataclass(frozen=True)
class SeatLine(Orderable):
    """Places at a paid workshop: `workshop` is the French page, which holds the places and
    the price; `shown` is how the buyer reads it (title, date, venue in their language)."""

    workshop: WorkshopPage
    places: int
    shown: ShownWorkshop
    places_left: int

    @property
    def title(self) -> str:
        return self.shown.title

    @property
    def asked(self) -> int:
        return self.places

    @property
    def left(self) -> int:
        return self.places_left

    @property
    def unit_price(self) -> Decimal:
        return self.workshop.price

    @property
    def line_total(self) -> Decimal:
        return self.workshop.price * self.places


class Cart:
    def __init__(self, session):
        self.session = session
        raw = session.get(SESSION_KEY)
        self.items: dict[str, int] = raw if isinstance(raw, dict) else {}
        raw_seats = session.get(SEATS_KEY)
        self.seats: dict[str, int] = raw_seats if isinstance(raw_seats, dict) else {}

    def __len__(self):
        return sum(self.items.values()) + sum(self.seats.values())

    def _save(self):
        self.session[SESSION_KEY] = self.items
        self.session[SEATS_KEY] = self.seats
        self.session.modified = True

    def quantity_of(self, product) -> int:
        return self.items.get(str(product.pk), 0)

    def add(
        self,
        product: CraftObjectPage,
        quantity: int = 1,
        *,
        title: str = "",
        cap: int = MAX_QUANTITY,
    ) -> bool:
        return self.set(product, self.quantity_of(product) + quantity, title=title, cap=cap)

    def set(
        self, product: CraftObjectPage, quantity: int, *, title: str = "", cap: int = MAX_QUANTITY
    ) -> bool:
        """`title`: the object's title in the visitor's language, for the messages. Above
        `cap` (ShopSettings.max_quantity_per_object), the cap is put instead: True then,
        for the caller to say so (`capped_message`)."""
        title = title or product.title
        if quantity <= 0:
            self.remove(product.pk)
            return False
        capped = quantity > cap
        quantity = min(quantity, cap)
        # The pieces of the buyer's own unpaid order are theirs (`own_holds`).
        available = min(product.stock + self.own_holds()[0].get(product.pk, 0), MAX_QUANTITY)
        if not (product.sales_open and available):
            raise CartError(_("« %(title)s » n’est plus disponible.") % {"title": title})
        if quantity > available:
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
        return capped

    def limit_to_cap(self, cap: int) -> list[str]:
        """Lower each quantity to `cap` (the settings changed since the buyer filled the
        cart); the titles of the lines lowered, for the message."""
        over = [int(key) for key, count in self.items.items() if key.isdigit() and count > cap]
        if not over:
            return []
        for pk in over:
            self.items[str(pk)] = cap
        self._save()
        products = list(
            CraftObjectPage.objects.filter(pk__in=over).select_related("material", "craft")
        )
        shown = objects_in_language(products, get_language())
        return sorted(shown[product.pk].title for product in products)

    def own_holds(self) -> tuple[dict[int, int], dict[int, int]]:
        """What the buyer's own unpaid order holds: pieces by object, places by workshop.

        The checkout gives them back before reserving again (`_cancel_previous_attempt`),
        so they count as the buyer's here: back from the payment page, the buyer's own
        reservation must not mark the cart sold out."""
        token = self.session.get(PENDING_ORDER_KEY)
        if not token:
            return {}, {}
        pieces, places = {}, {}
        now = timezone.now()
        rows = OrderLine.objects.filter(
            order__token=token, order__status=Order.Status.PENDING, order__paid_at__isnull=True
        ).values_list(
            "product_id",
            "quantity",
            "order__stock_released",
            "booking__workshop_id",
            "booking__places",
            "booking__status",
            "booking__hold_until",
        )
        for product_id, quantity, released, workshop_id, count, status, until in rows:
            if product_id and not released:
                pieces[product_id] = pieces.get(product_id, 0) + quantity
            if workshop_id and status == Booking.Status.PENDING_PAYMENT and until >= now:
                places[workshop_id] = places.get(workshop_id, 0) + count
        return pieces, places

    def remove(self, product_id: int):
        if self.items.pop(str(product_id), None) is not None:
            self._save()

    def clear(self):
        self.items = {}
        self.seats = {}
        self._save()

    # Workshop places

    def places_of(self, workshop: WorkshopPage) -> int:
        return self.seats.get(str(workshop.pk), 0)

    def set_places(self, workshop: WorkshopPage, places: int, *, title: str = ""):
        """Places at `workshop` (its French page), within its limit per booking and what is
        left; 0 removes them. `title`: the workshop as the visitor reads it."""
        title = title or workshop.title
        if places <= 0:
            self.remove_places(workshop.pk)
            return
        if workshop.is_free or not workshop.live:
            raise CartError(_("« %(title)s » ne se réserve pas par le panier.") % {"title": title})
        if workshop.booking_window() != BookingWindow.OPEN:
            raise CartError(
                _("Les réservations de « %(title)s » ne sont pas ouvertes.") % {"title": title}
            )
        limit = workshop.places_per_booking
        if places > limit:
            raise CartError(
                ngettext(
                    "Une réservation de « %(title)s » compte une seule place.",
                    "Une réservation de « %(title)s » compte au plus %(count)d places.",
                    limit,
                )
                % {"count": limit, "title": title}
            )
        left = places_left(workshop)
        if places > left:
            raise CartError(
                ngettext(
                    "Il ne reste qu’une place à « %(title)s ».",
                    "Il ne reste que %(count)d places à « %(title)s ».",
                    left,
                )
                % {"count": left, "title": title}
                if left
                else _("« %(title)s » est complet.") % {"title": title}
            )
        self.seats[str(workshop.pk)] = places
        self._save()

    def remove_places(self, workshop_id: int):
        if self.seats.pop(str(workshop_id), None) is not None:
            self._save()

    def limit_places_to_what_is_left(self):
        """After a failed hold: lower each number of places to what is left, drop full ones."""
        lines = self.seat_lines()
        self.seats = {
            str(line.workshop.pk): min(line.places, line.places_left)
            for line in lines
            if line.places_left > 0
        }
        self._save()

    def seat_lines(self, language: str | None = None) -> list[SeatLine]:
        """The cart's workshop places, read in `language` (the active one by default), in
        the order the workshops take place; workshops no longer on sale drop out."""
        ids = [int(key) for key in self.seats if key.isdigit()]
        workshops = list(
            WorkshopPage.objects.live()
            .filter(pk__in=ids, price__gt=0)
            .select_related("venue")
            .order_by("starts_at", "pk")
        )
        shown = workshops_in_language(workshops, language or get_language())
        _pieces, held = self.own_holds()
        return [
            SeatLine(
                workshop,
                self.seats[str(workshop.pk)],
                shown[workshop.pk],
                places_left(workshop) + held.get(workshop.pk, 0),
            )
            for workshop in workshops
        ]

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
        """The cart's objects, read in `language` (the active one by default), each with
        the pieces the buyer can have now (the stock read with them, and what the buyer's
        own unpaid order holds), in a fixed number of queries; objects withdrawn from sale
        drop out."""
        ids = [int(key) for key in self.items if key.isdigit()]
        products = list(
            CraftObjectPage.objects.live().filter(pk__in=ids).sellable().for_listing(CART)
        )
        shown = objects_in_language(products, language or get_language())
        held, _places = self.own_holds()
        lines = [
            CartLine(
                product,
                self.items[str(product.pk)],
                shown[product.pk],
                available=product.stock + held.get(product.pk, 0),
            )
            for product in products
        ]
        return sorted(lines, key=lambda line: line.title)
