from django.core.management.base import BaseCommand
from django.utils.translation import ngettext

from workshops import services


class Command(BaseCommand):
    help = (
        "Libère les places des réservations d’ateliers non payées à temps et sert les listes "
        "d’attente (à lancer toutes les quelques minutes, avec release_expired_orders)."
    )

    def handle(self, *args, **options):
        released = services.bookings_release_expired()
        self.stdout.write(
            self.style.SUCCESS(
                ngettext(
                    "%(count)d réservation expirée, places libérées.",
                    "%(count)d réservations expirées, places libérées.",
                    released,
                )
                % {"count": released}
            )
        )
