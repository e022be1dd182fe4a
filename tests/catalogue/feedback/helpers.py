"""The demo's objects as the feedback tests use them, and feedback made without the form."""

from datetime import datetime

from django.urls import reverse
from django.utils import timezone

from catalogue.feedback.services import feedback_submit
from catalogue.models import CraftObjectPage, VisitorFeedback


def demo_object(collectivite="kanazawa", language="fr") -> CraftObjectPage:
    """The first live object of a demo collectivité, in `language`."""
    return (
        CraftObjectPage.objects.live()
        .filter(collectivite__slug=collectivite, locale__language_code=language)
        .order_by("path")
        .first()
    )


def feedback_url(page, language="fr") -> str:
    from django.utils import translation

    with translation.override(language):
        return reverse("catalogue_feedback", args=[page.pk])


def give(page, *, language="fr", from_hall=False, when=None, **answers) -> VisitorFeedback:
    feedback = feedback_submit(page=page, language=language, from_hall=from_hall, **answers)
    if when is not None:
        VisitorFeedback.objects.filter(pk=feedback.pk).update(created_at=when)
        feedback.refresh_from_db()
    return feedback


def at(year, month, day) -> datetime:
    return timezone.make_aware(datetime(year, month, day, 12, 0))
