"""A collectivité's participations in the editions, for its page."""

from django import template

from exhibition.models import EditionPage

register = template.Library()


@register.filter
def with_editions(participations):
    """(participation, edition) pairs for a collectivité's ExhibitorPages, editions fetched
    in one query instead of one get_parent() per row."""
    participations = list(participations)
    parent_paths = {p.path[: -EditionPage.steplen] for p in participations}
    editions = {e.path: e for e in EditionPage.objects.filter(path__in=parent_paths)}
    return [(p, editions.get(p.path[: -EditionPage.steplen])) for p in participations]
