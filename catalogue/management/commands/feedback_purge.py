from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone
from django.utils.translation import gettext as _

from catalogue.feedback.services import feedback_purge


class Command(BaseCommand):
    help = _(
        "Efface les remarques et les adresses électroniques des avis de visiteurs plus anciens "
        "que FEEDBACK_RETENTION_DAYS ; les réponses aux questions, anonymes, restent. "
        "À lancer chaque jour (cron)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help=_("Essai à blanc : compte sans rien effacer.")
        )

    def handle(self, *args, dry_run=False, **options):
        days = settings.FEEDBACK_RETENTION_DAYS
        now = timezone.now()
        self.stdout.write(
            _("Avis reçus avant le %(date)s (conservation : %(days)d jours)…")
            % {"date": (now - timedelta(days=days)).date().isoformat(), "days": days}
        )
        counts = feedback_purge(now=now, dry_run=dry_run)
        self.stdout.write(
            _("Remarques et adresses effacées : %(count)d") % {"count": counts["erased"]}
        )
        self.stdout.write(
            _("Avis sans autre réponse supprimés : %(count)d") % {"count": counts["deleted"]}
        )
        if dry_run:
            self.stdout.write(_("Essai à blanc : rien n’a été modifié."))
        else:
            self.stdout.write(self.style.SUCCESS(_("Terminé.")))
