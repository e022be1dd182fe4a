"""«Soumettre à la relecture» for many objects at once: the same workflow as the page's
own button, started (or resumed, after «Modifications demandées») on each selected draft."""

from dataclasses import dataclass, field

from django.db import transaction
from django.utils.translation import gettext as _

from wagtail.models import WorkflowState

from catalogue.models import CraftObjectPage

from .selectors import my_objects


@dataclass
class SubmitReport:
    submitted: list[CraftObjectPage] = field(default_factory=list)
    skipped: list[tuple[CraftObjectPage, str]] = field(default_factory=list)
    unknown: int = 0  # ids that are not this user's objects (or no longer exist)


def objects_submit_for_review(*, user, page_ids) -> SubmitReport:
    report = SubmitReport()
    wanted = {int(pk) for pk in page_ids}
    pages = list(my_objects(user).filter(pk__in=wanted))
    report.unknown = len(wanted) - len(pages)
    for page in pages:
        reason = _refusal(page, user)
        if reason:
            report.skipped.append((page, reason))
            continue
        with transaction.atomic():
            state = page.current_workflow_state
            if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
                state.resume(user)
            else:
                page.get_workflow().start(page, user)
        report.submitted.append(page)
    return report


def _refusal(page, user) -> str:
    if page.in_review:
        return _("déjà en relecture")
    if page.live and not page.has_unpublished_changes:
        return _("en ligne, sans modification à relire")
    if page.get_workflow() is None:
        return _("aucune relecture n’est prévue pour cette page")
    if page.get_lock() is not None and page.get_lock().for_user(user):
        return _("verrouillé")
    if not page.permissions_for_user(user).can_submit_for_moderation():
        return _("vous ne pouvez pas le soumettre")
    return ""
