from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

KATAKANA_TO_HIRAGANA = {code: code - 0x60 for code in range(0x30A1, 0x30F7)}


def is_kana(text: str) -> bool:
    """Only hiragana, katakana and the long-vowel mark (a reading, not a kanji spelling)."""
    return bool(text) and all("\u3041" <= char <= "\u30ff" for char in text)


class GlossaryTerm(models.Model):
    """One concept of the crafts' vocabulary (a craft, technique, material or object),
    named in French, English and Japanese, e.g. «laque / lacquer / 漆 (urushi)».

    One trilingual row per concept, on purpose: editors see and edit the three
    languages side by side, and the search expands a query in any language to the
    others from the same row. It is therefore not a wagtail-localize translatable
    snippet (no per-locale copies to keep in sync). The linked crafts and materials
    are their French (source) rows; pages show their translation in the page's
    language through the shared ``translation_key``.
    """

    term_fr = models.CharField(
        _("terme en français"), max_length=160, help_text=_("Par exemple : laque")
    )
    term_en = models.CharField(
        _("terme en anglais"), max_length=160, help_text=_("Par exemple : lacquer")
    )
    term_ja = models.CharField(
        _("terme en japonais"), max_length=160, help_text=_("Par exemple : 漆")
    )
    romaji = models.CharField(
        _("transcription"),
        max_length=160,
        blank=True,
        help_text=_(
            "Hepburn avec macrons, telle qu’on l’écrit en français : "
            "« urushi », « maki-e », « Takaoka dōki »"
        ),
    )
    variants = models.TextField(
        _("variantes et synonymes"),
        blank=True,
        help_text=_(
            "Autres graphies et synonymes, un par ligne, dans toute langue et toute écriture "
            "(« makie », « まきえ », « gold lacquer »…)"
        ),
    )
    definition_fr = models.TextField(_("définition en français"), blank=True)
    definition_en = models.TextField(_("définition en anglais"), blank=True)
    definition_ja = models.TextField(_("définition en japonais"), blank=True)
    crafts = models.ManyToManyField(
        "catalogue.CraftTradition",
        verbose_name=_("artisanats"),
        blank=True,
        related_name="glossary_terms",
    )
    materials = models.ManyToManyField(
        "catalogue.Material",
        verbose_name=_("matériaux"),
        blank=True,
        related_name="glossary_terms",
    )

    class Meta:
        verbose_name = _("terme du glossaire")
        verbose_name_plural = _("glossaire")
        ordering = ["term_fr"]
        constraints = [
            models.UniqueConstraint(fields=["term_fr"], name="unique_glossary_term_fr"),
        ]

    def __str__(self):
        return f"{self.term_fr} / {self.term_en} / {self.term_ja}"

    def variant_list(self):
        """The variants, one per non-empty line, stripped."""
        return [line.strip() for line in self.variants.splitlines() if line.strip()]

    @property
    def anchor(self):
        """The term's `id` on the public glossary, the same in every language
        (`glossary` URL + `#` + anchor): its French term, as an ASCII slug."""
        return slugify(self.term_fr) or f"terme-{self.pk}"

    @property
    def reading(self):
        """The Japanese reading in hiragana, for the Japanese glossary's gojūon order:
        the term itself when written in kana, else its first variant written in kana."""
        for name in (self.term_ja, *self.variant_list()):
            if is_kana(name):
                return name.translate(KATAKANA_TO_HIRAGANA)
        return ""

    def all_names(self):
        """Every spelling of the term: the three names, the romaji and the variants."""
        names = [self.term_fr, self.term_en, self.term_ja, self.romaji, *self.variant_list()]
        seen, out = set(), []
        for name in names:
            key = name.strip().casefold()
            if key and key not in seen:
                seen.add(key)
                out.append(name.strip())
        return out
