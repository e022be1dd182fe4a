"""The regional specialities in the admin: the Éditeurs manage them, for every collectivité.

Curators have no rights on snippets (`roles.py`: page and image permissions per
collectivité only); a speciality names its collectivité, so giving them their own would need
a per-object permission policy. Until then a curator suggests a speciality to the Éditeurs.

The list filters by collectivité across languages: an English speciality may name the
French or the English version of its collectivité, so the filter compares their
translation keys and offers the French pages only.
"""

import django_filters

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import WagtailFilterSet
from wagtail.snippets.views.snippets import SnippetViewSet

from exhibition.models import CollectivitePage, RegionalSpeciality, Season


def _french_collectivites(request):
    return CollectivitePage.objects.filter(locale__language_code=settings.LANGUAGE_CODE).order_by(
        "path"
    )


class RegionalSpecialityFilterSet(WagtailFilterSet):
    collectivite = django_filters.ModelChoiceFilter(
        label=_("collectivité"), queryset=_french_collectivites, method="filter_collectivite"
    )
    season = django_filters.ChoiceFilter(label=_("saison"), choices=Season.choices)

    class Meta:
        model = RegionalSpeciality
        fields = ["collectivite", "season"]

    def filter_collectivite(self, queryset, name, value):
        return queryset.filter(collectivite__translation_key=value.translation_key)


class RegionalSpecialityViewSet(SnippetViewSet):
    model = RegionalSpeciality
    icon = "pick"
    menu_label = _("Spécialités régionales")
    list_display = ["name", "japanese_name", "collectivite", "season"]
    filterset_class = RegionalSpecialityFilterSet
    search_fields = ["name", "japanese_name", "text"]
