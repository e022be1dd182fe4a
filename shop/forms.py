import re

from django import forms
from django.utils.translation import gettext_lazy as _

from shop.cart import MAX_QUANTITY
from shop.models import Order

# The European Union's member states (ISO 3166-1 alpha-2), France apart.
EU_COUNTRIES = {
    "AT": _("Autriche"),
    "BE": _("Belgique"),
    "BG": _("Bulgarie"),
    "CY": _("Chypre"),
    "CZ": _("Tchéquie"),
    "DE": _("Allemagne"),
    "DK": _("Danemark"),
    "EE": _("Estonie"),
    "ES": _("Espagne"),
    "FI": _("Finlande"),
    "GR": _("Grèce"),
    "HR": _("Croatie"),
    "HU": _("Hongrie"),
    "IE": _("Irlande"),
    "IT": _("Italie"),
    "LT": _("Lituanie"),
    "LU": _("Luxembourg"),
    "LV": _("Lettonie"),
    "MT": _("Malte"),
    "NL": _("Pays-Bas"),
    "PL": _("Pologne"),
    "PT": _("Portugal"),
    "RO": _("Roumanie"),
    "SE": _("Suède"),
    "SI": _("Slovénie"),
    "SK": _("Slovaquie"),
}
COUNTRY_CHOICES = [("FR", _("France")), *sorted(EU_COUNTRIES.items(), key=lambda c: str(c[1]))]
FRENCH_POSTAL_CODE = re.compile(r"^\d{5}$")
PHONE = re.compile(r"^\+?[\d\s.\-()]{6,25}$")


class QuantityForm(forms.Form):
    quantity = forms.IntegerField(
        label=_("Quantité"),
        min_value=0,
        max_value=MAX_QUANTITY,
        initial=1,
        error_messages={
            "invalid": _("Indiquez une quantité en chiffres."),
            "min_value": _("La quantité ne peut pas être négative."),
            "max_value": _("Au plus %(limit_value)s exemplaires par objet."),
        },
    )


class CheckoutForm(forms.Form):
    email = forms.EmailField(label=_("Courriel"), max_length=254)
    first_name = forms.CharField(label=_("Prénom"), max_length=100)
    last_name = forms.CharField(label=_("Nom"), max_length=100)
    phone = forms.CharField(
        label=_("Téléphone"),
        max_length=30,
        required=False,
        help_text=_("Facultatif ; utile au transporteur."),
    )
    delivery = forms.ChoiceField(
        label=_("Livraison"),
        choices=Order.Delivery.choices,
        widget=forms.RadioSelect,
        initial=Order.Delivery.PICKUP,
    )
    address_line1 = forms.CharField(label=_("Adresse"), max_length=200, required=False)
    address_line2 = forms.CharField(label=_("Complément d’adresse"), max_length=200, required=False)
    postal_code = forms.CharField(label=_("Code postal"), max_length=20, required=False)
    city = forms.CharField(label=_("Ville"), max_length=100, required=False)
    country = forms.ChoiceField(label=_("Pays"), choices=COUNTRY_CHOICES, initial="FR")
    accept_terms = forms.BooleanField(
        label=_("J’accepte les conditions générales de vente."),
        error_messages={"required": _("Vous devez accepter les conditions générales de vente.")},
    )

    ADDRESS_FIELDS = (
        "delivery",
        "address_line1",
        "address_line2",
        "postal_code",
        "city",
        "country",
    )

    def __init__(self, *args, delivers: bool = True, **kwargs):
        """`delivers`: False for a cart of workshop places alone, which has nothing to
        deliver: no delivery mode is asked, nor an address."""
        super().__init__(*args, **kwargs)
        self.delivers = delivers
        if not delivers:
            for name in self.ADDRESS_FIELDS:
                del self.fields[name]

    def clean_phone(self):
        phone = self.cleaned_data["phone"].strip()
        if phone and not PHONE.match(phone):
            raise forms.ValidationError(_("Ce numéro de téléphone n’est pas valide."))
        return phone

    def clean(self):
        cleaned = super().clean()
        if not self.delivers:
            # Pick-up is the mode without an address or a fee.
            cleaned["delivery"] = Order.Delivery.PICKUP
            return cleaned
        delivery = cleaned.get("delivery")
        if delivery in (Order.Delivery.FRANCE, Order.Delivery.EU):
            for field in ("address_line1", "postal_code", "city"):
                if not (cleaned.get(field) or "").strip():
                    self.add_error(field, _("Ce champ est obligatoire pour une livraison."))
            country = cleaned.get("country")
            postal_code = (cleaned.get("postal_code") or "").strip()
            if delivery == Order.Delivery.FRANCE:
                if country != "FR":
                    self.add_error("country", _("La livraison en France se fait en France."))
                elif postal_code and not FRENCH_POSTAL_CODE.match(postal_code):
                    self.add_error("postal_code", _("Un code postal français compte 5 chiffres."))
            elif country not in EU_COUNTRIES:
                self.add_error(
                    "country", _("Choisissez un pays de l’Union européenne autre que la France.")
                )
        return cleaned
