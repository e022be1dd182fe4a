"""The «Étiquettes» screen: choose what to print, check the list, download the PDF.

GET only: reading a selection and drawing a PDF change nothing. A curator's request for
another collectivité's participation or objects is refused (403), never narrowed silently.
"""

from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from catalogue.models import ObjectScan

from .forms import LabelsForm
from .pdf import labels_pdf
from .selection import (
    labelable_exhibitors,
    labelable_objects,
    selection_of,
    user_can_print_labels,
)

# The query parameter of the «Télécharger le PDF» button: the same request, as a file.
DOWNLOAD = "pdf"


class LabelsPermissionMixin:
    def dispatch(self, request, *args, **kwargs):
        if not user_can_print_labels(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


def requested_objects(form, user):
    """The French objects the valid `form` asks for, within what `user` may label."""
    scope = labelable_objects(user)
    data = form.cleaned_data
    if data.get("participation"):
        exhibitor = data["participation"]
        if not labelable_exhibitors(user).filter(pk=exhibitor.pk).exists():
            raise PermissionDenied
        return scope.filter(path__startswith=exhibitor.path)
    if data.get("objets"):
        wanted = {page.pk for page in data["objets"]}
        if scope.filter(pk__in=wanted).count() != len(wanted):
            raise PermissionDenied
        return scope.filter(pk__in=wanted)
    return scope.filter(path__startswith=data["edition"].path)


def file_name(form) -> str:
    data = form.cleaned_data
    source = data.get("participation") or data.get("edition")
    name = slugify(source.slug if source else "selection")
    return f"etiquettes-{name}-{form.label_format.key}-{timezone.localdate():%Y-%m-%d}.pdf"


class LabelsView(LabelsPermissionMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "catalogue/admin/labels/labels.html"
    page_title = gettext_lazy("Étiquettes et QR codes")
    header_icon = "doc-full"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get(self, request, *args, **kwargs):
        asked = any(name in request.GET for name in ("edition", "participation", "objets"))
        form = LabelsForm(request.GET if asked else None, user=request.user)
        context = self.get_context_data(form=form)
        if not (asked and form.is_valid()):
            return self.render_to_response(context)
        try:
            objects = requested_objects(form, request.user)
        except PermissionDenied:
            # Said on the screen, with a 403 status: not Wagtail's redirect to the
            # dashboard, which would lose the form and the reason.
            return self.render_to_response({**context, "refused": True}, status=403)
        selection = selection_of(objects)
        if DOWNLOAD in request.GET and selection.printed:
            return pdf_response(selection, form)
        pages = [page for page, _reason in selection.skipped] + selection.printed
        scans = ObjectScan.objects.totals_by_page([page.pk for page in pages])
        context.update(
            selection=selection,
            rows=[(page, scans.get(page.pk, {})) for page in selection.printed],
            skipped=[(page, reason, scans.get(page.pk, {})) for page, reason in selection.skipped],
            label_format=form.label_format,
            sheets=-(-len(selection.printed) // form.label_format.per_sheet),
            download=DOWNLOAD,
        )
        return self.render_to_response(context)


def pdf_response(selection, form) -> HttpResponse:
    data = labels_pdf(selection.labels(), form.label_format, title=_("Étiquettes des objets"))
    response = HttpResponse(data, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{file_name(form)}"'
    return response
