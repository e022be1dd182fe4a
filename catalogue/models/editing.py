"""How a craft object is edited: the bounds of its numbers and the admin form's messages.

Bounds catch typing slips (a price in yen, a size in tenths of a millimetre) without refusing
a real piece: a six-panel byōbu screen is under 4 m wide, a large bronze vase from Takaoka
under 100 kg, and the dearest lacquer of the exhibition stays well below 50 000 €.
They are validators, not database constraints: they are editorial policy and may change,
whereas a negative price or stock is impossible and is refused by the database itself.
"""

from decimal import Decimal

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminPageForm

from catalogue.models.querysets import COMMERCE_FIELDS
from catalogue.models.shows import shows_errors

# One message per field, for the form and the model alike (see CraftObjectPageForm).
BOUND_MESSAGES = {
    "price": _("Le prix doit être compris entre 0 et 50 000 € (TTC, en euros)."),
    "stock": _("Le stock ne peut pas être négatif."),
    "width_mm": _("La largeur doit être comprise entre 1 et 5 000 mm."),
    "depth_mm": _("La profondeur doit être comprise entre 1 et 5 000 mm."),
    "height_mm": _("La hauteur doit être comprise entre 1 et 5 000 mm."),
    "weight_g": _("Le poids doit être compris entre 1 g et 200 000 g (200 kg)."),
}
SET_ON_FRENCH_PAGE = _("Se modifie sur la page française.")
ALT_TEXT_REQUIRED = _("Décrivez ce que montre l’image : le texte alternatif est obligatoire.")
MAX_PRICE = Decimal("50000.00")
MAX_SIZE_MM = 5_000
MAX_WEIGHT_G = 200_000


def between(field: str, low, high):
    message = BOUND_MESSAGES[field]
    return [MinValueValidator(low, message=message), MaxValueValidator(high, message=message)]


def dimension(label: str, field: str):
    return models.PositiveIntegerField(
        label,
        null=True,
        blank=True,
        validators=between(field, 1, MAX_SIZE_MM),
        help_text=_("En millimètres, de 1 à 5 000. Vide si sans objet."),
    )


class CraftObjectPageForm(WagtailAdminPageForm):
    """Says what is wrong in the terms of the help texts rather than Django's generic
    «Assurez-vous que cette valeur…», including for the checks the form field makes itself
    before the model's validators run (a negative number in a positive integer field)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, message in BOUND_MESSAGES.items():
            if name in self.fields:
                self.fields[name].error_messages.update(
                    min_value=message,
                    max_value=message,
                    max_digits=message,
                    max_whole_digits=message,
                )
        self.lock_commerce_on_translations()
        gallery = self.formsets.get("gallery_images")
        if gallery is not None:
            for form in gallery.forms:
                form.fields["alt_text"].error_messages["required"] = ALT_TEXT_REQUIRED

    def clean(self):
        cleaned_data = super().clean()
        self.check_shows()
        return cleaned_data

    def check_shows(self):
        """«Présenté aussi à»: neither the object's own edition nor an edition twice; the
        message sits on the row at fault."""
        shows = self.formsets.get("shows")
        if shows is None:
            return
        rows = [
            (form, form.cleaned_data.get("edition"))
            for form in shows.forms
            if form.is_valid() and not shows._should_delete_form(form)
        ]
        exhibitor = self.parent_page if self.parent_page else self.instance.get_parent()
        own_edition = exhibitor.get_parent() if exhibitor else None
        for form, message in shows_errors(own_edition, rows):
            form.add_error("edition", message)

    def lock_commerce_on_translations(self):
        """Price, stock, SKU and «en vente» of a translation are its French page's: shown,
        not editable (a disabled field keeps its initial value whatever is posted; the
        model takes the French values again when it is saved)."""
        page = self.instance
        if type(page).objects.commerce_of_source(page) is None:
            return
        for name in COMMERCE_FIELDS:
            if name in self.fields:
                self.fields[name].disabled = True
                self.fields[name].help_text = SET_ON_FRENCH_PAGE
