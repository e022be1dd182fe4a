"""Running an import as the tests do: on uploaded bytes, and reading back what it wrote."""

from wagtail.models import Page, Revision

from catalogue.importing.services import objects_import
from catalogue.models import CraftObjectPage
from exhibition.models import ExhibitionImage
from tests.catalogue import import_data as data


def french(**filters):
    return CraftObjectPage.objects.filter(locale__language_code="fr", **filters)


def counts():
    return (Page.objects.count(), ExhibitionImage.objects.count(), Revision.objects.count())


def run(user, rows: bytes, name="objets.csv", *, images: bytes | None = None, **options):
    options.setdefault("dry_run", False)
    options.setdefault("publish", False)
    return objects_import(
        user=user,
        rows_file=data.upload(rows, name),
        images_zip=data.upload(images, "photos.zip") if images is not None else None,
        **options,
    )


def import_hundred(user, *, fmt="csv", **options):
    rows = data.hundred_rows()
    content = data.xlsx_bytes(rows) if fmt == "xlsx" else data.csv_bytes(rows)
    return run(user, content, f"objets.{fmt}", images=data.hundred_images_zip(), **options)
