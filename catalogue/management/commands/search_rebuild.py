from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from catalogue.search.documents import rebuild


class Command(BaseCommand):
    help = (
        "Recalcule les documents de recherche des objets publiés (après un import en masse, "
        "un changement de l’analyseur)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--locale", help="une seule langue : fr, en ou ja")

    def handle(self, *args, locale=None, **options):
        if locale and locale not in dict(settings.LANGUAGES):
            raise CommandError(f"--locale : une langue parmi {', '.join(dict(settings.LANGUAGES))}")
        total = rebuild(language=locale, report=lambda line: self.stdout.write(f"  {line}"))
        self.stdout.write(self.style.SUCCESS(f"{total} documents de recherche recalculés"))
