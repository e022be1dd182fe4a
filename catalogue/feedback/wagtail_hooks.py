"""Admin URLs and the «Avis des visiteurs» menu item, shown to whoever may read feedback.

Imported by catalogue/wagtail_hooks.py (Wagtail only loads that module of an app).
"""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .admin_views import FeedbackExportView, FeedbackIndexView
from .permissions import feedback_scope


@hooks.register("register_admin_urls")
def register_feedback_urls():
    return [
        path("catalogue/avis/", FeedbackIndexView.as_view(), name="catalogue_feedback_admin"),
        path(
            "catalogue/avis/<int:exhibitor_id>.<str:fmt>",
            FeedbackExportView.as_view(),
            name="catalogue_feedback_export",
        ),
    ]


class FeedbackMenuItem(MenuItem):
    def is_shown(self, request):
        # Asked on every admin page: once per request.
        if not hasattr(request, "_catalogue_feedback_scope"):
            request._catalogue_feedback_scope = feedback_scope(request.user)
        return request._catalogue_feedback_scope is not None


@hooks.register("register_admin_menu_item")
def register_feedback_menu_item():
    return FeedbackMenuItem(
        _("Avis des visiteurs"),
        reverse("catalogue_feedback_admin"),
        name="visitor-feedback",
        icon_name="comment",
        order=450,
    )
