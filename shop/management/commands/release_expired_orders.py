from django.core.management.base import BaseCommand
from django.utils.translation import ngettext

from shop.services.expiry import orders_release_expired


class Command(BaseCommand):
    help = (
        "Libère le stock des commandes non payées dont la réservation a expiré "
        "(à lancer toutes les quelques minutes, par cron ou un minuteur systemd)."
    )

    def handle(self, *args, **options):
        released = orders_release_expired()
        self.stdout.write(
            self.style.SUCCESS(
                ngettext(
                    "%(count)d commande expirée annulée, stock libéré.",
                    "%(count)d commandes expirées annulées, stock libéré.",
                    released,
                )
                % {"count": released}
            )
        )
