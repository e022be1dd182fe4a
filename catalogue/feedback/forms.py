"""The visitor's form: five short questions and a remark, each optional, one at least.

Spam is kept out without an account or a puzzle: a honeypot field people never see, the
rate limits of the view, a bounded remark, and no links in it (a visitor describes what
they think of an object; a link is what spam is made of).
"""

import re

from django import forms
from django.utils.translation import gettext_lazy as _

from catalogue.models.feedback import REMARK_MAX_LENGTH, Liking, Price, Size, WouldBuy

# Filled only by robots: hidden from people and from assistive technologies.
HONEYPOT = "site_web"
LINK = re.compile(r"https?://|www\.|\[url|<a\s", re.IGNORECASE)


def _scale(label):
    return forms.TypedChoiceField(
        label=label,
        choices=Liking.choices,
        coerce=int,
        empty_value=None,
        required=False,
        widget=forms.RadioSelect,
    )


def _choice(label, choices):
    return forms.ChoiceField(label=label, choices=choices, required=False, widget=forms.RadioSelect)


class FeedbackForm(forms.Form):
    colour = _scale(_("Sa couleur vous plaît-elle ?"))
    shape = _scale(_("Sa forme vous plaît-elle ?"))
    size = _choice(_("Que pensez-vous de sa taille ?"), Size.choices)
    price = _choice(_("Et de son prix ?"), Price.choices)
    would_buy = _choice(_("L’achèteriez-vous ?"), WouldBuy.choices)
    remark = forms.CharField(
        label=_("Votre remarque"),
        help_text=_("Ce qui vous plaît, ce qui vous manque : 1 000 caractères au plus."),
        max_length=REMARK_MAX_LENGTH,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    email = forms.EmailField(
        label=_("Votre adresse électronique"),
        help_text=_(
            "Seulement si vous souhaitez que l’exposant ou les organisateurs vous répondent "
            "au sujet de cette remarque."
        ),
        required=False,
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    site_web = forms.CharField(
        label=_("Ne remplissez pas ce champ"),
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    ANSWERS = ("colour", "shape", "size", "price", "would_buy", "remark")
    QUESTIONS = ("colour", "shape", "size", "price", "would_buy")

    def __init__(self, *args, **kwargs):
        # Ids of their own on the object page, beside the «Ajouter au panier» form.
        kwargs.setdefault("auto_id", "avis-%s")
        super().__init__(*args, **kwargs)

    def questions(self):
        return [self[name] for name in self.QUESTIONS]

    def is_spam(self) -> bool:
        """The honeypot is filled: answer as if all went well, store nothing."""
        return bool(self.data.get(HONEYPOT, "").strip())

    def clean_remark(self):
        remark = self.cleaned_data["remark"].strip()
        if LINK.search(remark):
            raise forms.ValidationError(
                _("Les liens ne sont pas acceptés : décrivez votre idée avec des mots."),
                code="link",
            )
        return remark

    def clean(self):
        cleaned = super().clean()
        if not self.errors and not any(cleaned.get(name) for name in self.ANSWERS):
            raise forms.ValidationError(
                _("Répondez à au moins une question, ou laissez une remarque."),
                code="empty",
            )
        if cleaned.get("email") and not cleaned.get("remark"):
            # An address is kept only to answer a remark: without one it has no use.
            self.add_error(
                "email",
                _("Laissez une remarque pour qu’on puisse vous répondre, ou effacez l’adresse."),
            )
        return cleaned

    def answers(self) -> dict:
        """Keyword arguments for `feedback_submit`: None or "" where left unanswered."""
        return {name: self.cleaned_data[name] for name in (*self.ANSWERS, "email")}
