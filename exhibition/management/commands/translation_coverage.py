"""Share of the French content translated, per page type or snippet and language.

    manage.py translation_coverage                  # the table
    manage.py translation_coverage --details        # and each text still to translate
    manage.py translation_coverage --fail-under 100 # exit 1 below 100 % (CI)
    manage.py translation_coverage --language ja

What counts as translated: `exhibition.translation_coverage`.
"""

from django.apps import apps
from django.core.management.base import BaseCommand, CommandError
from django.utils.formats import number_format
from django.utils.translation import gettext as _

from exhibition.translation_coverage import check_translations, coverage_rows


def _percent(value: float) -> str:
    return f"{number_format(round(value, 1), 1)}\u00a0%"


class Command(BaseCommand):
    help = _(
        "Part des textes français traduits, par type de page ou de snippet et par langue ; "
        "noms propres exceptés (exhibition/proper_names.py)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--details",
            action="store_true",
            help=_("Liste chaque texte manquant ou non traduit."),
        )
        parser.add_argument(
            "--fail-under",
            type=float,
            metavar="N",
            help=_("Sort en erreur si la couverture totale est sous N %%."),
        )
        # Both repeatable: «--language en --language ja».
        for option, dest, metavar, help_text in (
            ("--language", "languages", "CODE", _("Une langue (répétable) ; par défaut, toutes.")),
            ("--model", "models", "APP.MODÈLE", _("Un type (répétable), ex. catalogue.Material.")),
        ):
            parser.add_argument(option, action="append", dest=dest, metavar=metavar, help=help_text)

    def handle(self, *args, details=False, fail_under=None, languages=None, **options):
        def progress(line):
            if options["verbosity"] >= 1:
                self.stderr.write(f"… {line}")

        try:
            models = [apps.get_model(label) for label in options["models"] or []]
        except (LookupError, ValueError) as error:
            raise CommandError(error) from error
        checks = check_translations(languages, progress=progress, models_=models or None)
        if not checks:
            raise CommandError(_("Aucun texte français à traduire pour ces types et langues."))
        rows = coverage_rows(checks)
        width = max(len(row.label) for row in rows)
        self.stdout.write(
            f"{_('type'):<{width}}  {_('langue'):<6}  {_('textes'):>7}  "
            f"{_('traduits'):>8}  {'%':>8}"
        )
        for row in rows:
            self.stdout.write(
                f"{row.label:<{width}}  {row.language:<6}  {row.total:>7}  "
                f"{row.translated:>8}  {_percent(row.percent):>8}"
            )
        if details:
            self._details(checks)
        total = rows[-1]
        if fail_under is not None and total.percent < fail_under:
            raise CommandError(
                _("Couverture des traductions : %(total)s, sous le seuil de %(floor)s.")
                % {"total": _percent(total.percent), "floor": _percent(fail_under)}
            )

    def _details(self, checks):
        missing = [check for check in checks if check.problem]
        self.stdout.write("")
        self.stdout.write(_("%(count)s textes à traduire :") % {"count": len(missing)})
        for check in missing:
            shown = check.target_text or check.source_text
            shown = " ".join(shown.split())
            excerpt = shown[:60] + ("…" if len(shown) > 60 else "")
            item = check.target or check.source
            self.stdout.write(
                f"{check.language}  {check.model._meta.model_name} {item.pk}  "
                f"{check.location}  {check.field}  — {check.problem} : « {excerpt} »"
            )
