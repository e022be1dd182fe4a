"""Creating and updating craft objects from a spreadsheet.

Objects are French pages (the shop sells those); a row is matched to one by its reference
(SKU). Each row is written in its own savepoint through Wagtail's page actions, which check
permissions and locks, validate, save a revision and log it as the admin's own views do:
a failing row leaves nothing behind, and the good rows are imported anyway.
"""

from contextlib import contextmanager
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _

from wagtail.actions.edit_page import EditPageAction
from wagtail.models import ReferenceIndex
from wagtail.signal_handlers import (
    disable_reference_index_auto_update,
    reference_index_auto_update_disabled,
)

from catalogue.models import CraftObjectPage

from . import images as gallery
from .columns import COLUMNS
from .description import description_cells, description_stream
from .readers import ImportFileError, Table, read_table
from .report import ImportReport, RowResult, Status
from .translations import TranslationFailed, row_translations
from .validation import CleanRow, Lookups, RowValidator, cell_error, row_error, unescape

COLUMN_OF_FIELD = {column.field: column.key for column in COLUMNS if column.field}
RELATIONS = {"material", "craft", "artisan"}

__all__ = ["ImportFileError", "ImportReport", "objects_import"]


def objects_import(
    *, user, rows_file, images_zip=None, dry_run: bool, publish: bool, collection=None
) -> ImportReport:
    """Import the objects of a CSV or XLSX file; raises ImportFileError if the file (or the
    ZIP) cannot be read at all.

    `user` is who imports: what they may not do is refused row by row. `None` is the site
    itself, for code that seeds it (the demo): every right, and no author on the pages,
    revisions and images. New images go to `collection`, by default their collectivité's.

    A dry run takes every step up to the writes (reading, validation, permissions, the
    comparison with the latest revision, the images of the ZIP, the model's own
    validation) and writes nothing: its report is the one the import then gives, unless
    the site changes in between. It also runs in a transaction that is rolled back, so
    that nothing it might touch on the way is kept.
    """
    table = read_table(rows_file)
    archive = gallery.ImageArchive(images_zip) if images_zip else None
    importer = _Importer(
        user=user,
        table=table,
        archive=archive,
        dry_run=dry_run,
        publish=publish,
        collection=collection,
    )
    try:
        if not dry_run:
            return importer.run()
        with transaction.atomic():
            report = importer.run()
            transaction.set_rollback(True)
        return report
    finally:
        if archive is not None:
            archive.close()


class RowFailed(Exception):
    def __init__(self, errors):
        super().__init__(errors)
        self.errors = errors


class _SiteItself:
    """The permissions of the site importing on its own behalf (`user=None`): all of them."""

    def can_edit(self):
        return True

    def page_locked(self):
        return False

    def can_add_subpage(self):
        return True

    def can_publish_subpage(self):
        return True

    def can_publish(self):
        return True


class _Importer:
    def __init__(self, *, user, table: Table, archive, dry_run: bool, publish: bool, collection):
        self.user = user
        self.collection = collection
        self.table = table
        self.dry_run = dry_run
        self.publish = publish
        self.lookups = Lookups()
        self.validator = RowValidator(table, self.lookups)
        self.gallery = gallery.Gallery(archive)

    def run(self) -> ImportReport:
        report = ImportReport(
            filename=self.table.filename,
            dry_run=self.dry_run,
            ignored_headers=self.table.ignored_headers,
        )
        skus = [self._sku(cells) for _line, cells in self.table.rows]
        lines_of = {}
        for (line, _cells), sku in zip(self.table.rows, skus, strict=True):
            lines_of.setdefault(sku, []).append(line)
        existing = {
            page.sku: page
            for page in CraftObjectPage.objects.filter(
                sku__in=[sku for sku in skus if sku],
                locale__language_code=settings.LANGUAGE_CODE,
            ).select_related("collectivite", "edition")
        }
        for line, cells in self.table.rows:
            sku = self._sku(cells)
            others = [other for other in lines_of.get(sku, []) if other != line] if sku else []
            report.rows.append(self._row(line, cells, existing.get(sku), others))
        return report

    def _sku(self, cells) -> str:
        return unescape(self.table.cell(cells, "reference"))

    # One row

    def _row(self, line, cells, page, duplicate_lines) -> RowResult:
        row = self.validator.clean(line, cells, page)
        if duplicate_lines:
            row.errors.insert(
                0,
                cell_error(
                    line,
                    "reference",
                    _(
                        "« %(sku)s » figure aussi ligne %(lines)s : une référence ne peut "
                        "figurer qu’une fois par fichier."
                    )
                    % {"sku": row.sku, "lines": ", ".join(map(str, duplicate_lines))},
                ),
            )
        if row.errors and row.images:
            # Checked now too, so that the curator fixes the whole row at once rather than
            # discovering a missing image only after correcting the price.
            row.errors += self._image_errors(row, page)
        target = None
        if not row.errors:
            target, refusal = self._target(row, page)
            if refusal:
                row.errors = [refusal]
        if row.errors:
            return self._failed(row)
        created_images = []
        try:
            # Wagtail re-indexes references at each of the several saves of a publication:
            # once, with the row's final state, is enough.
            with transaction.atomic(), _reference_index_paused():
                if page is None:
                    result = self._create(row, target, created_images)
                else:
                    result = self._update(row, page, created_images)
                if row.translations:
                    self._translate(row, result)
                if result.status in (Status.CREATED, Status.UPDATED) and not self.dry_run:
                    for item in (CraftObjectPage.objects.get(pk=result.page_id), *created_images):
                        ReferenceIndex.create_or_update_for_object(item)
                return result
        except (RowFailed, TranslationFailed) as failure:
            row.errors = failure.errors
        except ValidationError as error:
            row.errors = _validation_errors(line, error)
        except (PermissionDenied, IntegrityError) as error:
            row.errors = [row_error(line, str(error))]
        gallery.discard(created_images)
        return self._failed(row)

    def _translate(self, row: CleanRow, result: RowResult):
        """The row's language columns, once its French object is written (`translations`)."""
        if self.dry_run and result.source is not None:
            source = result.source
        else:
            source = CraftObjectPage.objects.get(pk=result.page_id)
        publish = self.publish and self._permissions(source).can_publish()
        result.translations = row_translations(
            row=row, source=source, user=self.user, publish=publish, dry_run=self.dry_run
        )

    def _failed(self, row: CleanRow) -> RowResult:
        return RowResult(row.line, row.sku, row.title, Status.ERROR, errors=row.errors)

    def _target(self, row: CleanRow, page):
        """The participation page a new object goes under, or a refusal (permission)."""
        if page is not None:
            permissions = self._permissions(page)
            if not permissions.can_edit():
                return None, self._forbidden(row, page.collectivite)
            if permissions.page_locked():
                return None, row_error(
                    row.line,
                    _("l’objet %(sku)s est verrouillé dans l’admin : rien n’a été modifié.")
                    % {"sku": page.sku},
                )
            return None, None
        exhibitor = self.lookups.exhibitor(row.edition, row.collectivite)
        if exhibitor is None:
            return None, cell_error(
                row.line,
                "collectivite",
                _("%(collectivite)s ne participe pas à l’édition %(edition)s.")
                % {"collectivite": row.collectivite.short_name, "edition": row.edition.year},
            )
        if not self._permissions(exhibitor).can_add_subpage():
            return None, self._forbidden(row, row.collectivite)
        return exhibitor, None

    def _permissions(self, page):
        return _SiteItself() if self.user is None else page.permissions_for_user(self.user)

    def _forbidden(self, row, collectivite):
        name = collectivite.short_name if collectivite else _("cette collectivité")
        return row_error(
            row.line,
            _("vous n’avez pas le droit de modifier les objets de %(collectivite)s.")
            % {"collectivite": name},
        )

    # Writing

    def _create(self, row: CleanRow, exhibitor, created_images) -> RowResult:
        page = CraftObjectPage(
            owner=self.user,
            locale=exhibitor.locale,
            slug=_free_slug(exhibitor, row.values.get("title") or row.sku, row.sku),
            **row.values,
        )
        if row.tags:
            page.tags.add(*row.tags)
        if any(row.description.values()):
            page.description = self._description(row, {key: "" for key in row.description})
        planned = self._plan_gallery(row, []) if row.images else []
        publish = self.publish and self._permissions(exhibitor).can_publish_subpage()
        result = RowResult(row.line, row.sku, page.title, Status.CREATED, published=publish)
        if self.dry_run:
            page.full_clean(exclude=["path", "depth"])  # what add_child's save will check
            result.source = page
            return result
        self._attach(page, planned, row.collectivite, created_images)
        # As Wagtail's own create view does (its CreatePageAction needs an admin form): a
        # page that is not live until its first revision is published. Saving validates it.
        page.live = False
        exhibitor.add_child(instance=page)
        revision = page.save_revision(user=self.user, log_action=True, clean=False)
        if publish:
            revision.publish(user=self.user)
        result.page_id = page.pk
        return result

    def _update(self, row: CleanRow, page, created_images) -> RowResult:
        # The latest revision, drafts included: what a curator sees in the editor.
        draft = page.get_latest_revision_as_object()
        fields = [name for name, value in row.values.items() if not _same(draft, name, value)]
        for name in fields:
            setattr(draft, name, row.values[name])
        changed = [COLUMN_OF_FIELD[name] for name in fields]
        if row.tags is not None and set(row.tags) != {tag.name for tag in draft.tags.all()}:
            changed.append(COLUMN_OF_FIELD["tags"])
            draft.tags.set(row.tags, clear=True)
        if row.description:
            current = description_cells(draft.description)
            edited = [key for key, text in row.description.items() if current[key] != text]
            if edited:
                draft.description = self._description(row, current, draft.description)
                changed.extend(edited)
        if row.images is not None:
            current = list(draft.gallery_images.select_related("image"))
            planned = self._plan_gallery(row, [item.image for item in current])
            was = [(item.image_id, item.alt_text) for item in current]
            will = [(item.image.pk if item.image else None, item.alt) for item in planned]
            if [pk for pk, _alt in was] != [pk for pk, _alt in will]:
                changed.append("images")
            elif was != will:
                changed.append("textes_alternatifs")
            if was != will and not self.dry_run:
                self._attach(draft, planned, page.collectivite, created_images)
        if not changed:
            return RowResult(row.line, row.sku, draft.title, Status.UNCHANGED, page_id=page.pk)
        publish = self.publish and self._permissions(page).can_publish()
        if self.dry_run:
            draft.full_clean()  # what the revision will check
            draft.pk = page.pk
        else:
            EditPageAction(draft, user=self.user, publish=publish, clean=True).execute()
        return RowResult(
            row.line,
            row.sku,
            draft.title,
            Status.UPDATED,
            changed=changed,
            published=publish,
            page_id=page.pk,
            source=draft if self.dry_run else None,
        )

    def _description(self, row: CleanRow, current: dict, stream=()):
        cells = {"description": "", "tradition": "", "modernite": ""} | current | row.description
        if bool(cells["tradition"]) != bool(cells["modernite"]):
            missing = "modernite" if cells["tradition"] else "tradition"
            raise RowFailed(
                [
                    cell_error(
                        row.line,
                        missing,
                        _("le bloc « Tradition et modernité » a besoin des deux textes."),
                    )
                ]
            )
        return description_stream(cells, stream)

    def _image_errors(self, row: CleanRow, page) -> list[str]:
        current = page.get_latest_revision_as_object().gallery_images.all() if page else []
        _planned, errors = self.gallery.plan(row.images, [item.image for item in current])
        return [cell_error(row.line, "images", error) for error in errors]

    def _plan_gallery(self, row, current_images):
        planned, errors = self.gallery.plan(row.images, current_images)
        if errors:
            raise RowFailed([cell_error(row.line, "images", error) for error in errors])
        return planned

    def _attach(self, page, planned, collectivite, created_images):
        page.gallery_images = gallery.gallery_items(
            planned,
            page=page,
            user=self.user,
            collection=self.collection or gallery.collection_for(collectivite),
            created=created_images,
        )


@contextmanager
def _reference_index_paused():
    """Wagtail's `disable_reference_index_auto_update`, unless the caller (the demo's seed)
    has it on already: it does not nest, the inner one would switch it off for the outer."""
    if getattr(reference_index_auto_update_disabled, "value", False):
        yield
        return
    with disable_reference_index_auto_update():
        yield


def _same(page, name, value) -> bool:
    if name in RELATIONS:
        return getattr(page, f"{name}_id") == (value.pk if value is not None else None)
    current = getattr(page, name)
    if isinstance(value, Decimal) and current is not None:
        return Decimal(current) == value
    if isinstance(value, str):
        return (current or "") == value
    return current == value


def _free_slug(parent, title, sku) -> str:
    base = (slugify(title) or slugify(sku) or "objet")[:80]
    taken = set(parent.get_children().filter(slug__startswith=base).values_list("slug", flat=True))
    slug, number = base, 2
    while slug in taken:
        slug = f"{base[:75]}-{number}"
        number += 1
    return slug


def _validation_errors(line, error: ValidationError) -> list[str]:
    if not hasattr(error, "error_dict"):
        return [row_error(line, message) for message in error.messages]
    return [
        cell_error(line, COLUMN_OF_FIELD.get(name, name), message)
        for name, messages in error.message_dict.items()
        for message in messages
    ]
