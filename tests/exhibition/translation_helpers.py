"""Pages translated with wagtail-localize, as «Traduire cette page» and its editor do."""

from wagtail_localize.models import StringSegment, StringTranslation, Translation
from wagtail_localize.operations import translate_object

from wagtail.models import Locale, Page


def translate(page, language="en", *, publish=True):
    """`page` translated into `language` (a draft still reading French, its missing
    parents copied too); with `publish`, published with its parents, as after review."""
    locale = Locale.objects.get(language_code=language)
    translate_object(page.specific, [locale])
    target = page.get_translation(locale).specific
    if publish:
        _publish_with_parents(target)
        target.refresh_from_db()
    return target


def copy(page, language="en"):
    """A plain published copy of `page` in `language`, not linked by wagtail-localize (its
    admin is the ordinary page form), as the demo's translations are made."""
    locale = Locale.objects.get(language_code=language)
    target = page.specific.copy_for_translation(locale, copy_parents=True)
    _publish_with_parents(target)
    return Page.objects.get(pk=target.pk).specific


def link(page, language="en") -> Translation:
    return Translation.objects.get(
        source__object_id=page.translation_key,
        target_locale__language_code=language,
    )


def translate_strings(page, language="en", words=None):
    """Translate every string of `page`'s source into `language`: `words` maps French
    strings to their translation, the others get «[EN] …»."""
    locale = Locale.objects.get(language_code=language)
    translation = link(page, language)
    segments = StringSegment.objects.filter(source=translation.source).select_related(
        "string", "context"
    )
    for segment in segments:
        text = (words or {}).get(segment.string.data, f"[{language.upper()}] {segment.string.data}")
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={"data": text},
        )
    return translation


def live(page):
    return Page.objects.get(pk=page.pk).specific


def _publish_with_parents(page):
    for ancestor in page.get_ancestors(inclusive=True).filter(depth__gt=1, live=False):
        ancestor = ancestor.specific
        (ancestor.get_latest_revision() or ancestor.save_revision()).publish()
