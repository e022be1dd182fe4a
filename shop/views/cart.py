from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from catalogue.models import CraftObjectPage
from core.rate_limits import rate_limit
from core.same_origin import same_origin_post
from shop.cart import UNSOLD, Cart, CartError
from shop.forms import QuantityForm
from shop.models import ShopSettings
from shop.pricing import compute_totals
from shop.selectors import objects_in_language


def cart_detail(request):
    cart = Cart(request.session)
    for title in cart.drop_unsold():
        messages.error(request, UNSOLD % {"title": title})
    lines = cart.lines()
    shop_settings = ShopSettings.for_request(request)
    totals = compute_totals(
        [line.line_total for line in lines], delivery=None, shop_settings=shop_settings
    )
    return render(
        request, "shop/cart.html", {"lines": lines, "totals": totals, "shop": shop_settings}
    )


@require_POST
@rate_limit("cart")
@same_origin_post
def cart_add(request, product_id):
    page = get_object_or_404(CraftObjectPage.objects.live().public(), pk=product_id)
    # An English or Japanese page sells its French original: one stock per object.
    product = page.shop_item
    form = QuantityForm(request.POST)
    cart = Cart(request.session)
    if not form.is_valid():
        for error in form.errors["quantity"]:
            messages.error(request, error)
        return redirect(page.url)
    try:
        # Messages name the object as the visitor read it, on this page.
        cart.add(product, form.cleaned_data["quantity"], title=page.title)
    except CartError as error:
        messages.error(request, str(error))
        return redirect(page.url)
    messages.success(
        request, _("« %(title)s » a été ajouté à votre panier.") % {"title": page.title}
    )
    return redirect("shop:cart")


@require_POST
def cart_update(request, product_id):
    cart = Cart(request.session)
    product = CraftObjectPage.objects.filter(pk=product_id).first()
    form = QuantityForm(request.POST)
    if product is None or str(product_id) not in cart.items:
        # Only what is in the cart can change: a form for any other page id (another
        # language's copy, an unpublished page) adds nothing.
        cart.remove(product_id)
    elif not form.is_valid():
        for error in form.errors["quantity"]:
            messages.error(request, error)
    else:
        try:
            title = objects_in_language([product], get_language())[product.pk].title
            cart.set(product, form.cleaned_data["quantity"], title=title)
            messages.success(request, _("Votre panier a été mis à jour."))
        except CartError as error:
            messages.error(request, str(error))
    return redirect("shop:cart")


@require_POST
def cart_remove(request, product_id):
    Cart(request.session).remove(product_id)
    messages.success(request, _("L’objet a été retiré de votre panier."))
    return redirect("shop:cart")
