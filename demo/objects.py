"""The demo's objects, imported from objects.csv by the curators' own import service.

One import per collectivité, under its participation page in the edition (created here if
missing), so the progress reads region by region. Rows whose reference exists already are
left out: the import would update them, and the seed never overwrites a curator's edits.
The photographs the rows name are drawn (`images`) and handed to the import as the ZIP a
curator would upload.
"""

import io
import zipfile
from collections.abc import Callable

from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils.translation import ngettext

from catalogue.importing.export import to_csv
from catalogue.importing.report import Status
from catalogue.importing.services import objects_import
from catalogue.importing.validation import split_list
from catalogue.models import CraftObjectPage
from exhibition.models import ExhibitionImage, ExhibitorPage

from . import images
from .content import objects


class DemoDataError(Exception):
    """A row of objects.csv does not import: the demo data is wrong, say where."""


class ObjectsImport:
    def __init__(
        self,
        *,
        report: Callable[[str], None],
        image_size: tuple[int, int],
        collection,
        exhibitor_title: str,
    ):
        self.report = report
        self.image_size = image_size
        self.collection = collection
        self.exhibitor_title = exhibitor_title
        self.created = 0

    def exhibitors(self, edition, regions) -> int:
        """Each collectivité's participation in the edition (before the tree's translation)."""
        for region in regions.values():
            self._exhibitor(edition, region)
        return self.created

    def run(self, edition, regions) -> int:
        """The objects of objects.csv, French and translated (its language columns)."""
        self.created = 0
        rows = objects()
        header = list(rows[0]) if rows else []
        existing = set(
            CraftObjectPage.objects.filter(
                locale__language_code=settings.LANGUAGE_CODE
            ).values_list("sku", flat=True)
        )
        for slug, region in regions.items():
            items = [row for row in rows if row["collectivite"] == slug]
            self.report(
                ngettext(
                    "  %(name)s : %(count)d objet", "  %(name)s : %(count)d objets", len(items)
                )
                % {"name": region.short_name, "count": len(items)}
            )
            missing = [row for row in items if row["reference"] not in existing]
            if missing:
                self._import(header, missing)
        return self.created

    def _exhibitor(self, edition, region):
        if ExhibitorPage.objects.child_of(edition).filter(slug=region.slug).exists():
            return
        title = self.exhibitor_title
        page = ExhibitorPage(
            title=(title["title"] if isinstance(title, dict) else title).format(
                name=region.short_name
            ),
            slug=region.slug,
            collectivite=region,
            lead=region.lead,
        )
        edition.add_child(instance=page)
        page.save_revision().publish()
        self.created += 1

    def _import(self, header, rows):
        images_before = ExhibitionImage.objects.count()
        report = objects_import(
            user=None,
            rows_file=SimpleUploadedFile("objects.csv", to_csv(rows, columns=header)),
            images_zip=SimpleUploadedFile("images.zip", self._photos(rows)),
            dry_run=False,
            publish=True,
            collection=self.collection,
        )
        failed = [error for row in report.rows for error in row.errors]
        if failed:
            raise DemoDataError("objects.csv : " + " ".join(failed))
        self.created += sum(row.status is Status.CREATED for row in report.rows)
        self.created += ExhibitionImage.objects.count() - images_before

    def _photos(self, rows) -> bytes:
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
            for row in rows:
                for variant, name in enumerate(split_list(row["images"])):
                    archive.writestr(
                        name,
                        images.object_image(
                            row["materiau"],
                            craft=row["artisanat"] or None,
                            kind=images.object_kind(row["titre"], sku=row["reference"]),
                            seed=images.seed_of(row["reference"]),
                            variant=variant,
                            size=self.image_size,
                        ),
                    )
        return buffer.getvalue()
