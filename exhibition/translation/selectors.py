"""Where each translation of a French page stands: missing, up to date or out of date."""

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from wagtail_localize.models import Translation, TranslationSource

from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale, Page


class State(StrEnum):
    MISSING = "missing"
    UP_TO_DATE = "up_to_date"
    OUT_OF_DATE = "out_of_date"

    @property
    def label(self):
        return {
            State.MISSING: _("à traduire"),
            State.UP_TO_DATE: _("à jour"),
            State.OUT_OF_DATE: _("à mettre à jour"),
        }[self]


@dataclass(frozen=True)
class TranslationStatus:
    locale: Locale
    state: State
    target: Page | None = None  # the translated page, live or not
    translation: Translation | None = None  # None: missing, or a copy wagtail-localize never made
    # When the French text the translation follows last changed (its source's last sync).
    source_changed_at: datetime | None = None
    segments: int = 0
    translated: int = 0


def translation_status(page) -> dict[str, TranslationStatus]:
    """Per language code other than the default: the state of `page`'s translation.

    Out of date: the French page was published after its translation source was last
    synced (publishing syncs it: `signals`), or the source has segments with no string in
    that language (new or changed French text), or the translation is a plain copy that
    wagtail-localize does not follow. `page` may be the source or any of its translations.
    """
    default = Locale.get_default()
    source = page if page.locale_id == default.pk else page.get_translation_or_none(default)
    source = (source or page).specific_deferred if isinstance(source, Page) else source
    targets = {
        target.locale_id: target
        for target in Page.objects.filter(translation_key=page.translation_key).exclude(
            locale=default
        )
    }
    translation_source = TranslationSource.objects.filter(
        object_id=page.translation_key, locale=default
    ).first()
    translations = (
        {
            translation.target_locale_id: translation
            for translation in Translation.objects.filter(source=translation_source, enabled=True)
        }
        if translation_source
        else {}
    )
    statuses = {}
    for locale in Locale.objects.exclude(pk=default.pk).order_by("language_code"):
        target = targets.get(locale.pk)
        translation = translations.get(locale.pk)
        if target is None:
            statuses[locale.language_code] = TranslationStatus(locale, State.MISSING)
            continue
        if translation is None:
            statuses[locale.language_code] = TranslationStatus(locale, State.OUT_OF_DATE, target)
            continue
        total, done = translation.get_progress()
        published = getattr(source, "last_published_at", None)
        stale = published is not None and published > translation_source.last_updated_at
        statuses[locale.language_code] = TranslationStatus(
            locale,
            State.OUT_OF_DATE if stale or done < total else State.UP_TO_DATE,
            target,
            translation,
            source_changed_at=translation_source.last_updated_at,
            segments=total,
            translated=done,
        )
    return statuses
