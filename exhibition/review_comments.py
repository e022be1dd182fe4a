"""The reviewer's word where the curator works, not only in an email.

When an Éditeur sends a page back («Modifications demandées», the «Relecture éditoriale»
workflow of exhibition/roles.py), Wagtail keeps the comment on the rejected TaskState and
mails it. Mail gets lost; so the page's edit view says it at the top, and the dashboard
lists every page the user may edit that waits for changes, comment, reviewer and date
included. Once the page is submitted again, the workflow is back in progress and the old
comment is no longer shown.

Hooks registered by exhibition/translation_review/wagtail_hooks.py.
"""

from dataclasses import dataclass
from datetime import datetime

from django.db.models import CharField
from django.db.models.functions import Cast
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _

from wagtail.admin import messages
from wagtail.admin.ui.components import Component
from wagtail.models import Page, WorkflowState, get_default_page_content_type
from wagtail.permission_policies.pages import PagePermissionPolicy

LIMIT = 10


@dataclass
class ChangesRequested:
    page: Page
    comment: str
    reviewer: str
    at: datetime

    @property
    def when(self) -> str:
        return date_format(timezone.localtime(self.at), "DATETIME_FORMAT")

    def notice(self) -> str:
        text = _("Modifications demandées par %(reviewer)s le %(when)s.") % {
            "reviewer": self.reviewer,
            "when": self.when,
        }
        if self.comment:
            text += " " + _("Son commentaire : « %(comment)s »") % {"comment": self.comment}
        return text


def _reviewer(user) -> str:
    if user is None:
        return _("un éditeur")
    return user.get_full_name() or user.get_username()


def _waiting_for_changes():
    return WorkflowState.objects.filter(
        base_content_type=get_default_page_content_type(),
        status=WorkflowState.STATUS_NEEDS_CHANGES,
    ).select_related("current_task_state__finished_by")


def _changes_requested(states) -> list[ChangesRequested]:
    found = []
    for state in states:
        task_state = state.current_task_state
        if task_state is None:
            continue
        found.append(
            ChangesRequested(
                page=state.content_object,
                comment=task_state.comment,
                reviewer=_reviewer(task_state.finished_by),
                at=task_state.finished_at or state.created_at,
            )
        )
    return found


def changes_requested_on(page: Page) -> ChangesRequested | None:
    """The latest request for changes on this page, while it still waits for them."""
    found = _changes_requested(_waiting_for_changes().filter(object_id=str(page.pk)))
    return found[0] if found else None


def changes_requested_for(user, limit: int = LIMIT) -> list[ChangesRequested]:
    """Pages this user may edit that an Éditeur sent back, most recent first."""
    editable = (
        PagePermissionPolicy()
        .instances_user_has_permission_for(user, "change")
        .annotate(key=Cast("pk", output_field=CharField()))
        .values("key")
    )
    states = (
        _waiting_for_changes()
        .filter(object_id__in=editable)
        .order_by("-current_task_state__finished_at", "-pk")
    )
    return _changes_requested(states[:limit])


# Admin


def notify_changes_requested(request, page):
    """before_edit_page: the comment at the top of the page's edit view."""
    if request.method != "GET":
        return None
    found = changes_requested_on(page)
    if found is not None:
        messages.warning(request, found.notice())
    return None


class ChangesRequestedPanel(Component):
    """Dashboard: «Modifications demandées» on the pages this user may edit."""

    name = "changes_requested"
    order = 200  # above the objects waiting for review (205): this is the curator's to do

    def __init__(self, items: list[ChangesRequested]):
        self.items = items

    def render_html(self, parent_context=None):
        rows = format_html_join(
            "",
            '<li><a href="{}">{}</a> — {}</li>',
            (
                (
                    reverse("wagtailadmin_pages:edit", args=[item.page.pk]),
                    item.page.get_admin_display_title(),
                    item.notice(),
                )
                for item in self.items
            ),
        )
        return format_html(
            '<section class="panel" aria-labelledby="changes-requested-heading">'
            '<h2 id="changes-requested-heading">{}</h2><ul>{}</ul></section>',
            _("Modifications demandées"),
            rows,
        )


def add_changes_requested_panel(request, panels):
    items = changes_requested_for(request.user)
    if items:
        panels.append(ChangesRequestedPanel(items))
