"""The catalogue's facets: filter a set of objects from a query string, count each option.

Every filter state is a plain GET query string, so it can be shared, bookmarked and used
without JavaScript. Unknown or malformed values are reported and ignored, never fatal.
"""

from dataclasses import dataclass

from django import forms
from django.core.paginator import Paginator
from django.db.models import Count
from django.utils.translation import gettext_lazy as _

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
        return list(
            objects.filter(tags__isnull=False)
            .values_list("tags__name", flat=True)
            .distinct()
            .order_by("tags__name")
        )

    def _filtered(self, *, skip=None):
        objects = self.objects
        values = self.values
        if values.get("collectivite") and skip != "collectivite":
            objects = objects.filter(collectivite__slug__in=values["collectivite"])
        if values.get("materiau") and skip != "materiau":
            objects = objects.filter(material__slug__in=values["materiau"])
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
        return self._filtered().for_listing().order_by(*SORTS[sort][1])

    def page(self):
        paginator = Paginator(self.results(), self.page_size)
        return paginator.get_page(self.page_number)

    def _counts(self, field, skip):
        rows = self._filtered(skip=skip).order_by().values(field).annotate(n=Count("pk"))
        return {row[field]: row["n"] for row in rows}

    def collectivite_facet(self):
        counts = self._counts("collectivite_id", skip="collectivite")
        selected = set(self.values.get("collectivite") or [])
        return [
            FacetOption(c.slug, c.short_name, c.name_ja, counts.get(c.pk, 0), c.slug in selected)
            for c in self.collectivites
        ]

    def material_facet(self):
        counts = self._counts("material_id", skip="materiau")
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


FILTER_FIELDS = ("collectivite", "materiau", "tag", "prix_min", "prix_max", "disponible")


def _has_filter(query):
    return any(name in query for name in (*FILTER_FIELDS, "tri"))
