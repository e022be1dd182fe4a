import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from demo.seed import demo_seed


def image_size(value: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in value.lower().split("x"))
    except ValueError as error:
        raise CommandError(
            f"--image-size attend LARGEURxHAUTEUR, par exemple 1200x900 ; reçu « {value} »."
        ) from error
    if not (16 <= width <= 4000 and 16 <= height <= 4000):
        raise CommandError("--image-size : chaque côté doit être compris entre 16 et 4000 pixels.")
    return width, height


class Command(BaseCommand):
    help = (
        "Crée le site de démonstration : l’édition 2021 « Shoku », ses collectivités et ses objets."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--image-size", default="1200x900", help="Taille des images générées (défaut 1200x900)."
        )
        parser.add_argument(
            "--no-admin", action="store_true", help="Ne pas créer le compte administrateur de démo."
        )

    def handle(self, *args, **options):
        size = image_size(options["image_size"])
        created = demo_seed(report=self.stdout.write, image_size=size)
        if created:
            self.stdout.write(self.style.SUCCESS(f"Démo prête : {created} éléments créés."))
        else:
            self.stdout.write(self.style.SUCCESS("Démo déjà en place : rien à créer."))
        if not options["no_admin"]:
            self._admin()

    def _admin(self):
        if not settings.DEBUG:
            self.stdout.write("Compte admin de démo non créé : DEBUG est désactivé (production).")
            return
        User = get_user_model()
        if User.objects.filter(username="admin").exists():
            self.stdout.write("Compte admin : « admin » existe déjà (mot de passe inchangé).")
            return
        password = secrets.token_urlsafe(12)
        User.objects.create_superuser("admin", "admin@example.org", password)
        self.stdout.write(
            self.style.WARNING(
                f"Compte admin de démo : identifiant « admin », mot de passe « {password} » "
                "(développement uniquement)."
            )
        )
