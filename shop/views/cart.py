from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_POST

from catalogue.models import CraftObjectPage
from core.rate_limits import rate_limit
from core.same_origin import same_origin_post
from shop.cart import UNSOLD, Cart, CartError, capped_message
from shop.forms import QuantityForm
from shop.models import ShopSettings
from shop.pricing import compute_totals
from shop.selectors import objects_in_language, workshops_in_language
from workshops.forms import PlacesForm
from workshops.models import WorkshopPage
from workshops.services import BookingError

# Past the largest key of any table here (a PostgreSQL `bigint`), an id finds nothing;
# SQLite would raise OverflowError (a server error) instead of saying so.
MAX_ID = 2**63 - 1


def existing_id(value: int) -> int:
    """The id from the URL, or a 404 when no row can have it."""
    if not 0 < value <= MAX_ID:
        raise Http404
    return value


def limit_cart(request, cart: Cart, shop_settings: ShopSettings) -> bool:
    """What the cart and the checkout do first: take out the objects no longer sold, bring
    quantities down to the cap of the settings (lowered since), each with its message.
    Whether the cart changed."""
    unsold = cart.drop_unsold()
    for title in unsold:
        messages.error(request, UNSOLD % {"title": title})
    cap = shop_settings.max_quantity_per_object
    capped = cart.limit_to_cap(cap)
    for title in capped:
        messages.warning(request, capped_message(title, cap))
    return bool(unsold or capped)


# Never stored, by a proxy or the browser: the cart page says what is left right now,
# and a page from the history would show stock that is gone.
@cache_control(private=True, no_store=True)
def cart_detail(request):
    cart = Cart(request.session)
    shop_settings = ShopSettings.for_request(request)
    limit_cart(request, cart, shop_settings)
    lines = cart.lines()
    seat_lines = cart.seat_lines()
    unavailable = [line for line in [*lines, *seat_lines] if not line.orderable]
    if unavailable:
        # Said at the top of the page too, in the alert region that screen readers announce.
        messages.warning(
            request,
            ngettext(
                "Depuis que vous l’avez mis dans votre panier, %(titles)s n’est plus "
                "disponible dans la quantité demandée.",
                "Depuis que vous les avez mis dans votre panier, ces articles ne sont plus "
                "disponibles dans la quantité demandée : %(titles)s.",
                len(unavailable),
            )
            % {"titles": ", ".join(f"« {line.title} »" for line in unavailable)},
        )
    # Only what can be ordered counts: the buyer sees what the checkout would ask.
    totals = compute_totals(
        [line.line_total for line in [*lines, *seat_lines] if line.orderable],
        delivery=None,
        shop_settings=shop_settings,
    )
    return render(
        request,
        "shop/cart.html",
        {
            "lines": lines,
            "seat_lines": seat_lines,
            "totals": totals,
            "shop": shop_settings,
            "orderable": not unavailable,
        },
    )


@require_POST
@rate_limit("cart")
@same_origin_post
def cart_add(request, product_id):
    page = get_object_or_404(CraftObjectPage.objects.live().public(), pk=existing_id(product_id))
    # An English or Japanese page sells its French original: one stock per object.
    product = page.shop_item
    form = QuantityForm(request.POST)
    cart = Cart(request.session)
    if not form.is_valid():
        for error in form.errors["quantity"]:
            messages.error(request, error)
        return redirect(page.url)
    cap = ShopSettings.for_request(request).max_quantity_per_object
    try:
        # Messages name the object as the visitor read it, on this page.
        capped = cart.add(product, form.cleaned_data["quantity"], title=page.title, cap=cap)
    except CartError as error:
        messages.error(request, str(error))
        return redirect(page.url)
    if capped:
        messages.warning(request, capped_message(page.title, cap))
        return redirect("shop:cart")
    messages.success(
        request, _("« %(title)s » a été ajouté à votre panier.") % {"title": page.title}
    )
    return redirect("shop:cart")


@require_POST
def cart_update(request, product_id):
    cart = Cart(request.session)
    product = CraftObjectPage.objects.filter(pk=existing_id(product_id)).first()
    form = QuantityForm(request.POST)
    if product is None or str(product_id) not in cart.items:
        # Only what is in the cart can change: a form for any other page id (another
        # language's copy, an unpublished page) adds nothing.
        cart.remove(product_id)
    elif not form.is_valid():
        for error in form.errors["quantity"]:
            messages.error(request, error)
    else:
        cap = ShopSettings.for_request(request).max_quantity_per_object
        title = objects_in_language([product], get_language())[product.pk].title
        try:
            if cart.set(product, form.cleaned_data["quantity"], title=title, cap=cap):
                messages.warning(request, capped_message(title, cap))
            else:
                messages.success(request, _("Votre panier a été mis à jour."))
        except CartError as error:
            messages.error(request, str(error))
    return redirect("shop:cart")


@require_POST
def cart_remove(request, product_id):
    Cart(request.session).remove(existing_id(product_id))
    messages.success(request, _("L’objet a été retiré de votre panier."))
    return redirect("shop:cart")


# Workshop places: added from the workshop's page (`add_places`, registered with
# workshops/payments.py), changed and removed here.


def add_places(request, *, workshop: WorkshopPage, places: int, title: str) -> str:
    """Put `places` at `workshop` (its French page) in the visitor's cart, on top of those
    already there; the cart's address. `BookingError` when the cart refuses them."""
    cart = Cart(request.session)
    try:
        cart.set_places(workshop, cart.places_of(workshop) + places, title=title)
    except CartError as error:
        raise BookingError(str(error)) from error
    messages.success(
        request,
        ngettext(
            "Une place pour « %(title)s » a été ajoutée à votre panier.",
            "%(count)d places pour « %(title)s » ont été ajoutées à votre panier.",
            places,
        )
        % {"count": places, "title": title},
    )
    return reverse("shop:cart")


@require_POST
def cart_update_places(request, workshop_id):
    cart = Cart(request.session)
    workshop = WorkshopPage.objects.filter(pk=existing_id(workshop_id)).first()
    if workshop is None or str(workshop_id) not in cart.seats:
        cart.remove_places(workshop_id)  # only what is in the cart can change
        return redirect("shop:cart")
    form = PlacesForm(request.POST, workshop=workshop)
    if not form.is_valid():
        for error in form.errors["places"]:
            messages.error(request, error)
    else:
        try:
            title = workshops_in_language([workshop], get_language())[workshop.pk].title
            cart.set_places(workshop, form.cleaned_data["places"], title=title)
            messages.success(request, _("Votre panier a été mis à jour."))
        except CartError as error:
            messages.error(request, str(error))
    return redirect("shop:cart")


@require_POST
def cart_remove_places(request, workshop_id):
    Cart(request.session).remove_places(existing_id(workshop_id))
    messages.success(request, _("Les places ont été retirées de votre panier."))
    return redirect("shop:cart")
