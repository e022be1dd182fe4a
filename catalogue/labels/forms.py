from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from catalogue.models import CraftObjectPage
from exhibition.models import EditionPage, ExhibitorPage

from .formats import DEFAULT_FORMAT, FORMATS
from .selection import labelable_editions, labelable_exhibitors


class LabelsForm(forms.Form):
    """What to print: an edition, a participation or a list of objects; on which stock.

    The fields accept any French page, so that asking for another collectivité's pages is
    a valid request that the view refuses (403), not a form error that hides it; the lists
    offered are the user's own.
    """

    edition = forms.ModelChoiceField(
        queryset=EditionPage.objects.filter(locale__language_code=settings.LANGUAGE_CODE),
        required=False,
        label=_("Édition"),
        empty_label=_("— aucune —"),
        help_text=_("Tous les objets de l’édition que vous pouvez modifier."),
    )
    participation = forms.ModelChoiceField(
        queryset=ExhibitorPage.objects.filter(locale__language_code=settings.LANGUAGE_CODE),
        required=False,
        label=_("Participation d’une collectivité"),
        empty_label=_("— aucune —"),
        help_text=_("Les objets d’une collectivité pour une édition."),
    )
    objets = forms.ModelMultipleChoiceField(
        queryset=CraftObjectPage.objects.filter(locale__language_code=settings.LANGUAGE_CODE),
        required=False,
        widget=forms.MultipleHiddenInput,
    )
    format = forms.ChoiceField(
        label=_("Format des étiquettes"),
        choices=[(key, label_format.name) for key, label_format in FORMATS.items()],
        initial=DEFAULT_FORMAT,
        required=False,  # a link from the page listing names none: the usual labels
        widget=forms.RadioSelect,
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        # Offered: the user's own; accepted: any, for the view to refuse.
        self.fields["edition"].choices = [
            ("", self.fields["edition"].empty_label),
            *((edition.pk, edition.title) for edition in labelable_editions(user)),
        ]
        self.fields["participation"].choices = [
            ("", self.fields["participation"].empty_label),
            *(
                (exhibitor.pk, exhibitor.get_admin_display_title())
                for exhibitor in labelable_exhibitors(user)
            ),
        ]

    def clean(self):
        cleaned = super().clean()
        chosen = [name for name in ("edition", "participation", "objets") if cleaned.get(name)]
        if not chosen and not self.errors:
            raise forms.ValidationError(
                _("Choisissez une édition ou la participation d’une collectivité.")
            )
        if len(chosen) > 1:
            raise forms.ValidationError(
                _("Choisissez une seule source : une édition ou une participation.")
            )
        return cleaned

    def clean_format(self):
        return self.cleaned_data["format"] or DEFAULT_FORMAT

    @property
    def label_format(self):
        return FORMATS[self.cleaned_data["format"]]
