"""What the admin says about translations that are out of date.

Where a translation stands is `exhibition.translation.selectors.translation_status`; this
adds whether a new version of it awaits review, and says it in a sentence.
"""

from dataclasses import dataclass

from django.utils.formats import date_format
from django.utils.timezone import localtime
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.models import WorkflowState

from exhibition.translation.selectors import State, TranslationStatus, translation_status

# «Traduction anglaise à mettre à jour» reads better than «Traduction (anglais)».
TRANSLATION_NAMES = {
    "en": gettext_lazy("Traduction anglaise"),
    "ja": gettext_lazy("Traduction japonaise"),
}


@dataclass(frozen=True)
class OutOfDate:
    status: TranslationStatus
    in_review: bool

    @property
    def page(self):
        return self.status.target

    def notice(self) -> str:
        """«Traduction anglaise à mettre à jour : le texte français a changé le 3 mars 2026.»"""
        name = translation_name(self.status.locale)
        changed = self.status.source_changed_at
        if changed:
            text = _("%(name)s à mettre à jour : le texte français a changé le %(date)s.") % {
                "name": name,
                "date": date_format(localtime(changed), "j F Y"),
            }
        else:  # a plain copy, not followed by wagtail-localize: no date to give
            text = _("%(name)s à mettre à jour.") % {"name": name}
        if self.in_review:
            text += " " + _("Une nouvelle version attend la relecture.")
        return text


def translation_name(locale) -> str:
    return TRANSLATION_NAMES.get(locale.language_code) or _("Traduction (%(language)s)") % {
        "language": locale.get_display_name()
    }


def out_of_date_translations(page) -> list[OutOfDate]:
    """The translations of `page`'s French page that are out of date, in language order."""
    return [
        OutOfDate(status, in_review=_in_review(status.target))
        for status in translation_status(page).values()
        if status.state == State.OUT_OF_DATE
    ]


def _in_review(page) -> bool:
    return (
        WorkflowState.objects.for_instance(page)
        .filter(status=WorkflowState.STATUS_IN_PROGRESS)
        .exists()
    )
