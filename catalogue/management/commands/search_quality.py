from pathlib import Path

from django.core.management.base import BaseCommand

from catalogue.search import quality


class Command(BaseCommand):
    help = (
        "Mesure la recherche sur le jeu de requêtes de qualité : pour chaque requête, les "
        "objets attendus, ceux trouvés dans les 24 premiers, le rang du premier ; les totaux."
    )

    def add_arguments(self, parser):
        parser.add_argument("--file", default=str(quality.DEFAULT_FILE), help="jeu de requêtes")
        parser.add_argument("--failures", action="store_true", help="les requêtes en défaut")

    def handle(self, *args, file, failures, **options):
        measures = quality.measure(quality.load(Path(file)))
        lines = quality.table(measures)
        for line, m in zip(lines[1:-1], measures, strict=True):
            if failures and m.hits == len(m.expected) and m.right_first:
                continue
            missing = sorted(set(m.expected) - set(m.found)) if failures else []
            self.stdout.write(line + (f"  manquent : {' '.join(missing)}" if missing else ""))
        self.stdout.write(lines[-1])
