from contextlib import nullcontext
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.files import File
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from catalogue.importing.permissions import user_can_import
from catalogue.importing.services import ImportFileError, objects_import


def _existing_file(value: str, option: str) -> Path:
    path = Path(value)
    if not path.is_file():
        raise CommandError(
            _("%(option)s : le fichier « %(path)s » n’existe pas.")
            % {"option": option, "path": value}
        )
    return path


class Command(BaseCommand):
    help = _(
        "Importe des objets depuis un tableau CSV ou XLSX (et leurs photos depuis un ZIP), "
        "avec les droits de l’utilisateur donné. Code de sortie 1 si une ligne est en erreur."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help=_("Le tableau des objets (.csv ou .xlsx)."))
        parser.add_argument("--images", metavar="ZIP", help=_("Le fichier ZIP des photos."))
        parser.add_argument(
            "--dry-run", action="store_true", help=_("Essai à blanc : n’enregistre rien.")
        )
        parser.add_argument(
            "--publish",
            action="store_true",
            help=_("Publier ce que l’utilisateur a le droit de publier (sinon : brouillons)."),
        )
        parser.add_argument(
            "--user",
            required=True,
            help=_(
                "Identifiant de l’utilisateur au nom duquel importer (ses droits s’appliquent)."
            ),
        )

    def handle(self, *args, **options):
        user = self._user(options["user"])
        rows_path = _existing_file(options["file"], "FILE")
        images_path = _existing_file(options["images"], "--images") if options["images"] else None
        images_context = images_path.open("rb") if images_path else nullcontext()
        with rows_path.open("rb") as rows, images_context as images:
            try:
                report = objects_import(
                    user=user,
                    rows_file=File(rows, name=rows_path.name),
                    images_zip=File(images, name=images_path.name) if images else None,
                    dry_run=options["dry_run"],
                    publish=options["publish"],
                )
            except ImportFileError as error:
                raise CommandError(str(error)) from error
        for line in report.text_lines():
            self.stdout.write(line)
        if report.failed:
            raise CommandError(
                _("%(summary)s Corrigez les lignes en erreur puis relancez l’import.")
                % {"summary": report.summary()}
            )
        self.stdout.write(self.style.SUCCESS(report.summary()))

    def _user(self, username):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(_("--user : aucun utilisateur « %(name)s ».") % {"name": username})
        if not user.is_active:
            raise CommandError(
                _("--user : le compte « %(name)s » est désactivé.") % {"name": username}
            )
        if not user_can_import(user):
            raise CommandError(
                _(
                    "--user : « %(name)s » n’a le droit d’ajouter ni de modifier d’objets "
                    "(droits de pages Wagtail sur une participation)."
                )
                % {"name": username}
            )
        return user
