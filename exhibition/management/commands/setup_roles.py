from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from exhibition.roles import roles_sync


class Command(BaseCommand):
    help = (
        "Crée ou met à jour les rôles : « Éditeurs », un groupe de curateurs par collectivité "
        "et le workflow « Relecture éditoriale ». Relancer la commande ne change rien de plus."
    )

    def handle(self, *args, **options):
        changes = roles_sync(report=self.stdout.write)
        if changes:
            summary = ngettext(
                "Rôles à jour : %(count)d changement.",
                "Rôles à jour : %(count)d changements.",
                len(changes),
            ) % {"count": len(changes)}
        else:
            summary = _("Rôles déjà à jour : rien à changer.")
        self.stdout.write(self.style.SUCCESS(summary))
