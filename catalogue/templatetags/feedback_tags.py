"""`{% load feedback_tags %}`: the visitors' feedback form on object pages."""

from django import template
from django.conf import settings

from catalogue.feedback.forms import FeedbackForm

register = template.Library()


@register.simple_tag
def empty_feedback_form():
    """An empty form: the object page is the same for every visitor (page cache)."""
    return FeedbackForm()


@register.simple_tag
def feedback_retention_months() -> int:
    return max(1, round(settings.FEEDBACK_RETENTION_DAYS / 30.44))
