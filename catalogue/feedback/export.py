"""Feedback as a spreadsheet, for a collectivité to pass on to its exhibitors.

The import's writers make the files (catalogue/importing/export.py): CSV in UTF-8 with a
BOM and «;» between cells, so that French Excel opens accents and Japanese right; XLSX
with typed cells. A remark is always text, never a formula («=…» is neutralised).
"""

from django.db.models import QuerySet
from django.utils import timezone

from catalogue.importing.export import to_csv, to_xlsx
from catalogue.models import VisitorFeedback

COLUMNS = [
    "date",
    "edition",
    "collectivite",
    "reference",
    "objet",
    "langue",
    "provenance",
    "couleur",
    "forme",
    "taille",
    "prix",
    "achat",
    "remarque",
    "courriel",
]
FORMATS = {
    "csv": ("text/csv; charset=utf-8", to_csv),
    "xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", to_xlsx),
}


def feedback_rows(rows: QuerySet[VisitorFeedback]) -> list[dict]:
    """One dict per feedback, oldest first, keyed by COLUMNS; scales as numbers 1–5."""
    rows = rows.select_related("edition", "collectivite").order_by("created_at", "pk")
    return [
        {
            "date": timezone.localtime(row.created_at).replace(tzinfo=None, microsecond=0),
            "edition": row.edition.slug if row.edition else "",
            "collectivite": row.collectivite.short_name if row.collectivite else "",
            "reference": row.sku,
            "objet": row.object_title,
            "langue": row.language,
            "provenance": row.get_source_display(),
            "couleur": row.colour,
            "forme": row.shape,
            "taille": row.get_size_display(),
            "prix": row.get_price_display(),
            "achat": row.get_would_buy_display(),
            "remarque": row.remark,
            "courriel": row.email,
        }
        for row in rows
    ]


def feedback_file(rows: QuerySet[VisitorFeedback], fmt: str) -> tuple[bytes, str]:
    """The file's bytes and content type; `fmt` is "csv" or "xlsx"."""
    content_type, write = FORMATS[fmt]
    return write(feedback_rows(rows), columns=COLUMNS), content_type
