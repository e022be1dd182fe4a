"""The catalogue's panel on the admin dashboard: objects awaiting review.

Each panel lists only what its reader may act on (curators see their collectivité's
objects, the Éditeurs everything) and costs the same number of queries however many objects
it lists: permissions once (cached by Wagtail on the user), then one query for the rows.
"""

from django.db.models import CharField, Exists, OuterRef, Subquery
from django.db.models.functions import Cast

from wagtail.admin.ui.components import Component
from wagtail.models import WorkflowState, get_default_page_content_type
from wagtail.permission_policies.pages import PagePermissionPolicy

from catalogue.models import CraftObjectPage

LIMIT = 10

object_permissions = PagePermissionPolicy(CraftObjectPage)


def editable_objects(user):
    return object_permissions.instances_user_has_any_permission_for(user, {"change"})


def may_edit_objects(user) -> bool:
    return object_permissions.user_has_any_permission(user, {"add", "change", "publish"})


class PendingReviewPanel(Component):
    """Objects submitted to the «Relecture éditoriale» and not yet approved or sent back."""

    name = "objects_pending_review"
    template_name = "catalogue/admin/panels/pending_review.html"
    order = 205  # just above Wagtail's own workflow panels (210, 220)

    @classmethod
    def is_shown_to(cls, user) -> bool:
        return may_edit_objects(user)

    def get_context_data(self, parent_context):
        user = parent_context["request"].user
        # WorkflowState points at pages by a text object_id, hence the cast (PostgreSQL
        # compares no integer with a varchar).
        in_review = WorkflowState.objects.filter(
            base_content_type=get_default_page_content_type(),
            object_id=Cast(OuterRef("pk"), output_field=CharField()),
            status=WorkflowState.STATUS_IN_PROGRESS,
        ).order_by("-created_at")
        objects = (
            editable_objects(user)
            .filter(Exists(in_review))
            .annotate(
                submitted_at=Subquery(in_review.values("created_at")[:1]),
                submitted_by_first=Subquery(in_review.values("requested_by__first_name")[:1]),
                submitted_by_last=Subquery(in_review.values("requested_by__last_name")[:1]),
                submitted_by_login=Subquery(in_review.values("requested_by__username")[:1]),
            )
            .select_related("collectivite", "locale")
            .order_by("-submitted_at", "title")
        )
        rows = list(objects[: LIMIT + 1])
        for row in rows:
            full_name = f"{row.submitted_by_first} {row.submitted_by_last}".strip()
            row.submitted_by = full_name or row.submitted_by_login or ""
        return {"objects": rows[:LIMIT], "more": len(rows) > LIMIT}
