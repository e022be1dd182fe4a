"""What an import did (or, in a dry run, would do), row by row."""

from dataclasses import dataclass, field
from enum import StrEnum

from django.utils.translation import gettext as _
from django.utils.translation import ngettext


class Status(StrEnum):
    CREATED = "created"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    ERROR = "error"


@dataclass
class RowResult:
    line: int
    sku: str
    title: str
    status: Status
    changed: list[str] = field(default_factory=list)  # column headers
    errors: list[str] = field(default_factory=list)
    published: bool = False
    page_id: int | None = None
    # Language → strings of its translation created and changed (`translations.py`).
    translations: dict = field(default_factory=dict)
    # In a dry run, the French object as it would be saved (the translations' source).
    source: object = field(default=None, repr=False, compare=False)

    @property
    def label(self) -> str:
        if self.status is Status.CREATED:
            return _("créé")
        if self.status is Status.UPDATED:
            return _("modifié (%(columns)s)") % {"columns": ", ".join(self.changed)}
        if self.status is Status.UNCHANGED:
            return _("inchangé")
        return _("erreur : %(errors)s") % {"errors": " ".join(self.errors)}

    @property
    def translations_label(self) -> str:
        return " ; ".join(
            f"{language} : {translations_summary(changes.created, changes.changed)}"
            for language, changes in self.translations.items()
            if changes.created or changes.changed
        )

    @property
    def publication(self) -> str:
        if self.status in (Status.CREATED, Status.UPDATED):
            return _("publié") if self.published else _("brouillon")
        return ""


@dataclass
class ImportReport:
    filename: str
    dry_run: bool
    rows: list[RowResult] = field(default_factory=list)
    ignored_headers: list[str] = field(default_factory=list)

    def _count(self, status) -> int:
        return sum(1 for row in self.rows if row.status is status)

    @property
    def created(self) -> int:
        return self._count(Status.CREATED)

    @property
    def updated(self) -> int:
        return self._count(Status.UPDATED)

    @property
    def unchanged(self) -> int:
        return self._count(Status.UNCHANGED)

    @property
    def failed(self) -> int:
        return self._count(Status.ERROR)

    @property
    def has_changes(self) -> bool:
        """Something to write: an object, or only a translation."""
        return bool(
            self.created
            or self.updated
            or any(sum(totals) for totals in self.translation_totals().values())
        )

    @property
    def drafts(self) -> int:
        return sum(
            1
            for row in self.rows
            if row.status in (Status.CREATED, Status.UPDATED) and not row.published
        )

    def summary(self) -> str:
        parts = [
            ngettext("%(count)s créé", "%(count)s créés", self.created),
            ngettext("%(count)s modifié", "%(count)s modifiés", self.updated),
            ngettext("%(count)s inchangé", "%(count)s inchangés", self.unchanged),
            ngettext("%(count)s en erreur", "%(count)s en erreur", self.failed),
        ]
        counts = [self.created, self.updated, self.unchanged, self.failed]
        text = ", ".join(part % {"count": count} for part, count in zip(parts, counts, strict=True))
        return ngettext(
            "%(rows)s ligne : %(counts)s.", "%(rows)s lignes : %(counts)s.", len(self.rows)
        ) % {"rows": len(self.rows), "counts": text}

    def translation_totals(self) -> dict[str, tuple[int, int]]:
        """Language → (strings created, strings changed), over the rows imported."""
        totals = {}
        for row in self.rows:
            for language, changes in row.translations.items():
                created, changed = totals.get(language, (0, 0))
                totals[language] = (created + changes.created, changed + changes.changed)
        return totals

    def translation_lines(self) -> list[str]:
        """«en : 3 traductions créées, 5 modifiées», one line per language."""
        return [
            f"{language} : {translations_summary(created, changed)}"
            for language, (created, changed) in self.translation_totals().items()
        ]

    def text_lines(self) -> list[str]:
        """The report as plain text, one line per row (the summary apart), for the command."""
        lines = []
        if self.dry_run:
            lines.append(_("Essai à blanc : rien n’a été enregistré."))
        if self.ignored_headers:
            lines.append(
                _("Colonnes ignorées : %(columns)s.")
                % {"columns": ", ".join(f"« {name} »" for name in self.ignored_headers)}
            )
        for row in self.rows:
            if row.status is Status.ERROR:
                lines.extend(f"  ✗ {error}" for error in row.errors)
                continue
            publication = f" [{row.publication}]" if row.publication else ""
            if row.translations_label:
                publication += f" ({row.translations_label})"
            lines.append(
                _("  ✓ Ligne %(line)s, %(sku)s : %(label)s%(publication)s")
                % {"line": row.line, "sku": row.sku, "label": row.label, "publication": publication}
            )
        lines.extend(self.translation_lines())
        return lines


def translations_summary(created: int, changed: int) -> str:
    return ", ".join(
        (
            ngettext("%(count)s traduction créée", "%(count)s traductions créées", created)
            % {"count": created},
            ngettext("%(count)s modifiée", "%(count)s modifiées", changed) % {"count": changed},
        )
    )
