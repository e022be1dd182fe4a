from django.urls import path

from shop.views import cart, checkout

app_name = "shop"

urlpatterns = [
    path("panier/", cart.cart_detail, name="cart"),
    path("panier/ajouter/<int:product_id>/", cart.cart_add, name="cart_add"),
    path("panier/modifier/<int:product_id>/", cart.cart_update, name="cart_update"),
    path("panier/retirer/<int:product_id>/", cart.cart_remove, name="cart_remove"),
    path(
        "panier/ateliers/modifier/<int:workshop_id>/",
        cart.cart_update_places,
        name="cart_update_places",
    ),
    path(
        "panier/ateliers/retirer/<int:workshop_id>/",
        cart.cart_remove_places,
        name="cart_remove_places",
    ),
    path("commande/", checkout.checkout, name="checkout"),
    path("commande/<str:token>/", checkout.order_status, name="order_status"),
    path("commande/<str:token>/paiement/", checkout.payment, name="payment"),
    path("commande/<str:token>/retour/", checkout.payment_return, name="payment_return"),
    path("commande/<str:token>/annuler/", checkout.payment_cancel, name="payment_cancel"),
    path("commande/<str:token>/localstripe/", checkout.local_confirm, name="local_confirm"),
    path("atelier/<str:token>/", checkout.booking_checkout, name="booking_checkout"),
]
