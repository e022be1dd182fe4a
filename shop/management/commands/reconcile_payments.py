from collections import Counter
from datetime import timedelta

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from shop.exceptions import PaymentGatewayUnavailable
from shop.reconciliation import Outcome, orders_reconcile

# Younger orders are left to the buyer still on the payment page and to the webhook.
DEFAULT_MINUTES = 5


class Command(BaseCommand):
    help = (
        "Demande à Stripe où en est le paiement de chaque commande en attente et la règle : "
        "payée, annulée (stock libéré) ou laissée en attente. À lancer toutes les dix minutes, "
        "par cron ou un minuteur systemd ; sans effet sur ce qui est déjà réglé."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Affiche ce qui serait fait, sans rien modifier ni chez Stripe ni ici.",
        )
        parser.add_argument(
            "--older-than",
            type=int,
            default=DEFAULT_MINUTES,
            metavar="MINUTES",
            help=(
                "Ne traite que les commandes créées (ou payées) il y a plus de MINUTES minutes "
                f"(par défaut {DEFAULT_MINUTES}), pour ne pas gêner un paiement en cours."
            ),
        )

    def handle(self, *args, dry_run, older_than, verbosity, **options):
        if older_than < 0:
            raise CommandError(_("--older-than attend un nombre de minutes positif ou nul."))
        counts = Counter()
        try:
            for settlement in orders_reconcile(
                older_than=timedelta(minutes=older_than), dry_run=dry_run
            ):
                counts[settlement.outcome] += 1
                self._report(settlement, verbosity=verbosity, dry_run=dry_run)
        except PaymentGatewayUnavailable as error:
            raise CommandError(
                _(
                    "Stripe est injoignable (%(error)s) : rapprochement interrompu. "
                    "Aucune autre commande n’a été modifiée ; relancez plus tard."
                )
                % {"error": error}
            ) from error
        if verbosity >= 1:
            self.stdout.write(self._summary(counts, dry_run=dry_run))
        if counts[Outcome.ERROR]:
            raise CommandError(
                ngettext(
                    "%(count)d commande est à vérifier (voir ci-dessus).",
                    "%(count)d commandes sont à vérifier (voir ci-dessus).",
                    counts[Outcome.ERROR],
                )
                % {"count": counts[Outcome.ERROR]}
            )

    def _report(self, settlement, *, verbosity, dry_run):
        # Verbosity 1 tells what changed (or would), 2 also what was left alone.
        wanted = 2 if settlement.outcome == Outcome.LEFT_PENDING else 1
        if verbosity < wanted:
            return
        line = _("%(order)s : %(outcome)s (%(reason)s)") % {
            "order": settlement.order,
            "outcome": settlement.outcome.label,
            "reason": settlement.reason,
        }
        if dry_run:
            line = _("[simulation] %(line)s") % {"line": line}
        if settlement.outcome == Outcome.ERROR:
            self.stderr.write(line)
        else:
            self.stdout.write(line)

    def _summary(self, counts, *, dry_run):
        figures = _(
            "payées : %(paid)d ; annulées : %(cancelled)d ; "
            "remboursées : %(refunded)d ; confirmations renvoyées : %(emailed)d ; "
            "laissées en attente : %(left_pending)d ; à vérifier : %(error)d"
        ) % {outcome.value: counts[outcome] for outcome in Outcome}
        if dry_run:
            return self.style.WARNING(
                _("Simulation terminée, rien n’a été modifié — %(figures)s.") % {"figures": figures}
            )
        return self.style.SUCCESS(_("Rapprochement terminé — %(figures)s.") % {"figures": figures})
