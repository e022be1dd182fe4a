"""The admin screen «Avis des visiteurs» and its exports.

Each reader sees what `feedback_scope` allows: the Éditeurs everything, a curator their
collectivité's feedback, anyone else a 403. Filters narrow the rows (edition, language,
source, participation); a participation out of the reader's scope is not offered, and its
export answers 404, as if it did not exist.
"""

from django import forms
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView, View

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from catalogue.models.feedback import Source
from exhibition.models import EditionPage, ExhibitorPage

from .export import FORMATS, feedback_file
from .permissions import ALL, feedback_scope
from .selectors import feedback_by_object, feedback_remarks, feedback_totals, feedback_visible
from .views import MAX_ID


def exhibitors_in(scope):
    """The participations (French pages) whose feedback `scope` may read."""
    exhibitors = ExhibitorPage.objects.filter(
        locale__language_code=settings.LANGUAGE_CODE
    ).select_related("collectivite")
    if scope != ALL:
        exhibitors = exhibitors.filter(collectivite_id__in=scope)
    return exhibitors.order_by("collectivite__short_name", "-path")


class ExhibitorChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, exhibitor):
        return f"{exhibitor.collectivite.short_name} – {exhibitor.get_parent().title}"


class FeedbackFilterForm(forms.Form):
    edition = forms.ModelChoiceField(
        label=_("Édition"),
        queryset=EditionPage.objects.none(),
        required=False,
        empty_label=_("Toutes"),
    )
    exhibitor = ExhibitorChoiceField(
        label=_("Participation"),
        queryset=ExhibitorPage.objects.none(),
        required=False,
        empty_label=_("Toutes"),
    )
    language = forms.ChoiceField(
        label=_("Langue"), choices=[("", _("Toutes")), *settings.LANGUAGES], required=False
    )
    source = forms.ChoiceField(
        label=_("Provenance"), choices=[("", _("Toutes")), *Source.choices], required=False
    )

    def __init__(self, *args, scope, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["edition"].queryset = EditionPage.objects.filter(
            locale__language_code=settings.LANGUAGE_CODE
        ).order_by("-year", "-number")
        self.fields["exhibitor"].queryset = exhibitors_in(scope)

    def filters(self) -> dict:
        """The valid filters; an invalid one (a stale link) is dropped, not an error."""
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value}


class FeedbackScopeMixin:
    def dispatch(self, request, *args, **kwargs):
        self.scope = feedback_scope(request.user)
        if self.scope is None:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class FeedbackIndexView(FeedbackScopeMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "catalogue/admin/feedback/index.html"
    page_title = _("Avis des visiteurs")
    header_icon = "comment"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = FeedbackFilterForm(self.request.GET or None, scope=self.scope)
        filters = form.filters() if form.is_bound else {}
        rows = feedback_visible(self.scope, **filters)
        exhibitors = [filters["exhibitor"]] if "exhibitor" in filters else exhibitors_in(self.scope)
        if "edition" in filters:
            exhibitors = [e for e in exhibitors if e.path.startswith(filters["edition"].path)]
        export_query = self.request.GET.copy()
        export_query.pop("exhibitor", None)
        context.update(
            form=form,
            totals=feedback_totals(rows),
            objects=feedback_by_object(rows),
            remarks=feedback_remarks(rows),
            exhibitors=exhibitors,
            export_query=export_query.urlencode(),
            formats=list(FORMATS),
            sees_all=self.scope == ALL,
        )
        return context


class FeedbackExportView(FeedbackScopeMixin, View):
    def get(self, request, exhibitor_id: int, fmt: str):
        if fmt not in FORMATS or exhibitor_id > MAX_ID:
            raise Http404
        exhibitor = get_object_or_404(exhibitors_in(self.scope), pk=exhibitor_id)
        form = FeedbackFilterForm(request.GET, scope=self.scope)
        filters = form.filters()
        filters.pop("edition", None)  # the participation is one edition's
        filters["exhibitor"] = exhibitor
        content, content_type = feedback_file(feedback_visible(self.scope, **filters), fmt)
        name = f"avis-{exhibitor.collectivite.slug}-{exhibitor.get_parent().slug}"
        stamp = timezone.localdate().isoformat()
        response = HttpResponse(content, content_type=content_type)
        response["Content-Disposition"] = f'attachment; filename="{name}-{stamp}.{fmt}"'
        return response
