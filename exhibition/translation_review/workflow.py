"""A translation from the translation editor, saved as a draft and submitted for review.

wagtail-localize's `Translation.save_target(publish=False)` writes the translated text onto
the page's own row before saving a revision: on a live page, that row is what visitors
see, so the «draft» would be live at once. Here the translated page is built in memory
(`get_ephemeral_translated_instance`) and only its revision is saved, as Wagtail's own
editor does for a live page; the review workflow publishes that revision once approved.
"""

from wagtail_localize.models import Translation, TranslationLog

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils.text import slugify

from wagtail.coreutils import find_available_slug
from wagtail.models import Page, Revision, WorkflowState


class TranslationIncomplete(Exception):
    """Strings of the French text have no translation yet: the page would show French."""

    def __init__(self, missing: int):
        super().__init__(missing)
        self.missing = missing


@transaction.atomic
def translation_save_draft(*, translation: Translation, user) -> Revision:
    """A new revision of the translated page with the editor's strings (French where a
    string is untranslated yet), the live page untouched."""
    page = translation.source.get_ephemeral_translated_instance(
        translation.target_locale, fallback=True
    )
    page.slug = find_available_slug(page.get_parent(), slugify(page.slug), ignore_page_id=page.pk)
    revision = page.save_revision(user=user, log_action=True)
    TranslationLog.objects.create(
        source=translation.source, locale=translation.target_locale, revision=revision
    )
    return revision


@transaction.atomic
def translation_submit_for_review(*, translation: Translation, user) -> WorkflowState:
    """Save the translation as a draft and hand it to its page's review workflow.

    Refused while a string is untranslated: a reviewer would approve French text into an
    English or Japanese page. A page sent back for changes resumes its workflow; one
    already in review keeps it (the reviewer approves the latest revision).
    """
    total, done = translation.get_progress()
    missing = total - done
    if missing:
        raise TranslationIncomplete(missing)
    page = Page.objects.get(
        translation_key=translation.source.object_id, locale=translation.target_locale
    ).specific
    permissions = page.permissions_for_user(user)
    if not permissions.can_edit():
        raise PermissionDenied
    translation_save_draft(translation=translation, user=user)
    state = page.current_workflow_state
    if state and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        state.resume(user)
        return state
    if state and state.status == WorkflowState.STATUS_IN_PROGRESS:
        return state
    workflow = page.get_workflow()
    if workflow is None or not permissions.can_submit_for_moderation():
        raise PermissionDenied
    return workflow.start(page, user)
