"""A French change reaches its translations' sources, never their live pages.

When a French page is published (or a translatable snippet of the default locale saved),
its `TranslationSource` is synced: the translation editor then shows the new and changed
segments as untranslated, and `translation_status` says «out of date». The English and
Japanese pages are not rebuilt: they stay the last reviewed, complete translation, so no
French text appears under /en/ or /ja/ until a translator has done their part.
"""

from wagtail_localize.models import TranslationSource

from django.db.models.signals import post_save
from django.dispatch import receiver

from wagtail.models import Locale, Page, TranslatableMixin
from wagtail.signals import page_published


def translation_source_sync(instance):
    if instance.locale_id != Locale.get_default().pk:
        return
    source = TranslationSource.objects.filter(
        object_id=instance.translation_key, locale_id=instance.locale_id
    ).first()
    if source is not None:
        source.update_from_db()


@receiver(page_published)
def sync_source_of_published_page(sender, instance, **kwargs):
    translation_source_sync(instance)


@receiver(post_save)
def sync_source_of_saved_snippet(sender, instance, raw=False, **kwargs):
    if raw or not isinstance(instance, TranslatableMixin) or isinstance(instance, Page):
        return
    if instance._meta.app_label == "wagtail_localize":
        return
    translation_source_sync(instance)
