"""The glossary in the admin: the Éditeurs edit each term's three languages side by side.

A term written twice would expand a visitor's search to two entries and show twice on the
public glossary, so a name already used by another entry in the same language is refused,
naming the entry that holds it. Case, width and spacing don't make a different term;
accents do («laque» and «laqué» are two words).
"""

import unicodedata

from django import forms
from django.conf import settings
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.snippets.views.snippets import SnippetViewSet

from catalogue.models import CraftTradition, GlossaryTerm, Material

LANGUAGE_FIELDS = {
    "term_fr": gettext_lazy("français"),
    "term_en": gettext_lazy("anglais"),
    "term_ja": gettext_lazy("japonais"),
}


def term_key(value: str) -> str:
    """What makes two spellings the same term: case, width (ｕ/u) and spaces don't count."""
    return " ".join(unicodedata.normalize("NFKC", value).casefold().split())


class GlossaryTermForm(WagtailAdminModelForm):
    """Crafts and materials offered in French only: a term links to the French rows, the
    public glossary follows their translations into the page's language."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        french = {"locale__language_code": settings.LANGUAGE_CODE}
        # The widget first: setting the queryset hands its choices to the widget in place.
        if "crafts" in self.fields:
            self.fields["crafts"].widget = forms.CheckboxSelectMultiple()
            self.fields["crafts"].queryset = CraftTradition.objects.filter(**french).select_related(
                "collectivite"
            )
        if "materials" in self.fields:
            self.fields["materials"].widget = forms.CheckboxSelectMultiple()
            self.fields["materials"].queryset = Material.objects.filter(**french)

    def clean(self):
        cleaned = super().clean()
        others = GlossaryTerm.objects.exclude(pk=self.instance.pk)
        for name, language in LANGUAGE_FIELDS.items():
            value = cleaned.get(name)
            if not value:
                continue
            key = term_key(value)
            cleaned[name] = " ".join(value.split())
            for other in others.only("pk", *LANGUAGE_FIELDS):
                if term_key(getattr(other, name)) == key:
                    self.add_error(
                        name,
                        _(
                            "Le terme %(language)s « %(value)s » figure déjà dans le glossaire, "
                            "dans l’entrée « %(other)s » : complétez plutôt cette entrée, "
                            "ou ajoutez ce terme à ses variantes."
                        )
                        % {"language": language, "value": value, "other": other},
                    )
                    break
        return cleaned


class GlossaryTermViewSet(SnippetViewSet):
    model = GlossaryTerm
    icon = "doc-full"
    menu_label = gettext_lazy("Glossaire")
    list_display = ["term_fr", "term_en", "term_ja", "romaji"]
    list_filter = ["crafts", "materials"]
    search_fields = ["term_fr", "term_en", "term_ja", "romaji", "variants"]
    edit_handler = ObjectList(
        [
            MultiFieldPanel(
                [
                    FieldRowPanel(
                        [FieldPanel("term_fr"), FieldPanel("term_en"), FieldPanel("term_ja")]
                    ),
                    FieldRowPanel([FieldPanel("romaji"), FieldPanel("variants")]),
                ],
                heading=gettext_lazy("Le terme dans les trois langues"),
            ),
            MultiFieldPanel(
                [
                    FieldRowPanel(
                        [
                            FieldPanel("definition_fr"),
                            FieldPanel("definition_en"),
                            FieldPanel("definition_ja"),
                        ]
                    ),
                ],
                heading=gettext_lazy("Définitions (une ou deux phrases)"),
            ),
            MultiFieldPanel(
                [FieldPanel("crafts"), FieldPanel("materials")],
                heading=gettext_lazy("Artisanats et matériaux liés"),
            ),
        ],
        base_form_class=GlossaryTermForm,
    )
