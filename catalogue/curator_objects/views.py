"""«Mes objets»: the list (GET, filtered) and the bulk «Soumettre à la relecture» (POST).

Thin: the rows come from `selectors.my_objects` (only what the user may edit), the
submission from `services.objects_submit_for_review`, which says what it did and why not.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.generic import TemplateView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from catalogue.admin_panels import may_edit_objects
from exhibition.roles import EDITORS

from .forms import LANGUAGE_NAMES, ObjectFilters
from .selectors import OTHER_LANGUAGES, Status, my_objects, status_of
from .services import objects_submit_for_review

PER_PAGE = 50
STATUS_LABELS = {
    Status.LIVE: gettext_lazy("En ligne"),
    Status.DRAFT: gettext_lazy("Brouillon"),
    Status.IN_REVIEW: gettext_lazy("En relecture"),
}


def sees_every_collectivite(user) -> bool:
    """The Éditeurs (and superusers) see every collectivité's objects: they filter by it."""
    return user.is_superuser or user.groups.filter(name=EDITORS).exists()


class MyObjectsView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "catalogue/admin/my_objects.html"
    page_title = gettext_lazy("Mes objets")
    header_icon = "list-ul"

    def dispatch(self, request, *args, **kwargs):
        if not may_edit_objects(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = ObjectFilters(
            self.request.GET or None,
            show_collectivite=sees_every_collectivite(self.request.user),
        )
        objects = my_objects(self.request.user, **(form.filters() if form.is_bound else {}))
        page = Paginator(objects, PER_PAGE).get_page(self.request.GET.get("p"))
        for item in page.object_list:
            item.status = status_of(item)
            item.status_label = STATUS_LABELS[item.status]
            item.languages = [
                (LANGUAGE_NAMES[code], getattr(item, f"done_{code}")) for code in OTHER_LANGUAGES
            ]
        query = self.request.GET.copy()
        query.pop("p", None)
        context.update(form=form, page_obj=page, objects=page.object_list, query=query.urlencode())
        return context

    def post(self, request, *args, **kwargs):
        selected = request.POST.getlist("objects")
        if not selected or not all(pk.isdigit() for pk in selected):
            messages.error(request, _("Cochez au moins un objet à soumettre à la relecture."))
            return redirect(request.get_full_path())
        report = objects_submit_for_review(user=request.user, page_ids=selected)
        if report.submitted:
            messages.success(
                request,
                ngettext(
                    "%(count)d objet soumis à la relecture : %(titles)s.",
                    "%(count)d objets soumis à la relecture : %(titles)s.",
                    len(report.submitted),
                )
                % {
                    "count": len(report.submitted),
                    "titles": ", ".join(page.title for page in report.submitted),
                },
            )
        if report.skipped:
            messages.warning(
                request,
                ngettext(
                    "%(count)d objet laissé tel quel : %(reasons)s.",
                    "%(count)d objets laissés tels quels : %(reasons)s.",
                    len(report.skipped),
                )
                % {
                    "count": len(report.skipped),
                    "reasons": " ; ".join(
                        f"{page.title} ({reason})" for page, reason in report.skipped
                    ),
                },
            )
        if report.unknown:
            messages.error(
                request,
                ngettext(
                    "%(count)d objet coché n’est pas des vôtres : il n’a pas été soumis.",
                    "%(count)d objets cochés ne sont pas des vôtres : ils n’ont pas été soumis.",
                    report.unknown,
                )
                % {"count": report.unknown},
            )
        return redirect(request.get_full_path())
