import time

from django.core.management.base import BaseCommand

from core.mail import outbox


class Command(BaseCommand):
    help = (
        "Envoie les courriels en attente dont l’heure est venue (un envoi par message, "
        "jamais deux) ; --loop en fait un processus qui recommence toutes les --interval "
        "secondes."
    )

    def add_arguments(self, parser):
        parser.add_argument("--loop", action="store_true", help="Recommencer sans fin.")
        parser.add_argument(
            "--interval", type=float, default=30.0, help="Secondes entre deux passages."
        )
        parser.add_argument("--limit", type=int, default=100, help="Messages au plus par passage.")

    def handle(self, *args, loop, interval, limit, **options):
        while True:
            sent, failed = outbox.send_due(limit=limit)
            if sent or failed or options["verbosity"] > 1:
                self.stdout.write(f"{sent} envoyé(s), {failed} en échec (réessayés plus tard)")
            if not loop:
                return
            time.sleep(interval)
