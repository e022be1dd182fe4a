"""The editions an object is shown in: its own (the page tree says which) and others.

An object may travel with a show (the 10th edition went from Paris to Montpellier and
Lyon) or come back in a later edition. Each further edition is an `ObjectShow` row of the
French page; the object is on sale while any of its editions sells (exhibition/sales.py),
and its page lists them all.
"""

from dataclasses import dataclass

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable

from core.caching import cached_for_content

OWN_EDITION = _("C’est l’édition de l’objet : il y est déjà présenté.")
SHOWN_TWICE = _("Cette édition est déjà dans la liste.")


class ObjectShow(Orderable):
    """Another edition the object is shown in.

    Not translatable: the translations of the object keep the French list (wagtail-localize
    copies it at each synchronisation), and each page names the editions in its own
    language (`editions_shown`). The page's form refuses its own edition and duplicates
    (`shows_errors`); the database refuses duplicates too.
    """

    page = ParentalKey("catalogue.CraftObjectPage", related_name="shows", on_delete=models.CASCADE)
    edition = models.ForeignKey(
        "exhibition.EditionPage",
        verbose_name=_("édition"),
        on_delete=models.CASCADE,
        related_name="shown_objects",
    )
    note = models.CharField(
        _("note"),
        max_length=200,
        blank=True,
        help_text=_("Facultative, en français, par exemple « à Lyon seulement »."),
    )

    panels = [FieldPanel("edition"), FieldPanel("note")]

    class Meta(Orderable.Meta):
        verbose_name = _("autre exposition de l’objet")
        verbose_name_plural = _("autres expositions de l’objet")
        constraints = [
            models.UniqueConstraint(
                fields=["page", "edition"], name="object_shown_once_per_edition"
            )
        ]


def extra_show_editions() -> dict:
    """{object translation_key: [edition page ids]} of the French pages' `ObjectShow`s,
    read once per content generation: cards and pages ask it for every object."""

    def read():
        shows = ObjectShow.objects.filter(
            page__locale__language_code=settings.LANGUAGE_CODE
        ).order_by("page_id", "sort_order", "pk")
        found: dict = {}
        for key, edition_id in shows.values_list("page__translation_key", "edition_id"):
            found.setdefault(key, []).append(edition_id)
        return found

    # Each caller reads its own object's row, and names that object's tag.
    return cached_for_content("object-shows", read, notes=False)


@dataclass(frozen=True)
class Shown:
    """One edition of an object's list, as its page names it."""

    edition: models.Model  # an EditionPage, in the page's language when translated
    note: str = ""

    @property
    def cities(self) -> list[str]:
        cities = [part.venue.city for part in self.edition.parts.all() if part.venue]
        return list(dict.fromkeys(cities))


def editions_shown(page) -> list[Shown]:
    """`page`'s editions, oldest first, each in `page`'s language where translated."""
    from exhibition.models import EditionPage

    notes = {page.edition_id: ""} if page.edition_id else {}
    french = ObjectShow.objects.filter(
        page__translation_key=page.translation_key,
        page__locale__language_code=settings.LANGUAGE_CODE,
    )
    for edition_id, note in french.values_list("edition_id", "note"):
        notes.setdefault(edition_id, note)
    keys = dict(EditionPage.objects.filter(pk__in=notes).values_list("pk", "translation_key"))
    candidates = (
        EditionPage.objects.live()
        .filter(translation_key__in=keys.values())
        .filter(models.Q(locale_id=page.locale_id) | models.Q(pk__in=notes))
        .prefetch_related("parts__venue")
    )
    chosen = {}
    for edition in candidates:
        if edition.locale_id == page.locale_id or edition.translation_key not in chosen:
            chosen[edition.translation_key] = edition
    shown = [Shown(chosen[keys[pk]], note) for pk, note in notes.items() if keys.get(pk) in chosen]
    return sorted(shown, key=lambda item: (item.edition.year, item.edition.number))


def shows_errors(own_edition, shows: list[tuple]) -> list[tuple]:
    """What is wrong with an object's list of `(form, edition)`: its own edition, or an
    edition twice (in any language). Returns `(form, message)` pairs."""
    own_key = getattr(own_edition, "translation_key", None)
    seen, errors = set(), []
    for form, edition in shows:
        if edition is None:
            continue
        if own_key is not None and edition.translation_key == own_key:
            errors.append((form, OWN_EDITION))
        elif edition.translation_key in seen:
            errors.append((form, SHOWN_TWICE))
        seen.add(edition.translation_key)
    return errors
