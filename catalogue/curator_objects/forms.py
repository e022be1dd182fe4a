"""The filters of «Mes objets» (a GET form: the address keeps them, the back button too)."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale

from exhibition.models import CollectivitePage, EditionPage

from .selectors import OTHER_LANGUAGES, Status

LANGUAGE_NAMES = dict(settings.WAGTAIL_CONTENT_LANGUAGES)


class ObjectFilters(forms.Form):
    edition = forms.ModelChoiceField(
        label=_("Édition"),
        queryset=EditionPage.objects.none(),
        required=False,
        empty_label=_("Toutes"),
    )
    status = forms.ChoiceField(
        label=_("Statut"),
        required=False,
        choices=[
            ("", _("Tous")),
            (Status.DRAFT, _("Brouillon")),
            (Status.IN_REVIEW, _("En relecture")),
            (Status.LIVE, _("En ligne")),
        ],
    )
    missing_language = forms.ChoiceField(
        label=_("Traduction manquante"),
        required=False,
        choices=[
            ("", _("Peu importe")),
            *((code, LANGUAGE_NAMES[code]) for code in OTHER_LANGUAGES),
        ],
    )
    collectivite = forms.ModelChoiceField(
        label=_("Collectivité"),
        queryset=CollectivitePage.objects.none(),
        required=False,
        empty_label=_("Toutes"),
    )

    def __init__(self, *args, show_collectivite: bool, **kwargs):
        super().__init__(*args, **kwargs)
        french = Locale.get_default()
        self.fields["edition"].queryset = EditionPage.objects.filter(locale=french).order_by(
            "-year"
        )
        if show_collectivite:
            self.fields["collectivite"].queryset = CollectivitePage.objects.filter(
                locale=french
            ).order_by("short_name")
        else:
            del self.fields["collectivite"]

    def filters(self) -> dict:
        if not self.is_valid():
            return {}
        return {key: value for key, value in self.cleaned_data.items() if value}
