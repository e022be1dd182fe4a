"""The search-quality set: queries with the objects each must find, and its measures.

Recall: of all the (query, expected object) pairs, the share found within the first 24
results (one results page). Right first: the share of queries whose first result is one
of the objects expected.
"""

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from django.conf import settings

from wagtail.models import Locale

from catalogue.models import CraftObjectPage

from .engine import search_objects

PAGE = 24
DEFAULT_FILE = Path(settings.BASE_DIR) / "tests" / "catalogue" / "search" / "queries.yaml"


@dataclass
class Measure:
    kind: str
    language: str
    query: str
    expected: list[str]
    found: list[str] = field(default_factory=list)  # SKUs of the first page, in order
    suggestion: str | None = None

    @property
    def hits(self) -> int:
        return len(set(self.expected) & set(self.found))

    @property
    def right_first(self) -> bool:
        return bool(self.found) and self.found[0] in self.expected

    @property
    def first_expected_rank(self) -> int | None:
        return next((i + 1 for i, sku in enumerate(self.found) if sku in self.expected), None)


def load(path: Path = DEFAULT_FILE) -> list[dict]:
    return yaml.safe_load(Path(path).read_text(encoding="utf-8"))


def measure(queries: list[dict]) -> list[Measure]:
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    measures = []
    for item in queries:
        objects = CraftObjectPage.objects.live().public().filter(locale=locales[item["language"]])
        outcome = search_objects(item["query"], objects)
        found = list(outcome.objects.values_list("sku", flat=True)[:PAGE])
        measures.append(
            Measure(
                item["kind"],
                item["language"],
                item["query"],
                item["expected"],
                found,
                outcome.suggestion,
            )
        )
    return measures


def recall(measures: list[Measure]) -> float:
    expected = sum(len(m.expected) for m in measures)
    return sum(m.hits for m in measures) / expected if expected else 1.0


def right_first(measures: list[Measure]) -> float:
    return sum(m.right_first for m in measures) / len(measures) if measures else 1.0


def table(measures: list[Measure]) -> list[str]:
    """The report, one line per query, then the totals."""
    lines = [f"{'requête':<24} {'langue':<6} {'attendus':>8} {'trouvés':>8} {'1er rang':>8}"]
    for m in measures:
        rank = m.first_expected_rank or "—"
        note = f"  (→ {m.suggestion})" if m.suggestion else ""
        lines.append(
            f"{m.query:<24} {m.language:<6} {len(m.expected):>8} {m.hits:>8} {rank!s:>8}{note}"
        )
    lines.append(
        f"{len(measures)} requêtes ; rappel dans les {PAGE} premiers : {recall(measures):.1%} ; "
        f"bon premier résultat : {right_first(measures):.1%}"
    )
    return lines
