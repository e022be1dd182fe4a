"""The pages of a collectivité, as the role tests act on them, and what a refusal must leave."""

from wagtail.models import Page, Revision

from catalogue.models import CraftObjectPage
from exhibition.models import CollectivitePage, ExhibitorPage, TourismPage
from tests.factories import CraftObjectPageFactory, ExhibitorPageFactory, TourismPageFactory

KINDS = ["collectivite", "tourism", "exhibitor", "object"]


def pages_of(slug, language="fr"):
    collectivite = CollectivitePage.objects.get(slug=slug, locale__language_code=language)
    return {
        "collectivite": collectivite,
        "tourism": TourismPage.objects.child_of(collectivite).first(),
        "exhibitor": ExhibitorPage.objects.get(collectivite=collectivite),
        "object": CraftObjectPage.objects.filter(collectivite=collectivite)
        .order_by("path")
        .first(),
    }


def snapshot(page):
    page = Page.objects.get(pk=page.pk)
    return (
        Page.objects.count(),
        page.title,
        page.live,
        page.path,
        page.locked,
        page.latest_revision_id,
        Revision.objects.for_instance(page).count(),
    )


def team(short_name, edition):
    """A collectivité of the test's own taking part in `edition`, with a tourism page and
    an object: its curators' group comes with it (exhibition/signals.py)."""
    exhibitor = ExhibitorPageFactory(parent=edition, collectivite__short_name=short_name)
    collectivite = exhibitor.collectivite
    return {
        "collectivite": collectivite,
        "tourism": TourismPageFactory(parent=collectivite),
        "exhibitor": exhibitor,
        "object": CraftObjectPageFactory(parent=exhibitor),
    }
