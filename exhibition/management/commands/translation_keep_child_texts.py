"""Once, after the migrations that make gallery images and edition parts translatable:
the texts the existing English and Japanese pages show in them become their
wagtail-localize strings, so a save from the translation editor no longer puts the
French back. Idempotent; makes no revision.

    manage.py translation_keep_child_texts
"""

from wagtail_localize.models import TranslationSource

from django.core.exceptions import ObjectDoesNotExist
from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from exhibition.translation.services import translation_keep_child_texts


class Command(BaseCommand):
    help = _(
        "Les textes des images et des temps d’édition déjà traduits deviennent des chaînes "
        "de leur traduction wagtail-localize."
    )

    def handle(self, *args, **options):
        stored = 0
        for translation_source in TranslationSource.objects.all():
            try:
                source = translation_source.get_source_instance()
            except ObjectDoesNotExist:
                continue  # its French page or snippet was deleted
            stored += translation_keep_child_texts(source)
        self.stdout.write(_("%(count)s chaîne(s) enregistrée(s).") % {"count": stored})
