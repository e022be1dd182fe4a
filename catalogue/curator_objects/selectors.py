"""The objects a user may edit, with what the «Mes objets» list shows and filters on.

Rows are the French pages (the source of every translation; the shop sells them). Whether
each language is done is one EXISTS per language (a live translation), so the list costs
the same number of queries however many objects it shows.
"""

from django.conf import settings
from django.db.models import CharField, Exists, OuterRef, Q
from django.db.models.functions import Cast

from wagtail.models import Page, WorkflowState, get_default_page_content_type

from catalogue.admin_panels import editable_objects

OTHER_LANGUAGES = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


class Status:
    LIVE = "live"
    DRAFT = "draft"
    IN_REVIEW = "in_review"


def _in_review():
    return WorkflowState.objects.filter(
        base_content_type=get_default_page_content_type(),
        object_id=Cast(OuterRef("pk"), output_field=CharField()),
        status=WorkflowState.STATUS_IN_PROGRESS,
    )


def _live_translation(language):
    return Page.objects.filter(
        translation_key=OuterRef("translation_key"),
        locale__language_code=language,
        live=True,
    )


def my_objects(user, *, edition=None, status="", missing_language="", collectivite=None):
    """French objects this user may edit, annotated: `in_review`, `done_<language>`."""
    objects = (
        editable_objects(user)
        .filter(locale__language_code=settings.LANGUAGE_CODE)
        .annotate(
            in_review=Exists(_in_review()),
            **{f"done_{code}": Exists(_live_translation(code)) for code in OTHER_LANGUAGES},
        )
        .select_related("edition", "collectivite")
    )
    if edition is not None:
        objects = objects.filter(edition=edition)
    if collectivite is not None:
        objects = objects.filter(collectivite=collectivite)
    if status == Status.IN_REVIEW:
        objects = objects.filter(in_review=True)
    elif status == Status.DRAFT:
        objects = objects.filter(in_review=False).filter(
            Q(live=False) | Q(has_unpublished_changes=True)
        )
    elif status == Status.LIVE:
        objects = objects.filter(in_review=False, live=True, has_unpublished_changes=False)
    if missing_language in OTHER_LANGUAGES:
        objects = objects.filter(**{f"done_{missing_language}": False})
    return objects.order_by("collectivite__short_name", "title", "pk")


def status_of(page) -> str:
    if page.in_review:
        return Status.IN_REVIEW
    if not page.live or page.has_unpublished_changes:
        return Status.DRAFT
    return Status.LIVE
