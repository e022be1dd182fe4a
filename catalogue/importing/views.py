"""Admin screens: upload → dry-run report → confirmation → final report; template and export.

Views stay thin: `services.objects_import` does the work and the checks; these views keep
the uploaded files between the dry run and its confirmation (`storage`) and say what
happened.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView, View

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Locale

from exhibition.models import EditionPage

from . import export, storage
from .columns import COLUMNS, TRANSLATION_COLUMNS, headers
from .forms import ImportForm
from .images import ArchiveError
from .permissions import user_can_import, user_can_publish
from .report import Status
from .services import ImportFileError, objects_import

CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


class ImportPermissionMixin:
    def dispatch(self, request, *args, **kwargs):
        if not user_can_import(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


def french_editions():
    return EditionPage.objects.filter(locale=Locale.get_default()).order_by("-year", "-number")


class ImportView(ImportPermissionMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "catalogue/admin/importing/upload.html"
    page_title = gettext_lazy("Importer / exporter des objets")
    header_icon = "upload"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get_context_data(self, form=None, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            form=form or ImportForm(can_publish=user_can_publish(self.request.user)),
            columns=COLUMNS,
            translation_columns=TRANSLATION_COLUMNS,
            editions=french_editions(),
            locales=Locale.objects.order_by("pk"),
        )
        return context

    def post(self, request):
        form = ImportForm(request.POST, request.FILES, can_publish=user_can_publish(request.user))
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        stash = storage.stash_uploads(
            user=request.user,
            rows_file=form.cleaned_data["rows_file"],
            images_zip=form.cleaned_data.get("images_zip"),
            publish=form.cleaned_data.get("publish", False),
        )
        try:
            report = run_import(request.user, stash, dry_run=True)
        except ImportFileError as error:
            storage.discard_stash(stash.folder)
            form.add_error("images_zip" if isinstance(error, ArchiveError) else "rows_file", error)
            return self.render_to_response(self.get_context_data(form=form))
        if not report.has_changes:
            storage.discard_stash(stash.folder)  # nothing to confirm
        return ReportView.render(request, report, stash=stash)


def run_import(user, stash, *, dry_run):
    rows_file, images_zip = stash.open_rows(), stash.open_images()
    try:
        return objects_import(
            user=user,
            rows_file=rows_file,
            images_zip=images_zip,
            dry_run=dry_run,
            publish=stash.publish,
        )
    finally:
        rows_file.close()
        if images_zip is not None:
            images_zip.close()


class ReportView(WagtailAdminTemplateMixin, TemplateView):
    """Not routed: renders the report of a dry run (with its confirmation) or of an import."""

    template_name = "catalogue/admin/importing/report.html"
    header_icon = "upload"
    report = None
    stash = None

    @classmethod
    def render(cls, request, report, *, stash=None):
        view = cls(request=request, report=report, stash=stash)
        return view.render_to_response(view.get_context_data())

    def get_page_title(self):
        if self.report.dry_run:
            return _("Essai à blanc de l’import")
        return _("Import terminé")

    def get_page_subtitle(self):
        return self.report.filename

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("catalogue_import"), "label": _("Importer / exporter des objets")},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        report = self.report
        for row in report.rows:
            # A dry run's new pages were rolled back: their ids lead nowhere.
            row.edit_url = (
                reverse("wagtailadmin_pages:edit", args=[row.page_id])
                if row.page_id and not (report.dry_run and row.status is Status.CREATED)
                else ""
            )
        context.update(
            report=report,
            error_rows=[row for row in report.rows if row.status is Status.ERROR],
            can_confirm=report.dry_run and report.has_changes,
            token=self.stash.token if self.stash else "",
            publish=self.stash.publish if self.stash else False,
        )
        return context


class ConfirmImportView(ImportPermissionMixin, View):
    http_method_names = ["post"]

    def post(self, request):
        stash = storage.find_stash(user=request.user, token=request.POST.get("token", ""))
        if stash is None:
            messages.error(
                request,
                _(
                    "Ce fichier n’est plus disponible (déjà importé, ou envoyé il y a plus de "
                    "deux heures) : envoyez-le de nouveau."
                ),
            )
            return redirect("catalogue_import")
        try:
            report = run_import(request.user, stash, dry_run=False)
        finally:
            storage.discard_stash(stash.folder)
        return ReportView.render(request, report)


class TemplateDownloadView(ImportPermissionMixin, View):
    def get(self, request, fmt):
        rows = export.example_rows(french_editions().first())
        columns = headers()
        data = export.to_csv(rows, columns) if fmt == "csv" else export.to_xlsx(rows, columns)
        return _attachment(data, fmt, "modele-import-objets")


class ExportView(ImportPermissionMixin, View):
    def get(self, request):
        fmt = request.GET.get("format", "csv")
        if fmt not in CONTENT_TYPES:
            return HttpResponseBadRequest(_("Format inconnu : CSV ou XLSX."))
        locale = get_object_or_404(Locale, language_code=request.GET.get("locale") or "fr")
        edition = None
        if request.GET.get("edition"):
            edition = get_object_or_404(french_editions(), pk=request.GET["edition"])
        rows = export.objects_export(locale=locale, edition=edition, request=request)
        data = export.to_csv(rows) if fmt == "csv" else export.to_xlsx(rows)
        name = "-".join(
            part
            for part in ("objets", edition.slug if edition else "", locale.language_code)
            if part
        )
        return _attachment(data, fmt, f"{name}-{timezone.localdate():%Y-%m-%d}")


def _attachment(data: bytes, fmt: str, name: str) -> HttpResponse:
    response = HttpResponse(data, content_type=CONTENT_TYPES[fmt])
    response["Content-Disposition"] = f'attachment; filename="{name}.{fmt}"'
    return response
