"""The catalogue's facets: filter a set of objects from a query string, count each option.

Every filter state is a plain GET query string, so it can be shared, bookmarked and used
without JavaScript. Unknown or malformed values are reported and ignored, never fatal.
"""

import hashlib
from collections import Counter
from dataclasses import dataclass

from django import forms
from django.core.exceptions import EmptyResultSet
from django.core.paginator import Paginator
from django.db.models import Count
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from core.caching import AVAILABILITY, OBJECTS, cached_for_content

SORTS = {
    "titre": (_("Titre (A → Z)"), ["title"]),
    "prix": (_("Prix croissant"), ["price", "title"]),
    "-prix": (_("Prix décroissant"), ["-price", "title"]),
    "nouveautes": (_("Derniers ajouts"), ["-first_published_at", "title"]),
}
DEFAULT_SORT = "titre"


class CatalogueFilterForm(forms.Form):
    collectivite = forms.MultipleChoiceField(label=_("Collectivité"), required=False)
    materiau = forms.MultipleChoiceField(label=_("Matériau"), required=False)
    tag = forms.MultipleChoiceField(label=_("Mot-clé"), required=False)
    prix_min = forms.DecimalField(
        label=_("Prix minimum (€)"), required=False, min_value=0, max_digits=8, decimal_places=2
    )
    prix_max = forms.DecimalField(
        label=_("Prix maximum (€)"), required=False, min_value=0, max_digits=8, decimal_places=2
    )
    disponible = forms.BooleanField(label=_("Disponible uniquement"), required=False)
    tri = forms.ChoiceField(
        label=_("Trier par"),
        required=False,
        choices=[(key, label) for key, (label, _order) in SORTS.items()],
    )

    def __init__(self, data, *, collectivites, materials, tags):
        super().__init__(data)
        self.fields["collectivite"].choices = [(c.slug, c.short_name) for c in collectivites]
        self.fields["materiau"].choices = [(m.slug, m.name) for m in materials]
        self.fields["tag"].choices = [(t, t) for t in tags]

    def clean(self):
        cleaned = super().clean()
        low, high = cleaned.get("prix_min"), cleaned.get("prix_max")
        if low is not None and high is not None and low > high:
            self.add_error("prix_max", _("Le prix maximum doit être supérieur au prix minimum."))
        return cleaned

    def valid_values(self):
        """The cleaned values of the fields that validated; invalid fields are dropped."""
        if not self.is_bound:
            return {}
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if name not in self.errors}


class CountedPaginator(Paginator):
    """A paginator told its count: the facets' query has computed it already."""

    def __init__(self, object_list, per_page, *, count):
        super().__init__(object_list, per_page)
        self.__dict__["count"] = count  # Paginator.count is a cached_property


@dataclass(frozen=True)
class FacetOption:
    value: str
    label: str
    label_ja: str
    count: int
    selected: bool


class CatalogueBrowser:
    """Filters, facet counts, sorting and pagination over a queryset of craft objects."""

    def __init__(self, objects, query, *, collectivites, materials, page_size, tags=None):
        self.objects = objects
        self.collectivites = list(collectivites)
        self.materials = list(materials)
        self.page_size = page_size
        self.tags = self.tag_names(objects) if tags is None else list(tags)
        self.form = CatalogueFilterForm(
            query if _has_filter(query) else None,
            collectivites=self.collectivites,
            materials=self.materials,
            tags=self.tags,
        )
        self.values = self.form.valid_values()
        self.page_number = query.get("page", "1")

    @staticmethod
    def tag_names(objects):
        names = (
            objects.filter(tags__isnull=False)
            .values_list("tags__name", flat=True)
            .distinct()
            .order_by("tags__name")
        )
        return _cached_query(names, list)

    def _filtered(self, *, skip=()):
        objects = self.objects
        values = self.values
        # By pk: the options are known, and a slug would cost a join on each table.
        if values.get("collectivite") and "collectivite" not in skip:
            objects = objects.filter(
                collectivite_id__in=self._selected_pks("collectivite", self.collectivites)
            )
        if values.get("materiau") and "materiau" not in skip:
            objects = objects.filter(material_id__in=self._selected_pks("materiau", self.materials))
        for tag in values.get("tag") or []:
            objects = objects.filter(tags__name=tag)
        if values.get("prix_min") is not None:
            objects = objects.filter(price__gte=values["prix_min"])
        if values.get("prix_max") is not None:
            objects = objects.filter(price__lte=values["prix_max"])
        if values.get("disponible"):
            objects = objects.available()
        return objects

    def results(self):
        sort = self.values.get("tri") or DEFAULT_SORT
        # With what a card shows: a card not in the cache is rendered from the row
        # (catalogue/cards.py), not read again.
        return self._filtered().with_shared_rows().order_by(*SORTS[sort][1])

    def page(self):
        paginator = CountedPaginator(self.results(), self.page_size, count=self._tally()[0])
        return paginator.get_page(self.page_number)

    @cached_property
    def _groups(self):
        """Objects per (collectivité, material), every other filter applied: one query that
        gives the result count and both facets' counts (each facet ignores its own filter,
        so that a visitor sees what choosing another option would give). Counts change
        only with the content: kept per query until then."""
        rows = (
            self._filtered(skip={"collectivite", "materiau"})
            .order_by()
            .values_list("collectivite_id", "material_id")
            .annotate(n=Count("pk"))
        )
        return _cached_query(rows, list)

    def _tally(self):
        """(results, {collectivité pk: count}, {material pk: count}) from `_groups`."""
        places = self._selected_pks("collectivite", self.collectivites)
        materials = self._selected_pks("materiau", self.materials)
        total = 0
        by_place, by_material = Counter(), Counter()
        for place, material, n in self._groups:
            place_ok = places is None or place in places
            material_ok = materials is None or material in materials
            if material_ok:
                by_place[place] += n
            if place_ok:
                by_material[material] += n
            if place_ok and material_ok:
                total += n
        return total, by_place, by_material

    def _selected_pks(self, name, options):
        """The pks of the options chosen for filter `name`, or None when it is not used."""
        slugs = self.values.get(name)
        if not slugs:
            return None
        return {option.pk for option in options if option.slug in slugs}

    def collectivite_facet(self):
        counts = self._tally()[1]
        selected = set(self.values.get("collectivite") or [])
        return [
            FacetOption(c.slug, c.short_name, c.name_ja, counts.get(c.pk, 0), c.slug in selected)
            for c in self.collectivites
        ]

    def material_facet(self):
        counts = self._tally()[2]
        selected = set(self.values.get("materiau") or [])
        return [
            FacetOption(m.slug, m.name, m.name_ja, counts.get(m.pk, 0), m.slug in selected)
            for m in self.materials
        ]

    def active_filters(self):
        return any(self.values.get(name) not in (None, "", [], False) for name in FILTER_FIELDS)

    def context(self):
        return {
            "form": self.form,
            "page_obj": self.page(),
            "collectivite_facet": self.collectivite_facet(),
            "material_facet": self.material_facet(),
            "tags": self.tags,
            "selected_tags": self.values.get("tag") or [],
            "filters_active": self.active_filters(),
            "sort": self.values.get("tri") or DEFAULT_SORT,
        }


def _cached_query(queryset, evaluate):
    """`evaluate(queryset)`, kept until an object is published (or the site changes),
    keyed by the query's SQL; a query on the stock («disponible») also until an object
    goes out of stock or back. Never on a mere sale: prices and stock figures come from
    the cards."""
    try:
        sql = str(queryset.query)
    except EmptyResultSet:  # a condition that matches nothing (an empty IN): no query
        return evaluate(queryset)
    key = "catalogue-query:" + hashlib.sha1(sql.encode()).hexdigest()
    tags = (OBJECTS, AVAILABILITY) if '"stock"' in sql else (OBJECTS,)
    return cached_for_content(key, lambda: evaluate(queryset), tags=tags)


FILTER_FIELDS = ("collectivite", "materiau", "tag", "prix_min", "prix_max", "disponible")


def _has_filter(query):
    return any(name in query for name in (*FILTER_FIELDS, "tri"))
