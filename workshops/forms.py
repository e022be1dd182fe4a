import re

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

PHONE = re.compile(r"^\+?[\d\s.\-()]{6,25}$")


def places_field(workshop) -> forms.IntegerField:
    """The number of places, from 1 to the workshop's limit per booking."""
    limit = workshop.places_per_booking
    return forms.IntegerField(
        label=_("Nombre de places"),
        min_value=1,
        max_value=limit,
        initial=1,
        help_text=ngettext(
            "Une seule place par réservation.",
            "Jusqu’à %(max)d places par réservation.",
            limit,
        )
        % {"max": limit},
        error_messages={
            "required": _("Indiquez le nombre de places."),
            "invalid": _("Indiquez un nombre de places en chiffres."),
            "min_value": _("Réservez au moins une place."),
            "max_value": _("Au plus %(limit_value)s places par réservation."),
        },
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
    )


class PlacesForm(forms.Form):
    """Places at a paid workshop, put in the cart: who comes is asked at the checkout."""

    def __init__(self, *args, workshop, **kwargs):
        super().__init__(*args, **kwargs)
        self.workshop = workshop
        self.fields["places"] = places_field(workshop)


class BookingForm(forms.Form):
    """What a visitor types to book; the rules that need the database are the services'."""

    first_name = forms.CharField(
        label=_("Prénom"),
        max_length=100,
        error_messages={"required": _("Indiquez votre prénom.")},
        widget=forms.TextInput(attrs={"autocomplete": "given-name"}),
    )
    last_name = forms.CharField(
        label=_("Nom"),
        max_length=100,
        error_messages={"required": _("Indiquez votre nom.")},
        widget=forms.TextInput(attrs={"autocomplete": "family-name"}),
    )
    email = forms.EmailField(
        label=_("Courriel"),
        max_length=254,
        help_text=_("La confirmation et le lien pour annuler vous y seront envoyés."),
        error_messages={
            "required": _("Indiquez votre adresse électronique."),
            "invalid": _("Saisissez une adresse électronique valide, par exemple nom@exemple.fr."),
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    phone = forms.CharField(
        label=_("Téléphone"),
        max_length=30,
        required=False,
        help_text=_("Facultatif ; pour vous prévenir d’un changement le jour même."),
        widget=forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
    )
    accept_waitlist = forms.BooleanField(
        label=_("Si l’atelier est complet, m’inscrire sur la liste d’attente."),
        required=False,
    )

    def __init__(self, *args, workshop, waitlist_only=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.workshop = workshop
        # Built here: the limit is the workshop's.
        self.fields["places"] = places_field(workshop)
        self.order_fields(["places", "first_name", "last_name", "email", "phone"])
        if waitlist_only:
            # Full: the form itself is the waiting-list request.
            self.fields["accept_waitlist"].initial = True
            self.fields["accept_waitlist"].widget = forms.HiddenInput()

    def clean_phone(self):
        phone = self.cleaned_data["phone"].strip()
        if phone and not PHONE.match(phone):
            raise forms.ValidationError(_("Ce numéro de téléphone n’est pas valide."))
        return phone
